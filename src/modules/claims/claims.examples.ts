// Examples for the OpenAPI document, drawn from the seeded fixture (ids are illustrative: each database mints its own).

export const claimExample = {
  id: '01a2185e-f3ec-75f2-b01a-b4d356020c10',
  articleId: '01a2185e-f303-7111-8c69-1b6d28cf787f',
  text: "Bolivia holds 30% of the world's lithium reserves, according to recent studies.",
  quote: null,
  claimant: { type: 'source', id: '01a2185e-f0f9-7091-a987-4a47dfcc6fc1', name: 'Misión Verdad' },
  subjects: [
    { id: '01a2185e-f15c-751c-9608-2b2fe90b9a60', type: 'country', name: 'Bolivia', slug: 'bolivia' },
    { id: '01a2185e-f2ed-704d-a65d-81d6ffd742c3', type: 'commodity', name: 'Lithium', slug: 'lithium' },
  ],
  kind: 'quantity',
  value: 30,
  unit: '%',
  bound: 'exact',
  modality: 'reported',
  evidence: { start: 4860, end: 4936 },
  status: 'unverified',
  method: 'manual',
  confidence: 1,
  reviewStatus: 'accepted',
  version: 1,
  createdAt: '2026-11-26T15:00:05.740Z',
  updatedAt: '2026-11-26T15:00:05.740Z',
} as const;

export const claimCreateExample = {
  articleId: '01a2185e-f303-7111-8c69-1b6d28cf787f',
  text: 'Chancay has 11 berths for ships of up to 9,000 tons.',
  claimant: { type: 'source', id: '01a2185e-f0f9-7091-a987-4a47dfcc6fc1' },
  subjectIds: ['01a2185e-f1e1-709a-90e1-0f82d360bd5d'],
  kind: 'quantity',
  value: 11,
  unit: 'berths',
  bound: 'exact',
  evidence: { start: 4282, end: 4351 },
} as const;

export const claimUpdateExample = { status: 'verified' } as const;
