import { z } from 'zod';
import { PageQuery, pageOf, Timestamp, Uuid } from '../../lib/schemas.ts';
import { LineageKindSchema } from '../articles/articles.schemas.ts';

/** How far a walk up the lineage goes: a chain of republications this long is already an anomaly. */
export const maxLineageDepth = 32;
/** How many articles a lineage graph holds at most. */
export const maxGraphNodes = 500;

export const LineageArticleSchema = z
  .object({
    id: Uuid,
    url: z.string(),
    title: z.string(),
    language: z.string().meta({ example: 'es' }),
    publishedAt: Timestamp.nullable(),
    source: z
      .object({ id: Uuid, slug: z.string(), name: z.string() })
      .meta({ description: 'The outlet that published the article.' }),
  })
  .meta({ id: 'LineageArticle', description: 'An article in a lineage, with its outlet.' });

const similarity = z.number().min(0).max(1).nullable().meta({
  description:
    'Estimated Jaccard similarity of the two bodies (MinHash over word 4-shingles) when the ingest pipeline made the link; 1 for an identical body; null for a link made by hand.',
  example: 0.86,
});
const duplicate = z.boolean().meta({
  description:
    'The two bodies are identical (same normalised content hash): the derivative’s `duplicateOf` is the original.',
});

export const DerivativeSchema = z
  .object({
    article: LineageArticleSchema,
    kind: LineageKindSchema,
    similarity,
    duplicate,
  })
  .meta({ id: 'Derivative', description: 'An article that republishes, translates or rewrites another.' });

export const DerivativePage = pageOf(DerivativeSchema, 'DerivativePage');

export const DerivativeListQuery = z.strictObject({
  ...PageQuery,
  kind: LineageKindSchema.optional().meta({ description: 'Only derivatives of this kind.' }),
});

export const LineageStepSchema = z
  .object({
    article: LineageArticleSchema,
    kind: LineageKindSchema.meta({ description: 'How the previous article of the chain derives from this one.' }),
    similarity,
    duplicate,
  })
  .meta({ id: 'LineageStep', description: 'One original in the chain above an article.' });

export const ArticleLineageSchema = z
  .object({
    article: LineageArticleSchema,
    chain: z.array(LineageStepSchema).meta({
      description: `The originals above the article, nearest first: its original, that one’s original, and so on (at most ${maxLineageDepth}).`,
    }),
    root: LineageArticleSchema.meta({
      description:
        'The first known original: the last article of the chain, or the article itself when it derives from none.',
    }),
    complete: z.boolean().meta({
      description: 'The chain ends at an article that derives from no other (false when `stoppedBy` is set).',
    }),
    stoppedBy: z
      .enum(['cycle', 'depth'])
      .nullable()
      .meta({
        description: `Why the walk stopped before an article without an original: \`cycle\` — the links loop back to an article already in the chain (the loop is not followed again); \`depth\` — ${maxLineageDepth} steps.`,
      }),
  })
  .meta({ id: 'ArticleLineage', description: 'An article’s chain of originals up to the first known one.' });

export const LineageEdgeSchema = z
  .object({
    from: Uuid.meta({ description: 'The derivative.' }),
    to: Uuid.meta({ description: 'Its original.' }),
    kind: LineageKindSchema,
    similarity,
    duplicate,
  })
  .meta({ id: 'LineageEdge', description: 'A lineage link: `from` republishes, translates or rewrites `to`.' });

export const LineageGraphSchema = z
  .object({
    root: Uuid.meta({ description: 'The first known original of the group (see GET /v1/articles/{id}/lineage).' }),
    nodes: z.array(
      LineageArticleSchema.extend({
        depth: z.number().int().min(0).meta({ description: 'Generations below the root (the root is 0).' }),
      }),
    ),
    edges: z.array(LineageEdgeSchema),
    truncated: z.boolean().meta({
      description: `The group has more than ${maxGraphNodes} articles: \`nodes\` holds the ${maxGraphNodes} nearest the root (fewest generations below it), \`edges\` the links between them. Generations deeper than ${maxLineageDepth} below the root are not followed.`,
    }),
  })
  .meta({
    id: 'LineageGraph',
    description:
      'The lineage of a group of related articles: every article that derives, directly or not, from the group’s first known original, and the links between them.',
  });

export type DerivativeListFilters = z.infer<typeof DerivativeListQuery>;
