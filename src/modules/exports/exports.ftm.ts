import { createHash } from 'node:crypto';

// The knowledge graph as FollowTheMoney (FtM) entities: one JSON object per line, `{id, schema, properties}`, every
// property a list of strings (https://followthemoney.tech). Pure functions, no I/O. Schema and property names are
// FtM's own (followthemoney/schema/*.yaml of alephdata/followthemoney: Person, Organization, PublicBody, Address, Event,
// Position, Occupancy, Membership, Directorship, Ownership, Succession, UnknownLink); `ftmSchemas` below lists the
// properties this export writes for each, with inherited ones (Thing, Interval, Interest) folded in, and those each
// one requires, so a test can hold every line to them.

export type FtmEntity = { id: string; schema: FtmSchemaName; properties: Record<string, string[]> };

const thing = ['name', 'alias', 'description', 'summary', 'country', 'wikidataId', 'sourceUrl'] as const;
const interval = ['startDate', 'endDate', 'date', 'summary', 'recordId', 'sourceUrl'] as const;
const interest = [...interval, 'role', 'status'] as const;

/** The FtM schemata this export writes: the properties it may set on each and those FtM requires. */
export const ftmSchemas = {
  Person: { properties: thing, required: ['name'] },
  Organization: { properties: thing, required: ['name'] },
  PublicBody: { properties: thing, required: ['name'] },
  LegalEntity: { properties: thing, required: ['name'] },
  Event: { properties: [...thing, ...interval], required: ['name'] },
  Address: { properties: [...interval, 'full', 'country', 'latitude', 'longitude'], required: [] },
  Position: { properties: [...thing, 'organization'], required: ['name'] },
  Occupancy: { properties: [...interval, 'holder', 'post', 'status'], required: ['holder', 'post'] },
  Membership: { properties: [...interest, 'member', 'organization'], required: ['member', 'organization'] },
  Directorship: { properties: [...interest, 'director', 'organization'], required: ['director', 'organization'] },
  Ownership: { properties: [...interest, 'owner', 'asset', 'percentage'], required: ['owner', 'asset'] },
  Succession: { properties: [...interest, 'predecessor', 'successor'], required: ['predecessor', 'successor'] },
  UnknownLink: { properties: [...interest, 'subject', 'object'], required: ['subject', 'object'] },
} as const satisfies Record<string, { properties: readonly string[]; required: readonly string[] }>;

export type FtmSchemaName = keyof typeof ftmSchemas;

/**
 * Meridian's entity types as FtM schemata. A country is a PublicBody (FtM has no state schema; a PublicBody is an
 * Organization, so memberships and positions may name it); places and ports are Addresses. Commodities and legal
 * instruments have no FtM schema and are left out, with the relations that name them.
 */
export const ftmEntitySchema: Record<string, FtmSchemaName | null> = {
  person: 'Person',
  organization: 'Organization',
  country: 'PublicBody',
  place: 'Address',
  port: 'Address',
  event: 'Event',
  other: 'LegalEntity',
  commodity: null,
  legal_instrument: null,
};

/** The entity types the FtM export leaves out (ftmEntitySchema maps them to null), for the SQL that reads the graph. */
export const ftmLeftOutEntityTypes = Object.entries(ftmEntitySchema)
  .filter(([, schema]) => schema === null)
  .map(([type]) => type);

export type FtmEntityRow = {
  kind: 'entity';
  id: string;
  type: string;
  name: string;
  description: string | null;
  wikidataId: string | null;
  isoAlpha2: string | null;
  latitude: number | null;
  longitude: number | null;
  aliases: string[] | null;
};

export type FtmRelationRow = {
  kind: 'relation';
  id: string;
  type: string;
  subjectId: string;
  objectId: string | null;
  title: string | null;
  /** YYYY-MM-DD, with how much of it is known. */
  startDate: string | null;
  startPrecision: 'day' | 'month' | 'year' | null;
  endDate: string | null;
  endPrecision: 'day' | 'month' | 'year' | null;
  share: number | null;
};

export type FtmRow = FtmEntityRow | FtmRelationRow;

/** An FtM date is as precise as it is known: `2022`, `2022-12` or `2022-12-07`. */
function ftmDate(day: string | null, precision: 'day' | 'month' | 'year' | null): string[] {
  if (day === null) return [];
  return [precision === 'year' ? day.slice(0, 4) : precision === 'month' ? day.slice(0, 7) : day.slice(0, 10)];
}

/** Properties without the empty ones (FtM lists hold values, never null). */
function props(values: Record<string, (string | null | undefined)[]>): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(values)
      .map(
        ([name, list]) =>
          [name, list.filter((value): value is string => value !== null && value !== undefined)] as const,
      )
      .filter(([, list]) => list.length > 0),
  );
}

function entityOf(row: FtmEntityRow): FtmEntity | null {
  const schema = ftmEntitySchema[row.type] ?? null;
  if (schema === null) return null;
  if (schema === 'Address')
    return {
      id: row.id,
      schema,
      properties: props({
        full: [row.name],
        summary: [row.description],
        latitude: [row.latitude?.toString()],
        longitude: [row.longitude?.toString()],
      }),
    };
  return {
    id: row.id,
    schema,
    properties: props({
      name: [row.name],
      alias: (row.aliases ?? []).filter((alias) => alias !== row.name),
      description: [row.description],
      wikidataId: [row.wikidataId],
      // FtM's country type is the ISO 3166-1 alpha-2 code in lower case.
      country: [row.isoAlpha2?.toLowerCase()],
    }),
  };
}

/** The id of the Position an office is: the same title in the same organization is one position, held by many. */
export function positionId(title: string, organizationId: string | null): string {
  const digest = createHash('sha1')
    .update(`${title}\u0000${organizationId ?? ''}`)
    .digest('hex');
  return `meridian-position-${digest.slice(0, 32)}`;
}

function relationOf(row: FtmRelationRow, positionsSeen: Set<string>): FtmEntity[] {
  const dates = {
    startDate: ftmDate(row.startDate, row.startPrecision),
    endDate: ftmDate(row.endDate, row.endPrecision),
  };
  const link = (schema: FtmSchemaName, ends: Record<string, (string | null)[]>, role?: string | null): FtmEntity => ({
    id: row.id,
    schema,
    properties: props({ ...ends, ...dates, ...(role ? { role: [role] } : {}) }),
  });
  switch (row.type) {
    case 'holds_position': {
      // An office with a title (a role, /v1/roles) is an Occupancy of a Position; an untitled one (stated in an
      // article, say) only says the person is part of the organization: a Membership.
      if (row.title === null) return [link('Membership', { member: [row.subjectId], organization: [row.objectId] })];
      const post = positionId(row.title, row.objectId);
      const position: FtmEntity[] = positionsSeen.has(post)
        ? []
        : [{ id: post, schema: 'Position', properties: props({ name: [row.title], organization: [row.objectId] }) }];
      positionsSeen.add(post);
      return [...position, link('Occupancy', { holder: [row.subjectId], post: [post] })];
    }
    case 'head_of':
      return [link('Directorship', { director: [row.subjectId], organization: [row.objectId] }, row.title ?? 'head')];
    case 'member_of':
      return [link('Membership', { member: [row.subjectId], organization: [row.objectId] })];
    case 'owns':
      return [
        {
          ...link('Ownership', { owner: [row.subjectId], asset: [row.objectId] }),
          properties: props({
            owner: [row.subjectId],
            asset: [row.objectId],
            ...dates,
            // FtM's percentage is a number as text, 0 to 100.
            percentage: [row.share === null ? null : String(Math.round(row.share * 10000) / 100)],
          }),
        },
      ];
    case 'successor_of':
      // "A successor_of B": B preceded A.
      return [link('Succession', { predecessor: [row.objectId], successor: [row.subjectId] })];
    default:
      // located_in, part_of, operates, allied_with, party_to: FtM has no schema for these; a link with the type as role.
      return [link('UnknownLink', { subject: [row.subjectId], object: [row.objectId] }, row.type)];
  }
}

/**
 * A mapper for one export: entities and relations as FtM entities (a role also yields its Position, once per export).
 * Rows of left-out types yield nothing.
 */
export function createFtmMapper(): (row: FtmRow) => FtmEntity[] {
  const positionsSeen = new Set<string>();
  return (row) => {
    if (row.kind === 'entity') {
      const entity = entityOf(row);
      return entity ? [entity] : [];
    }
    return relationOf(row, positionsSeen);
  };
}
