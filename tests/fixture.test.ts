import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/app.ts';

let t: TestApp;
type Article = {
  id: string;
  body: string;
  title: string;
  publishedAt: string;
  lineage: { originalId: string; kind: string } | null;
  url: string;
};
let article: Article;

beforeAll(async () => {
  t = await createTestApp();
  const tribune = (await t.api.get('/v1/sources/orinoco-tribune').expect(200)).body.id;
  const list = await t.api.get(`/v1/articles?sourceId=${tribune}`).expect(200);
  article = list.body.data[0];
});
afterAll(() => t.close());

describe('the seeded Peru article', () => {
  it('is stored with its title, date, and without the page’s comment form', () => {
    expect(article.title).toBe('What is Behind the Entry of US Troops and Weapons Into Peru?');
    expect(article.publishedAt.slice(0, 10)).toBe('2023-06-05');
    expect(article.body.startsWith('On May 31, the Peruvian government authorized')).toBe(true);
    expect(article.body).not.toMatch(/Leave a Reply|email address will not be published/);
    expect(article.body.trimEnd().endsWith('possible regional integration.')).toBe(true);
  });

  it('records its lineage: a translation of the Misión Verdad original', async () => {
    expect(article.lineage?.kind).toBe('translation');
    const original = await t.api.get(`/v1/articles/${article.lineage?.originalId}?include=source`).expect(200);
    expect(original.body.source.name).toBe('Misión Verdad');
    expect(original.body.language).toBe('es');
  });

  it('mentions at least 30 entities, every mention at exact offsets', async () => {
    const entities = await t.api.get(`/v1/articles/${article.id}/entities?limit=100`).expect(200);
    expect(entities.body.page.next).toBeNull();
    expect(entities.body.data.length).toBeGreaterThanOrEqual(30);
    const codePoints = Array.from(article.body);
    let count = 0;
    for (const entity of entities.body.data as {
      slug: string;
      mentions: { start: number; end: number; surface: string }[];
    }[]) {
      expect(entity.mentions.length, entity.slug).toBeGreaterThan(0);
      for (const mention of entity.mentions) {
        expect(codePoints.slice(mention.start, mention.end).join(''), entity.slug).toBe(mention.surface);
        count += 1;
      }
    }
    const embedded = await t.api.get(`/v1/articles/${article.id}?include=mentions`).expect(200);
    expect(embedded.body.mentions).toHaveLength(count);
    const types = new Set(entities.body.data.map((e: { type: string }) => e.type));
    for (const type of ['country', 'person', 'organization', 'port', 'place', 'event', 'legal_instrument', 'commodity'])
      expect(types).toContain(type);
  });

  it('names the ports with their UN/LOCODEs and the countries with ISO codes', async () => {
    expect((await t.api.get('/v1/entities/chancay').expect(200)).body.identifiers.unlocode).toBe('PECHY');
    const ports = (await t.api.get('/v1/entities?type=port&limit=100').expect(200)).body.data;
    expect(ports.map((p: { identifiers: { unlocode: string } }) => p.identifiers.unlocode)).toEqual(
      expect.arrayContaining(['PECHY', 'PECLL']),
    );
    const countries = (await t.api.get('/v1/entities?type=country&limit=100').expect(200)).body.data;
    const codes = countries.map((c: { identifiers: { isoAlpha2: string } }) => c.identifiers.isoAlpha2);
    expect(codes).toEqual(expect.arrayContaining(['PE', 'US', 'CN', 'BO', 'CL', 'AR', 'DE', 'JP', 'FR']));
  });

  it('makes at least 15 claims, each with claimant, subjects and an evidence span inside the body', async () => {
    const claims = (await t.api.get(`/v1/articles/${article.id}/claims?limit=100`).expect(200)).body.data as {
      text: string;
      quote: string | null;
      claimant: { name: string };
      subjects: { slug: string }[];
      evidence: { start: number; end: number };
      value: number | null;
      unit: string | null;
      kind: string;
    }[];
    expect(claims.length).toBeGreaterThanOrEqual(15);
    for (const claim of claims) {
      expect(claim.claimant.name, claim.text).toBeTruthy();
      expect(claim.subjects.length, claim.text).toBeGreaterThan(0);
      expect(claim.evidence.start, claim.text).toBeGreaterThanOrEqual(0);
      expect(claim.evidence.end, claim.text).toBeLessThanOrEqual(Array.from(article.body).length);
      expect(claim.evidence.end, claim.text).toBeGreaterThan(claim.evidence.start);
      if (claim.quote) expect(article.body).toContain(claim.quote);
    }
    const quantity = (value: number, unit: string) => claims.find((c) => c.value === value && c.unit === unit);
    expect(quantity(30, '%')?.subjects.map((s) => s.slug)).toContain('bolivia');
    expect(quantity(3500, 'soldiers')).toBeDefined();
    expect(quantity(50, 'deaths')).toBeDefined();
    expect(quantity(11, 'berths')?.subjects.map((s) => s.slug)).toContain('chancay');
    const price = claims.find((c) => c.claimant.name === 'Ned Price');
    expect(price?.quote).toContain('we recognize the Peruvian president, Dina Boluarte');
    const resolution = claims.find((c) => c.subjects.some((s) => s.slug.includes('31758')));
    expect(resolution).toBeDefined();
    expect(Array.from(article.body).slice(resolution!.evidence.start, resolution!.evidence.end).join('')).toMatch(
      /June 1 to December 31, 2023/,
    );
  });

  it('is seeded once: the store holds exactly one copy', async () => {
    const all = await t.api.get('/v1/articles?limit=100&publishedTo=2023-12-31').expect(200);
    expect(all.body.data.filter((a: Article) => a.url === article.url)).toHaveLength(1);
  });
});
