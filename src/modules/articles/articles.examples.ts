// Examples for the OpenAPI document, drawn from the seeded fixture (ids are illustrative: each database mints its own).

export const articleExample = {
  id: '01a2185e-f303-7111-8c69-1b6d28cf787f',
  url: 'https://orinocotribune.com/what-is-behind-the-entry-of-us-troops-and-weapons-into-peru',
  title: 'What is Behind the Entry of US Troops and Weapons Into Peru?',
  dek: null,
  byline: 'Misión Verdad',
  body: 'On May 31, the Peruvian government authorized the entry of US military personnel into the country by air and sea with weapons. …',
  language: 'en',
  publishedAt: '2023-06-05T04:00:00.000Z',
  modifiedAt: null,
  dateline: null,
  ingestedAt: '2026-11-26T15:00:05.507Z',
  sourceId: '01a2185e-f106-7347-ae37-0d969960a6bb',
  contentHash: 'e974cbc43c2a8d348433edf15ac7e1ddb993ac8901590ce135b61ced123614f5',
  version: 1,
  lineage: { originalId: '01a2185e-f2fe-76ef-ab4c-e1d8570616d4', kind: 'translation' },
  duplicateOf: null,
  story: { id: '01a24f9a-eb7a-7c30-98eb-59b249d2c0d1', href: '/v1/stories/01a24f9a-eb7a-7c30-98eb-59b249d2c0d1' },
  createdAt: '2026-11-26T15:00:05.507Z',
  updatedAt: '2026-11-26T15:00:05.507Z',
} as const;

export const articleCreateExample = {
  url: 'https://wire.example.org/peru-congress',
  title: "Peru's Congress votes on the troop resolution",
  body: "Peru's Congress voted on Tuesday to authorise the entry of foreign troops.",
  language: 'en',
  publishedAt: '2023-06-06T10:00:00Z',
  sourceId: '01a2185e-f106-7347-ae37-0d969960a6bb',
  mentions: [{ entityId: '01a2185e-f125-7652-ba92-5bb0ec87d27f', start: 0, end: 4 }],
} as const;

export const articleUpdateExample = { dek: 'Why Washington cares about the port of Chancay.' } as const;
