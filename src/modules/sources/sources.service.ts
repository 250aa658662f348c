import type { Transactions } from '../../db/transaction.ts';
import { type Precondition, writeIfCurrent } from '../../lib/conditional.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import { findByIdOrSlug } from '../../lib/id-or-slug.ts';
import { decodeCursor, pageFromRows } from '../../lib/pagination.ts';
import { slugify } from '../../lib/slug.ts';
import { toSourceDto } from './sources.mappers.ts';
import type { SourceRepository, SourceRow } from './sources.repository.ts';
import type { SourceCreate, SourceListFilters, SourceUpdate } from './sources.schemas.ts';

function slugTaken(slug: string, existingId: string) {
  return new AppError('conflict', `Another source already has the slug '${slug}'.`, {
    errors: [{ location: 'body', field: 'slug', message: 'is already taken' }],
    extensions: { location: `/v1/sources/${existingId}` },
  });
}

export function createSourceService(deps: { transactions: Pick<Transactions, 'run'>; sources: SourceRepository }) {
  const { transactions, sources } = deps;

  async function get(idOrSlug: string): Promise<SourceRow> {
    const source = await findByIdOrSlug(idOrSlug, { byId: sources.findById, bySlug: sources.findBySlug });
    if (!source) throw notFound('source', idOrSlug);
    return source;
  }

  return {
    get,

    async list(filters: SourceListFilters) {
      const cursor = decodeCursor(filters.cursor, 'sources:id');
      const rows = await sources.listPage(filters, cursor, filters.limit + 1);
      const page = pageFromRows(rows, filters.limit, (row) => ({ o: 'sources:id', v: null, id: row.id }));
      return { ...page, items: page.items.map(toSourceDto) };
    },

    async create(input: SourceCreate) {
      // A name with no Latin letter or digit (ТАСС, or only punctuation) slugifies to nothing: fall back as entities do.
      const slug = input.slug ?? (slugify(input.name) || `source-${Date.now().toString(36)}`);
      const existing = await sources.findBySlug(slug);
      if (existing) throw slugTaken(slug, existing.id);
      return transactions.run((tx) => sources.create({ ...input, slug }, tx));
    },

    async update(idOrSlug: string, input: SourceUpdate, precondition?: Precondition) {
      const source = await get(idOrSlug);
      if (input.slug !== undefined && input.slug !== source.slug) {
        const existing = await sources.findBySlug(input.slug);
        if (existing) throw slugTaken(input.slug, existing.id);
      }
      return writeIfCurrent(precondition, source.version, 'source', (expected) =>
        transactions.run((tx) => sources.update(source.id, expected, input, tx)),
      );
    },

    async remove(idOrSlug: string, precondition?: Precondition) {
      const source = await get(idOrSlug);
      const references = await sources.countReferences(source.id);
      if (references.articles > 0 || references.claims > 0) {
        throw new AppError(
          'in_use',
          `The source still has ${references.articles} article(s) and is the claimant of ${references.claims} claim(s); delete or move those first.`,
        );
      }
      await writeIfCurrent(precondition, source.version, 'source', (expected) =>
        transactions.run((tx) => sources.delete(source.id, expected, tx)),
      );
    },
  };
}

export type SourceService = ReturnType<typeof createSourceService>;
