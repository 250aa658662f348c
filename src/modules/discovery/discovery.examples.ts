// Examples for the OpenAPI document, drawn from the seeded fixture (ids are illustrative: each database mints its own).

const peru = { id: '01a2185e-f125-7652-ba92-5bb0ec87d27f', type: 'country', name: 'Peru', slug: 'peru' } as const;
const chancay = {
  id: '01a2185e-f1e1-709a-90e1-0f82d360bd5d',
  type: 'port',
  name: 'Port of Chancay',
  slug: 'chancay',
} as const;
const unitedStates = {
  id: '01a2185e-f12b-7a4c-8d7e-2f3a4b5c6d7e',
  type: 'country',
  name: 'United States',
  slug: 'united-states',
} as const;
const china = { id: '01a2185e-f131-7b2d-9e8f-3a4b5c6d7e8f', type: 'country', name: 'China', slug: 'china' } as const;

/** GET /v1/entities/peru/timeline?from=2023-05-22&to=2023-06-18&interval=week */
export const timelineExample = {
  entity: peru,
  interval: 'week',
  data: [
    { start: '2023-05-22', end: '2023-05-29', mentions: 0, articles: 0 },
    { start: '2023-05-29', end: '2023-06-05', mentions: 0, articles: 0 },
    { start: '2023-06-05', end: '2023-06-12', mentions: 12, articles: 1 },
    { start: '2023-06-12', end: '2023-06-19', mentions: 0, articles: 0 },
  ],
  totals: { mentions: 12, articles: 1 },
} as const;

/** GET /v1/entities/chancay/cooccurrences?type=country&limit=3 */
export const cooccurrencesExample = {
  entity: chancay,
  articles: 1,
  data: [
    { entity: peru, articles: 1, mentions: 12 },
    { entity: unitedStates, articles: 1, mentions: 10 },
    { entity: china, articles: 1, mentions: 5 },
  ],
} as const;

const fixtureArticle = {
  id: '01a2185e-f303-7111-8c69-1b6d28cf787f',
  url: 'https://orinocotribune.com/what-is-behind-the-entry-of-us-troops-and-weapons-into-peru',
  title: 'What is Behind the Entry of US Troops and Weapons Into Peru?',
  language: 'en',
  publishedAt: '2023-06-05T04:00:00.000Z',
  sourceId: '01a2185e-f106-7347-ae37-0d969960a6bb',
} as const;

/** GET /v1/articles/{id}/related for the README's "Peru's Congress votes" article (it mentions Peru). */
export const relatedArticlesExample = {
  article: {
    id: '01a2186a-0c1f-7d3e-8a2b-4c5d6e7f8091',
    url: 'https://wire.example.org/peru-congress',
    title: "Peru's Congress votes",
    language: 'en',
    publishedAt: '2023-06-06T10:00:00.000Z',
    sourceId: '01a2186a-0b2e-7c4d-9e1f-2a3b4c5d6e7f',
  },
  data: [
    {
      article: fixtureArticle,
      score: 0.8137,
      entityScore: 1,
      titleSimilarity: 0.0685,
      sharedEntities: [{ ...peru, weight: 0.9163 }],
    },
  ],
} as const;
