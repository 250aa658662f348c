// Raw ingest through POST /v1/articles: normalisation, dedup (URL, content hash, near-duplicate), dates, linking and
// claim extraction, as a client sees them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFixtureArticle, readFixtureText, TRANSLATION_URL } from '../src/seed/peru-fixture.ts';
import { createTestApp, type TestApp } from './support/app.ts';
import { expectFieldError, expectProblem } from './support/problems.ts';

let t: TestApp;
const fixtureText = readFixtureText();
const [fixtureTitle, ...fixtureRest] = fixtureText.split('\n');
const fixtureBody = fixtureRest.join('\n');

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

let counter = 0;
const uniqueUrl = () => `https://news.example.org/story-${Date.now()}-${++counter}`;

const report = [
  'Chile and Bolivia signed a lithium agreement in La Paz on Tuesday, the two governments announced.',
  'The deal covers extraction quotas, export terms and a joint research centre near the Uyuni salt flat.',
  '“This agreement opens a new chapter for our region,” said the Bolivian minister at the ceremony.',
  'Bolivia has 21% of the world’s lithium resources, according to the United States Geological Survey.',
].join('\n\n');

function raw(overrides: Record<string, unknown> = {}) {
  return {
    url: uniqueUrl(),
    title: 'Chile and Bolivia sign lithium deal',
    body: report,
    bodyFormat: 'text',
    publishedAt: '2024-05-07T10:00:00Z',
    ...overrides,
  };
}

describe('raw ingest: normalisation', () => {
  it('stores the canonical URL, the fixture text without its dateline and comment form, and the same hash as the hand-cleaned fixture', async () => {
    const response = await t.api
      .post('/v1/articles')
      .send({
        url: 'HTTPS://Mirror.Example.COM/peru-troops/?utm_source=x&utm_medium=y&b=2&a=1#comments',
        title: fixtureTitle,
        body: fixtureBody,
        bodyFormat: 'text',
        language: 'en',
      })
      .expect(201);
    expect(response.body.url).toBe('https://mirror.example.com/peru-troops?a=1&b=2');
    expect(response.headers.location).toBe(`/v1/articles/${response.body.id}`);
    const expected = parseFixtureArticle(fixtureText);
    expect(response.body.body).toBe(expected.body);
    expect(response.body.body).not.toContain('Leave a Reply');
    expect(response.body.body).not.toContain('Your email address will not be published');
    expect(response.body.contentHash).toBe(expected.contentHash);
    // The seeded translation has exactly this body: recorded as its duplicate and republication.
    const seeded = await t.api.get('/v1/articles').query({ limit: 100 }).expect(200);
    const original = seeded.body.data.find((article: { url: string }) => article.url === TRANSLATION_URL);
    expect(response.body.duplicateOf).toBe(original.id);
    expect(response.body.lineage).toEqual({ originalId: original.id, kind: 'republication', similarity: 1 });
    expect(response.body.publishedAt).toBeNull();
  });

  it('turns HTML into paragraphs, drops scripts and share prompts, and detects the language', async () => {
    const html =
      '<html><head><script>track()</script></head><body><nav>Home | World</nav><h1>Acuerdo</h1>' +
      '<p>El gobierno de Chile y el de Bolivia firmaron un acuerdo sobre el litio en La Paz el martes, según informaron ambos gobiernos.</p>' +
      '<p>El acuerdo incluye cuotas de extracción y un centro de investigación conjunto cerca del salar de Uyuni.</p>' +
      '<p>Compartir: Facebook Twitter WhatsApp</p></body></html>';
    const response = await t.api
      .post('/v1/articles')
      .send(raw({ body: html, bodyFormat: 'html', title: 'Acuerdo del litio' }))
      .expect(201);
    expect(response.body.language).toBe('es');
    expect(response.body.body).toBe(
      'Acuerdo\n\nEl gobierno de Chile y el de Bolivia firmaron un acuerdo sobre el litio en La Paz el martes, según informaron ambos gobiernos.\n\n' +
        'El acuerdo incluye cuotas de extracción y un centro de investigación conjunto cerca del salar de Uyuni.',
    );
  });

  it('detects HTML with bodyFormat auto and takes the source by domain, creating it when unknown', async () => {
    const response = await t.api
      .post('/v1/articles')
      .send(
        raw({
          url: 'https://www.new-outlet.example/a',
          body: `<p>${report.replaceAll('\n\n', '</p><p>')}</p>`,
          bodyFormat: 'auto',
        }),
      )
      .expect(201);
    expect(response.body.body).toBe(report);
    const source = await t.api.get(`/v1/sources/${response.body.sourceId}`).expect(200);
    expect(source.body).toMatchObject({
      slug: 'new-outlet-example',
      homepage: 'https://new-outlet.example/',
      kind: 'other',
    });
    const again = await t.api
      .post('/v1/articles')
      .send(
        raw({
          body: 'Entirely different text about ports.\n\nChancay is a port in Peru.',
          source: { domain: 'new-outlet.example' },
        }),
      )
      .expect(201);
    expect(again.body.sourceId).toBe(response.body.sourceId);
  });

  it('takes the source by name and refuses an unknown one, naming the field', async () => {
    const byName = await t.api
      .post('/v1/articles')
      .send(
        raw({
          body: 'A short note on Peru and its ports, written for this test only.',
          source: { name: 'orinoco tribune' },
        }),
      )
      .expect(201);
    const orinoco = await t.api.get('/v1/sources/orinoco-tribune').expect(200);
    expect(byName.body.sourceId).toBe(orinoco.body.id);
    expectFieldError(
      await t.api.post('/v1/articles').send(raw({ source: { name: 'No Such Outlet' } })),
      'source.name',
      422,
      'unprocessable',
    );
    expectFieldError(
      await t.api.post('/v1/articles').send(raw({ source: { name: 'x', domain: 'x.org' } })),
      'source',
      400,
    );
  });
});

describe('raw ingest: dates', () => {
  it('refuses a publication time in the future with 422 naming the field', async () => {
    const future = new Date(Date.now() + 86_400_000).toISOString();
    expectFieldError(
      await t.api.post('/v1/articles').send(raw({ publishedAt: future })),
      'publishedAt',
      422,
      'unprocessable',
    );
  });

  it('records a missing publication time as unknown, not as the ingest time', async () => {
    const { publishedAt: _omitted, ...input } = raw();
    const response = await t.api.post('/v1/articles').send(input).expect(201);
    expect(response.body.publishedAt).toBeNull();
    expect(response.body.ingestedAt).toEqual(expect.any(String));
  });

  it('refuses a body that is only boilerplate', async () => {
    expectFieldError(
      await t.api
        .post('/v1/articles')
        .send(raw({ body: 'Leave a Reply\n\nYour email address will not be published. Required fields are marked *' })),
      'body',
      422,
      'unprocessable',
    );
  });
});

describe('raw ingest: deduplication', () => {
  it('answers 409 with the existing article’s location for the same canonical URL, or 200 with it on request', async () => {
    const url = uniqueUrl();
    const first = await t.api.post('/v1/articles').send(raw({ url })).expect(201);
    const conflict = expectProblem(
      await t.api.post('/v1/articles').send(raw({ url: `${url}/?utm_campaign=z#top` })),
      409,
      'conflict',
    );
    expect(conflict.location).toBe(`/v1/articles/${first.body.id}`);
    const returned = await t.api
      .post('/v1/articles')
      .query({ onDuplicate: 'return' })
      .send(raw({ url: `${url}?fbclid=1` }))
      .expect(200);
    expect(returned.body.id).toBe(first.body.id);
    expect(returned.headers.location).toBe(`/v1/articles/${first.body.id}`);
  });

  it('records the same body under another URL as a duplicate of the earlier article', async () => {
    const body = `${report}\n\nA unique closing line ${Date.now()}.`;
    const first = await t.api.post('/v1/articles').send(raw({ body })).expect(201);
    // The same text, differently wrapped and spaced: the same normalised body.
    const second = await t.api
      .post('/v1/articles')
      .send(raw({ body: `  ${body.replaceAll('\n\n', '\r\n\r\n').replaceAll(' the ', ' the\n')}  ` }))
      .expect(201);
    expect(second.body.contentHash).toBe(first.body.contentHash);
    expect(second.body.duplicateOf).toBe(first.body.id);
    expect(second.body.lineage).toEqual({ originalId: first.body.id, kind: 'republication', similarity: 1 });
  });

  it('links a light rewrite to the earlier article as a republication with its similarity', async () => {
    const paragraphs = Array.from(
      { length: 12 },
      (_, index) =>
        `Paragraph ${index} of the port report: the terminal at Chancay handled cargo bound for Shanghai and Busan in week ${index}, officials said on ${index + 1} occasions.`,
    );
    const first = await t.api
      .post('/v1/articles')
      .send(raw({ body: paragraphs.join('\n\n') }))
      .expect(201);
    const rewritten = [
      ...paragraphs.slice(0, 11),
      'A final paragraph the syndicating outlet added about its own coverage.',
    ];
    const second = await t.api
      .post('/v1/articles')
      .send(raw({ body: rewritten.join('\n\n') }))
      .expect(201);
    expect(second.body.duplicateOf).toBeNull();
    expect(second.body.lineage.originalId).toBe(first.body.id);
    expect(second.body.lineage.kind).toBe('republication');
    expect(second.body.lineage.similarity).toBeGreaterThan(0.6);
    expect(second.body.lineage.similarity).toBeLessThan(1);
    const unrelated = await t.api
      .post('/v1/articles')
      .send(raw({ body: 'Unrelated text about fisheries off the coast of Chile, with quotas and prices for anchovy.' }))
      .expect(201);
    expect(unrelated.body.lineage).toBeNull();
  });

  it('forgets a deleted article’s LSH bands: a later rewrite of it is not linked to anything', async () => {
    const paragraphs = Array.from(
      { length: 12 },
      (_, index) =>
        `Paragraph ${index} of the grain report: silos at Callao stored wheat bound for Guayaquil and Arica in week ${index}, traders said on ${index + 1} occasions.`,
    );
    const first = await t.api
      .post('/v1/articles')
      .send(raw({ body: paragraphs.join('\n\n') }))
      .expect(201);
    const bands = (id: string) =>
      t.app.db.$queryRaw<
        { n: number }[]
      >`SELECT count(*)::int AS n FROM article_minhash_bands WHERE article_id = ${id}::uuid`;
    expect((await bands(first.body.id))[0]!.n).toBe(32);
    await t.api.delete(`/v1/articles/${first.body.id}`).expect(204);
    expect((await bands(first.body.id))[0]!.n).toBe(0);
    const rewritten = [...paragraphs.slice(0, 11), 'A closing paragraph added by the syndicating outlet.'];
    const second = await t.api
      .post('/v1/articles')
      .send(raw({ body: rewritten.join('\n\n') }))
      .expect(201);
    expect(second.body.lineage).toBeNull();
  });

  it('keeps a translation link only when the client says so', async () => {
    const first = await t.api.post('/v1/articles').send(raw()).expect(201);
    const translated = await t.api
      .post('/v1/articles')
      .send(
        raw({
          title: 'Chile y Bolivia firman acuerdo',
          body: 'Chile y Bolivia firmaron un acuerdo sobre el litio en La Paz el martes.',
          language: 'es',
          lineage: { originalId: first.body.id, kind: 'translation' },
        }),
      )
      .expect(201);
    expect(translated.body.lineage).toEqual({ originalId: first.body.id, kind: 'translation' });
  });
});

describe('raw ingest: linking and claims', () => {
  it('links entities with exact offsets and extracts claims, visible through the API', async () => {
    const response = await t.api.post('/v1/articles').send(raw()).expect(201);
    const id = response.body.id;
    expect(response.body.ingest.mentions).toBeGreaterThan(0);
    const article = await t.api.get(`/v1/articles/${id}`).query({ include: 'mentions,claims' }).expect(200);
    // Each mention's offsets count code points of its field: the title or the body.
    const texts = { body: Array.from(article.body.body as string), title: Array.from(article.body.title as string) };
    for (const mention of article.body.mentions)
      expect(texts[mention.field as 'body' | 'title'].slice(mention.start, mention.end).join('')).toBe(mention.surface);
    const linked = article.body.mentions.map(
      (mention: { surface: string; entity: { name: string }; method: string }) =>
        `${mention.surface}=${mention.entity.name}:${mention.method}`,
    );
    expect(linked).toEqual(
      expect.arrayContaining([
        'Chile=Chile:gazetteer',
        'Bolivia=Bolivia:gazetteer',
        'Bolivian=Bolivia:gazetteer',
        'lithium=Lithium:gazetteer',
      ]),
    );
    const gazetteer = article.body.mentions.find((mention: { method: string }) => mention.method === 'gazetteer');
    expect(gazetteer.status).toBe('accepted');

    const claims = article.body.claims as {
      text: string;
      quote: string | null;
      value: number | null;
      unit: string | null;
      method: string;
      reviewStatus: string;
      status: string;
      confidence: number;
      evidence: { start: number; end: number };
      subjects: { name: string }[];
    }[];
    const share = claims.find((claim) => claim.value === 21);
    expect(share).toMatchObject({ unit: '%', method: 'auto', reviewStatus: 'proposed', status: 'unverified' });
    expect(share!.subjects.map((subject) => subject.name)).toContain('Bolivia');
    const quote = claims.find((claim) => claim.quote !== null);
    expect(quote?.quote).toContain('This agreement opens a new chapter');
    for (const claim of claims) {
      expect(claim.confidence).toBeGreaterThan(0);
      expect(claim.evidence.end).toBeGreaterThan(claim.evidence.start);
    }
    const listed = await t.api
      .get('/v1/claims')
      .query({ articleId: id, method: 'auto', reviewStatus: 'proposed' })
      .expect(200);
    expect(listed.body.data).toHaveLength(claims.length);
  });

  it('stores reference entities on first mention, once, and reuses them', async () => {
    const first = await t.api
      .post('/v1/articles')
      .send(raw({ body: 'Officials from Kazakhstan met their counterparts in Astana to discuss grain exports.' }))
      .expect(201);
    const second = await t.api
      .post('/v1/articles')
      .send(raw({ body: 'Kazakhstan raised its grain export quota again this month, officials in Astana said.' }))
      .expect(201);
    const found = await t.api.get('/v1/entities').query({ iso: 'KZ' }).expect(200);
    expect(found.body.data).toHaveLength(1);
    expect(found.body.data[0].status).toBe('accepted');
    for (const article of [first, second]) {
      const entities = await t.api.get(`/v1/articles/${article.body.id}/entities`).expect(200);
      expect(entities.body.data.map((entity: { id: string }) => entity.id)).toContain(found.body.data[0].id);
    }
  });

  it('proposes unknown names found by NER as proposed entities, only once', async () => {
    const body =
      'Marisol Quispeyupanqui, the harbour master, inspected the new terminal. Marisol Quispeyupanqui said the cranes were ready.';
    await t.api.post('/v1/articles').send(raw({ body })).expect(201);
    await t.api
      .post('/v1/articles')
      .send(raw({ body: `${body} A second visit followed.` }))
      .expect(201);
    const proposed = await t.api.get('/v1/entities').query({ status: 'proposed', name: 'Quispeyupanqui' }).expect(200);
    expect(proposed.body.data).toHaveLength(1);
    expect(proposed.body.data[0]).toMatchObject({ type: 'person', name: 'Marisol Quispeyupanqui', status: 'proposed' });
    const mentions = await t.api.get('/v1/mentions').query({ entityId: proposed.body.data[0].id }).expect(200);
    expect(mentions.body.data.length).toBeGreaterThanOrEqual(2);
    for (const mention of mentions.body.data) expect(mention).toMatchObject({ method: 'ner', status: 'proposed' });
  });

  it('keeps the structured form working and refuses a mix of the two', async () => {
    const sourceId = (await t.api.get('/v1/sources/orinoco-tribune').expect(200)).body.id;
    const structured = await t.api
      .post('/v1/articles')
      .send({ url: uniqueUrl(), title: 'Plain', body: 'Peru  and Chile.', language: 'en', sourceId })
      .expect(201);
    expect(structured.body.body).toBe('Peru  and Chile.');
    expectFieldError(
      await t.api.post('/v1/articles').send({ url: uniqueUrl(), title: 'No source', body: 'Text', language: 'en' }),
      'sourceId',
    );
    expectFieldError(await t.api.post('/v1/articles').send(raw({ mentions: [] })), 'mentions');
    expectFieldError(await t.api.post('/v1/articles').send(raw({ bodyFormat: 'pdf' })), 'bodyFormat');
  });
});
