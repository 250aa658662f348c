// Examples for the OpenAPI document, taken from answers against the seeded fixture.

export const matchExample = {
  results: [
    {
      id: 'row-2',
      name: 'Dina Boluarte',
      queryKey: 'dina boluarte',
      candidates: [
        {
          entityId: '019af1c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d',
          slug: 'dina-boluarte',
          name: 'Dina Boluarte',
          type: 'person',
          score: 1,
          match: true,
          features: {
            name: 1,
            matchedName: 'Dina Boluarte',
            alias: false,
            type: 'agrees',
            country: 'agrees',
            birthDate: null,
            identifier: null,
            judgement: null,
          },
        },
      ],
    },
  ],
};

export const reconcileExample = {
  q0: {
    result: [
      {
        id: '019af1c2-7b1e-7cc0-9d2a-4f0f8e1b2c3e',
        name: 'Peru',
        type: [{ id: 'country', name: 'Country' }],
        score: 100,
        match: true,
        features: [
          { id: 'name', value: 1 },
          { id: 'type', value: 1 },
        ],
      },
    ],
  },
};
