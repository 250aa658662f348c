// The curated Peru fixture, checked without a database: parsing, mentions, identifiers, claims and roles.
import { describe, expect, it } from 'vitest';

import {
  CLAIMS,
  computeMentions,
  ENTITIES,
  type EntitySeed,
  parseFixtureArticle,
  prepareFixture,
  ROLES,
  readFixtureText,
  resolveEvidence,
  sha256Hex,
  sliceCodePoints,
} from '../src/seed/peru-fixture.ts';

const text = readFixtureText();
const article = parseFixtureArticle(text);
const fixture = prepareFixture(text);
const mentions = computeMentions(article.body, ENTITIES);
const bySlug = new Map(ENTITIES.map((entity) => [entity.slug, entity]));

describe('parseFixtureArticle', () => {
  it('takes the title from the first line and keeps the dateline out of the body', () => {
    expect(article.title).toBe('What is Behind the Entry of US Troops and Weapons Into Peru?');
    expect(article.dateline).toBe('Misión Verdad, Orinoco Tribune, June 5, 2023 —');
    expect(article.body.startsWith('On May 31, the Peruvian government authorized')).toBe(true);
    expect(article.body).not.toContain('Orinoco Tribune');
  });

  it('strips the comment form and keeps the last real paragraph', () => {
    expect(article.body).not.toContain('Leave a Reply');
    expect(article.body).not.toContain('Your email address');
    expect(article.body).not.toContain('Required fields');
    expect(article.body.endsWith('in the face of China’s advancement and possible regional integration.')).toBe(true);
    expect(article.paragraphs.at(-1)).toMatch(/^Although it is not the first time/u);
  });

  it('joins the paragraphs with a blank line and hashes the body', () => {
    expect(article.paragraphs).toHaveLength(15);
    expect(article.body).toBe(article.paragraphs.join('\n\n'));
    expect(article.contentHash).toMatch(/^[0-9a-f]{64}$/u);
    expect(article.contentHash).toBe(sha256Hex(article.body));
  });

  it('gives the same body for CRLF line endings, a BOM, hard-wrapped lines and decomposed accents', () => {
    const messy =
      '\uFEFF' +
      text
        .normalize('NFD')
        .replace(/\n/gu, '\r\n')
        .replace(
          'On May 31, the Peruvian government authorized',
          'On May 31, the Peruvian\r\n  government   authorized',
        );
    expect(parseFixtureArticle(messy).contentHash).toBe(article.contentHash);
  });

  it('drops longer comment forms and one glued onto the last paragraph', () => {
    const form = [
      'Leave a Reply Cancel reply',
      'Your email address will not be published. Required fields are marked *',
      'Comment *',
      'Name * Email * Website',
      'Save my name, email, and website in this browser for the next time I comment.',
      'Post Comment',
    ].join('\n\n');
    const withLongForm = text.replace(/Leave a Reply[\s\S]*$/u, form);
    expect(parseFixtureArticle(withLongForm).body).toBe(article.body);

    const glued = text.replace(/\n\nLeave a Reply\n\n/u, ' Leave a Reply ');
    expect(parseFixtureArticle(glued).body).toBe(article.body);
  });

  it('accepts a dateline run into the first paragraph, and no dateline at all', () => {
    const runIn = text.replace('June 5, 2023 —\n\nOn May 31', 'June 5, 2023 — On May 31');
    expect(parseFixtureArticle(runIn).body).toBe(article.body);
    const none = text.replace('Misión Verdad, Orinoco Tribune, June 5, 2023 —\n\n', '');
    expect(parseFixtureArticle(none)).toMatchObject({ dateline: null, body: article.body });
  });

  it('refuses an empty text', () => {
    expect(() => parseFixtureArticle(' \n\n ')).toThrow();
  });
});

describe('computeMentions', () => {
  it('returns mentions whose offsets slice back to their surface, sorted and never overlapping', () => {
    expect(mentions.length).toBeGreaterThan(80);
    for (const mention of mentions) {
      expect(article.body.slice(mention.start, mention.end)).toBe(mention.surface);
      expect(bySlug.has(mention.entitySlug)).toBe(true);
    }
    for (let i = 1; i < mentions.length; i += 1) {
      expect(mentions[i]!.start).toBeGreaterThanOrEqual(mentions[i - 1]!.end);
    }
  });

  it('finds at least one mention for 30 or more entities', () => {
    expect(new Set(mentions.map((mention) => mention.entitySlug)).size).toBeGreaterThanOrEqual(30);
  });

  const surfaceAt = (needle: string, inside: string): string | undefined => {
    const at = article.body.indexOf(inside) + inside.indexOf(needle);
    return mentions.find((mention) => mention.start === at)?.entitySlug;
  };

  it.each([
    ['Peruvian', 'the Peruvian government authorized', 'peru'],
    ['Peruvian Armed Forces', 'activities with the Peruvian Armed Forces and National', 'peruvian-armed-forces'],
    ['National Police', 'Armed Forces and National Police.', 'national-police-of-peru'],
    ['Armed Forces', 'with the Armed Forces and the National Police of Peru', 'peruvian-armed-forces'],
    ['National Police of Peru', 'the National Police of Peru, from June 1', 'national-police-of-peru'],
    [
      'Political Constitution of Peru',
      'article 102 of the Political Constitution of Peru',
      'political-constitution-of-peru',
    ],
    ['Boluarte', 'the Boluarte government was a reliable ally', 'dina-boluarte'],
    ['Dina Boluarte', 'According to Dina Boluarte’s de facto', 'dina-boluarte'],
    ['China', 'responding to China’s progress', 'china'],
    ['Chinese', 'built with Chinese capital', 'china'],
    ['Chancay', 'Why is Chancay so important?', 'chancay'],
    ['Pentagon', 'well regarded by the Pentagon', 'us-department-of-defense'],
    ['US State Department', 'spokesperson for the US State Department', 'us-department-of-state'],
    ['Foreign Ministry', 'according to the Foreign Ministry', 'peru-ministry-of-foreign-affairs'],
    ['NATO', 'a sort of “metallic NATO”', 'nato'],
    ['Lima', 'they will be in Lima, Callao', 'lima'],
    ['Callao', 'they will be in Lima, Callao', 'callao'],
    ['Callao', 'carried out in Lima and Callao, locations', 'callao'],
    ['lithium triangle', 'called the “lithium triangle,”', 'lithium-triangle'],
    ['triangle', 'the aforementioned “triangle.”', 'lithium-triangle'],
    ['lithium', 'the dynamics around the lithium and other', 'lithium'],
    ['South Asia', 'dynamism in South Asia and', 'south-asia'],
    ['Asian', 'for the Asian continent', 'asia'],
    ['New Silk Road', 'also known as the New Silk Road', 'belt-and-road-initiative'],
    [
      'Resolute Sentinel 2023 International Military Exercise',
      'the Resolute Sentinel 2023 International Military Exercise and',
      'resolute-sentinel-2023',
    ],
    ['United States of America', 'from the United States of America is', 'united-states'],
  ])('"%s" in "%s" is %s', (needle, inside, slug) => {
    expect(article.body).toContain(inside);
    expect(surfaceAt(needle, inside)).toBe(slug);
  });

  it('does not tag the "Peru" inside a longer name as the country', () => {
    const inside = 'National Police of Peru, from June 1';
    const peruAt = article.body.indexOf(inside) + inside.indexOf('Peru,');
    expect(mentions.some((mention) => mention.start === peruAt)).toBe(false);
  });

  it('matches whole words only, honours context conditions and counts code points', () => {
    const entities: EntitySeed[] = [
      { ...ENTITIES.find((entity) => entity.slug === 'peru')!, surfaces: ['Peru'] },
      { ...ENTITIES.find((entity) => entity.slug === 'lithium-triangle')! },
    ];
    const body = 'Perus 🇵🇪 Peru; Peruvian Peru’s the triangle and “triangle”';
    const found = computeMentions(body, entities);
    expect(found.map((mention) => [mention.entitySlug, mention.surface])).toEqual([
      ['peru', 'Peru'],
      ['peru', 'Peru'],
      ['lithium-triangle', 'triangle'],
    ]);
    for (const mention of found) expect(sliceCodePoints(body, mention.start, mention.end)).toBe(mention.surface);
    // The flag is two astral code points (four UTF-16 units): the first "Peru" starts at code point 9, not 11.
    expect(found[0]!.start).toBe(9);
  });

  it('refuses a surface form claimed by two entities', () => {
    const peru = ENTITIES.find((entity) => entity.slug === 'peru')!;
    expect(() => computeMentions('Peru', [peru, { ...peru, slug: 'peru-again' }])).toThrow(/claimed by both/u);
  });
});

describe('entities', () => {
  it('has at least 35 entities with unique, kebab-case ascii slugs', () => {
    expect(ENTITIES.length).toBeGreaterThanOrEqual(35);
    const slugs = ENTITIES.map((entity) => entity.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u);
  });

  it.each([
    ['peru', { type: 'country', isoAlpha2: 'PE', isoAlpha3: 'PER', wikidataId: 'Q419' }],
    ['united-states', { type: 'country', isoAlpha2: 'US', isoAlpha3: 'USA', wikidataId: 'Q30' }],
    ['china', { type: 'country', isoAlpha2: 'CN', isoAlpha3: 'CHN', wikidataId: 'Q148' }],
    ['chancay', { type: 'port', unlocode: 'PECHY' }],
    ['port-of-callao', { type: 'port', unlocode: 'PECLL' }],
    ['dina-boluarte', { type: 'person', wikidataId: 'Q106474688' }],
    ['pedro-castillo', { type: 'person', wikidataId: 'Q103838608' }],
    ['antony-blinken', { type: 'person', wikidataId: 'Q7821917' }],
    ['ned-price', { type: 'person', wikidataId: null }],
    ['nato', { type: 'organization', wikidataId: 'Q7184' }],
    ['us-department-of-defense', { type: 'organization', wikidataId: 'Q11209' }],
    ['resolute-sentinel-2023', { type: 'event' }],
    ['legislative-resolution-31758', { type: 'legal_instrument' }],
    ['lithium', { type: 'commodity' }],
  ])('%s has its identifiers', (slug, expected) => {
    expect(bySlug.get(slug)).toMatchObject(expected);
  });

  it('never repeats an identifier, and gives every entity a one-sentence description', () => {
    for (const field of ['wikidataId', 'isoAlpha2', 'isoAlpha3', 'unlocode'] as const) {
      const values = ENTITIES.map((entity) => entity[field]).filter((value) => value !== null);
      expect(new Set(values).size).toBe(values.length);
    }
    for (const entity of ENTITIES) expect(entity.description).toMatch(/^[^.]+(?:\.[^ .][^.]*)*\.$/u);
  });

  it('keeps coordinates on the globe and in pairs', () => {
    for (const entity of ENTITIES) {
      expect(entity.latitude === null).toBe(entity.longitude === null);
      if (entity.latitude !== null) expect(Math.abs(entity.latitude)).toBeLessThanOrEqual(90);
      if (entity.longitude !== null) expect(Math.abs(entity.longitude)).toBeLessThanOrEqual(180);
    }
  });
});

describe('claims', () => {
  it('has at least 15 claims whose evidence resolves exactly once', () => {
    expect(CLAIMS.length).toBeGreaterThanOrEqual(15);
    for (const claim of CLAIMS) {
      const [start, end] = resolveEvidence(article.body, claim.evidence, claim.occurrence);
      expect(article.body.slice(start, end)).toBe(claim.evidence);
      if (claim.occurrence === undefined) expect(article.body.split(claim.evidence)).toHaveLength(2);
    }
  });

  it('quotes exact words from within the evidence', () => {
    for (const claim of CLAIMS.filter((candidate) => candidate.quote !== undefined)) {
      expect(claim.evidence).toContain(claim.quote);
    }
  });

  it('names known subjects and a known claimant, and puts values on quantities only', () => {
    for (const claim of CLAIMS) {
      for (const subject of claim.subjects) expect(bySlug.has(subject)).toBe(true);
      if ('entity' in claim.claimant) expect(bySlug.has(claim.claimant.entity)).toBe(true);
      else expect(claim.claimant.source).toBe('mision-verdad');
      expect(claim.value !== undefined).toBe(claim.kind === 'quantity');
    }
  });

  it.each([
    [30, '%', 'bolivia', 'reported'],
    [21, '%', 'chile', 'reported'],
    [17, '%', 'argentina', 'reported'],
    [68, '%', 'lithium-triangle', 'asserted'],
    [3500, 'soldiers', 'united-states', 'asserted'],
    [50, 'deaths', 'peru', 'asserted'],
    [11, 'berths', 'chancay', 'asserted'],
    [9000, 'tons', 'chancay', 'asserted'],
  ])('records %d %s about %s (%s)', (value, unit, subject, modality) => {
    const claim = CLAIMS.find((candidate) => candidate.value === value && candidate.unit === unit);
    expect(claim).toMatchObject({ kind: 'quantity', modality });
    expect(claim!.subjects).toContain(subject);
  });

  it("attributes Ned Price's words to him as a direct quote", () => {
    const claim = CLAIMS.find(
      (candidate) => 'entity' in candidate.claimant && candidate.claimant.entity === 'ned-price',
    );
    expect(claim).toMatchObject({ kind: 'attribution' });
    expect(claim!.quote).toMatch(/^Of course, we recognize the Peruvian president, Dina Boluarte/u);
  });

  it('rejects evidence that is missing or ambiguous', () => {
    expect(() => resolveEvidence(article.body, 'not in this article')).toThrow(/not found/u);
    expect(() => resolveEvidence(article.body, 'Boluarte')).toThrow(/times/u);
    expect(resolveEvidence(article.body, 'Boluarte', 1)[0]).toBeGreaterThan(
      resolveEvidence(article.body, 'Boluarte', 0)[0],
    );
  });
});

describe('roles', () => {
  it('have ordered, valid dates and known people and organizations', () => {
    for (const role of ROLES) {
      expect(bySlug.get(role.personSlug)?.type).toBe('person');
      if (role.organizationSlug !== null) expect(bySlug.has(role.organizationSlug)).toBe(true);
      for (const date of [role.startDate, role.endDate]) {
        if (date !== null) expect(new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10)).toBe(date);
      }
      if (role.startDate !== null && role.endDate !== null) expect(role.endDate >= role.startDate).toBe(true);
    }
  });

  it('hand the presidency of Peru from Castillo to Boluarte on 7 December 2022', () => {
    const presidents = ROLES.filter((role) => role.title === 'President of Peru');
    const castillo = presidents.find((role) => role.personSlug === 'pedro-castillo');
    const boluarte = presidents.find((role) => role.personSlug === 'dina-boluarte');
    expect(castillo).toMatchObject({ startDate: '2021-07-28', endDate: '2022-12-07' });
    expect(boluarte).toMatchObject({ startDate: '2022-12-07' });
  });
});

describe('prepareFixture', () => {
  it('links the English republication to the Spanish original as a translation', () => {
    const [original, translation] = fixture.articles;
    expect(original).toMatchObject({ language: 'es', lineage: null, publishedAt: null });
    expect(translation).toMatchObject({
      language: 'en',
      body: article.body,
      contentHash: article.contentHash,
      lineage: { originalKey: 'original', kind: 'translation' },
    });
    expect(original!.contentHash).toBe(sha256Hex(original!.body));
  });
});
