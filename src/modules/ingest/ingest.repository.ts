import type { Database } from '../../db/client.ts';
import { Prisma } from '../../generated/prisma/client.ts';
import type { EntityType, ImportLineOutcome, ReviewStatus } from '../../generated/prisma/enums.ts';
import type { Cursor } from '../../lib/pagination.ts';
import type { StoredGazetteerEntity } from './gazetteer-cache.ts';

type Client = Database | Prisma.TransactionClient;

export type NearCandidate = { id: string; minhash: number[] };
export type EntityMatchRow = { id: string; status: ReviewStatus; type: EntityType; name: string; referenceKey: string | null; wikidataId: string | null; isoAlpha2: string | null; unlocode: string | null };

const entityMatchSelect = { id: true, status: true, type: true, name: true, referenceKey: true, wikidataId: true, isoAlpha2: true, unlocode: true } as const;

/** The ingest pipeline's reads and writes: dedup lookups, entity resolution, and the imports tables. */
export function createIngestRepository(db: Database) {
  return {
    db,

    // --- gazetteer ------------------------------------------------------------------------------------------
    /** Accepted entities that feed the gazetteer: all but untouched copies of reference entities. */
    storedGazetteerEntities: async (): Promise<StoredGazetteerEntity[]> => {
      const rows = await db.entity.findMany({
        where: { status: 'accepted', OR: [{ referenceKey: null }, { version: { gt: 1 } }] },
        select: { id: true, type: true, name: true, referenceKey: true, wikidataId: true, isoAlpha2: true, unlocode: true, aliases: { select: { name: true, language: true } } },
        orderBy: { id: 'asc' },
      });
      return rows;
    },
    gazetteerFingerprint: async (): Promise<string> => {
      const [row] = await db.$queryRaw<{ count: bigint; latest: Date | null }[]>`
        SELECT count(*) AS count, max(updated_at) AS latest FROM entities
        WHERE status = 'accepted' AND (reference_key IS NULL OR version > 1)`;
      return `${row?.count ?? 0}:${row?.latest?.toISOString() ?? ''}`;
    },

    // --- dedup ----------------------------------------------------------------------------------------------
    findArticle: (id: string, tx: Client = db) => tx.article.findUnique({ where: { id } }),
    findArticleIdByUrl: (url: string, tx: Client = db) => tx.article.findUnique({ where: { url }, select: { id: true, contentHash: true } }),
    /** The earliest stored article with this exact normalised body. */
    findFirstByContentHash: (contentHash: string, tx: Client = db) =>
      tx.article.findFirst({ where: { contentHash }, select: { id: true }, orderBy: { id: 'asc' } }),
    articleExists: async (id: string, tx: Client = db) => (await tx.article.count({ where: { id } })) > 0,
    /** Articles sharing at least one LSH band key with the signature, most shared bands first (at most `limit`). */
    nearDuplicateCandidates: (bandKeys: number[], limit: number, tx: Client = db) => {
      const pairs = Prisma.join(bandKeys.map((key, band) => Prisma.sql`(${band}::int2, ${key}::int4)`));
      return tx.$queryRaw<NearCandidate[]>`
        SELECT a.id, a.minhash FROM (
          SELECT article_id, count(*) AS shared FROM article_minhash_bands
          WHERE (band, key) IN (${pairs})
          GROUP BY article_id ORDER BY shared DESC, article_id LIMIT ${limit}
        ) c JOIN articles a ON a.id = c.article_id
        ORDER BY c.shared DESC, a.id`;
    },

    // --- sources --------------------------------------------------------------------------------------------
    findSourceById: (id: string, tx: Client = db) => tx.source.findUnique({ where: { id }, select: { id: true } }),
    /** A source whose homepage is on this host (with or without `www.`). */
    findSourceByDomain: async (domain: string, tx: Client = db) => {
      const rows = await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM sources
        WHERE lower(substring(homepage from '^https?://(?:www\\.)?([^/:?#]+)')) = ${domain}
        ORDER BY id LIMIT 1`;
      return rows[0] ?? null;
    },
    findSourcesByName: (name: string, tx: Client = db) =>
      tx.source.findMany({ where: { name: { equals: name, mode: 'insensitive' } }, select: { id: true }, take: 2 }),
    upsertSourceForDomain: (domain: string, slug: string, tx: Client = db) =>
      tx.source.upsert({ where: { slug }, create: { slug, name: domain, homepage: `https://${domain}/`, kind: 'other' }, update: {}, select: { id: true } }),

    // --- entities -------------------------------------------------------------------------------------------
    entitiesByIds: (ids: string[], tx: Client = db) => tx.entity.findMany({ where: { id: { in: ids } }, select: entityMatchSelect }),
    entitiesByReference: (keys: string[], wikidataIds: string[], countryCodes: string[], unlocodes: string[], tx: Client = db) =>
      tx.entity.findMany({
        where: {
          OR: [
            { referenceKey: { in: keys } },
            ...(wikidataIds.length > 0 ? [{ wikidataId: { in: wikidataIds } }] : []),
            ...(countryCodes.length > 0 ? [{ isoAlpha2: { in: countryCodes } }] : []),
            ...(unlocodes.length > 0 ? [{ unlocode: { in: unlocodes } }] : []),
          ],
        },
        select: entityMatchSelect,
      }),
    /** Entities with one of these (type, name) pairs, names compared without case. */
    entitiesByTypeAndName: (pairs: { type: EntityType; name: string }[], tx: Client = db) =>
      pairs.length === 0
        ? Promise.resolve([] as EntityMatchRow[])
        : tx.entity.findMany({
            where: { OR: pairs.map((pair) => ({ type: pair.type, name: { equals: pair.name, mode: 'insensitive' as const } })) },
            select: entityMatchSelect,
            orderBy: { id: 'asc' },
          }),
    takenSlugs: async (slugs: string[], tx: Client = db) =>
      new Set((await tx.entity.findMany({ where: { slug: { in: slugs } }, select: { slug: true } })).map((row) => row.slug)),
    createEntities: async (entities: Prisma.EntityCreateManyInput[], aliases: Prisma.EntityAliasCreateManyInput[], tx: Client = db) => {
      await tx.entity.createMany({ data: entities });
      if (aliases.length > 0) await tx.entityAlias.createMany({ data: aliases });
    },

    // --- article --------------------------------------------------------------------------------------------
    createArticle: (data: Prisma.ArticleUncheckedCreateInput, tx: Client = db) => tx.article.create({ data }),
    createBands: (articleId: string, bandKeys: number[], tx: Client = db) =>
      tx.articleMinhashBand.createMany({ data: bandKeys.map((key, band) => ({ band, key, articleId })), skipDuplicates: true }),
    createMentions: (data: Prisma.MentionCreateManyInput[], tx: Client = db) => tx.mention.createMany({ data, skipDuplicates: true }),
    createClaims: (data: Prisma.ClaimCreateManyInput[], tx: Client = db) => tx.claim.createMany({ data }),
    createClaimSubjects: (data: Prisma.ClaimSubjectCreateManyInput[], tx: Client = db) => tx.claimSubject.createMany({ data, skipDuplicates: true }),

    // --- imports --------------------------------------------------------------------------------------------
    createImport: (apiKeyId: string | null) => db.import.create({ data: { apiKeyId } }),
    recordLine: (data: Prisma.ImportLineUncheckedCreateInput, tx: Client = db) => tx.importLine.create({ data }),
    heartbeat: (id: string, bytes: number) => db.import.update({ where: { id }, data: { bytes, heartbeatAt: new Date() } }),
    finishImport: (id: string, bytes: number, error: string | null) =>
      db.import.update({ where: { id }, data: { bytes, heartbeatAt: new Date(), finishedAt: new Date(), state: error === null ? 'completed' : 'failed', error } }),
    findImport: (id: string) => db.import.findUnique({ where: { id } }),
    listImports: (cursor: Cursor | undefined, take: number) =>
      db.import.findMany({ where: cursor ? { id: { lt: cursor.id } } : {}, orderBy: { id: 'desc' }, take }),
    lineCounts: async (importIds: string[]) => {
      const rows = await db.importLine.groupBy({ by: ['importId', 'outcome'], where: { importId: { in: importIds } }, _count: { _all: true }, _max: { line: true } });
      return rows.map((row) => ({ importId: row.importId, outcome: row.outcome, count: row._count._all, lastLine: row._max.line ?? 0 }));
    },
    linesPage: (importId: string, outcome: ImportLineOutcome | undefined, afterLine: number | undefined, take: number) =>
      db.importLine.findMany({
        where: { importId, outcome, ...(afterLine !== undefined ? { line: { gt: afterLine } } : {}) },
        orderBy: { line: 'asc' },
        take,
      }),
  };
}

export type IngestRepository = ReturnType<typeof createIngestRepository>;
