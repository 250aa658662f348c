import { z } from 'zod';
import { EntityType } from '../generated/prisma/enums.ts';
import { Uuid } from './schemas.ts';

// What one resource says about another, shared by every module that points at entities or reviews what ingest
// proposed: claims, mentions, relations, roles. Kept here so those modules need not import the entities module.

export const EntityTypeSchema = z.enum(EntityType).meta({
  id: 'EntityType',
  description:
    'What the entity is: country, person, organization, port, place, event, legal_instrument, commodity or other.',
});

export const EntityRefSchema = z
  .object({ id: Uuid, type: EntityTypeSchema, name: z.string(), slug: z.string() })
  .meta({ id: 'EntityRef', description: 'A short reference to an entity.' });

export const ReviewStatusSchema = z.enum(['accepted', 'proposed', 'rejected']).meta({
  id: 'ReviewStatus',
  description:
    '`accepted`: curated, entered by hand or confirmed by a reviewer; `proposed`: made by the ingest pipeline, awaiting review; `rejected`: refused by a reviewer.',
});

export const ReviewActionSchema = z
  .enum(['accept', 'reject'])
  .meta({ id: 'ReviewAction', description: '`accept` or `reject` what the ingest pipeline proposed.' });

export const ReviewSchema = z.strictObject({ action: ReviewActionSchema }).meta({
  id: 'Review',
  description: 'A reviewer’s decision. To correct fields, PATCH the resource (and then accept it).',
  examples: [{ action: 'accept' }],
});

/** The start of every review operation's description. */
export const reviewDescription =
  'Records a reviewer’s decision on what the ingest pipeline proposed: `accept` or `reject`. Send If-Match with the ETag last read to ' +
  'make sure you decide on what you saw.';

export type ReviewAction = z.infer<typeof ReviewActionSchema>;

/** The review status a decision leaves behind. */
export const statusAfterReview = { accept: 'accepted', reject: 'rejected' } as const;

/** What a module that points at entities asks of the entities module's repository (wired in src/plugins/services.ts). */
export type EntityLookup = { existingIds: (ids: string[]) => Promise<Set<string>> };
