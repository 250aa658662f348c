import type { Database } from '../../db/client.ts';
import type { Prisma } from '../../generated/prisma/client.ts';

// What the ninjs and schema.org representations need beyond the plain JSON: the entities with their identifiers
// and coordinates, the source, and the claims with their subjects.

const entityFields = {
  id: true,
  type: true,
  name: true,
  slug: true,
  wikidataId: true,
  isoAlpha2: true,
  isoAlpha3: true,
  unlocode: true,
  latitude: true,
  longitude: true,
} as const;

const articleGraph = {
  source: true,
  original: { select: { id: true, url: true, title: true } },
  mentions: {
    select: { confidence: true, entity: { select: entityFields } },
    orderBy: [{ start: 'asc' }, { end: 'asc' }] as Prisma.MentionOrderByWithRelationInput[],
  },
  claims: { select: { subjects: { select: { entity: { select: entityFields } } } } },
} as const;

const claimGraph = {
  article: {
    select: {
      id: true,
      url: true,
      title: true,
      language: true,
      publishedAt: true,
      source: { select: { id: true, name: true, homepage: true } },
    },
  },
  claimantEntity: { select: entityFields },
  claimantSource: { select: { id: true, name: true, homepage: true } },
  subjects: { select: { entity: { select: entityFields } }, orderBy: { entityId: 'asc' as const } },
} as const;

export type LinkedEntity = Prisma.EntityGetPayload<{ select: typeof entityFields }>;
export type ArticleGraph = Prisma.ArticleGetPayload<{ include: typeof articleGraph }>;
export type ClaimGraph = Prisma.ClaimGetPayload<{ include: typeof claimGraph }>;
export type AppearanceArticle = ClaimGraph['article'];

export function createInteropRepository(db: Database) {
  return {
    findArticleGraph: (id: string) =>
      db.article.findUnique({ where: { id }, include: articleGraph }) as Promise<ArticleGraph | null>,
    /** An article as a claim's appearance names it. */
    findAppearance: (id: string) => db.article.findUnique({ where: { id }, select: claimGraph.article.select }),
    findClaimGraph: (id: string) =>
      db.claim.findUnique({ where: { id }, include: claimGraph }) as Promise<ClaimGraph | null>,
    /** The source (outlet) whose name is exactly this, ignoring case: a byline that names an outlet, not a person. */
    findSourceNamed: (name: string) =>
      db.source.findFirst({
        where: { name: { equals: name, mode: 'insensitive' } },
        select: { id: true, name: true, homepage: true },
        orderBy: { id: 'asc' },
      }),
  };
}

export type InteropRepository = ReturnType<typeof createInteropRepository>;
