import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError } from './errors.ts';
import { DayInput, InstantInput } from './schemas.ts';

// Keyset pagination. A cursor is the sort key of the last row a page returned, so rows inserted while a
// client walks the pages never shift what comes next: every row present when the walk began is returned once.

const CursorPayload = z.object({
  /** The ordering the cursor belongs to; a cursor from another ordering is refused. */
  o: z.string(),
  /** The last row's sort value (null for a null sort value) and id. */
  v: z.union([z.string(), z.number(), z.null()]),
  id: z.uuid(),
  /** The scope a walk is pinned to when the ordering needs one (search: the candidate set ranked on the first page). */
  s: z.string().max(200).optional(),
});

export type Cursor = z.infer<typeof CursorPayload>;

/**
 * What the last row's sort value (`v`) holds in each kind of ordering. A cursor is opaque but not signed, so a
 * client can edit it: one whose value does not fit its ordering is refused like a foreign cursor, never handed on
 * to a query.
 */
export const CursorValue = {
  /** Orderings on id alone carry no value. */
  none: z.null(),
  /** Scores and distances. */
  number: z.number(),
  /** Line and revision numbers (PostgreSQL integers). */
  integer: z.number().int().min(0).max(2_147_483_647),
  /** Publication times, null for the rows without one (sorted last). */
  instant: InstantInput.nullable(),
  /** Calendar days, null for the rows without one (sorted last). */
  day: DayInput.nullable(),
} as const;

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

export function decodeCursor(
  raw: string | undefined,
  ordering: string,
  value: z.ZodType<Cursor['v']> = CursorValue.none,
): Cursor | undefined {
  if (raw === undefined) return undefined;
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    payload = undefined;
  }
  const parsed = CursorPayload.safeParse(payload);
  if (!parsed.success || parsed.data.o !== ordering || !value.safeParse(parsed.data.v).success) {
    throw new AppError(
      'invalid_cursor',
      'The cursor is not one this list issued with the same sort; start again without it.',
      {
        errors: [{ location: 'querystring', field: 'cursor', message: 'not a cursor issued for this list and sort' }],
      },
    );
  }
  return parsed.data;
}

export type Page<T> = { items: T[]; nextCursor: string | null };

/** Rows are fetched with `limit + 1`; the extra row only says whether there is a next page. */
export function pageFromRows<Row>(rows: Row[], limit: number, cursorOf: (row: Row) => Cursor): Page<Row> {
  if (rows.length <= limit) return { items: rows, nextCursor: null };
  const items = rows.slice(0, limit);
  return { items, nextCursor: encodeCursor(cursorOf(items[items.length - 1] as Row)) };
}

/** Builds the page envelope and the RFC 8288 Link header from the request's own URL. */
export function sendPage<T>(request: FastifyRequest, reply: FastifyReply, page: Page<T>, limit: number) {
  let next: string | null = null;
  if (page.nextCursor !== null) {
    const url = new URL(request.url, 'http://placeholder');
    url.searchParams.set('cursor', page.nextCursor);
    next = `${url.pathname}${url.search}`;
    reply.header('link', `<${next}>; rel="next"`);
  }
  return { data: page.items, page: { limit, nextCursor: page.nextCursor, next } };
}

export type SortDirection = 'asc' | 'desc';

/**
 * The Prisma `where` that selects rows after the cursor for an ordering on (field, id), the field's nulls last
 * in both directions (the matching orderBy is `[{ [field]: { sort, nulls: 'last' } }, { id: sort }]`).
 * With field `id` it is the plain ordering on id.
 */
export function keysetAfter(
  field: string,
  direction: SortDirection,
  cursor: Cursor | undefined,
  toFieldValue: (value: string | number) => unknown = (value) => value,
): Record<string, unknown> | undefined {
  if (cursor === undefined) return undefined;
  const beyond = direction === 'asc' ? 'gt' : 'lt';
  if (field === 'id') return { id: { [beyond]: cursor.id } };
  if (cursor.v === null) return { [field]: null, id: { [beyond]: cursor.id } };
  const value = toFieldValue(cursor.v);
  return {
    OR: [{ [field]: { [beyond]: value } }, { [field]: value, id: { [beyond]: cursor.id } }, { [field]: null }],
  };
}

export function keysetOrder(field: string, direction: SortDirection) {
  return field === 'id' ? [{ id: direction }] : [{ [field]: { sort: direction, nulls: 'last' } }, { id: direction }];
}
