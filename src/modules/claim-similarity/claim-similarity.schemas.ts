import { z } from 'zod';
import { listParam, Uuid } from '../../lib/schemas.ts';

const similarityControls = {
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(50)
    .default(10)
    .meta({ description: 'How many claims at most (1–50).', example: 10 }),
  minScore: z.coerce
    .number()
    .min(0)
    .max(1)
    .default(0.2)
    .meta({ description: 'Only claims scoring at least this (0–1).', example: 0.2 }),
};

export const SimilarToClaimQuery = z.strictObject(similarityControls);

export const SimilarToTextQuery = z.strictObject({
  text: z
    .string()
    .trim()
    .min(3)
    .max(4000)
    // PostgreSQL text cannot hold U+0000 (JSON bodies are checked for it before validation; a query string is not).
    .refine((value) => !value.includes('\u0000'), 'must not contain the NUL character (U+0000)')
    .meta({
      description: 'The claim to look for, in any language.',
      example: 'Más de 3.500 soldados estadounidenses entraron al Perú desde 2015',
    }),
  subjectIds: listParam(
    Uuid,
    20,
    'The entities the text is about (ids): claims about the same entities are candidates in any language, and shared subjects count in the score.',
    '01a2185e-f15c-751c-9608-2b2fe90b9a60',
  ),
  ...similarityControls,
});

const FeaturesSchema = z
  .object({
    trigram: z
      .number()
      .meta({ description: 'pg_trgm similarity of the normalised texts (case, accents, punctuation aside), 0–1.' }),
    stems: z.number().meta({
      description:
        'Dice coefficient of the stemmed words, both texts stemmed in the candidate’s language (English, Spanish or simple), 0–1.',
    }),
    sharedSubjectIds: z
      .array(Uuid)
      .meta({ description: 'Subject entities both claims are about (language-independent).' }),
    subjectJaccard: z
      .number()
      .nullable()
      .meta({ description: 'Jaccard index of the subject sets; null when the query names none.' }),
    sameClaimant: z
      .boolean()
      .nullable()
      .meta({ description: 'Whether the claimant is the same; null for a text query.' }),
    sharedNumbers: z
      .array(z.string())
      .meta({ description: 'Numbers both texts write, separators dropped ("3,500" and "3.500" are "3500").' }),
    numberJaccard: z
      .number()
      .nullable()
      .meta({ description: 'Jaccard index of the numbers written; null when neither writes one.' }),
  })
  .meta({ id: 'ClaimSimilarityFeatures', description: 'The features behind a similarity score.' });

export const SimilarClaimSchema = z
  .object({
    claim: z
      .object({
        id: Uuid,
        articleId: Uuid,
        text: z.string(),
        language: z.string().meta({ description: 'The language of the claim’s article (BCP 47).', example: 'es' }),
      })
      .meta({ description: 'The similar claim.' }),
    score: z.number().min(0).max(1).meta({
      description:
        'Weighted mean of the features that apply: lexical max(trigram, stems) 0.4, subjects 0.3, claimant 0.1, numbers 0.2 (weights of the ones that do not apply are left out).',
      example: 0.62,
    }),
    features: FeaturesSchema,
  })
  .meta({ id: 'SimilarClaim' });

export const SimilarClaimList = z
  .object({ data: z.array(SimilarClaimSchema).meta({ description: 'Best score first.' }) })
  .meta({ id: 'SimilarClaimList', description: 'Claims similar to the one asked about, best first.' });

export type SimilarToClaimQuery = z.infer<typeof SimilarToClaimQuery>;
export type SimilarToTextQuery = z.infer<typeof SimilarToTextQuery>;
export type SimilarClaimDto = z.infer<typeof SimilarClaimSchema>;
