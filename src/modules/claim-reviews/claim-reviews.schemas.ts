import { z } from 'zod';
import { DayOrInstantInput, PageQuery, pageOf, Timestamp, Uuid } from '../../lib/schemas.ts';

const HttpUrl = z.url({ protocol: /^https?$/ }).max(2048);
const Day = z.iso.date().meta({ example: '2023-06-07' });

export const ReviewerSchema = z
  .object({
    name: z.string().trim().min(1).max(300).meta({ example: 'Verificado.pe' }),
    url: HttpUrl.nullable().meta({ description: 'The reviewer’s homepage.', example: 'https://verificado.example' }),
    type: z.enum(['Organization', 'Person']).meta({ description: 'The schema.org type of the reviewer.' }),
    isKey: z.boolean().meta({
      description:
        'The reviewer is the API key that recorded the review (no reviewer was named): `name` is the key’s name, `type` Organization.',
    }),
  })
  .meta({
    id: 'Reviewer',
    description: 'Who published the review: a fact-checking organisation, a person, or the API key that recorded it.',
  });

export const RatingSchema = z
  .object({
    value: z.number().nullable().meta({ description: 'The rating on the declared scale.', example: 2 }),
    best: z.number().nullable().meta({ description: 'The best (truest) rating of the scale.', example: 5 }),
    worst: z.number().nullable().meta({ description: 'The worst (falsest) rating of the scale.', example: 1 }),
    alternateName: z
      .string()
      .nullable()
      .meta({ description: 'The rating in the reviewer’s words.', example: 'Misleading' }),
  })
  .meta({
    id: 'Rating',
    description: 'A rating: a value on the scale worst … best, the reviewer’s words for it, or both.',
  });

export const ClaimReviewSchema = z
  .object({
    id: Uuid,
    claimId: Uuid,
    reviewer: ReviewerSchema,
    rating: RatingSchema,
    datePublished: Day.meta({ description: 'The day the reviewer published the review.' }),
    explanation: z.string().nullable().meta({ description: 'Why the reviewer rated the claim so.' }),
    url: z.string().meta({ description: 'The page that publishes the review.' }),
    origin: z.enum(['submitted', 'imported']).meta({
      description:
        '`submitted`: sent to POST /v1/claims/{id}/reviews; `imported`: read from ClaimReview JSON-LD (POST /v1/claim-reviews/import).',
    }),
    createdBy: z
      .object({
        keyPrefix: z.string().nullable().meta({
          description: 'The public prefix of the API key that recorded the review (null for scripts).',
          example: 'Xq3v9TzA1bCd',
        }),
        requestId: z.string().nullable().meta({ description: 'The request that recorded it (see GET /v1/audit).' }),
      })
      .meta({ description: 'Who recorded the review in Meridian (not who wrote it: that is `reviewer`).' }),
    createdAt: Timestamp,
  })
  .meta({
    id: 'ClaimReview',
    description: 'A review of a claim (a fact-check): a reviewer’s rating, with its date, explanation and URL.',
    examples: [
      {
        id: '0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3e',
        claimId: '0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d',
        reviewer: { name: 'Verificado.pe', url: 'https://verificado.example', type: 'Organization', isKey: false },
        rating: { value: 2, best: 5, worst: 1, alternateName: 'Misleading' },
        datePublished: '2023-06-07',
        explanation: 'The resolution authorises the entry of troops; it does not establish a base.',
        url: 'https://verificado.example/2023/06/07/tropas-peru',
        origin: 'submitted',
        createdBy: { keyPrefix: 'Xq3v9TzA1bCd', requestId: '01a2185e-f857-7c1a-9d3e-2b4c5d6e7f80' },
        createdAt: '2026-12-07T06:30:00.000Z',
      },
    ],
  });

export type ClaimReviewDto = z.infer<typeof ClaimReviewSchema>;

export const ClaimReviewPage = pageOf(ClaimReviewSchema, 'ClaimReviewPage');

export const ClaimReviewListQuery = z.strictObject({ ...PageQuery });

export const ClaimReviewParams = z.strictObject({ reviewId: Uuid });

export const ClaimReviewCreateSchema = z
  .strictObject({
    reviewer: z
      .strictObject({
        name: z.string().trim().min(1).max(300),
        url: HttpUrl.optional(),
        type: z.enum(['Organization', 'Person']).default('Organization'),
      })
      .optional()
      .meta({
        description:
          'The organisation or person that published the review. Omitted: the reviewer is the API key that records it (its name), as for a review written in-house.',
      }),
    rating: z
      .strictObject({
        value: z.number().finite().optional(),
        best: z.number().finite().optional(),
        worst: z.number().finite().optional(),
        alternateName: z.string().trim().min(1).max(200).optional(),
      })
      .meta({
        description:
          'A value with its scale (`best` and `worst`, worst < best, the value between them), the reviewer’s words (`alternateName`), or both.',
      }),
    datePublished: DayOrInstantInput.meta({
      description: 'The day the review was published (a date-time is read as the day it names, in its own offset).',
      example: '2023-06-07',
    }),
    explanation: z.string().trim().min(1).max(10_000).optional(),
    url: HttpUrl.meta({ description: 'The page that publishes the review; one review per claim and URL.' }),
  })
  .meta({
    id: 'ClaimReviewCreate',
    examples: [
      {
        reviewer: { name: 'Verificado.pe', url: 'https://verificado.example', type: 'Organization' },
        rating: { value: 2, best: 5, worst: 1, alternateName: 'Misleading' },
        datePublished: '2023-06-07',
        explanation: 'The resolution authorises the entry of troops; it does not establish a base.',
        url: 'https://verificado.example/2023/06/07/tropas-peru',
      },
    ],
  });

export type ClaimReviewCreate = z.infer<typeof ClaimReviewCreateSchema>;

/** At most this many ClaimReviews per import request. */
export const maxImportItems = 100;

const JsonLdObject = z.record(z.string().max(200), z.unknown());

export const ClaimReviewImportSchema = z
  .union([
    JsonLdObject,
    z
      .array(z.unknown().meta({ description: 'A ClaimReview; an item that is not one is reported as `invalid`.' }))
      .min(1)
      .max(maxImportItems),
  ])
  .meta({
    id: 'ClaimReviewImport',
    description:
      `One schema.org ClaimReview in JSON-LD, an array of up to ${maxImportItems}, or a document whose \`@graph\` holds them, as fact-checkers publish them ` +
      '(https://schema.org/ClaimReview). Read: `claimReviewed` (required), `url` (required), `datePublished` (required), `author` ' +
      '(`name` required, `url`, `@type` Organization or Person), `reviewRating` (`ratingValue`, `bestRating`, `worstRating`, `alternateName`: ' +
      'a value with its scale, words, or both), `reviewBody` or `description` (the explanation) and `itemReviewed` (a Claim: its ' +
      '`appearance` and `firstAppearance` URLs or `{ "url": … }` objects). Other members are ignored. Each item is checked on its own.',
    examples: [
      {
        '@context': 'https://schema.org',
        '@type': 'ClaimReview',
        url: 'https://verificado.example/2023/06/07/tropas-peru',
        claimReviewed: 'The Peruvian government authorised the entry of US military personnel with weapons.',
        datePublished: '2023-06-07',
        author: { '@type': 'Organization', name: 'Verificado.pe', url: 'https://verificado.example' },
        reviewRating: { '@type': 'Rating', ratingValue: 5, bestRating: 5, worstRating: 1, alternateName: 'True' },
        itemReviewed: {
          '@type': 'Claim',
          appearance: [
            {
              '@type': 'CreativeWork',
              url: 'https://orinocotribune.com/what-is-behind-the-entry-of-us-troops-and-weapons-into-peru',
            },
          ],
        },
      },
    ],
  });

export const ImportOutcomeSchema = z
  .object({
    index: z.number().int().min(0).meta({ description: 'The item’s position in the request (0 for a single object).' }),
    outcome: z.enum(['imported', 'already_imported', 'unmatched', 'invalid']).meta({
      description:
        '`imported`: stored as a review of each matched claim; `already_imported`: every matched claim already has a review with this URL; ' +
        '`unmatched`: no stored claim matches `claimReviewed`; `invalid`: the item is not a usable ClaimReview (`errors` says why).',
    }),
    url: z.string().nullable().meta({ description: 'The item’s `url`, when it has one.' }),
    claimReviewed: z.string().nullable(),
    match: z
      .object({
        method: z.enum(['exact', 'similar']).meta({
          description:
            '`exact`: the normalised texts are equal (case, accents, punctuation and spacing aside); `similar`: pg_trgm similarity at least the threshold.',
        }),
        similarity: z.number().min(0).max(1),
        scope: z.enum(['appearance', 'all']).meta({
          description:
            '`appearance`: among the claims of the articles at the item’s appearance URLs (and their originals and derivatives); `all`: among all claims.',
        }),
      })
      .nullable(),
    articleIds: z
      .array(Uuid)
      .meta({ description: 'Stored articles found at the item’s appearance and firstAppearance URLs.' }),
    reviews: z
      .array(z.object({ id: Uuid, claimId: Uuid, created: z.boolean() }))
      .meta({ description: 'The review of each matched claim: created now, or the one already stored with this URL.' }),
    errors: z
      .array(z.object({ field: z.string(), message: z.string() }))
      .meta({ description: 'For `invalid` and `unmatched` items: why, per field.' }),
  })
  .meta({ id: 'ClaimReviewImportOutcome', description: 'What became of one imported ClaimReview.' });

export const ClaimReviewImportResultSchema = z
  .object({
    summary: z.object({
      imported: z.number().int(),
      alreadyImported: z.number().int(),
      unmatched: z.number().int(),
      invalid: z.number().int(),
    }),
    items: z.array(ImportOutcomeSchema),
  })
  .meta({ id: 'ClaimReviewImportResult', description: 'The outcome of each item of a ClaimReview import, in order.' });

export type ImportOutcome = z.infer<typeof ImportOutcomeSchema>;
