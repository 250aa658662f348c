// Examples for the OpenAPI document, drawn from the seeded fixture (ids are illustrative: each database mints its own).

export const sourceExample = {
  id: '01a2185e-f106-7347-ae37-0d969960a6bb',
  slug: 'orinoco-tribune',
  name: 'Orinoco Tribune',
  homepage: 'https://orinocotribune.com',
  country: 'VE',
  language: 'en',
  kind: 'independent',
  version: 1,
  createdAt: '2026-11-26T15:00:04.998Z',
  updatedAt: '2026-11-26T15:00:04.998Z',
} as const;

export const sourceCreateExample = {
  name: 'Misión Verdad',
  homepage: 'https://misionverdad.com',
  country: 'VE',
  language: 'es',
  kind: 'state_affiliated',
} as const;
