import type { ArticleGraph, LinkedEntity } from './interop.repository.ts';
import { distinctEntities, entityUri, urnOf } from './linked-data.ts';

// Articles as IPTC ninjs 2.1 (https://iptc.org/standards/ninjs/). Field choices:
// - `uri` is the article's Meridian URN; the article's own web address is an `altids` entry (role `url`).
// - `version`, `firstcreated` and `versioncreated` describe Meridian's record (its version counter, when it was
//   stored, when it last changed); `contentcreated` is when the source published the text, when known.
// - Mentioned entities go to `people`, `organisations`, `places` (with a GeoJSON Point when the entity has
//   coordinates), `events`, and the rest (laws, commodities, other) to `subjects`; each with `rel: "mentioned"`,
//   its Wikidata URI when known and its slug as `literal`. Subjects carry the best mention confidence (0–100).
// - The source is the one `infosources` entry; a republished or translated article links its original in `associations`.

export const ninjsMediaType = 'application/ninjs+json';
export const ninjsSchemaUri = 'http://www.iptc.org/std/ninjs/ninjs-schema_2.1.json';

type Reference = { name: string; rel: string; uri: string; literal: string };

function reference(entity: LinkedEntity): Reference {
  return { name: entity.name, rel: 'mentioned', uri: entityUri(entity), literal: entity.slug };
}

function wordCount(text: string): number {
  return text.split(/\s+/u).filter((word) => word.length > 0).length;
}

export function toNinjs(article: ArticleGraph) {
  const entities = distinctEntities(article.mentions.map((mention) => mention.entity));
  const confidence = new Map<string, number>();
  for (const mention of article.mentions)
    confidence.set(mention.entity.id, Math.max(confidence.get(mention.entity.id) ?? 0, mention.confidence));
  const ofTypes = (...types: string[]) => entities.filter((entity) => types.includes(entity.type));

  const places = ofTypes('country', 'port', 'place').map((entity) => ({
    ...reference(entity),
    ...(entity.latitude !== null && entity.longitude !== null
      ? { geojson: { type: 'Point' as const, coordinates: [entity.longitude, entity.latitude] } }
      : {}),
  }));
  const subjects = ofTypes('legal_instrument', 'commodity', 'other').map((entity) => ({
    ...reference(entity),
    creator: 'Meridian',
    confidence: Math.round((confidence.get(entity.id) ?? 0) * 100),
  }));
  const source = article.source;

  return {
    uri: urnOf(article.id),
    standard: { name: 'ninjs', version: '2.1', schema: ninjsSchemaUri },
    type: 'text' as const,
    representationtype: 'full' as const,
    version: String(article.version),
    firstcreated: article.createdAt.toISOString(),
    versioncreated: article.updatedAt.toISOString(),
    ...(article.publishedAt ? { contentcreated: article.publishedAt.toISOString() } : {}),
    pubstatus: 'usable' as const,
    language: article.language,
    headlines: [{ role: 'main', value: article.title }, ...(article.dek ? [{ role: 'sub', value: article.dek }] : [])],
    ...(article.byline ? { by: article.byline } : {}),
    bodies: [
      {
        role: 'main',
        contenttype: 'text/plain',
        charcount: [...article.body].length,
        wordcount: wordCount(article.body),
        value: article.body,
      },
    ],
    people: ofTypes('person').map(reference),
    organisations: ofTypes('organization').map(reference),
    places,
    events: ofTypes('event').map(reference),
    subjects,
    infosources: [{ name: source.name, ...(source.homepage ? { uri: source.homepage } : {}), literal: source.slug }],
    altids: [
      { role: 'url', value: article.url },
      { role: 'meridian', value: article.id },
      { role: 'sha256', value: article.contentHash },
    ],
    ...(article.original && article.lineageKind
      ? {
          associations: [
            {
              name: article.lineageKind,
              uri: urnOf(article.original.id),
              type: 'text' as const,
              headlines: [{ value: article.original.title }],
              altids: [{ role: 'url', value: article.original.url }],
            },
          ],
        }
      : {}),
  };
}

export type NinjsArticle = ReturnType<typeof toNinjs>;
