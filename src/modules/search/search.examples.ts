// Examples for the OpenAPI document, drawn from the seeded fixture (ids are illustrative: each database mints its own).
// GET /v1/search?q=pentagon%20lithium&facets=source,language,date&limit=1

export const articleHitExample = {
  id: '01a2185e-f303-7111-8c69-1b6d28cf787f',
  title: 'What is Behind the Entry of US Troops and Weapons Into Peru?',
  dek: null,
  url: 'https://orinocotribune.com/what-is-behind-the-entry-of-us-troops-and-weapons-into-peru/',
  language: 'en',
  publishedAt: '2023-06-05T04:00:00.000Z',
  sourceId: '01a2185e-f106-7347-ae37-0d969960a6bb',
  score: 0.0010600119,
  highlights: [
    'built with Chinese capital, an investment that has not been well regarded by the <mark>Pentagon</mark> for interfering with its interests in the region. Why is Chancay so important? With',
    'where raw materials from the region would leave for the Asian continent. For example, <mark>lithium</mark>, a mineral that has received worldwide attention because it is vital for the new technological',
  ],
};

export const facetsExample = {
  sampled: false,
  sampleSize: null,
  counted: 1,
  source: {
    buckets: [
      { id: '01a2185e-f106-7347-ae37-0d969960a6bb', slug: 'orinoco-tribune', name: 'Orinoco Tribune', count: 1 },
    ],
    other: 0,
  },
  language: { buckets: [{ language: 'en', count: 1 }], other: 0 },
  date: { interval: 'month' as const, buckets: [{ start: '2023-06-01', count: 1 }], undated: 0 },
};

export const searchResultExample = {
  query: {
    q: 'pentagon lithium',
    tsquery: { english: "'pentagon' & 'lithium'", spanish: "'pentagon' & 'lithium'", simple: "'pentagon' & 'lithium'" },
  },
  articles: {
    data: [articleHitExample],
    page: { limit: 1, nextCursor: null, next: null },
    total: { value: 1, exact: true },
    ranking: { sort: 'relevance' as const, exhaustive: true, candidates: null },
  },
  facets: facetsExample,
};
