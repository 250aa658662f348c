import { z } from 'zod';

// The documented shapes of the alternative representations, one per media type. They are the response serializers
// of those media types too, so the document states exactly what is sent: every member a mapper emits is listed, and
// one it emitted without being listed here would be dropped (schema.org lets a node carry any property; this API's
// nodes carry these).

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

const context = z.literal('https://schema.org');
const id = z.string().meta({
  description: 'The Meridian URN (`urn:uuid:<id>`).',
  example: 'urn:uuid:0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d',
});

const PropertyValue = z.object({
  '@type': z.literal('PropertyValue'),
  propertyID: z.enum(['ISO 3166-1 alpha-2', 'ISO 3166-1 alpha-3', 'UN/LOCODE', 'Wikidata']),
  value: z.string().meta({ example: 'PE' }),
});

export const JsonLdThingSchema = z
  .object({
    '@type': z
      .enum(['Country', 'Place', 'Person', 'Organization', 'Event', 'Legislation', 'Product', 'Thing'])
      .meta({ description: 'By entity type: ports and places are Places, laws Legislation, commodities Products.' }),
    '@id': id,
    name: z.string(),
    description: z.string().optional(),
    alternateName: z.array(z.string()).optional().meta({ description: 'The entity’s aliases.' }),
    sameAs: z
      .array(z.string())
      .optional()
      .meta({
        description:
          'The Wikidata concept URI (`http://www.wikidata.org/entity/Q…`, the same URI ninjs gives as `uri`), when the entity has a Wikidata id.',
        example: ['http://www.wikidata.org/entity/Q419'],
      }),
    identifier: z.array(PropertyValue).optional().meta({ description: 'ISO 3166-1 codes, UN/LOCODE, Wikidata id.' }),
    geo: z
      .object({ '@type': z.literal('GeoCoordinates'), latitude: z.number(), longitude: z.number() })
      .optional()
      .meta({ description: 'Places and countries with coordinates.' }),
  })
  .meta({
    id: 'JsonLdThing',
    description:
      'An entity as a schema.org Country, Place, Person, Organization, Event, Legislation, Product or Thing.',
  });

export const EntityJsonLdSchema = JsonLdThingSchema.extend({
  '@context': context,
  dateModified: z.string().meta({ description: 'When Meridian’s record of the entity last changed (RFC 3339).' }),
}).meta({
  id: 'EntityJsonLd',
  description:
    'An entity as schema.org JSON-LD (application/ld+json): its type, names, identifiers, sameAs Wikidata and, for places, geo coordinates.',
});

export const JsonLdNewsMediaOrganizationSchema = z
  .object({
    '@type': z.literal('NewsMediaOrganization'),
    '@id': id,
    name: z.string(),
    url: z.string().optional().meta({ description: 'The outlet’s homepage.' }),
  })
  .meta({ id: 'JsonLdNewsMediaOrganization', description: 'A source (outlet) as a schema.org NewsMediaOrganization.' });

const JsonLdPerson = z.object({ '@type': z.literal('Person'), name: z.string() });

export const NewsArticleJsonLdSchema = z
  .object({
    '@context': context,
    '@type': z.literal('NewsArticle'),
    '@id': id,
    url: z.string(),
    identifier: z.string().meta({ description: 'The article’s Meridian id.' }),
    headline: z.string(),
    alternativeHeadline: z.string().optional().meta({ description: 'The dek.' }),
    author: z
      .array(z.union([JsonLdNewsMediaOrganizationSchema, JsonLdPerson]))
      .optional()
      .meta({
        description:
          'The byline: the outlet (a NewsMediaOrganization) when it names a source Meridian knows, as a republication crediting the original outlet does; otherwise a Person.',
      }),
    inLanguage: z.string(),
    datePublished: z.string().optional(),
    dateModified: z.string().optional(),
    publisher: JsonLdNewsMediaOrganizationSchema,
    articleBody: z.string(),
    wordCount: z.number().int().min(0),
    about: z.array(JsonLdThingSchema).meta({ description: 'The entities the article’s claims are about.' }),
    mentions: z.array(JsonLdThingSchema).meta({ description: 'Every entity the article body mentions.' }),
    isBasedOn: z
      .object({ '@type': z.literal('NewsArticle'), '@id': id, url: z.string(), headline: z.string() })
      .optional()
      .meta({ description: 'The original this article republishes or translates.' }),
  })
  .meta({
    id: 'NewsArticleJsonLd',
    description: 'An article as a schema.org NewsArticle in JSON-LD (application/ld+json).',
  });

const Appearance = z.object({
  '@type': z.literal('NewsArticle'),
  '@id': id,
  url: z.string(),
  headline: z.string(),
  inLanguage: z.string(),
  datePublished: z.string().optional(),
  publisher: JsonLdNewsMediaOrganizationSchema,
});

const ClaimAuthor = z
  .union([JsonLdThingSchema, JsonLdNewsMediaOrganizationSchema])
  .optional()
  .meta({ description: 'Who made the claim: an entity, or a source speaking for itself.' });

export const ClaimReviewJsonLdSchema = z
  .object({
    '@type': z.literal('ClaimReview'),
    '@id': id,
    url: z.string().meta({ description: 'The page that publishes the review.' }),
    claimReviewed: z.string().meta({ description: 'The text of the claim.' }),
    datePublished: z.string().meta({ description: 'The day the reviewer published the review (YYYY-MM-DD).' }),
    author: z
      .object({ '@type': z.enum(['Organization', 'Person']), name: z.string(), url: z.string().optional() })
      .meta({ description: 'The reviewer.' }),
    reviewRating: z
      .object({
        '@type': z.literal('Rating'),
        ratingValue: z.number().optional(),
        bestRating: z.number().optional(),
        worstRating: z.number().optional(),
        alternateName: z.string().optional(),
      })
      .meta({
        description: 'The rating: a value on the scale worstRating … bestRating, the reviewer’s words, or both.',
      }),
    reviewBody: z.string().optional().meta({ description: 'The reviewer’s explanation.' }),
    itemReviewed: z.object({
      '@type': z.literal('Claim'),
      '@id': id,
      author: ClaimAuthor,
      datePublished: z.string().optional(),
      appearance: z.array(Appearance).meta({ description: 'The article the claim was found in.' }),
      firstAppearance: Appearance.meta({ description: 'The first known original of that article.' }),
    }),
  })
  .meta({
    id: 'ClaimReviewJsonLd',
    description:
      'A review of a claim as a schema.org ClaimReview, with the fields Google’s ClaimReview guidance asks for: the reviewer as `author`, `url`, `datePublished`, `claimReviewed`, `reviewRating` and `itemReviewed` with its appearance and first appearance.',
  });

export const ClaimJsonLdSchema = z
  .object({
    '@context': context,
    '@type': z.literal('Claim'),
    '@id': id,
    text: z.string(),
    abstract: z.string().optional().meta({ description: 'The quote, when the claim is one.' }),
    author: ClaimAuthor,
    datePublished: z.string().optional(),
    inLanguage: z.string(),
    appearance: Appearance.meta({ description: 'The NewsArticle the claim appears in.' }),
    firstAppearance: Appearance.meta({
      description:
        'The first known original of that article (GET /v1/articles/{id}/lineage: its `root`); the article itself when it derives from none.',
    }),
    about: z.array(JsonLdThingSchema),
    review: z.array(ClaimReviewJsonLdSchema).optional().meta({
      description:
        'One ClaimReview per review of the claim (GET /v1/claims/{id}/reviews), most recently published first; absent when it has none.',
    }),
  })
  .meta({
    id: 'ClaimJsonLd',
    description:
      'A claim as a schema.org Claim in JSON-LD (application/ld+json), with a ClaimReview for each of its reviews.',
  });
