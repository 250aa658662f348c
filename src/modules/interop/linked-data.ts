import type { LinkedEntity } from './interop.repository.ts';

// Identifiers shared by the ninjs and schema.org mappings.

/** A stable URI for a Meridian resource that does not depend on the host the API is reached at (RFC 4122 URN). */
export const urnOf = (id: string) => `urn:uuid:${id}`;

/**
 * The Wikidata concept URI of an entity: the identifier of the thing itself in Wikidata's linked data (what its RDF and
 * SPARQL use), as opposed to the page about it (https://www.wikidata.org/wiki/Q…, which redirects there for people).
 * ninjs `uri` and schema.org `sameAs` both use this one form, so a consumer joins the two on equal strings.
 */
export const wikidataUri = (qid: string) => `http://www.wikidata.org/entity/${qid}`;

/** An entity's URI: its Wikidata concept when known, else its Meridian URN. */
export const entityUri = (entity: Pick<LinkedEntity, 'id' | 'wikidataId'>) =>
  entity.wikidataId ? wikidataUri(entity.wikidataId) : urnOf(entity.id);

/** The distinct entities of a list, first occurrence first. */
export function distinctEntities<T extends { id: string }>(entities: T[]): T[] {
  const seen = new Map<string, T>();
  for (const entity of entities) if (!seen.has(entity.id)) seen.set(entity.id, entity);
  return [...seen.values()];
}
