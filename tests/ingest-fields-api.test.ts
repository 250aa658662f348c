// Datelines, title mentions, caseless text and bracketed names through the real app and PostgreSQL: what a client
// sends to POST /v1/articles and reads back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/app.ts';
import { expectFieldError, expectProblem } from './support/problems.ts';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

let counter = 0;
const uniqueUrl = () => `https://wire.example.org/story-${Date.now()}-${++counter}`;

type Mention = {
  id: string;
  field: 'title' | 'dateline' | 'body';
  start: number;
  end: number;
  surface: string;
  entity: { slug: string; type: string };
};

/** What a client does with stored offsets: code points of the field. */
const slice = (text: string, start: number, end: number) => Array.from(text).slice(start, end).join('');

async function ingest(body: Record<string, unknown>) {
  const created = await t.api
    .post('/v1/articles')
    .query({ ner: 'false' })
    .send({ url: uniqueUrl(), bodyFormat: 'auto', ...body })
    .expect(201);
  const read = await t.api.get(`/v1/articles/${created.body.id}`).query({ include: 'mentions' }).expect(200);
  return read.body as {
    id: string;
    title: string;
    body: string;
    dateline: { text: string | null; place: string | null; date: string | null; agency: string | null } | null;
    mentions: Mention[];
  };
}

describe('datelines', () => {
  it('stores a wire dateline as fields, off the body, and links its place as a dateline mention', async () => {
    const article = await ingest({
      title: 'Sterling firms in quiet trade',
      publishedAt: '1987-03-02T14:00:00Z',
      body: 'LONDON, March 2 (Reuters) - Sterling firmed against the dollar as Britain’s trade figures improved, dealers said.\n\nReuter',
    });
    expect(article.dateline).toEqual({
      text: 'LONDON, March 2 (Reuters) -',
      place: 'LONDON',
      date: '1987-03-02',
      agency: 'Reuters',
    });
    expect(article.body).toBe('Sterling firmed against the dollar as Britain’s trade figures improved, dealers said.');
    const dateline = article.mentions.filter((mention) => mention.field === 'dateline');
    expect(dateline).toHaveLength(1);
    expect(dateline[0]).toMatchObject({ start: 0, end: 6, surface: 'LONDON', entity: { slug: 'london' } });
    expect(slice(article.dateline!.text!, dateline[0]!.start, dateline[0]!.end)).toBe('LONDON');
    // The same field, filtered through the mentions resource.
    const listed = await t.api.get('/v1/mentions').query({ articleId: article.id, field: 'dateline' }).expect(200);
    expect(listed.body.data.map((mention: Mention) => [mention.field, mention.surface])).toEqual([
      ['dateline', 'LONDON'],
    ]);
  });

  it('reads a Spanish agency dateline and completes its month from the publication time', async () => {
    const article = await ingest({
      title: 'El Gobierno aprueba el presupuesto',
      language: 'es',
      publishedAt: '2024-03-12T09:00:00Z',
      body: 'MADRID, 12 (EUROPA PRESS)\n\nEl Gobierno de España aprobó este martes el presupuesto.',
    });
    expect(article.dateline).toEqual({
      text: 'MADRID, 12 (EUROPA PRESS)',
      place: 'MADRID',
      date: '2024-03-12',
      agency: 'EUROPA PRESS',
    });
    expect(article.body).toBe('El Gobierno de España aprobó este martes el presupuesto.');
    expect(
      article.mentions.filter((mention) => mention.field === 'dateline').map((mention) => mention.surface),
    ).toEqual(['MADRID']);
  });

  it('has no dateline where the story names none', async () => {
    const article = await ingest({ title: 'Peru votes', body: 'Peru’s Congress voted on Tuesday.' });
    expect(article.dateline).toBeNull();
  });
});

describe('title mentions', () => {
  it('links the title with field `title` and code point offsets into it', async () => {
    const article = await ingest({
      title: '🌍 Chile and Bolivia sign lithium deal',
      body: 'The governments of Chile and Bolivia signed a lithium agreement in La Paz on Tuesday.',
    });
    const title = article.mentions.filter((mention) => mention.field === 'title');
    expect(title.map((mention) => [mention.start, mention.end, mention.surface, mention.entity.slug])).toEqual([
      [2, 7, 'Chile', 'chile'],
      [12, 19, 'Bolivia', 'bolivia'],
      [25, 32, 'lithium', 'lithium'],
    ]);
    for (const mention of title) expect(slice(article.title, mention.start, mention.end)).toBe(mention.surface);
    for (const mention of article.mentions.filter((candidate) => candidate.field === 'body'))
      expect(slice(article.body, mention.start, mention.end)).toBe(mention.surface);
    // Title first, then the body, each in text order.
    expect(article.mentions[0]!.field).toBe('title');
    const entities = await t.api.get(`/v1/articles/${article.id}/entities`).query({ limit: 100 }).expect(200);
    const chile = entities.body.data.find((entity: { slug: string }) => entity.slug === 'chile');
    expect(chile.mentions.map((mention: Mention) => mention.field)).toEqual(['title', 'body']);
  });

  it('corrects a title mention against the title, and refuses a title edit while mentions point into it', async () => {
    const article = await ingest({ title: 'Chile and Peru', body: 'Chile and Peru met on Tuesday.' });
    const mention = article.mentions.find((candidate) => candidate.field === 'title' && candidate.surface === 'Peru')!;
    expectFieldError(await t.api.patch(`/v1/mentions/${mention.id}`).send({ end: 15 }), 'end');
    const corrected = await t.api.patch(`/v1/mentions/${mention.id}`).send({ start: 10, end: 14 }).expect(200);
    expect(corrected.body).toMatchObject({ field: 'title', start: 10, end: 14, surface: 'Peru' });
    const problem = expectProblem(
      await t.api.patch(`/v1/articles/${article.id}`).send({ title: 'Other' }),
      409,
      'conflict',
    );
    expect(problem.errors?.[0]?.field).toBe('title');
  });
});

describe('structured mentions name their field', () => {
  async function peru() {
    return (await t.api.get('/v1/entities/peru').expect(200)).body.id as string;
  }
  async function sourceId() {
    return (await t.api.get('/v1/sources').query({ limit: 1 }).expect(200)).body.data[0].id as string;
  }

  it('stores a title mention and checks its offsets against the title', async () => {
    const [entityId, source] = [await peru(), await sourceId()];
    const article = {
      url: uniqueUrl(),
      title: 'Peru votes',
      body: 'The Congress of the country voted on Tuesday.',
      language: 'en',
      sourceId: source,
    };
    expectFieldError(
      await t.api
        .post('/v1/articles')
        .send({ ...article, mentions: [{ entityId, field: 'title', start: 0, end: 20 }] }),
      'mentions.0.end',
    );
    expectFieldError(
      await t.api
        .post('/v1/articles')
        .send({ ...article, mentions: [{ entityId, field: 'dateline', start: 0, end: 4 }] }),
      'mentions.0.field',
    );
    const created = await t.api
      .post('/v1/articles')
      .send({ ...article, mentions: [{ entityId, field: 'title', start: 0, end: 4 }] })
      .expect(201);
    const read = await t.api.get(`/v1/articles/${created.body.id}`).query({ include: 'mentions' }).expect(200);
    expect(read.body.mentions).toMatchObject([{ field: 'title', start: 0, end: 4, surface: 'Peru' }]);
    expect(read.body.dateline).toBeNull();
  });
});

describe('caseless text and plain text', () => {
  it('links the countries of an all-caps wire story, title included', async () => {
    const article = await ingest({
      title: 'JAPAN TO CUT RICE IMPORTS FROM THAILAND',
      publishedAt: '1987-03-03T08:00:00Z',
      body: 'TOKYO, MARCH 3 - JAPAN WILL CUT ITS IMPORTS OF RICE FROM THAILAND AND BRAZIL NEXT YEAR, THE AGRICULTURE MINISTRY TOLD US.\n REUTER',
    });
    const byField = (field: Mention['field']) =>
      article.mentions.filter((mention) => mention.field === field).map((mention) => mention.entity.slug);
    expect(byField('title')).toEqual(['japan', 'thailand']);
    expect(byField('dateline')).toEqual(['tokyo']);
    expect(byField('body')).toEqual(['japan', 'thailand', 'brazil']);
    expect(article.dateline?.agency).toBe('REUTER');
  });

  it('keeps <Strong Point Inc> in a plain-text body sent as auto', async () => {
    const article = await ingest({
      title: 'Strong Point to expand',
      body: 'NEW YORK, March 2 - <Strong Point Inc> said it would expand its plant in Ohio.',
    });
    expect(article.body).toBe('<Strong Point Inc> said it would expand its plant in Ohio.');
  });
});
