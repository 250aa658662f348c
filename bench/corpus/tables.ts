// The columns the generator fills, in the order rows are built, with their SQL types (the INSERT writer casts
// `unnest` arrays to them). Every column is set explicitly — timestamps too — so the data depends on the seed alone.

export type Value = string | number | null;
export type Row = Value[];

export type Table = { name: string; columns: readonly (readonly [column: string, sqlType: string])[] };

const timestamps = [
  ['created_at', 'timestamptz'],
  ['updated_at', 'timestamptz'],
] as const;

export const tables = {
  sources: {
    name: 'sources',
    columns: [
      ['id', 'uuid'],
      ['slug', 'text'],
      ['name', 'text'],
      ['homepage', 'text'],
      ['country', 'text'],
      ['language', 'text'],
      ['kind', 'source_kind'],
      ...timestamps,
    ],
  },
  entities: {
    name: 'entities',
    columns: [
      ['id', 'uuid'],
      ['type', 'entity_type'],
      ['name', 'text'],
      ['slug', 'text'],
      ['description', 'text'],
      ['wikidata_id', 'text'],
      ['iso_alpha2', 'text'],
      ['iso_alpha3', 'text'],
      ['unlocode', 'text'],
      ['latitude', 'float8'],
      ['longitude', 'float8'],
      ...timestamps,
    ],
  },
  entityAliases: {
    name: 'entity_aliases',
    columns: [['id', 'uuid'], ['entity_id', 'uuid'], ['name', 'text'], ['language', 'text'], ...timestamps],
  },
  // Roles are relations (holds_position with the office as title) since 20261207140000_roles_as_relations; the
  // graph's other edges (located_in, member_of, allied_with) come with them.
  relations: {
    name: 'relations',
    columns: [
      ['id', 'uuid'],
      ['type', 'relation_type'],
      ['subject_id', 'uuid'],
      ['object_id', 'uuid'],
      ['title', 'text'],
      ['start_date', 'date'],
      ['start_precision', 'date_precision'],
      ['end_date', 'date'],
      ['end_precision', 'date_precision'],
      ['source_kind', 'relation_source_kind'],
      ['source_dataset', 'text'],
      ['status', 'review_status'],
      ...timestamps,
    ],
  },
  articles: {
    name: 'articles',
    columns: [
      ['id', 'uuid'],
      ['url', 'text'],
      ['title', 'text'],
      ['dek', 'text'],
      ['byline', 'text'],
      ['body', 'text'],
      ['language', 'text'],
      ['published_at', 'timestamptz'],
      ['modified_at', 'timestamptz'],
      ['ingested_at', 'timestamptz'],
      ['source_id', 'uuid'],
      ['content_hash', 'text'],
      ['original_id', 'uuid'],
      ['lineage_kind', 'lineage_kind'],
      ...timestamps,
    ],
  },
  mentions: {
    name: 'mentions',
    columns: [
      ['id', 'uuid'],
      ['article_id', 'uuid'],
      ['entity_id', 'uuid'],
      ['start', 'int4'],
      ['end', 'int4'],
      ['surface', 'text'],
      ['method', 'mention_method'],
      ['confidence', 'float8'],
      ...timestamps,
    ],
  },
  claims: {
    name: 'claims',
    columns: [
      ['id', 'uuid'],
      ['article_id', 'uuid'],
      ['text', 'text'],
      ['quote', 'text'],
      ['claimant_entity_id', 'uuid'],
      ['claimant_source_id', 'uuid'],
      ['kind', 'claim_kind'],
      ['value', 'float8'],
      ['unit', 'text'],
      ['modality', 'claim_modality'],
      ['evidence_start', 'int4'],
      ['evidence_end', 'int4'],
      ['status', 'claim_status'],
      ...timestamps,
    ],
  },
  claimSubjects: {
    name: 'claim_subjects',
    columns: [
      ['claim_id', 'uuid'],
      ['entity_id', 'uuid'],
    ],
  },
} satisfies Record<string, Table>;

export type TableName = keyof typeof tables;

/** Parents before children, so foreign keys hold at every commit. */
export const tableOrder: TableName[] = [
  'sources',
  'entities',
  'entityAliases',
  'relations',
  'articles',
  'mentions',
  'claims',
  'claimSubjects',
];
