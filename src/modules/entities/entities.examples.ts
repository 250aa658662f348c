// Examples for the OpenAPI document, drawn from the seeded fixture (ids are illustrative: each database mints its own).

const peruRef = { id: '01a2185e-f125-7652-ba92-5bb0ec87d27f', type: 'country', name: 'Peru', slug: 'peru' } as const;
const boluarteRef = {
  id: '01a2185e-f1c4-752b-9612-88fe2344274a',
  type: 'person',
  name: 'Dina Boluarte',
  slug: 'dina-boluarte',
} as const;

export const roleExample = {
  id: '01a2185e-f2fa-725b-9003-4f7da7f2d1ef',
  title: 'President of Peru',
  person: boluarteRef,
  organization: peruRef,
  startDate: '2022-12-07',
  endDate: null,
  version: 1,
} as const;

export const entityExample = {
  id: '01a2185e-f1e1-709a-90e1-0f82d360bd5d',
  type: 'port',
  status: 'accepted',
  name: 'Port of Chancay',
  slug: 'chancay',
  description: "Deep-water port at Chancay on Peru's central coast north of Lima, built with majority Chinese capital.",
  identifiers: { wikidata: null, isoAlpha2: null, isoAlpha3: null, unlocode: 'PECHY', iso3166Alpha4: null },
  coordinates: { latitude: -11.583333, longitude: -77.25 },
  validFrom: null,
  validTo: null,
  version: 1,
  aliases: [
    { name: 'Chancay', language: null, kind: 'name', validFrom: null, validTo: null },
    { name: 'Puerto de Chancay', language: 'es', kind: 'name', validFrom: null, validTo: null },
  ],
  createdAt: '2026-11-26T15:00:05.217Z',
  updatedAt: '2026-11-26T15:00:05.217Z',
} as const;

export const entityCreateExample = {
  type: 'port',
  name: 'Port of Paita',
  identifiers: { unlocode: 'PE PAI' },
  coordinates: { latitude: -5.08, longitude: -81.11 },
  aliases: [{ name: 'Puerto de Paita', language: 'es' }],
} as const;

/** `GET /v1/entities?q=Dina%20Bolaurte`: the typo still finds her. */
export const entityHitExample = {
  status: 'accepted',
  id: '01a2185e-f1c4-752b-9612-88fe2344274a',
  type: 'person',
  name: 'Dina Boluarte',
  slug: 'dina-boluarte',
  description:
    'Peruvian lawyer and politician who became President of Peru on 7 December 2022 after serving as First Vice President.',
  identifiers: { wikidata: 'Q106474688', isoAlpha2: null, isoAlpha3: null, unlocode: null, iso3166Alpha4: null },
  coordinates: null,
  validFrom: null,
  validTo: null,
  aliases: [{ name: 'Dina Ercilia Boluarte Zegarra', language: null, kind: 'name', validFrom: null, validTo: null }],
  version: 1,
  createdAt: '2026-11-26T15:00:05.217Z',
  updatedAt: '2026-11-26T15:00:05.217Z',
  score: 0.4959,
} as const;
