import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchConfigOf } from '../src/modules/search/search.repository.ts';
import { searchLimits } from '../src/modules/search/search.service.ts';
import { createTestApp, type TestApp } from './support/app.ts';
import { expectFieldError, expectProblem } from './support/problems.ts';

// Each test searches for words only its own articles contain, so the tests do not depend on each other's data.

type ArticleHit = {
  id: string;
  title: string;
  language: string;
  publishedAt: string | null;
  sourceId: string;
  score: number | null;
  highlights: string[];
};
type Section<T> = {
  data: T[];
  page: { limit: number; nextCursor: string | null; next: string | null };
  total: { value: number; exact: boolean };
};
type SearchBody = {
  query: { q: string | null; tsquery: Record<string, string> | null };
  articles?: Section<ArticleHit> & { ranking: { sort: string; exhaustive: boolean; candidates: number | null } };
  claims?: Section<{
    id: string;
    text: string;
    status: string;
    articleId: string;
    score: number | null;
    article: { id: string };
  }>;
  entities?: Section<{
    id: string;
    slug: string;
    name: string;
    type: string;
    matchedName: string | null;
    score: number | null;
  }>;
  facets?: {
    sampled: boolean;
    sampleSize: number | null;
    counted: number;
    source?: { buckets: { id: string; slug: string; count: number }[]; other: number };
    language?: { buckets: { language: string; count: number }[]; other: number };
    entityType?: { buckets: { type: string; count: number }[] };
    entities?: { buckets: { slug: string; count: number }[] };
    date?: { interval: string; buckets: { start: string; count: number }[]; undated: number };
  };
};

let t: TestApp;
const ids: Record<string, string> = {};
const articles: Record<string, string> = {};

async function search(query: Record<string, string | number | string[]>): Promise<SearchBody> {
  const response = await t.api.get('/v1/search').query(query);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body as SearchBody;
}

const titles = (body: SearchBody) => (body.articles?.data ?? []).map((hit) => hit.title).sort();

let counter = 0;
async function createArticle(fields: {
  title: string;
  body: string;
  language?: string;
  source?: string;
  publishedAt?: string | null;
  dek?: string;
  mentions?: [string, string][];
}) {
  counter += 1;
  // Mention offsets count code points.
  const mentions = (fields.mentions ?? []).map(([entity, surface]) => {
    const index = fields.body.indexOf(surface);
    if (index < 0) throw new Error(`"${surface}" is not in the body`);
    const start = Array.from(fields.body.slice(0, index)).length;
    return { entityId: ids[entity], start, end: start + Array.from(surface).length };
  });
  const response = await t.api
    .post('/v1/articles')
    .send({
      url: `https://search.example.org/${counter}`,
      title: fields.title,
      body: fields.body,
      dek: fields.dek,
      language: fields.language ?? 'en',
      sourceId: ids[fields.source ?? 'wire'],
      publishedAt: fields.publishedAt === undefined ? '2024-01-01T12:00:00Z' : fields.publishedAt,
      mentions,
    })
    .expect(201);
  return response.body.id as string;
}

beforeAll(async () => {
  t = await createTestApp();
  ids.wire = (
    await t.api.post('/v1/sources').send({ name: 'Search Test Wire', language: 'en', kind: 'wire' }).expect(201)
  ).body.id;
  ids.agencia = (
    await t.api.post('/v1/sources').send({ name: 'Agencia Prueba', language: 'es', kind: 'wire' }).expect(201)
  ).body.id;
  ids.freedonia = (
    await t.api
      .post('/v1/entities')
      .send({ type: 'country', name: 'Freedonia', identifiers: { isoAlpha2: 'XF' } })
      .expect(201)
  ).body.id;
  ids.zenda = (
    await t.api
      .post('/v1/entities')
      .send({
        type: 'port',
        name: 'Port of Zenda',
        aliases: [{ name: 'Puerto de Zénda', language: 'es' }],
        identifiers: { unlocode: 'XF ZND' },
      })
      .expect(201)
  ).body.id;
  // The port lies in Freedonia, as the reference data would say (a port in the country its UN/LOCODE names):
  // written through the app's database client, relations having no write API yet (issue 16). Articles mentioning
  // the port are then about Freedonia too (their inferred country).
  await t.app.db.relation.create({
    data: {
      type: 'located_in',
      subjectId: ids.zenda!,
      objectId: ids.freedonia!,
      sourceKind: 'reference',
      sourceDataset: 'ports/ports.csv',
    },
  });
  ids.sylvania = (
    await t.api
      .post('/v1/entities')
      .send({ type: 'country', name: 'Sylvania', identifiers: { isoAlpha2: 'XS' } })
      .expect(201)
  ).body.id;
  ids.firefly = (await t.api.post('/v1/entities').send({ type: 'person', name: 'Rufus Firefly' }).expect(201)).body.id;

  articles.tropas = await createArticle({
    title: 'Llegada al puerto',
    body: 'Las tropas estadounidenses llegaron al Puerto de Zenda el martes. La Misión fue breve.',
    language: 'es',
    source: 'agencia',
    publishedAt: '2024-01-10T08:00:00Z',
    mentions: [['zenda', 'Puerto de Zenda']],
  });
  articles.lithium = await createArticle({
    title: 'Lithium output rises in Freedonia',
    body: 'Lithium production in Freedonia rose sharply. Officials praised the lithographic survey of Sylvania.',
    publishedAt: '2024-01-15T08:00:00Z',
    mentions: [
      ['freedonia', 'Freedonia'],
      ['sylvania', 'Sylvania'],
    ],
  });
  articles.script = await createArticle({
    title: 'A deal with Perú',
    body: 'Rufus Firefly said <script>alert("x")</script> that Perú signed the lithium deal & more will follow.',
    publishedAt: '2024-02-01T08:00:00Z',
    mentions: [['firefly', 'Rufus Firefly']],
  });
  articles.armedForces = await createArticle({
    title: 'Parade',
    body: 'The armed forces of Sylvania marched through the capital.',
    publishedAt: '2024-03-01T00:00:00Z',
  });
  articles.forcesArmed = await createArticle({
    title: 'Militia',
    body: 'The forces were armed by night in Sylvania.',
    publishedAt: '2024-03-02T00:00:00Z',
  });
  await t.api
    .post('/v1/claims')
    .send({
      articleId: articles.lithium,
      text: 'Freedonia holds the largest lithium reserves of the region.',
      claimant: { type: 'source', id: ids.wire },
      subjectIds: [ids.freedonia],
      kind: 'assessment',
      evidence: { start: 0, end: 40 },
      status: 'disputed',
    })
    .expect(201);
});
afterAll(() => t.close());

describe('search: languages and query syntax', () => {
  it('finds a Spanish article by other inflections of its words, stemmed in Spanish', async () => {
    for (const q of ['tropa', 'llegar', 'estadounidense']) {
      const body = await search({ q });
      expect(
        body.articles?.data.map((hit) => hit.id),
        q,
      ).toContain(articles.tropas);
    }
    // The English article says "troops" (the seeded one, in its title); a Spanish stem does not reach it.
    expect(titles(await search({ q: 'tropa' }))).not.toContain(
      'What is Behind the Entry of US Troops and Weapons Into Peru?',
    );
  });

  it('folds accents both ways', async () => {
    const peru = await search({ q: 'Peru' });
    expect(peru.articles?.data.map((hit) => hit.id)).toContain(articles.script); // the body says "Perú"
    const accented = await search({ q: 'Perú' });
    expect(titles(accented)).toContain('What is Behind the Entry of US Troops and Weapons Into Peru?');
    expect(accented.articles?.data.map((hit) => hit.id)).toContain(articles.script);
    for (const q of ['Mision', 'Misión', 'MISION'])
      expect(
        (await search({ q })).articles?.data.map((hit) => hit.id),
        q,
      ).toContain(articles.tropas);
  });

  it('matches a quoted phrase only in that order, and loose words in any order', async () => {
    const phrase = await search({ q: '"armed forces" sylvania' });
    expect(phrase.articles?.data.map((hit) => hit.id)).toEqual([articles.armedForces]);
    const words = await search({ q: 'armed forces sylvania' });
    expect(words.articles?.data.map((hit) => hit.id).sort()).toEqual(
      [articles.armedForces, articles.forcesArmed].sort(),
    );
  });

  it('excludes words and phrases with a minus, and reads OR as either', async () => {
    expect((await search({ q: 'sylvania -marched' })).articles?.data.map((hit) => hit.id)).not.toContain(
      articles.armedForces,
    );
    const excluded = await search({ q: 'sylvania -"armed forces"' });
    expect(excluded.articles?.data.map((hit) => hit.id)).toContain(articles.forcesArmed);
    expect(excluded.articles?.data.map((hit) => hit.id)).not.toContain(articles.armedForces);
    const either = await search({ q: 'marched OR militia' });
    expect(either.articles?.data.map((hit) => hit.id).sort()).toEqual(
      [articles.armedForces, articles.forcesArmed].sort(),
    );
  });

  it('matches prefixes with a star, and refuses a prefix of fewer than three letters', async () => {
    const body = await search({ q: 'lith*' });
    expect(body.query.tsquery?.english).toBe("'lith':*");
    expect(body.articles?.data.map((hit) => hit.id)).toEqual(
      expect.arrayContaining([articles.lithium, articles.script]),
    );
    expect(body.articles?.data.find((hit) => hit.id === articles.lithium)?.highlights.join(' ')).toContain(
      '<mark>lithographic</mark>',
    );
    expectFieldError(await t.api.get('/v1/search').query({ q: 'li*' }), 'q');
  });

  it('picks the text search configuration from the language tag as the database does', async () => {
    const tags = ['en', 'EN', 'en-GB', 'es', 'es-419', 'Es-MX', 'eng', 'enm', 'fr', 'pt-BR', 'x'];
    const client = new pg.Client({ connectionString: t.databaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ tag: string; config: string }>(
        'SELECT tag, meridian_search_config(tag)::text AS config FROM unnest($1::text[]) AS tag',
        [tags],
      );
      expect(Object.fromEntries(rows.map((row) => [row.tag, row.config]))).toEqual(
        Object.fromEntries(tags.map((tag) => [tag, searchConfigOf(tag)])),
      );
      expect(searchConfigOf('en-GB')).toBe('english');
      expect(searchConfigOf('enm')).toBe('simple');
    } finally {
      await client.end();
    }
  });

  it('keeps the vector up to date when an article changes', async () => {
    const id = await createArticle({ title: 'Plain title', body: 'Nothing to see here.' });
    expect((await search({ q: 'quetzalcoatl' })).articles?.data).toEqual([]);
    await t.api.patch(`/v1/articles/${id}`).send({ title: 'Quetzalcoatl returns' }).expect(200);
    expect((await search({ q: 'quetzalcoatl' })).articles?.data.map((hit) => hit.id)).toEqual([id]);
  });

  it.each([
    ['&', '&'],
    ['!', '!'],
    [':*', ':*'],
    ['a quote', "'"],
    ['a double quote', '"'],
    ['a backslash', '\\'],
    ['empty quotes', '""'],
    ['a lone minus', '-'],
    ['a lone star', '*'],
    ['OR alone', 'OR'],
    ['tsquery operators', 'a & b | !c'],
    ['tsquery syntax', "lith:* & 'x' <-> y"],
    ['brackets', '(((('],
    ['an unclosed phrase', '"unclosed phrase'],
    ['a NUL inside a word', 'peru\u0000chile'],
    ['a NUL alone', '\u0000'],
    ['emoji', '🇵🇪 Perú 🔥'],
    ['the highlight sentinels', '\u{E000}marker\u{E001}'],
    ['1,000 characters of one word', 'x'.repeat(1000)],
    ['200 words', 'word '.repeat(200)],
    ['10 KB of text', 'lithium '.repeat(1250)],
    ['a percent sign', '%'],
    ['an underscore', '_'],
  ])('answers %s with 200 or a 400 (414 past MAX_URL_LENGTH) naming q, never a server error', async (_label, q) => {
    const response = await t.api
      .get('/v1/search')
      .query({ q, types: 'articles,claims,entities', facets: 'source,date' });
    if (response.status === 400) expectFieldError(response, 'q');
    else if (response.status === 414) expectFieldError(response, 'q', 414, 'uri_too_long');
    else expect(response.status, JSON.stringify(response.body)).toBe(200);
  });

  it.each(['peru%00chile', '%00', '%ED%A0%80', '%FF%FE', '%E0%A4%A', '%25%00%27%22%5C'])(
    'answers q=%s, encoded as is in the URL, with 200 or a 400',
    async (raw) => {
      const response = await t.api.get(`/v1/search?q=${raw}&types=articles,claims,entities`);
      if (response.status === 400) expectProblem(response, 400, 'validation_failed');
      else expect(response.status, JSON.stringify(response.body)).toBe(200);
    },
  );
});

describe('search: highlights', () => {
  it('returns escaped fragments with the matched words marked', async () => {
    const body = await search({ q: 'firefly deal' });
    const hit = body.articles?.data.find((candidate) => candidate.id === articles.script);
    const text = hit?.highlights.join(' ') ?? '';
    expect(text).toContain('<mark>Firefly</mark>');
    expect(text).toContain('lithium <mark>deal</mark>');
    expect(text).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(text).toContain('&amp; more');
    // Only the markers are markup: remove them and no angle bracket is left.
    expect(text.replaceAll('<mark>', '').replaceAll('</mark>', '')).not.toMatch(/[<>]/);
  });

  it('marks accented words found by an unaccented query', async () => {
    const hit = (await search({ q: 'peru firefly' })).articles?.data.find(
      (candidate) => candidate.id === articles.script,
    );
    expect(hit?.highlights.join(' ')).toContain('<mark>Perú</mark>');
  });

  it('marks every wanted term, also for a phrase together with a prefix, but not excluded ones', async () => {
    const hit = (await search({ q: '"armed forces" sylv* -parade' })).articles?.data.find(
      (candidate) => candidate.id === articles.armedForces,
    );
    expect(hit).toBeUndefined(); // its title is "Parade"
    const text = (await search({ q: '"armed forces" sylv*' })).articles?.data
      .find((candidate) => candidate.id === articles.armedForces)
      ?.highlights.join(' ');
    expect(text).toContain('<mark>armed</mark> <mark>forces</mark> of <mark>Sylvania</mark>');
  });

  it('uses the markers asked for', async () => {
    const body = await search({ q: 'lithium deal', highlightStart: '[[', highlightEnd: ']]' });
    const text = body.articles?.data.find((candidate) => candidate.id === articles.script)?.highlights.join(' ');
    expect(text).toContain('[[lithium]] [[deal]]');
    expect(text).not.toContain('<mark>');
  });

  it('marks a match deep in a long body, also when a word containing the stem comes first, escaping the text', async () => {
    const { excerptChars } = searchLimits.highlight;
    const filler = (word: string, chars: number) =>
      Array.from({ length: Math.ceil(chars / (word.length + 1)) }, () => word).join(' ');
    // The first match is well past the excerpt's length; "Quokkaland" (not a match) contains the lexeme earlier.
    const deep = await createArticle({
      title: 'Harbour report',
      body: `${filler('harbour', excerptChars * 2)} Quokkaland & <b>co</b> ${filler('tide', excerptChars * 2)} the quokka & <i>friends</i> arrived. ${filler('wave', excerptChars)}`,
    });
    const text =
      (await search({ q: 'quokka', limit: 50 })).articles?.data.find((hit) => hit.id === deep)?.highlights.join(' ') ??
      '';
    expect(text).toContain('the <mark>quokka</mark> &amp; &lt;i&gt;friends&lt;/i&gt; arrived');
    expect(text.replaceAll('<mark>', '').replaceAll('</mark>', '')).not.toMatch(/[<>]/);
    // A match near the start of the body is marked from the excerpt.
    const early = await createArticle({
      title: 'Early quokka',
      body: `A quokka & a wallaby. ${filler('sand', excerptChars * 3)}`,
    });
    const earlyText =
      (await search({ q: 'quokka', limit: 50 })).articles?.data.find((hit) => hit.id === early)?.highlights.join(' ') ??
      '';
    expect(earlyText).toContain('<mark>quokka</mark> &amp; a wallaby');
  });

  it('has no highlights and no score without a query', async () => {
    const body = await search({ source: 'agencia-prueba' });
    expect(body.articles?.data.map((hit) => hit.id)).toEqual([articles.tropas]);
    expect(body.articles?.data[0]).toMatchObject({ highlights: [], score: null });
  });
});

describe('search: filters', () => {
  it('requires every entity of `entity`, by slug or id', async () => {
    const both = await search({ entity: ['freedonia', ids.sylvania as string] });
    expect(both.articles?.data.map((hit) => hit.id)).toEqual([articles.lithium]);
    const one = await search({ entity: 'freedonia,port-of-zenda' });
    expect(one.articles?.data).toEqual([]);
  });

  it('requires one of the entities of `anyEntity`', async () => {
    const body = await search({ anyEntity: `port-of-zenda,${ids.firefly}` });
    expect(body.articles?.data.map((hit) => hit.id).sort()).toEqual([articles.tropas, articles.script].sort());
  });

  it('filters by entity type, country (the country or a port that lies in it), source, language and dates', async () => {
    expect((await search({ entityType: 'port' })).articles?.data.map((hit) => hit.id)).toContain(articles.tropas);
    expect((await search({ entityType: 'port' })).articles?.data.map((hit) => hit.id)).not.toContain(articles.lithium);
    // XF is Freedonia's code; the Port of Zenda lies in it (located_in), so the article naming only the port counts.
    expect((await search({ country: 'xf' })).articles?.data.map((hit) => hit.id).sort()).toEqual(
      [articles.tropas, articles.lithium].sort(),
    );
    expect((await search({ country: 'XS', q: 'lithium' })).articles?.data.map((hit) => hit.id)).toEqual([
      articles.lithium,
    ]);
    expect((await search({ country: 'QQ' })).articles?.data).toEqual([]);
    expect((await search({ source: ids.agencia as string })).articles?.data.map((hit) => hit.id)).toEqual([
      articles.tropas,
    ]);
    expect((await search({ language: 'es', q: 'zenda' })).articles?.data.map((hit) => hit.id)).toEqual([
      articles.tropas,
    ]);
    expect((await search({ language: 'en', q: 'zenda' })).articles?.data).toEqual([]);
    const january = await search({ q: 'lithium OR tropas', publishedFrom: '2024-01-10', publishedTo: '2024-01-15' });
    expect(january.articles?.data.map((hit) => hit.id).sort()).toEqual([articles.tropas, articles.lithium].sort());
    const instant = await search({ q: 'lithium OR tropas', publishedFrom: '2024-01-10T08:00:01Z' });
    expect(instant.articles?.data.map((hit) => hit.id)).not.toContain(articles.tropas);
  });

  it('filters by claim status', async () => {
    expect((await search({ claimStatus: 'disputed', q: 'lithium' })).articles?.data.map((hit) => hit.id)).toEqual([
      articles.lithium,
    ]);
    expect((await search({ claimStatus: 'verified', q: 'lithium' })).articles?.data).toEqual([]);
  });

  it('answers unknown entities and sources with a 422 naming the parameter', async () => {
    expectFieldError(await t.api.get('/v1/search').query({ entity: 'no-such-entity' }), 'entity', 422, 'unprocessable');
    expectFieldError(
      await t.api.get('/v1/search').query({ anyEntity: 'peru,nowhere' }),
      'anyEntity',
      422,
      'unprocessable',
    );
    expectFieldError(
      await t.api.get('/v1/search').query({ source: '0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d' }),
      'source',
      422,
      'unprocessable',
    );
  });

  it.each([
    [{ types: 'articles,tweets' }, 'types'],
    [{ entityType: 'planet' }, 'entityType'],
    [{ country: 'Peru' }, 'country'],
    [{ claimStatus: 'maybe' }, 'claimStatus'],
    [{ facets: 'colour' }, 'facets'],
    [{ dateInterval: 'decade' }, 'dateInterval'],
    [{ publishedFrom: 'last week' }, 'publishedFrom'],
    [{ language: 'english!' }, 'language'],
    [{ entity: 'Not A Slug' }, 'entity'],
    [{ limit: 101 }, 'limit'],
    [{ q: 'x'.repeat(1001) }, 'q'],
    [{ q: Array.from({ length: 33 }, (_, i) => `w${i}`).join(' ') }, 'q'],
    [{ highlightStart: '<'.repeat(101) }, 'highlightStart'],
    [{ sort: 'relevance' }, 'sort'],
    [{ sort: 'random', q: 'x' }, 'sort'],
  ])('refuses %j with a 400 naming %s', async (query, field) => {
    const problem = expectProblem(await t.api.get('/v1/search').query(query), 400, 'validation_failed');
    // A list parameter names the value too: `entityType.0`.
    expect(
      problem.errors?.some((error) => error.field === field || error.field.startsWith(`${field}.`)),
      JSON.stringify(problem.errors),
    ).toBe(true);
    expect(problem.errors?.every((error) => error.location === 'querystring')).toBe(true);
  });
});

describe('search: claims and entities', () => {
  it('returns a section per type asked for', async () => {
    const body = await search({ q: 'lithium', types: 'articles,claims,entities' });
    expect(body.articles?.data.map((hit) => hit.id)).toContain(articles.lithium);
    expect(body.claims?.data.map((claim) => claim.text)).toContain(
      'Freedonia holds the largest lithium reserves of the region.',
    );
    const claim = body.claims?.data.find((candidate) => candidate.articleId === articles.lithium);
    expect(claim).toMatchObject({ status: 'disputed', article: { id: articles.lithium } });
    expect(claim?.score).toBeGreaterThan(0);
    expect(body.entities?.data.map((entity) => entity.slug)).toContain('lithium');
    expect(body.claims?.total.exact).toBe(true);
  });

  it('returns only the sections asked for', async () => {
    const body = await search({ q: 'zenda', types: 'entities' });
    expect(body.articles).toBeUndefined();
    expect(body.claims).toBeUndefined();
    expect(body.entities?.data.map((entity) => entity.slug)).toEqual(['port-of-zenda']);
  });

  it('matches entity names and aliases without regard to accents, best match first', async () => {
    const body = await search({ q: 'puerto zenda', types: 'entities' });
    expect(body.entities?.data[0]).toMatchObject({ slug: 'port-of-zenda', matchedName: 'Puerto de Zénda' });
    const exact = await search({ q: 'freedonia', types: 'entities' });
    expect(exact.entities?.data[0]).toMatchObject({ slug: 'freedonia', score: 1 });
    expect((await search({ q: 'zenda', types: 'entities', entityType: 'country' })).entities?.data).toEqual([]);
    expect(
      (await search({ q: 'zenda', types: 'entities', country: 'XF' })).entities?.data.map((entity) => entity.slug),
    ).toEqual(['port-of-zenda']);
  });

  it('limits claims by claim status and by the article filters', async () => {
    expect(
      (await search({ q: 'lithium', types: 'claims', claimStatus: 'disputed' })).claims?.data.map(
        (claim) => claim.articleId,
      ),
    ).toEqual([articles.lithium]);
    expect((await search({ q: 'lithium', types: 'claims', claimStatus: 'verified' })).claims?.data).toEqual([]);
    expect((await search({ q: 'lithium', types: 'claims', source: 'agencia-prueba' })).claims?.data).toEqual([]);
  });
});

describe('search: totals, facets and pages', () => {
  const word = 'zorblax';
  const made: { id: string; source: string; language: string; publishedAt: string | null }[] = [];

  beforeAll(async () => {
    // 23 articles that share a word: three sources, two languages, dates over three months (some equal), two undated,
    // and the word repeated or in the title so that relevance differs.
    for (let index = 0; index < 23; index += 1) {
      const source = ['wire', 'agencia', 'wire'][index % 3] as string;
      const language = index % 4 === 0 ? 'es' : 'en';
      const publishedAt =
        index % 11 === 5 ? null : `2023-0${1 + (index % 3)}-${String(1 + (index % 7)).padStart(2, '0')}T10:00:00Z`;
      const repeats = 1 + (index % 4);
      const id = await createArticle({
        title: index % 5 === 0 ? `Zorblax report ${index}` : `Report ${index}`,
        body: `${Array.from({ length: repeats }, () => word).join(' and ')} seen near the coast of Freedonia, item ${index}.`,
        language,
        source,
        publishedAt,
        mentions: index % 2 === 0 ? [['freedonia', 'Freedonia']] : [],
      });
      made.push({ id, source, language, publishedAt });
    }
  });

  it('counts exactly on small sets', async () => {
    const body = await search({ q: word });
    expect(body.articles?.total).toEqual({ value: 23, exact: true });
    expect(body.articles?.ranking).toEqual({ sort: 'relevance', exhaustive: true, candidates: null });
  });

  it('computes facets whose source, language and date counts add up to the total', async () => {
    const body = await search({ q: word, facets: 'source,language,entityType,entities,date', dateInterval: 'month' });
    const facets = body.facets;
    expect(facets).toMatchObject({ sampled: false, sampleSize: null, counted: 23 });
    const sum = (buckets: { count: number }[] = []) => buckets.reduce((total, bucket) => total + bucket.count, 0);
    expect(sum(facets?.source?.buckets) + (facets?.source?.other ?? 0)).toBe(body.articles?.total.value);
    expect(sum(facets?.language?.buckets) + (facets?.language?.other ?? 0)).toBe(23);
    expect(sum(facets?.date?.buckets) + (facets?.date?.undated ?? 0)).toBe(23);
    expect(facets?.source?.buckets.find((bucket) => bucket.slug === 'agencia-prueba')?.count).toBe(
      made.filter((m) => m.source === 'agencia').length,
    );
    expect(facets?.language?.buckets.find((bucket) => bucket.language === 'es')?.count).toBe(
      made.filter((m) => m.language === 'es').length,
    );
    expect(facets?.date?.undated).toBe(made.filter((m) => m.publishedAt === null).length);
    expect(facets?.date?.buckets.map((bucket) => bucket.start)).toEqual(['2023-01-01', '2023-02-01', '2023-03-01']);
    expect(facets?.entities?.buckets[0]).toMatchObject({ slug: 'freedonia', count: 12 });
    expect(facets?.entityType?.buckets).toEqual([{ type: 'country', count: 12 }]);
  });

  it('computes facets with filters and without a query', async () => {
    const body = await search({ source: 'agencia-prueba', facets: 'source,date', dateInterval: 'day' });
    expect(body.facets?.source?.buckets).toEqual([
      expect.objectContaining({ slug: 'agencia-prueba', count: body.articles?.total.value }),
    ]);
    expect(body.facets?.date?.buckets.every((bucket) => /^\d{4}-\d{2}-\d{2}$/.test(bucket.start))).toBe(true);
  });

  it.each(['relevance', 'newest', 'oldest'])('walks every page of %s once', async (sort) => {
    const seen: ArticleHit[] = [];
    let next: string | null = `/v1/search?q=${word}&sort=${sort}&limit=4`;
    let pages = 0;
    while (next !== null) {
      const response = await t.api.get(next).expect(200);
      const body = response.body as SearchBody;
      seen.push(...(body.articles?.data ?? []));
      next = body.articles?.page.next ?? null;
      if (next !== null) expect(response.headers.link).toBe(`<${next}>; rel="next"`);
      pages += 1;
      expect(pages).toBeLessThan(10);
    }
    expect(seen.map((hit) => hit.id).sort()).toEqual(made.map((m) => m.id).sort());
    if (sort === 'relevance') {
      const scores = seen.map((hit) => hit.score as number);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      // The title and the repeated word count: the best hit has the word in its title.
      expect(seen[0]?.title).toMatch(/^Zorblax/);
    } else {
      const dated = seen.filter((hit) => hit.publishedAt !== null).map((hit) => hit.publishedAt as string);
      expect(dated).toEqual([...dated].sort((a, b) => (sort === 'newest' ? b.localeCompare(a) : a.localeCompare(b))));
      // Undated articles come last in both directions.
      expect(seen.slice(-2).every((hit) => hit.publishedAt === null)).toBe(true);
    }
  });

  it('refuses a cursor from another search or sort, or sent for several sections', async () => {
    const first = (await search({ q: word, limit: 2 })).articles?.page.nextCursor as string;
    expectProblem(await t.api.get('/v1/search').query({ q: 'other', cursor: first }), 400, 'invalid_cursor');
    expectProblem(
      await t.api.get('/v1/search').query({ q: word, limit: 2, sort: 'newest', cursor: first }),
      400,
      'invalid_cursor',
    );
    expectProblem(
      await t.api.get('/v1/search').query({ q: word, limit: 2, types: 'articles,claims', cursor: first }),
      400,
      'invalid_cursor',
    );
    expectProblem(await t.api.get('/v1/search').query({ q: word, cursor: 'not-a-cursor' }), 400, 'invalid_cursor');
    await t.api.get('/v1/search').query({ q: word, limit: 2, cursor: first }).expect(200);
  });
});

describe('search: bounded relevance over many matches', () => {
  // 24,000 articles, one an hour from 2022 on (every hundredth undated), written in one statement (the trigger
  // indexes them as it does the API's inserts). Three words with different spreads:
  //   quuxbulk in every third (8,000: more than relevance ranks and than facets count exactly; a third of all),
  //   quuxmid in every sixth (4,000: a sixth of all, so relevance looks for the newest in a recent window),
  //   quuxold in the 4,000 oldest (the recent window holds none, so relevance looks at every match again).
  const bulk = 24_000;

  beforeAll(async () => {
    const client = new pg.Client({ connectionString: t.databaseUrl });
    await client.connect();
    try {
      await client.query(
        `INSERT INTO articles (id, url, title, body, language, published_at, source_id, content_hash, updated_at)
         SELECT gen_random_uuid(), 'https://bulk.example.org/' || n, 'Bulk ' || n,
                'filler text ' || n
                  || CASE WHEN n % 3 = 0 THEN repeat(' quuxbulk', 1 + n % 5) ELSE '' END
                  || CASE WHEN n % 6 = 0 THEN ' quuxmid' ELSE '' END
                  || CASE WHEN n <= 4000 THEN ' quuxold' ELSE '' END,
                'en',
                CASE WHEN n % 100 = 0 THEN NULL ELSE timestamptz '2022-01-01' + n * interval '1 hour' END,
                $1, md5(n::text) || md5(n::text), now()
         FROM generate_series(1, ${bulk}) AS n`,
        [ids.wire],
      );
      await client.query('ANALYZE articles');
    } finally {
      await client.end();
    }
  }, 120_000);

  /** Every hit of a relevance walk, page by page, each checked to come once. */
  async function walk(query: string) {
    const seen: string[] = [];
    const rankings = new Set<string>();
    let next: string | null = `/v1/search?${query}`;
    let first: SearchBody | undefined;
    while (next !== null) {
      const body = (await t.api.get(next).expect(200)).body as SearchBody;
      first ??= body;
      seen.push(...(body.articles?.data ?? []).map((hit) => hit.id));
      rankings.add(JSON.stringify(body.articles?.ranking));
      next = body.articles?.page.next ?? null;
    }
    expect(new Set(seen).size).toBe(seen.length);
    return { seen, first: first as SearchBody, rankings: [...rankings] };
  }

  /** The newest `count` matches of a word, by publication time (undated last), read with sort=newest. */
  async function newest(word: string, count: number) {
    const ids: string[] = [];
    let next: string | null = `/v1/search?q=${word}&sort=newest&limit=100`;
    while (next !== null && ids.length < count) {
      const body = (await t.api.get(next).expect(200)).body as SearchBody;
      ids.push(...(body.articles?.data ?? []).map((hit) => hit.id));
      next = body.articles?.page.next ?? null;
    }
    return ids.slice(0, count);
  }

  it.each([
    ['a third of all articles: the newest ones, walked newest first', 'quuxbulk', 8000],
    ['a sixth of all articles: looked for in a recent window', 'quuxmid', 4000],
    ['only the oldest articles: the recent window misses them and every match is looked at', 'quuxold', 4000],
  ])(
    'ranks only the newest matches (searchLimits.rankCandidates) of a word in %s, says so, and pages through them once',
    async (_label, word, matches) => {
      const candidates = searchLimits.rankCandidates;
      const { seen, first, rankings } = await walk(`q=${word}&limit=100`);
      expect(first.articles?.total).toEqual({ value: matches, exact: true });
      expect(rankings).toEqual([JSON.stringify({ sort: 'relevance', exhaustive: false, candidates })]);
      expect(seen.length).toBe(candidates);
      expect([...seen].sort()).toEqual((await newest(word, candidates)).sort());
    },
  );

  it('orders every match by date', async () => {
    let next: string | null = '/v1/search?q=quuxmid&limit=100&sort=oldest';
    let previous = '';
    let total = 0;
    while (next !== null) {
      const body = (await t.api.get(next).expect(200)).body as SearchBody;
      for (const hit of body.articles?.data ?? []) {
        if (hit.publishedAt !== null) expect(hit.publishedAt > previous).toBe(true);
        previous = hit.publishedAt ?? previous;
      }
      total += body.articles?.data.length ?? 0;
      next = body.articles?.page.next ?? null;
    }
    expect(total).toBe(4000);
  });

  it('counts facets over a hashed share of the matches when they are a few thousand', async () => {
    const body = await search({ q: 'quuxmid', facets: 'source,language,date', dateInterval: 'year' });
    const facets = body.facets;
    expect(facets?.sampled).toBe(true);
    // A quarter of the 4,000 matches, give or take.
    expect(facets?.counted).toBeGreaterThan(800);
    expect(facets?.counted).toBeLessThan(1200);
    expect(facets?.source?.buckets).toEqual([
      expect.objectContaining({ slug: 'search-test-wire', count: facets?.counted }),
    ]);
    const dated = (facets?.date?.buckets ?? []).reduce((sum, bucket) => sum + bucket.count, 0);
    expect(dated + (facets?.date?.undated ?? 0)).toBe(facets?.counted);
    expect(facets?.date?.buckets.map((bucket) => bucket.start)).toEqual(['2022-01-01', '2023-01-01', '2024-01-01']);
    expect((await search({ q: 'quuxmid', facets: 'source,language,date', dateInterval: 'year' })).facets).toEqual(
      facets,
    );
  });

  it('counts facets over a sample of pages when the matches are many, and says so', async () => {
    const body = await search({ q: 'quuxbulk', facets: 'source,language,date' });
    const facets = body.facets;
    expect(facets?.sampled).toBe(true);
    expect(facets?.sampleSize).toBe(facets?.counted);
    expect(facets?.counted).toBeGreaterThan(0);
    expect(facets?.counted).toBeLessThan(8000);
    expect(facets?.source?.buckets).toEqual([
      expect.objectContaining({ slug: 'search-test-wire', count: facets?.counted }),
    ]);
    expect(facets?.language?.buckets).toEqual([{ language: 'en', count: facets?.counted }]);
    const dated = (facets?.date?.buckets ?? []).reduce((sum, bucket) => sum + bucket.count, 0);
    expect(dated + (facets?.date?.undated ?? 0)).toBe(facets?.counted);
    // The same request gets the same sample.
    expect((await search({ q: 'quuxbulk', facets: 'source,language,date' })).facets).toEqual(facets);
    // A narrower search is counted exactly again.
    expect((await search({ q: 'quuxbulk', publishedFrom: '2024-06-01', facets: 'language' })).facets?.sampled).toBe(
      false,
    );
  });
});
