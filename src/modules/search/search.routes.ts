import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ok, problemResponses } from '../../lib/schemas.ts';
import { SearchQuery, type SearchResultDto, SearchResultSchema, type SearchType } from './search.schemas.ts';
import { type SearchOutcome, searchLimits } from './search.service.ts';
import { maxTerms, minPrefixLength } from './search.syntax.ts';

const tags = ['Search'];

const description = `
Full-text search over articles, and on request over claims and entities, with filters and facets.

**Query syntax** (\`q\`, up to 1,000 characters and ${maxTerms} terms):
- \`lithium reserves\`: articles with both words. Words are stemmed in the article's language, so \`troops\` also finds *troop*.
- \`"armed forces"\`: the words next to each other, in this order. A quote left open runs to the end of the query.
- \`chile OR peru\`: either. OR binds loosest: \`lithium chile OR peru\` means (lithium and chile) or peru.
- \`-bolivia\`, \`-"la paz"\`: without this word or phrase.
- \`lith*\`: words starting with *lith* (at least ${minPrefixLength} letters before the star; the prefix is normalised like a word).
- Everything else (\`&\`, \`!\`, \`:\`, brackets, emoji) is ignored as punctuation; a query with nothing searchable matches nothing.

**Languages.** Each article is indexed in its own language: English (\`en\`, \`en-GB\`, …) and Spanish (\`es\`, \`es-419\`, …)
with stemming and stop words, every other language word for word. The query is read in each of these ways and each
article is matched with the reading for its language, so \`tropa\` or \`llegar\` finds *las tropas llegaron* in a Spanish
article. Accents never matter, in either direction: \`Peru\` finds *Perú*, \`Misión\` finds *Mision*.

**Relevance** (\`sort=relevance\`, the default with \`q\`): title matches weigh most, then the dek, then the body.
Ranking reads every candidate's stored text vector, so it is bounded: when more than ${searchLimits.rankCandidates.toLocaleString('en')} articles match,
only the ${searchLimits.rankCandidates.toLocaleString('en')} newest matches are ranked and \`articles.ranking\` says so
(\`exhaustive: false\`, \`candidates\`). A very common word thus returns the most relevant of its recent matches, in
milliseconds; add words or filters to rank over all time. Walking the pages keeps that candidate set. \`newest\` and
\`oldest\` order every match by publication time, undated articles last.

**Totals.** \`total.value\` is exact up to ${searchLimits.countCap.toLocaleString('en')} matches. Beyond that, or when the database planner expects more, it
is the planner's estimate and \`total.exact\` is false: counting a frequent word's matches exactly would take seconds.

**Highlights.** Up to three fragments of each article's body with the matched words (taken from its first ${searchLimits.highlight.excerptChars.toLocaleString('en')}
characters when they hold a match, otherwise from its first ${searchLimits.highlight.maxChars.toLocaleString('en')}),
between \`highlightStart\` and \`highlightEnd\` (default \`<mark>\` and \`</mark>\`). The text is HTML-escaped before the
markers are added, so the fragments are safe to render as HTML; the markers are inserted as given.

**Filters** combine with each other and with \`q\` (all must hold; the values of one filter are alternatives, except
\`entity\`, which requires every entity). \`country\` matches articles that mention the country itself, name it only by its
demonym, or mention a place that lies in it — a city, region, port or US state, through the \`located_in\` relations
(GET /v1/relations): the article's inferred countries, stored with it at ingest. An unknown entity or source id or slug
is a 422 naming the parameter.

**Claims and entities** (\`types=claims,entities\`): claims match on their text and quote, in their article's
language, and are limited by the article filters (\`claimStatus\` applies to the claim itself); entities match when
their name or an alias contains the query's words (accents and case ignored; exclusions and OR apply), best match
first, and are limited by \`entityType\` and \`country\` only. Claims are ranked like articles, among the
${searchLimits.rankCandidates.toLocaleString('en')} most recently recorded matches.

**Facets** (\`facets=…\`) count the matching articles by source, language, entity type, top entities, country (named
or inferred from the places named, as \`country=\` matches) and publication date. They are exact up to ${searchLimits.facetExact.toLocaleString('en')} matches (source, language and date buckets then add up to \`total.value\`); beyond
that they are counted over a repeatable random sample of about ${searchLimits.facetSample.toLocaleString('en')} matches (\`facets.sampled: true\`, \`sampleSize\`;
scale by \`total.value / sampleSize\` for estimates), so they stay fast whatever the query.

**Paging.** Each section has its own \`page.next\`: a URL that continues that section alone (\`types=<section>\` and its
cursor). A cursor only works with the same query and filters. Relevance pages keep the candidate set of the first page,
so walking the pages returns every hit once.
`.trim();

/** The next-page URL of one section: the same search, that section alone, from its cursor. */
function nextUrl(request: FastifyRequest, type: SearchType, cursor: string | null): string | null {
  if (cursor === null) return null;
  const url = new URL(request.url, 'http://placeholder');
  url.searchParams.set('types', type);
  url.searchParams.set('cursor', cursor);
  return `${url.pathname}${url.search}`;
}

function toResponse(
  request: FastifyRequest,
  reply: FastifyReply,
  outcome: SearchOutcome,
  limit: number,
): SearchResultDto {
  const section = <T, Extra>(
    type: SearchType,
    value: ({ items: T[]; nextCursor: string | null } & Extra) | undefined,
  ) => {
    if (value === undefined) return undefined;
    const { items, nextCursor, ...extra } = value;
    return { data: items, page: { limit, nextCursor, next: nextUrl(request, type, nextCursor) }, ...extra };
  };
  const articles = section('articles', outcome.articles);
  const claims = section('claims', outcome.claims);
  const entities = section('entities', outcome.entities);
  const pages = [articles, claims, entities].filter((value) => value !== undefined);
  // A Link header only makes sense when the response is one list.
  if (pages.length === 1 && pages[0]?.page.next) reply.header('link', `<${pages[0].page.next}>; rel="next"`);
  return {
    query: outcome.query,
    ...(articles ? { articles } : {}),
    ...(claims ? { claims } : {}),
    ...(entities ? { entities } : {}),
    ...(outcome.facets ? { facets: outcome.facets } : {}),
  };
}

export const searchRoutes: FastifyPluginAsyncZod = async (app) => {
  const { search } = app.services;

  app.get(
    '/',
    {
      config: { replicaReads: true },
      schema: {
        operationId: 'search',
        tags,
        summary: 'Search articles, claims and entities',
        description,
        querystring: SearchQuery,
        response: {
          200: ok(
            SearchResultSchema,
            'The matching articles (and claims and entities on request), with totals and facets.',
            // Link: when the response holds one list (see toResponse).
            ['Link'],
          ),
          ...problemResponses(400, 422),
        },
      },
    },
    async (request, reply) => toResponse(request, reply, await search.search(request.query), request.query.limit),
  );
};
