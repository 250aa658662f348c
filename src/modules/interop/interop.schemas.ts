import { z } from 'zod';

// The documented shapes of the alternative representations. They are response serializer schemas too, so every
// member a mapper emits is listed (JSON-LD nodes are open: schema.org lets a node carry any property).

const Reference = z.object({
  name: z.string(),
  rel: z.string().meta({ description: '`mentioned`: the article body names it.' }),
  uri: z.string().meta({
    description: 'The Wikidata concept URI when known, else the entity’s Meridian URN.',
    example: 'http://www.wikidata.org/entity/Q419',
  }),
  literal: z.string().meta({ description: 'The entity’s Meridian slug.', example: 'peru' }),
});

const Text = z.object({ role: z.string().optional(), value: z.string() });

export const NinjsArticleSchema = z
  .object({
    uri: z.string().meta({ example: 'urn:uuid:0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d' }),
    standard: z.object({ name: z.literal('ninjs'), version: z.string(), schema: z.string() }),
    type: z.literal('text'),
    representationtype: z.literal('full'),
    version: z.string().meta({ description: 'Meridian’s version counter of the article.' }),
    firstcreated: z.string().meta({ description: 'When Meridian stored the article.' }),
    versioncreated: z.string().meta({ description: 'When this version of Meridian’s record was made.' }),
    contentcreated: z.string().optional().meta({ description: 'When the source published it (absent when unknown).' }),
    pubstatus: z.literal('usable'),
    language: z.string(),
    headlines: z.array(Text).meta({ description: '`main`: the title; `sub`: the dek.' }),
    by: z.string().optional(),
    bodies: z.array(
      z.object({
        role: z.string(),
        contenttype: z.string(),
        charcount: z.number(),
        wordcount: z.number(),
        value: z.string(),
      }),
    ),
    people: z.array(Reference),
    organisations: z.array(Reference),
    places: z.array(
      Reference.extend({
        geojson: z
          .object({
            type: z.literal('Point'),
            coordinates: z.array(z.number()).meta({ description: '[longitude, latitude] (GeoJSON order).' }),
          })
          .optional(),
      }),
    ),
    events: z.array(Reference),
    subjects: z.array(
      Reference.extend({
        creator: z.string(),
        confidence: z.number().int().meta({ description: 'The best mention confidence, 0–100.' }),
      }),
    ),
    infosources: z.array(z.object({ name: z.string(), uri: z.string().optional(), literal: z.string() })),
    altids: z
      .array(z.object({ role: z.string(), value: z.string() }))
      .meta({ description: '`url`: the article’s address; `meridian`: its id; `sha256`: its content hash.' }),
    associations: z
      .array(
        z.object({
          name: z.string(),
          uri: z.string(),
          type: z.literal('text'),
          headlines: z.array(Text),
          altids: z.array(z.object({ role: z.string(), value: z.string() })),
        }),
      )
      .optional()
      .meta({ description: 'The original this article republishes, translates or rewrites (`name` says which).' }),
  })
  .meta({ id: 'NinjsArticle', description: 'An article as IPTC ninjs 2.1 (media type application/ninjs+json).' });

const node = (type: string) => ({
  '@type': z.string().meta({ example: type }),
  '@id': z.string().meta({ description: 'The Meridian URN (`urn:uuid:<id>`).' }),
});

export const JsonLdThingSchema = z
  .looseObject({
    ...node('Place'),
    name: z.string(),
    sameAs: z
      .array(z.string())
      .optional()
      .meta({
        description: 'The Wikidata page, when the entity has a Wikidata id.',
        example: ['https://www.wikidata.org/wiki/Q419'],
      }),
  })
  .meta({
    id: 'JsonLdThing',
    description:
      'An entity as a schema.org Country, Place, Person, Organization, Event, Legislation, Product or Thing.',
  });

export const EntityJsonLdSchema = JsonLdThingSchema.extend({ '@context': z.literal('https://schema.org') }).meta({
  id: 'EntityJsonLd',
  description:
    'An entity as schema.org JSON-LD (application/ld+json): its type, names, identifiers, sameAs Wikidata and, for places, geo coordinates.',
});

export const NewsArticleJsonLdSchema = z
  .looseObject({
    '@context': z.literal('https://schema.org'),
    ...node('NewsArticle'),
    url: z.string(),
    headline: z.string(),
    inLanguage: z.string(),
    articleBody: z.string(),
    about: z.array(JsonLdThingSchema).meta({ description: 'The entities the article’s claims are about.' }),
    mentions: z.array(JsonLdThingSchema).meta({ description: 'Every entity the article body mentions.' }),
  })
  .meta({
    id: 'NewsArticleJsonLd',
    description: 'An article as a schema.org NewsArticle in JSON-LD (application/ld+json).',
  });

export const ClaimJsonLdSchema = z
  .looseObject({
    '@context': z.literal('https://schema.org'),
    ...node('Claim'),
    text: z.string(),
    appearance: z
      .looseObject({ '@type': z.string(), url: z.string() })
      .meta({ description: 'The NewsArticle the claim appears in.' }),
    about: z.array(JsonLdThingSchema),
    review: z
      .looseObject({
        '@type': z.literal('ClaimReview'),
        claimReviewed: z.string(),
        reviewRating: z.looseObject({
          '@type': z.literal('Rating'),
          ratingValue: z.number(),
          alternateName: z.string(),
        }),
      })
      .optional()
      .meta({
        description:
          'When the claim has a verdict (verified, false, misleading, disputed): a ClaimReview rating it from 1 (False) to 5 (True).',
      }),
  })
  .meta({
    id: 'ClaimJsonLd',
    description:
      'A claim as a schema.org Claim in JSON-LD (application/ld+json), with a ClaimReview when it has a verdict.',
  });
