import type { Database } from '../../db/client.ts';
import { Prisma } from '../../generated/prisma/client.ts';
import type { LineageKind } from '../../generated/prisma/enums.ts';

// Reading the lineage columns the ingest store and PATCH /v1/articles write (articles.original_id, lineage_kind,
// lineage_similarity, duplicate_of_id) the other way round: from an original to what derives from it, and from a
// derivative up to the first known original. Each article has at most one original, so the lineage of a group is a
// tree — unless a hand-made link closes a loop (PATCH allows A → B and then B → A), which every walk here stops at.

const nodeFields = {
  id: true,
  url: true,
  title: true,
  language: true,
  publishedAt: true,
  originalId: true,
  lineageKind: true,
  lineageSimilarity: true,
  duplicateOfId: true,
  source: { select: { id: true, slug: true, name: true } },
} as const;

export type LineageNodeRow = Prisma.ArticleGetPayload<{ select: typeof nodeFields }>;

/** One step of the walk up: the article at `depth` (0: the start) and whether it was already on the path. */
export type AncestorRow = { id: string; depth: number; cycle: boolean };

export function createLineageRepository(db: Database) {
  return {
    findNode: (id: string) => db.article.findUnique({ where: { id }, select: nodeFields }),

    findNodes: (ids: string[]) => db.article.findMany({ where: { id: { in: ids } }, select: nodeFields }),

    /** The articles whose original is `originalId`, by id, after the cursor's id; `take` rows at most. */
    listDerivatives: (originalId: string, kind: LineageKind | undefined, afterId: string | undefined, take: number) =>
      db.article.findMany({
        where: {
          originalId,
          ...(kind ? { lineageKind: kind } : {}),
          ...(afterId ? { id: { gt: afterId } } : {}),
        },
        select: nodeFields,
        orderBy: { id: 'asc' },
        take,
      }),

    /**
     * The walk from an article up its `original_id` links, the start first: at most `maxDepth` steps, and it stops at
     * the first article already on the path (that row comes back with `cycle` set, once).
     */
    ancestors: (id: string, maxDepth: number) =>
      db.$queryRaw<AncestorRow[]>(Prisma.sql`
        WITH RECURSIVE chain(id, original_id, depth, path, cycle) AS (
          SELECT a.id, a.original_id, 0, ARRAY[a.id], false FROM articles a WHERE a.id = ${id}::uuid
          UNION ALL
          SELECT o.id, o.original_id, c.depth + 1, c.path || o.id, o.id = ANY(c.path)
          FROM chain c JOIN articles o ON o.id = c.original_id
          WHERE NOT c.cycle AND c.depth < ${maxDepth}
        )
        SELECT id::text AS id, depth, cycle FROM chain ORDER BY depth`),

    /**
     * The articles below `rootId` (itself included, depth 0): breadth first, at most `maxDepth` generations, no
     * article twice, `limit` rows at most.
     */
    descendants: (rootId: string, maxDepth: number, limit: number) =>
      db.$queryRaw<{ id: string; depth: number }[]>(Prisma.sql`
        WITH RECURSIVE tree(id, depth, path) AS (
          SELECT ${rootId}::uuid, 0, ARRAY[${rootId}::uuid]
          UNION ALL
          SELECT a.id, t.depth + 1, t.path || a.id
          FROM tree t JOIN articles a ON a.original_id = t.id
          WHERE NOT a.id = ANY(t.path) AND t.depth < ${maxDepth}
        )
        SELECT id::text AS id, min(depth)::int AS depth FROM tree GROUP BY id ORDER BY min(depth), id LIMIT ${limit}`),
  };
}

export type LineageRepository = ReturnType<typeof createLineageRepository>;
