import { notFound } from '../../lib/errors.ts';
import { decodeCursor, pageFromRows } from '../../lib/pagination.ts';
import type { LineageNodeRow, LineageRepository } from './lineage.repository.ts';
import { type DerivativeListFilters, maxGraphNodes, maxLineageDepth } from './lineage.schemas.ts';

function articleOf(row: LineageNodeRow) {
  return {
    id: row.id,
    url: row.url,
    title: row.title,
    language: row.language,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    source: row.source,
  };
}

/** The link from `row` to its original, as the API states it. */
function linkOf(row: LineageNodeRow) {
  return {
    kind: row.lineageKind ?? ('republication' as const),
    similarity: row.lineageSimilarity,
    duplicate: row.duplicateOfId !== null && row.duplicateOfId === row.originalId,
  };
}

/** Reverse lineage: what derives from an article, the chain above it, and the graph of its group. */
export function createLineageService(deps: { lineage: LineageRepository }) {
  const { lineage } = deps;

  /** The chain above an article (the article first), in rows, and why the walk stopped early if it did. */
  async function walkUp(id: string) {
    const steps = await lineage.ancestors(id, maxLineageDepth);
    if (steps.length === 0) throw notFound('article', id);
    const cycle = steps.some((step) => step.cycle);
    const distinct = steps.filter((step) => !step.cycle);
    const rows = new Map((await lineage.findNodes(distinct.map((step) => step.id))).map((row) => [row.id, row]));
    const chain = distinct.map((step) => rows.get(step.id)).filter((row) => row !== undefined);
    const last = chain[chain.length - 1]!;
    const stoppedBy = cycle ? ('cycle' as const) : last.originalId !== null ? ('depth' as const) : null;
    return { chain, stoppedBy };
  }

  return {
    /** The articles that derive directly from `id`, by id. */
    async derivatives(id: string, filters: DerivativeListFilters) {
      const cursor = decodeCursor(filters.cursor, 'derivatives:id');
      if (!(await lineage.findNode(id))) throw notFound('article', id);
      const rows = await lineage.listDerivatives(id, filters.kind, cursor?.id, filters.limit + 1);
      const page = pageFromRows(rows, filters.limit, (row) => ({ o: 'derivatives:id', v: null, id: row.id }));
      return { ...page, items: page.items.map((row) => ({ article: articleOf(row), ...linkOf(row) })) };
    },

    /** The chain of originals above `id`, up to the first known one. */
    async chain(id: string) {
      const { chain, stoppedBy } = await walkUp(id);
      const [start, ...above] = chain;
      return {
        article: articleOf(start!),
        // Each step carries the link that leads to it: the one stored on the article below it.
        chain: above.map((row, index) => ({ article: articleOf(row), ...linkOf(chain[index]!) })),
        root: articleOf(chain[chain.length - 1]!),
        complete: stoppedBy === null,
        stoppedBy,
      };
    },

    /** The id of the first known original of `id` (the farthest article the walk up reaches). */
    async rootOf(id: string): Promise<string> {
      const { chain } = await walkUp(id);
      return chain[chain.length - 1]!.id;
    },

    /** Every article below the first known original of `id`, and the links between them. */
    async graph(id: string) {
      const { chain } = await walkUp(id);
      const root = chain[chain.length - 1]!;
      const below = await lineage.descendants(root.id, maxLineageDepth, maxGraphNodes + 1);
      const truncated = below.length > maxGraphNodes;
      const kept = below.slice(0, maxGraphNodes);
      const depths = new Map(kept.map((row) => [row.id, row.depth]));
      const rows = (await lineage.findNodes([...depths.keys()])).sort(
        (a, b) => (depths.get(a.id) ?? 0) - (depths.get(b.id) ?? 0) || a.id.localeCompare(b.id),
      );
      return {
        root: root.id,
        nodes: rows.map((row) => ({ ...articleOf(row), depth: depths.get(row.id) ?? 0 })),
        edges: rows
          .filter((row) => row.originalId !== null && depths.has(row.originalId))
          .map((row) => ({ from: row.id, to: row.originalId!, ...linkOf(row) })),
        truncated,
      };
    },
  };
}

export type LineageService = ReturnType<typeof createLineageService>;
