import type { ClaimReviewRow } from '../claim-reviews/claim-reviews.repository.ts';
import type { EntityDto } from '../entities/entities.schemas.ts';
import type { ArticleGraph, ClaimGraph, LinkedEntity } from './interop.repository.ts';
import { distinctEntities, urnOf, wikidataUri } from './linked-data.ts';

// Articles, claims and entities as schema.org JSON-LD (https://schema.org). `@id` is the Meridian URN;
// `sameAs` is the Wikidata concept URI where the entity has a Wikidata id (the same URI ninjs gives as `uri`), so a
// consumer can join on it.

export const jsonLdMediaType = 'application/ld+json';
const context = 'https://schema.org';

/** The schema.org type of each entity type. Ports have no schema.org type of their own: they are Places. */
const entityTypes: Record<string, string> = {
  country: 'Country',
  person: 'Person',
  organization: 'Organization',
  port: 'Place',
  place: 'Place',
  event: 'Event',
  legal_instrument: 'Legislation',
  commodity: 'Product',
  other: 'Thing',
};

type EntityFields = Pick<
  LinkedEntity,
  'id' | 'type' | 'name' | 'slug' | 'wikidataId' | 'isoAlpha2' | 'isoAlpha3' | 'unlocode' | 'latitude' | 'longitude'
>;

function propertyValues(entity: EntityFields) {
  const values = [
    entity.isoAlpha2 ? { '@type': 'PropertyValue', propertyID: 'ISO 3166-1 alpha-2', value: entity.isoAlpha2 } : null,
    entity.isoAlpha3 ? { '@type': 'PropertyValue', propertyID: 'ISO 3166-1 alpha-3', value: entity.isoAlpha3 } : null,
    entity.unlocode ? { '@type': 'PropertyValue', propertyID: 'UN/LOCODE', value: entity.unlocode } : null,
    entity.wikidataId ? { '@type': 'PropertyValue', propertyID: 'Wikidata', value: entity.wikidataId } : null,
  ];
  return values.filter((value) => value !== null);
}

/** An entity as a schema.org node: type, name, identifiers, sameAs Wikidata, and coordinates for places. */
export function entityNode(
  entity: EntityFields,
  extra: { description?: string | null; alternateName?: string[] } = {},
) {
  const type = entityTypes[entity.type] ?? 'Thing';
  const identifiers = propertyValues(entity);
  const isPlace = type === 'Place' || type === 'Country';
  return {
    '@type': type,
    '@id': urnOf(entity.id),
    name: entity.name,
    ...(extra.description ? { description: extra.description } : {}),
    ...(extra.alternateName && extra.alternateName.length > 0 ? { alternateName: extra.alternateName } : {}),
    ...(entity.wikidataId ? { sameAs: [wikidataUri(entity.wikidataId)] } : {}),
    ...(identifiers.length > 0 ? { identifier: identifiers } : {}),
    ...(isPlace && entity.latitude !== null && entity.longitude !== null
      ? { geo: { '@type': 'GeoCoordinates', latitude: entity.latitude, longitude: entity.longitude } }
      : {}),
  };
}

export function toEntityJsonLd(entity: EntityDto) {
  return {
    '@context': context,
    ...entityNode(
      {
        id: entity.id,
        type: entity.type,
        name: entity.name,
        slug: entity.slug,
        wikidataId: entity.identifiers.wikidata,
        isoAlpha2: entity.identifiers.isoAlpha2,
        isoAlpha3: entity.identifiers.isoAlpha3,
        unlocode: entity.identifiers.unlocode,
        latitude: entity.coordinates?.latitude ?? null,
        longitude: entity.coordinates?.longitude ?? null,
      },
      { description: entity.description, alternateName: entity.aliases.map((alias) => alias.name) },
    ),
    dateModified: entity.updatedAt,
  };
}

type Outlet = { id: string; name: string; homepage: string | null };

const organization = (source: Outlet) => ({
  '@type': 'NewsMediaOrganization',
  '@id': urnOf(source.id),
  name: source.name,
  ...(source.homepage ? { url: source.homepage } : {}),
});

/**
 * An article as a NewsArticle. `mentions`: every entity its body mentions; `about`: the entities its claims are
 * about (what the article argues over), a subset of what it mentions or not. The byline is the `author`: the outlet
 * (a NewsMediaOrganization) when it names a source Meridian knows — a republication credits the original outlet so —
 * else a Person.
 */
export function toNewsArticle(article: ArticleGraph, bylineOutlet: Outlet | null = null) {
  const mentioned = distinctEntities(article.mentions.map((mention) => mention.entity));
  const about = distinctEntities(article.claims.flatMap((claim) => claim.subjects.map((subject) => subject.entity)));
  return {
    '@context': context,
    '@type': 'NewsArticle',
    '@id': urnOf(article.id),
    url: article.url,
    identifier: article.id,
    headline: article.title,
    ...(article.dek ? { alternativeHeadline: article.dek } : {}),
    ...(article.byline
      ? { author: [bylineOutlet ? organization(bylineOutlet) : { '@type': 'Person', name: article.byline }] }
      : {}),
    inLanguage: article.language,
    ...(article.publishedAt ? { datePublished: article.publishedAt.toISOString() } : {}),
    ...(article.modifiedAt ? { dateModified: article.modifiedAt.toISOString() } : {}),
    publisher: organization(article.source),
    articleBody: article.body,
    wordCount: article.body.split(/\s+/u).filter((word) => word.length > 0).length,
    about: about.map((entity) => entityNode(entity)),
    mentions: mentioned.map((entity) => entityNode(entity)),
    ...(article.original
      ? {
          isBasedOn: {
            '@type': 'NewsArticle',
            '@id': urnOf(article.original.id),
            url: article.original.url,
            headline: article.original.title,
          },
        }
      : {}),
  };
}

type AppearanceFields = {
  id: string;
  url: string;
  title: string;
  language: string;
  publishedAt: Date | null;
  source: Outlet;
};

/** An article as the place a claim appears (schema.org `appearance`, `firstAppearance`). */
function appearanceNode(article: AppearanceFields) {
  return {
    '@type': 'NewsArticle',
    '@id': urnOf(article.id),
    url: article.url,
    headline: article.title,
    inLanguage: article.language,
    ...(article.publishedAt ? { datePublished: article.publishedAt.toISOString() } : {}),
    publisher: organization(article.source),
  };
}

/**
 * A review as a ClaimReview, following Google's ClaimReview guidance: the reviewer is the `author`, `url` the page
 * that publishes the review, `itemReviewed` the Claim with where it appears and where it first appeared, and the
 * rating with its scale and the reviewer's words.
 */
function claimReviewNode(
  review: ClaimReviewRow,
  claim: { id: string; text: string },
  claimNode: { author?: object; datePublished?: string; appearance: object; firstAppearance: object },
) {
  return {
    '@type': 'ClaimReview',
    '@id': urnOf(review.id),
    url: review.url,
    claimReviewed: claim.text,
    datePublished: review.datePublished.toISOString().slice(0, 10),
    author: {
      '@type': review.reviewerType,
      name: review.reviewerName,
      ...(review.reviewerUrl ? { url: review.reviewerUrl } : {}),
    },
    reviewRating: {
      '@type': 'Rating',
      ...(review.ratingValue !== null ? { ratingValue: review.ratingValue } : {}),
      ...(review.ratingBest !== null ? { bestRating: review.ratingBest } : {}),
      ...(review.ratingWorst !== null ? { worstRating: review.ratingWorst } : {}),
      ...(review.ratingAlternateName !== null ? { alternateName: review.ratingAlternateName } : {}),
    },
    ...(review.explanation ? { reviewBody: review.explanation } : {}),
    itemReviewed: {
      '@type': 'Claim',
      '@id': urnOf(claim.id),
      ...(claimNode.author ? { author: claimNode.author } : {}),
      ...(claimNode.datePublished ? { datePublished: claimNode.datePublished } : {}),
      appearance: [claimNode.appearance],
      firstAppearance: claimNode.firstAppearance,
    },
  };
}

/**
 * A claim as a schema.org Claim: its text, who made it (`author`), where it appears (the article) and where it first
 * appeared (the first known original of that article: a republication's claim first appeared in the original), what
 * it is about, and one ClaimReview per stored review of it (`review`).
 */
export function toClaimJsonLd(claim: ClaimGraph, firstAppearance: AppearanceFields, reviews: ClaimReviewRow[] = []) {
  const article = claim.article;
  const author = claim.claimantEntity
    ? entityNode(claim.claimantEntity)
    : claim.claimantSource
      ? organization(claim.claimantSource)
      : undefined;
  const node = {
    ...(author ? { author } : {}),
    ...(article.publishedAt ? { datePublished: article.publishedAt.toISOString() } : {}),
    appearance: appearanceNode(article),
    firstAppearance: appearanceNode(firstAppearance),
  };
  return {
    '@context': context,
    '@type': 'Claim',
    '@id': urnOf(claim.id),
    text: claim.text,
    ...(claim.quote ? { abstract: claim.quote } : {}),
    ...(node.author ? { author: node.author } : {}),
    ...(node.datePublished ? { datePublished: node.datePublished } : {}),
    inLanguage: article.language,
    appearance: node.appearance,
    firstAppearance: node.firstAppearance,
    about: claim.subjects.map((subject) => entityNode(subject.entity)),
    ...(reviews.length > 0 ? { review: reviews.map((review) => claimReviewNode(review, claim, node)) } : {}),
  };
}
