import { z } from 'zod';
import { IdOrSlug, Uuid } from '../../lib/schemas.ts';
import { AliasSchema, EntityCreateSchema, EntitySchema } from '../entities/entities.schemas.ts';
import { MentionFieldSchema } from '../mentions/mentions.schemas.ts';

export const MergeBody = z
  .strictObject({
    into: IdOrSlug.meta({
      description: 'The surviving entity (id or slug); an old id or slug of a merged entity resolves to its survivor.',
      example: 'peru',
    }),
  })
  .meta({ id: 'EntityMerge', examples: [{ into: 'peru' }] });
export type MergeBody = z.infer<typeof MergeBody>;

const Moved = z.object({
  mentions: z.number().int().meta({ description: 'Mentions moved.' }),
  mentionsDropped: z.number().int().meta({
    description: 'Mentions dropped because the other entity already had one at the same place in the same article.',
  }),
  claims: z.number().int().meta({ description: 'Claims whose claimant or subject link moved.' }),
  aliases: z
    .number()
    .int()
    .meta({ description: 'Aliases moved (for a merge, plus the merged entity’s name as a new alias).' }),
  roles: z.number().int().meta({ description: 'Roles moved.' }),
  relations: z.number().int().meta({
    description: 'Relations moved (those the other entity already had, or between the two, are dropped).',
  }),
});

export const MergeResult = z
  .object({
    survivor: EntitySchema,
    merged: z
      .object({ id: Uuid, slug: z.string() })
      .meta({ description: 'The merged entity: its id and slug now redirect (308) to the survivor.' }),
    moved: Moved,
  })
  .meta({ id: 'EntityMergeResult' });

export const SplitBody = z
  .strictObject({
    entity: EntityCreateSchema.meta({ description: 'The new entity, as for POST /v1/entities.' }),
    mentions: z
      .array(
        z.strictObject({
          articleId: Uuid,
          field: MentionFieldSchema.optional().meta({
            description: 'Only mentions in this field of the article (title, dateline or body).',
          }),
          start: z.number().int().min(0).optional(),
          end: z.number().int().min(1).optional(),
        }),
      )
      .max(1000)
      .default([])
      .meta({
        description:
          'Mentions of the entity to move to the new one: all its mentions in an article (or in one of its fields), or the one at [start, end).',
      }),
    aliases: z
      // An alias is chosen by its name and language; its kind and dates travel with it.
      .array(AliasSchema.pick({ name: true, language: true }))
      .max(200)
      .default([])
      .meta({ description: 'Aliases of the entity to move to the new one.' }),
    claimIds: z
      .array(Uuid)
      .max(1000)
      .default([])
      .meta({ description: 'Claims naming the entity (as claimant or subject) to point at the new one instead.' }),
  })
  .meta({
    id: 'EntitySplit',
    examples: [
      {
        entity: { type: 'place', name: 'Chancay District', slug: 'chancay-district' },
        mentions: [{ articleId: '0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d', start: 120, end: 127 }],
        aliases: [],
        claimIds: [],
      },
    ],
  });
export type SplitBody = z.infer<typeof SplitBody>;

export const SplitResult = z
  .object({
    original: EntitySchema,
    created: EntitySchema,
    moved: Moved.omit({ mentionsDropped: true, roles: true, relations: true }),
  })
  .meta({ id: 'EntitySplitResult' });
