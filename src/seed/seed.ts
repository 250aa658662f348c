// Writes the hand-checked Peru fixture (src/seed/peru-fixture.ts) to the database, once.
import { prismaSql } from '../db/transaction.ts';
import type { PrismaClient } from '../generated/prisma/client.ts';
import { proposeClaimRelations } from '../modules/ingest/claims/propose-claim-relations.ts';
import { createHierarchy, inferCountries } from '../modules/ingest/linking/hierarchy.ts';
import { type PreparedFixture, prepareFixture, sliceCodePoints, TRANSLATION_URL } from './peru-fixture.ts';

type TransactionClient = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

/** A `date` column from YYYY-MM-DD: midnight UTC, so the driver writes that calendar day. */
function toDate(day: string | null): Date | null {
  return day === null ? null : new Date(`${day}T00:00:00.000Z`);
}

/** Re-checks, right before writing, the invariants the database can only half-check (it sees lengths, not text). */
function assertSpans(fixture: PreparedFixture): void {
  const article = fixture.articles.find((candidate) => candidate.key === fixture.mentionArticleKey);
  if (!article) throw new Error('Seed fixture: no article for the mentions');
  for (const mention of fixture.mentions) {
    const actual = sliceCodePoints(article.body, mention.start, mention.end);
    if (actual !== mention.surface) {
      throw new Error(
        `Seed fixture: mention [${mention.start}, ${mention.end}) is "${actual}", not "${mention.surface}"`,
      );
    }
  }
  for (const claim of fixture.claims) {
    if (sliceCodePoints(article.body, claim.evidenceStart, claim.evidenceEnd) !== claim.evidence) {
      throw new Error(`Seed fixture: evidence span does not match for "${claim.text}"`);
    }
  }
}

async function writeFixture(tx: TransactionClient, fixture: PreparedFixture): Promise<void> {
  const sourceIds = new Map<string, string>();
  for (const source of fixture.sources) {
    // Reuse a source someone already registered under the same slug rather than fail.
    const row = await tx.source.upsert({
      where: { slug: source.slug },
      create: source,
      update: {},
      select: { id: true },
    });
    sourceIds.set(source.slug, row.id);
  }

  const entityIds = new Map<string, string>();
  const createdEntities = new Set<string>();
  for (const { surfaces: _surfaces, aliases, ...entity } of fixture.entities) {
    // An entity that already exists (created through the API, say) is linked to as it is: its aliases and roles are
    // its curators' business, not this fixture's.
    const existing = await tx.entity.findUnique({ where: { slug: entity.slug }, select: { id: true } });
    if (existing) {
      entityIds.set(entity.slug, existing.id);
      continue;
    }
    const row = await tx.entity.create({
      data: {
        ...entity,
        aliases: { create: aliases.map((alias) => ({ name: alias.name, language: alias.language })) },
      },
      select: { id: true },
    });
    entityIds.set(entity.slug, row.id);
    createdEntities.add(entity.slug);
  }
  const entityId = (slug: string): string => {
    const id = entityIds.get(slug);
    if (id === undefined) throw new Error(`Seed fixture: unknown entity ${slug}`);
    return id;
  };

  const newRoles = fixture.roles.filter((role) => createdEntities.has(role.personSlug));
  if (newRoles.length > 0) {
    // Roles are relations: holds_position with the office as title (20261207140000_roles_as_relations).
    await tx.relation.createMany({
      data: newRoles.map((role) => ({
        type: 'holds_position' as const,
        subjectId: entityId(role.personSlug),
        title: role.title,
        objectId: role.organizationSlug === null ? null : entityId(role.organizationSlug),
        startDate: toDate(role.startDate),
        startPrecision: role.startDate === null ? null : ('day' as const),
        endDate: toDate(role.endDate),
        endPrecision: role.endDate === null ? null : ('day' as const),
        sourceKind: 'manual' as const,
      })),
    });
  }

  const articleIds = new Map<string, string>();
  for (const article of fixture.articles) {
    const sourceId = sourceIds.get(article.sourceSlug);
    if (sourceId === undefined) throw new Error(`Seed fixture: unknown source ${article.sourceSlug}`);
    const originalId = article.lineage ? articleIds.get(article.lineage.originalKey) : undefined;
    if (article.lineage && originalId === undefined)
      throw new Error(`Seed fixture: original of ${article.url} not written first`);
    // The original may already be stored (ingested on its own); link to it instead of duplicating its URL.
    const existing = await tx.article.findUnique({ where: { url: article.url }, select: { id: true } });
    const row =
      existing ??
      (await tx.article.create({
        data: {
          url: article.url,
          title: article.title,
          dek: article.dek,
          byline: article.byline,
          body: article.body,
          language: article.language,
          publishedAt: article.publishedAt === null ? null : new Date(article.publishedAt),
          sourceId,
          contentHash: article.contentHash,
          originalId: originalId ?? null,
          lineageKind: article.lineage?.kind ?? null,
        },
        select: { id: true },
      }));
    articleIds.set(article.key, row.id);
  }

  const articleId = articleIds.get(fixture.mentionArticleKey)!;
  await tx.mention.createMany({
    data: fixture.mentions.map((mention) => ({
      articleId,
      entityId: entityId(mention.entitySlug),
      start: mention.start,
      end: mention.end,
      surface: mention.surface,
      method: 'manual' as const,
      confidence: 1,
    })),
  });

  // The relations the article states, then the countries its mentioned places imply (the ingest pipeline's rules,
  // hierarchy.ts), as for any article stored with its mentions.
  await tx.relation.createMany({
    data: fixture.relations.map((relation) => ({
      type: relation.type,
      subjectId: entityId(relation.subjectSlug),
      objectId: entityId(relation.objectSlug),
      startDate: relation.startDate ? new Date(`${relation.startDate}T00:00:00Z`) : null,
      startPrecision: relation.startDate ? ('day' as const) : null,
      sourceKind: 'article' as const,
      sourceArticleId: articleId,
      evidenceStart: relation.evidenceStart,
      evidenceEnd: relation.evidenceEnd,
    })),
    skipDuplicates: true,
  });
  const countrySlugs = new Set(fixture.entities.filter((entity) => entity.type === 'country').map((e) => e.slug));
  const hierarchy = createHierarchy(
    fixture.relations
      .filter((relation) => relation.type === 'located_in')
      .map((relation) => ({
        subject: relation.subjectSlug,
        object: relation.objectSlug,
        from: null,
        to: null,
      })),
    (slug) => countrySlugs.has(slug),
  );
  const inferences = inferCountries(
    fixture.mentions.map((mention) => ({
      key: mention.entitySlug,
      isCountry: countrySlugs.has(mention.entitySlug),
      demonym: false,
    })),
    hierarchy,
  );
  await tx.articleInferredEntity.createMany({
    data: inferences.flatMap((inference) =>
      inference.evidence.map((slug) => ({
        articleId,
        entityId: entityId(inference.key),
        rule: inference.rule,
        evidenceId: entityId(slug),
      })),
    ),
    skipDuplicates: true,
  });

  const claimIds: string[] = [];
  const claimsWithArticle = [
    ...fixture.claims.map((claim) => ({ claim, articleId })),
    ...fixture.otherClaims.map((claim) => ({ claim, articleId: articleIds.get(claim.articleKey)! })),
  ];
  for (const { claim, articleId } of claimsWithArticle) {
    const row = await tx.claim.create({
      data: {
        articleId,
        text: claim.text,
        quote: claim.quote ?? null,
        claimantEntityId: 'entity' in claim.claimant ? entityId(claim.claimant.entity) : null,
        claimantSourceId: 'source' in claim.claimant ? sourceIds.get(claim.claimant.source)! : null,
        kind: claim.kind,
        value: claim.value ?? null,
        unit: claim.unit ?? null,
        bound: claim.value === undefined ? null : (claim.bound ?? 'exact'),
        modality: claim.modality,
        evidenceStart: claim.evidenceStart,
        evidenceEnd: claim.evidenceEnd,
        status: 'unverified',
        subjects: { create: claim.subjects.map((slug) => ({ entityId: entityId(slug) })) },
      },
      select: { id: true },
    });
    claimIds.push(row.id);
  }
  // The relations the ingest pipeline would propose between these claims (repeats across the two languages, the
  // constructed article's contradiction), by the same code.
  await proposeClaimRelations(prismaSql(tx), claimIds);
}

/**
 * Seeds the Peru fixture: sources, entities with aliases, roles, the Spanish original and its English translation,
 * mentions and claims, in one transaction. Idempotent: when the English article's URL is already stored it does
 * nothing and returns `{ seeded: false }`.
 */
export async function seedFixture(prisma: PrismaClient): Promise<{ seeded: boolean }> {
  // Parse and check everything before touching the database: no slow work inside the transaction.
  const fixture = prepareFixture();
  assertSpans(fixture);

  return prisma.$transaction(
    async (tx) => {
      const already = await tx.article.findUnique({ where: { url: TRANSLATION_URL }, select: { id: true } });
      if (already) return { seeded: false };
      await writeFixture(tx, fixture);
      return { seeded: true };
    },
    { maxWait: 10_000, timeout: 30_000 },
  );
}
