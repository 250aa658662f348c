import type { Database } from '../../db/client.ts';
import type { Prisma } from '../../generated/prisma/client.ts';
import type { MentionField } from '../../generated/prisma/enums.ts';

type Tx = Prisma.TransactionClient;

/** The row moves behind entity merge and split, all inside the caller's transaction. */
export function createMergeRepository(db: Database) {
  return {
    /** Locks the entities in id order (two merges of the same pair cannot deadlock) and returns those that exist. */
    lock: async (ids: string[], tx: Tx) =>
      (
        await tx.$queryRaw<
          { id: string }[]
        >`SELECT id::text FROM entities WHERE id = ANY(${ids}::uuid[]) ORDER BY id FOR UPDATE`
      ).map((row) => row.id),

    redirectFor: (idOrSlug: string, isId: boolean, tx: Tx | Database = db) =>
      tx.entityRedirect.findFirst({
        where: isId ? { id: idOrSlug } : { slug: idOrSlug },
        orderBy: { createdAt: 'desc' },
        select: { targetId: true },
      }),

    /** Moves the aliases the target lacks; the rest go with the source entity. */
    moveAliases: (fromId: string, toId: string, tx: Tx) => tx.$executeRaw`
      UPDATE entity_aliases a SET entity_id = ${toId}::uuid, updated_at = now()
      WHERE a.entity_id = ${fromId}::uuid
        AND NOT EXISTS (SELECT 1 FROM entity_aliases b WHERE b.entity_id = ${toId}::uuid AND b.name = a.name AND b.language IS NOT DISTINCT FROM a.language)`,

    /** Adds a language-neutral alias unless the entity already has that name (as its name or an alias, in any language). */
    addAlias: (entityId: string, name: string, tx: Tx) => tx.$executeRaw`
      INSERT INTO entity_aliases (id, entity_id, name, language, updated_at)
      SELECT gen_random_uuid(), ${entityId}::uuid, ${name}, NULL, now()
      WHERE NOT EXISTS (SELECT 1 FROM entities e WHERE e.id = ${entityId}::uuid AND e.name = ${name})
        AND NOT EXISTS (SELECT 1 FROM entity_aliases b WHERE b.entity_id = ${entityId}::uuid AND b.name = ${name})`,

    /** Moves the named aliases; returns the count moved. */
    moveNamedAliases: (
      fromId: string,
      toId: string,
      aliases: { name: string; language: string | null }[],
      tx: Tx,
    ) => tx.$executeRaw`
      UPDATE entity_aliases a SET entity_id = ${toId}::uuid, updated_at = now()
      FROM jsonb_to_recordset(${JSON.stringify(aliases)}::jsonb) AS chosen(name text, language text)
      WHERE a.entity_id = ${fromId}::uuid AND a.name = chosen.name AND a.language IS NOT DISTINCT FROM chosen.language`,

    countMentions: (entityId: string, tx: Tx) => tx.mention.count({ where: { entityId } }),

    hasAlias: async (entityId: string, alias: { name: string; language: string | null }, tx: Tx) =>
      (await tx.entityAlias.count({ where: { entityId, name: alias.name, language: alias.language } })) > 0,

    /** Moves mentions the target does not already have at the same place; returns how many moved. */
    moveAllMentions: (fromId: string, toId: string, tx: Tx) => tx.$executeRaw`
      UPDATE mentions m SET entity_id = ${toId}::uuid, updated_at = now()
      WHERE m.entity_id = ${fromId}::uuid
        AND NOT EXISTS (SELECT 1 FROM mentions x WHERE x.entity_id = ${toId}::uuid AND x.article_id = m.article_id AND x.field = m.field AND x.start = m.start AND x."end" = m."end")`,

    /** The ids of the source entity's mentions in an article, optionally in one field and at exactly [start, end). */
    findMentions: async (
      entityId: string,
      selector: {
        articleId: string;
        field?: MentionField | undefined;
        start?: number | undefined;
        end?: number | undefined;
      },
      tx: Tx,
    ) =>
      (
        await tx.mention.findMany({
          where: {
            entityId,
            articleId: selector.articleId,
            ...(selector.field !== undefined ? { field: selector.field } : {}),
            ...(selector.start !== undefined ? { start: selector.start } : {}),
            ...(selector.end !== undefined ? { end: selector.end } : {}),
          },
          select: { id: true },
        })
      ).map((row) => row.id),

    moveMentionsById: (ids: string[], toId: string, tx: Tx) =>
      tx.mention.updateMany({ where: { id: { in: ids } }, data: { entityId: toId } }),

    /** Claims that name the entity as claimant or subject. */
    claimsReferencing: async (entityId: string, claimIds: string[] | undefined, tx: Tx) =>
      (
        await tx.claim.findMany({
          where: {
            ...(claimIds ? { id: { in: claimIds } } : {}),
            OR: [{ claimantEntityId: entityId }, { subjects: { some: { entityId } } }],
          },
          select: { id: true },
        })
      ).map((row) => row.id),

    /** Points the claims' claimant and subject links at `toId` instead of `fromId`; bumps each claim's version once. */
    moveClaimLinks: async (claimIds: string[], fromId: string, toId: string, tx: Tx) => {
      if (claimIds.length === 0) return;
      await tx.$executeRaw`UPDATE claims SET claimant_entity_id = ${toId}::uuid WHERE id = ANY(${claimIds}::uuid[]) AND claimant_entity_id = ${fromId}::uuid`;
      await tx.$executeRaw`
        INSERT INTO claim_subjects (claim_id, entity_id)
        SELECT claim_id, ${toId}::uuid FROM claim_subjects WHERE entity_id = ${fromId}::uuid AND claim_id = ANY(${claimIds}::uuid[])
        ON CONFLICT DO NOTHING`;
      await tx.$executeRaw`DELETE FROM claim_subjects WHERE entity_id = ${fromId}::uuid AND claim_id = ANY(${claimIds}::uuid[])`;
      await tx.$executeRaw`UPDATE claims SET version = version + 1, updated_at = now() WHERE id = ANY(${claimIds}::uuid[])`;
    },

    /**
     * Roles (relations with a title, which may repeat) of the merged entity become the survivor's, except one that
     * would hold an office in its own holder: the merged entity's delete takes it. Returns how many moved.
     */
    moveRoles: async (fromId: string, toId: string, tx: Tx) =>
      (await tx.$executeRaw`
        UPDATE relations SET subject_id = ${toId}::uuid, version = version + 1, updated_at = now()
        WHERE subject_id = ${fromId}::uuid AND title IS NOT NULL AND object_id IS DISTINCT FROM ${toId}::uuid`) +
      (await tx.$executeRaw`
        UPDATE relations SET object_id = ${toId}::uuid, version = version + 1, updated_at = now()
        WHERE object_id = ${fromId}::uuid AND title IS NOT NULL AND subject_id <> ${toId}::uuid`),

    /**
     * Relations of the merged entity become the survivor's, except those the survivor already has (same type, other
     * end and start) and those between the two (a self-relation): the merged entity's delete takes them. Returns how
     * many moved.
     */
    /**
     * Moves reviewers' match decisions (POST /v1/entities/match/judgements) to the survivor, so a name judged
     * `no_match` stays unproposed and a judged `match` keeps pointing at the entity. Where the survivor already has a
     * decision for the same name, the survivor's stands (the merged entity's goes with it).
     */
    moveMatchJudgements: (fromId: string, toId: string, tx: Tx) => tx.$executeRaw`
      UPDATE entity_match_judgements j SET entity_id = ${toId}::uuid, updated_at = now()
      WHERE j.entity_id = ${fromId}::uuid
        AND NOT EXISTS (SELECT 1 FROM entity_match_judgements x WHERE x.entity_id = ${toId}::uuid AND x.query_key = j.query_key)`,

    moveRelations: async (fromId: string, toId: string, tx: Tx) =>
      (await tx.$executeRaw`
        UPDATE relations r SET subject_id = ${toId}::uuid, version = r.version + 1, updated_at = now()
        WHERE r.subject_id = ${fromId}::uuid AND r.object_id <> ${toId}::uuid AND r.title IS NULL
          AND NOT EXISTS (SELECT 1 FROM relations x WHERE x.type = r.type AND x.subject_id = ${toId}::uuid
                          AND x.object_id = r.object_id AND x.start_date IS NOT DISTINCT FROM r.start_date
                          AND x.title IS NULL)`) +
      (await tx.$executeRaw`
        UPDATE relations r SET object_id = ${toId}::uuid, version = r.version + 1, updated_at = now()
        WHERE r.object_id = ${fromId}::uuid AND r.subject_id <> ${toId}::uuid AND r.title IS NULL
          AND NOT EXISTS (SELECT 1 FROM relations x WHERE x.type = r.type AND x.object_id = ${toId}::uuid
                          AND x.subject_id = r.subject_id AND x.start_date IS NOT DISTINCT FROM r.start_date
                          AND x.title IS NULL)`),

    /**
     * Articles' inferred entities (and their evidence) naming the merged entity name the survivor; run before the
     * mentions move, so the evidence they rest on moves with them (the mentions trigger prunes evidence left behind).
     */
    moveInferred: async (fromId: string, toId: string, tx: Tx) => {
      await tx.$executeRaw`
        INSERT INTO article_inferred_entities (article_id, entity_id, rule, evidence_id)
        SELECT i.article_id, ${toId}::uuid, i.rule, CASE WHEN i.evidence_id = ${fromId}::uuid THEN ${toId}::uuid ELSE i.evidence_id END
        FROM article_inferred_entities i WHERE i.entity_id = ${fromId}::uuid
        ON CONFLICT DO NOTHING`;
      await tx.$executeRaw`
        INSERT INTO article_inferred_entities (article_id, entity_id, rule, evidence_id)
        SELECT i.article_id, i.entity_id, i.rule, ${toId}::uuid
        FROM article_inferred_entities i WHERE i.evidence_id = ${fromId}::uuid AND i.entity_id <> ${fromId}::uuid
        ON CONFLICT DO NOTHING`;
      await tx.$executeRaw`
        DELETE FROM article_inferred_entities WHERE entity_id = ${fromId}::uuid OR evidence_id = ${fromId}::uuid`;
    },

    /** Old ids and slugs that resolved to the merged entity now resolve to the survivor, and so do its own. */
    redirect: async (merged: { id: string; slug: string }, survivorId: string, tx: Tx) => {
      await tx.entityRedirect.updateMany({ where: { targetId: merged.id }, data: { targetId: survivorId } });
      await tx.entityRedirect.create({ data: { id: merged.id, slug: merged.slug, targetId: survivorId } });
    },

    clearIdentifiers: (id: string, data: Prisma.EntityUncheckedUpdateInput, tx: Tx) =>
      tx.entity.update({ where: { id }, data }),
  };
}

export type MergeRepository = ReturnType<typeof createMergeRepository>;
