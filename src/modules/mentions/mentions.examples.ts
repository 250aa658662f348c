// An example for the OpenAPI document, drawn from the seeded fixture.

export const mentionExample = {
  field: 'body',
  start: 4032,
  end: 4039,
  surface: 'Chancay',
  method: 'manual',
  confidence: 1,
} as const;
