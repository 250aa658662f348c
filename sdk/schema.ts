// Generated from openapi/openapi.json by `npm run sdk` (openapi-typescript). Do not edit: regenerate.

export interface paths {
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Prometheus metrics
         * @description Request counts and latency histograms per route pattern, error counts, database pool usage and process metrics, in the Prometheus text format. Needs the `admin` scope unless the server runs with METRICS_PUBLIC=true. Not rate limited and never shed under load.
         */
        get: operations["getMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process is up */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: the database answers, every migration is applied and the server is not shutting down */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/problems/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Describe a problem type
         * @description The `type` of every error response is `/problems/<code>`; this explains the code.
         */
        get: operations["getProblemType"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List sources
         * @description Outlets in the order they were added, optionally filtered by kind and country.
         */
        get: operations["listSources"];
        put?: never;
        /** Create a source */
        post: operations["createSource"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sources/{idOrSlug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a source by id or slug */
        get: operations["getSource"];
        put?: never;
        post?: never;
        /**
         * Delete a source
         * @description Refused with 409 while articles or claims still refer to the source.
         */
        delete: operations["deleteSource"];
        options?: never;
        head?: never;
        /** Update a source */
        patch: operations["updateSource"];
        trace?: never;
    };
    "/v1/articles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List articles
         * @description Newest first by default. Filter by source, language, mentioned entity and publication date range.
         */
        get: operations["listArticles"];
        put?: never;
        /**
         * Create an article
         * @description Two forms. **Structured** (no `bodyFormat`): a plain-text body with `sourceId`, `language` and optional hand-made mentions, stored as given with its mentions in one transaction. **Raw ingest** (with `bodyFormat`: `text`, `html` or `auto`): the body is turned into normalised text (HTML to text, site boilerplate such as comment forms and share prompts removed, whitespace), the language detected when absent, the source found by id, domain or name (default: the URL’s domain; an unknown domain creates a source), then the article is deduplicated — an identical body is stored with `duplicateOf` and lineage `republication` (similarity 1), a near-duplicate (MinHash similarity ≥ 0.5) with lineage `republication` and its similarity — linked to entities (gazetteer, plus NER proposals stored as `proposed` entities) and mined for claims (method `auto`, review status `proposed`), all in one transaction. In both forms the URL is stored canonical and must be new: 409 names the existing article, or `onDuplicate=return` answers 200 with it. A missing publication time is recorded as unknown (null); a future one is refused with 422.
         */
        post: operations["createArticle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/articles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an article
         * @description As JSON (the default), IPTC ninjs 2.1 (`Accept: application/ninjs+json` or `format=ninjs`) or schema.org NewsArticle JSON-LD (`Accept: application/ld+json` or `format=jsonld`).
         */
        get: operations["getArticle"];
        put?: never;
        post?: never;
        /**
         * Delete an article
         * @description Also deletes its mentions and claims. Articles derived from it keep their text and lose the lineage link.
         */
        delete: operations["deleteArticle"];
        options?: never;
        head?: never;
        /** Update an article */
        patch: operations["updateArticle"];
        trace?: never;
    };
    "/v1/articles/{id}/entities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the entities an article mentions, with every mention */
        get: operations["listArticleEntities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/articles/{id}/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the claims an article makes */
        get: operations["listArticleClaims"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/entities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List and look up entities
         * @description Entities in the order they were added, filtered by type, part of a name or alias, external identifier (`wikidata`, `iso`, `unlocode`) or place (`near` with `radius_km`, `bbox`); all filters combine.
         *
         *     - `q` looks entities up by name or alias in any language, ignoring case and accents and tolerating typos ("Dina Bolaurte", "Peru" for "Perú", "Estados Unidos"). Each hit has a `score` from 0 to 1: 0.8 × the best trigram similarity between `q` and one of its names (the mean of pg_trgm `similarity` and `word_similarity` over accent-folded text) + 0.2 × its prominence (log of its mention count, capped at 10,000). Results come by score, then id; the best 200 name matches are ranked, and the cursor pages through them.
         *     - `near=lat,lng` keeps entities with coordinates within `radius_km` (default 100) by great-circle distance, nearest first, each with `distanceKm`. It cannot be combined with `q` (each sets the order).
         *     - `bbox=minLng,minLat,maxLng,maxLat` (GeoJSON order) keeps entities inside the box; minLng > maxLng crosses the antimeridian.
         */
        get: operations["listEntities"];
        put?: never;
        /**
         * Create an entity
         * @description Creates the entity and its aliases in one transaction. Slugs and external identifiers are unique.
         */
        post: operations["createEntity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/entities/{idOrSlug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an entity by id or slug
         * @description As JSON (the default) or as schema.org JSON-LD (`Accept: application/ld+json` or `format=jsonld`): a Country, Place, Person, Organization, Event, Legislation or Product with sameAs its Wikidata page.
         */
        get: operations["getEntity"];
        put?: never;
        post?: never;
        /**
         * Delete an entity
         * @description Also deletes its aliases, roles and mentions. Refused with 409 while claims name it as claimant or subject.
         */
        delete: operations["deleteEntity"];
        options?: never;
        head?: never;
        /** Update an entity */
        patch: operations["updateEntity"];
        trace?: never;
    };
    "/v1/entities/{idOrSlug}/articles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the articles that mention an entity */
        get: operations["listEntityArticles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/entities/{idOrSlug}/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the claims made by or about an entity */
        get: operations["listEntityClaims"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/entities/{idOrSlug}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the roles of a person, or the roles held within an organization or country
         * @description Time-scoped positions in start-date order; `at` keeps the roles held on that date.
         */
        get: operations["listEntityRoles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List claims
         * @description Filter by article, claimant (entity or source), subject entity, status and kind.
         */
        get: operations["listClaims"];
        put?: never;
        /**
         * Create a claim
         * @description The evidence span must lie inside the article body and a quote must appear in it verbatim.
         */
        post: operations["createClaim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a claim
         * @description As JSON (the default) or as a schema.org Claim in JSON-LD (`Accept: application/ld+json` or `format=jsonld`), with a ClaimReview for each of its reviews (GET /v1/claims/{id}/reviews) and its first appearance: the first known original of its article.
         */
        get: operations["getClaim"];
        put?: never;
        post?: never;
        /** Delete a claim */
        delete: operations["deleteClaim"];
        options?: never;
        head?: never;
        /** Update a claim (for example its verification status) */
        patch: operations["updateClaim"];
        trace?: never;
    };
    "/v1/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List API keys
         * @description Keys without their secrets, oldest first. Needs the `admin` scope.
         */
        get: operations["listApiKeys"];
        put?: never;
        /**
         * Create an API key
         * @description The response carries the secret, once; only its hash is stored. Needs the `admin` scope. With an Idempotency-Key, a retry after a success gets 409 `secret_not_replayable` with the created key’s `location`, never the secret again: it is not kept anywhere, not even for the replay (revoke that key and create another if the secret was lost).
         */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke an API key
         * @description The key stops working at once; it stays listed (with `revokedAt`) for the audit trail.
         */
        delete: operations["revokeApiKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the audit log
         * @description Every write request that reached a route — applied or refused — newest first. Needs the `admin` scope.
         */
        get: operations["listAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/entities/{idOrSlug}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Count the mentions of an entity over time
         * @description Mentions of the entity, and the articles they are in, per day, ISO week or month of the articles’ publication time (UTC), every bucket in the range included (zeros where nothing was published). `from` and `to` are widened to whole buckets; a range of more than 366 buckets is refused with 400. Articles without a publication time are not counted.
         */
        get: operations["getEntityTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/entities/{idOrSlug}/cooccurrences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the entities mentioned together with an entity
         * @description The entities mentioned in the most articles that also mention this one, with the number of articles in common and the mentions in them; optionally only articles published in a date range, or only entities of a type. Returns the top `limit` (no cursor).
         */
        get: operations["listEntityCooccurrences"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/articles/{id}/related": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List articles related to an article
         * @description Articles that mention the same entities or have a similar title, best first. Each shared entity weighs ln(1 + N / df) (N articles, from the table statistics once there are 50,000 or more; df of them mention it), so a rare entity such as a port counts for more than a country every article names; `entityScore` is the weight shared over the article’s own, `titleSimilarity` the pg_trgm similarity of the titles, and `score` = 0.8 × entityScore + 0.2 × titleSimilarity. Candidates are the 200 articles sharing the most weight among the article’s rarer entities (those whose document frequencies add up to 5,000, at least the rarest) and the articles with a similar title; every candidate’s entityScore counts all of the article’s entities. Returns the top `limit` (no cursor).
         */
        get: operations["listRelatedArticles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/articles/{id}/derivatives": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the republications and translations of an article
         * @description The articles whose `lineage.originalId` is this article — republications, translations and rewrites, found by the ingest pipeline (identical or near-duplicate bodies) or set by hand — each with its outlet, the kind of link and the similarity of the bodies. Direct derivatives only (a translation of a republication is listed under the republication; the whole group is GET /v1/articles/{id}/lineage/graph). Ordered by id, oldest stored first.
         */
        get: operations["listArticleDerivatives"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/articles/{id}/lineage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the chain of originals above an article
         * @description Follows `lineage.originalId` from the article up to the first known original: the article’s original, that one’s original, and so on. The walk stops at an article that derives from none (`complete`), at a loop of hand-made links (`stoppedBy: cycle`) or after 32 steps (`stoppedBy: depth`); `root` is the farthest article reached.
         */
        get: operations["getArticleLineage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/articles/{id}/lineage/graph": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the lineage graph of the group an article belongs to
         * @description The group is every article that derives, directly or through others, from the article’s first known original (its `root`, as GET /v1/articles/{id}/lineage finds it), the root included. Nodes are the articles with their outlets and their depth below the root; edges the links, derivative (`from`) to original (`to`). At most 500 nodes, nearest the root first.
         */
        get: operations["getArticleLineageGraph"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search articles, claims and entities
         * @description Full-text search over articles, and on request over claims and entities, with filters and facets.
         *
         *     **Query syntax** (`q`, up to 1,000 characters and 32 terms):
         *     - `lithium reserves`: articles with both words. Words are stemmed in the article's language, so `troops` also finds *troop*.
         *     - `"armed forces"`: the words next to each other, in this order. A quote left open runs to the end of the query.
         *     - `chile OR peru`: either. OR binds loosest: `lithium chile OR peru` means (lithium and chile) or peru.
         *     - `-bolivia`, `-"la paz"`: without this word or phrase.
         *     - `lith*`: words starting with *lith* (at least 3 letters before the star; the prefix is normalised like a word).
         *     - Everything else (`&`, `!`, `:`, brackets, emoji) is ignored as punctuation; a query with nothing searchable matches nothing.
         *
         *     **Languages.** Each article is indexed in its own language: English (`en`, `en-GB`, …) and Spanish (`es`, `es-419`, …)
         *     with stemming and stop words, every other language word for word. The query is read in each of these ways and each
         *     article is matched with the reading for its language, so `tropa` or `llegar` finds *las tropas llegaron* in a Spanish
         *     article. Accents never matter, in either direction: `Peru` finds *Perú*, `Misión` finds *Mision*.
         *
         *     **Relevance** (`sort=relevance`, the default with `q`): title matches weigh most, then the dek, then the body.
         *     Ranking reads every candidate's stored text vector, so it is bounded: when more than 500 articles match,
         *     only the 500 newest matches are ranked and `articles.ranking` says so
         *     (`exhaustive: false`, `candidates`). A very common word thus returns the most relevant of its recent matches, in
         *     milliseconds; add words or filters to rank over all time. Walking the pages keeps that candidate set. `newest` and
         *     `oldest` order every match by publication time, undated articles last.
         *
         *     **Totals.** `total.value` is exact up to 10,000 matches. Beyond that, or when the database planner expects more, it
         *     is the planner's estimate and `total.exact` is false: counting a frequent word's matches exactly would take seconds.
         *
         *     **Highlights.** Up to three fragments of each article's body with the matched words (taken from its first 1,000
         *     characters when they hold a match, otherwise from its first 50,000),
         *     between `highlightStart` and `highlightEnd` (default `<mark>` and `</mark>`). The text is HTML-escaped before the
         *     markers are added, so the fragments are safe to render as HTML; the markers are inserted as given.
         *
         *     **Filters** combine with each other and with `q` (all must hold; the values of one filter are alternatives, except
         *     `entity`, which requires every entity). `country` matches articles that mention the country itself, name it only by its
         *     demonym, or mention a place that lies in it — a city, region, port or US state, through the `located_in` relations
         *     (GET /v1/relations): the article's inferred countries, stored with it at ingest. An unknown entity or source id or slug
         *     is a 422 naming the parameter.
         *
         *     **Claims and entities** (`types=claims,entities`): claims match on their text and quote, in their article's
         *     language, and are limited by the article filters (`claimStatus` applies to the claim itself); entities match when
         *     their name or an alias contains the query's words (accents and case ignored; exclusions and OR apply), best match
         *     first, and are limited by `entityType` and `country` only. Claims are ranked like articles, among the
         *     500 most recently recorded matches.
         *
         *     **Facets** (`facets=…`) count the matching articles by source, language, entity type, top entities, country (named
         *     or inferred from the places named, as `country=` matches) and publication date. They are exact up to 2,000 matches (source, language and date buckets then add up to `total.value`); beyond
         *     that they are counted over a repeatable random sample of about 1,000 matches (`facets.sampled: true`, `sampleSize`;
         *     scale by `total.value / sampleSize` for estimates), so they stay fast whatever the query.
         *
         *     **Paging.** Each section has its own `page.next`: a URL that continues that section alone (`types=<section>` and its
         *     cursor). A cursor only works with the same query and filters. Relevance pages keep the candidate set of the first page,
         *     so walking the pages returns every hit once.
         */
        get: operations["search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/exports/articles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export articles as NDJSON
         * @description Every article the same query and filters as GET /v1/search select (`q`, `entity`, `source`, …; no paging, no cap), one Article per line. Streamed, uncapped and consistent: every row comes from one database snapshot taken when the export starts, so rows written while it streams are not in it. The response echoes the normalised query in `Meridian-Export-Query` and the snapshot time in `Meridian-Export-Snapshot` (cite them; repeat the query for a newer export), and names a file in `Content-Disposition`. Rows come in the order they were recorded (by id). At most EXPORT_MAX_CONCURRENT exports stream at once (each holds a database connection); one more is answered 503 `exports_busy` with Retry-After.
         */
        get: operations["exportArticles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/exports/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export claims as NDJSON or CSV
         * @description Every claim matching the filters (those of GET /v1/claims). NDJSON by default; CSV with `Accept: text/csv` or `format=csv` (subjects as `;`-separated ids and slugs). Streamed, uncapped and consistent: every row comes from one database snapshot taken when the export starts, so rows written while it streams are not in it. The response echoes the normalised query in `Meridian-Export-Query` and the snapshot time in `Meridian-Export-Snapshot` (cite them; repeat the query for a newer export), and names a file in `Content-Disposition`. Rows come in the order they were recorded (by id). At most EXPORT_MAX_CONCURRENT exports stream at once (each holds a database connection); one more is answered 503 `exports_busy` with Retry-After.
         */
        get: operations["exportClaims"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/exports/entities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export entities as NDJSON or CSV
         * @description Every entity, or those of one type. NDJSON by default; CSV with `Accept: text/csv` or `format=csv` (aliases as a JSON array in one cell). Streamed, uncapped and consistent: every row comes from one database snapshot taken when the export starts, so rows written while it streams are not in it. The response echoes the normalised query in `Meridian-Export-Query` and the snapshot time in `Meridian-Export-Snapshot` (cite them; repeat the query for a newer export), and names a file in `Content-Disposition`. Rows come in the order they were recorded (by id). At most EXPORT_MAX_CONCURRENT exports stream at once (each holds a database connection); one more is answered 503 `exports_busy` with Retry-After.
         */
        get: operations["exportEntities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/articles/{id}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the revisions of an article
         * @description Every create, update and delete of the article, newest first (`order=oldest` for oldest first): what changed, when, by which key and request. Readable with the same access as the resource, also after it was deleted.
         */
        get: operations["listArticleRevisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/articles/{id}/revisions/{revision}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one revision of an article with its full state
         * @description The revision and the article as it was after it, in the same representation as GET of the article.
         */
        get: operations["getArticleRevision"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/entities/{idOrSlug}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the revisions of a entity
         * @description Every create, update and delete and merge of the entity, newest first (`order=oldest` for oldest first): what changed, when, by which key and request. Readable with the same access as the resource, also after it was deleted.
         */
        get: operations["listEntityRevisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/entities/{idOrSlug}/revisions/{revision}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one revision of a entity with its full state
         * @description The revision and the entity as it was after it, in the same representation as GET of the entity.
         */
        get: operations["getEntityRevision"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{id}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the revisions of a claim
         * @description Every create, update and delete of the claim, newest first (`order=oldest` for oldest first): what changed, when, by which key and request. Readable with the same access as the resource, also after it was deleted.
         */
        get: operations["listClaimRevisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{id}/revisions/{revision}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one revision of a claim with its full state
         * @description The revision and the claim as it was after it, in the same representation as GET of the claim.
         */
        get: operations["getClaimRevision"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Follow every change to articles, entities, claims, sources and relations
         * @description An ordered, resumable feed of created, updated, deleted and merged events for all resources. Store the `cursor` of the last event you processed and pass it as `after` to resume: every event is delivered exactly once and in the same order, even when writers commit out of order. An event appears once every transaction of this database that started before it has finished, so a long-running write delays the feed (it never reorders it). `types` narrows the feed to some kinds of resource.
         */
        get: operations["listChanges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/entities/{idOrSlug}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Merge a duplicate entity into another
         * @description Moves everything that points at this entity to `into` — mentions, claims (as claimant or subject), aliases, roles, reviewers’ match decisions (where `into` has none for the same name) — adds this entity’s name as an alias of the survivor, gives the survivor the identifiers, description and coordinates it lacks, and deletes this entity. Its id and slug keep resolving: any request under /v1/entities/{old id or slug} answers 308 Permanent Redirect to the same URL under the survivor. A mention the survivor already has at the same place is dropped (counted in `moved.mentionsDropped`). Refused with 409 when both entities have different values of one identifier (`identifiers.wikidata` …), with 422 when `into` does not exist or is of another type. Recorded as revisions with the operation `merge` (this entity: action `merged`).
         */
        post: operations["mergeEntity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/entities/{idOrSlug}/split": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Split some mentions, aliases and claims off an entity into a new one
         * @description Creates `entity` (as POST /v1/entities would) and moves to it the chosen mentions of this entity (`mentions`: all of them in an article, or the one at [start, end)), aliases and claim links (`claimIds`: the claims’ claimant or subject link to this entity). Anything named that this entity does not have is refused with 422 naming it. Recorded as revisions with the operation `split`.
         */
        post: operations["splitEntity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/entities/{idOrSlug}/relations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the relations of an entity
         * @description The relations in which the entity is the subject (`direction=outgoing`: the country a city lies in), the object (`incoming`: the places that lie in a country) or either (`both`, the default), filtered by type, review status and `as_of`. Validity is inclusive at both ends; a date known only to the month or year covers the whole period, and an unknown start or end does not exclude a relation.
         */
        get: operations["listEntityRelations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/relations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List relations between entities
         * @description Typed, time-scoped edges between entities, in the order they were stored, filtered by type, subject, object, review status and the date they hold on (`as_of`). Validity is inclusive at both ends; a date known only to the month or year covers the whole period, and an unknown start or end does not exclude a relation. Reference relations (a place `located_in` its country) are stored with the entities they join, when the ingest pipeline stores a reference entity on its first mention. An unknown `subject` or `object` is a 422.
         */
        get: operations["listRelations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/relations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a relation */
        get: operations["getRelation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List imports
         * @description Newest first, with their state and counts (running ones included).
         */
        get: operations["listImports"];
        put?: never;
        /**
         * Import articles from an NDJSON stream
         * @description One raw article per line (the fields of POST /v1/articles with `bodyFormat`, which defaults to `auto`), each normalised, deduplicated, linked and mined for claims, and stored with its line result in batches of lines (IMPORT_BATCH_SIZE), each batch in one transaction that commits as a whole — the same results as storing the lines one by one in file order. The body is read as a stream with bounded memory, up to IMPORT_MAX_BYTES (default 1 GiB). A bad line is recorded as `rejected` and never stops the rest; a line whose canonical URL is already stored is a `duplicate` and changes nothing, so importing a file again — after a crash, say — completes it without doubling anything. The response comes when the body has been read: 201 with the import and its counts; GET /v1/imports lists running imports and GET /v1/imports/{id}/lines the per-line results.
         */
        post: operations["createImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an import’s progress */
        get: operations["getImport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/imports/{id}/lines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List an import’s per-line results
         * @description In line order; filter by outcome (`?outcome=rejected` lists the refused lines with their reasons).
         */
        get: operations["listImportLines"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/entities/{idOrSlug}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept or reject a proposed entity
         * @description Records a reviewer’s decision on what the ingest pipeline proposed: `accept` or `reject`. Send If-Match with the ETag last read to make sure you decide on what you saw. An accepted entity is linked by the gazetteer from then on; a rejected one is never proposed again, and its unreviewed mentions are rejected with it. Correct its fields with PATCH /v1/entities/{idOrSlug}.
         */
        post: operations["reviewEntity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept or reject an extracted claim
         * @description Records a reviewer’s decision on what the ingest pipeline proposed: `accept` or `reject`. Send If-Match with the ETag last read to make sure you decide on what you saw. Sets `reviewStatus`; the verdict (`status`) is separate. Correct the claim with PATCH /v1/claims/{id}. Manual claims cannot be reviewed (409).
         */
        post: operations["reviewClaim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{id}/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the reviews of a claim
         * @description The fact-checks of the claim, each with its reviewer, rating, date, explanation and URL; oldest recorded first. The claim’s JSON-LD (`GET /v1/claims/{id}?format=jsonld`) carries them as schema.org ClaimReviews.
         */
        get: operations["listClaimReviews"];
        put?: never;
        /**
         * Record a review of a claim
         * @description A verdict on the claim by a reviewer (an organisation or a person): a rating — a value on a declared scale (`best`, `worst`), the reviewer’s words (`alternateName`), or both — the day it was published, an explanation and the URL that publishes it. A claim can have several reviews, one per URL: a second review with the same URL is refused with 409 naming the first. The API key that records it is kept with it, and the write is audited.
         */
        post: operations["createClaimReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claim-reviews/{reviewId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a review of a claim */
        get: operations["getClaimReview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claim-reviews/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import fact-checks published as ClaimReview JSON-LD
         * @description Takes schema.org ClaimReview JSON-LD (one object, an array of up to 100, or a `@graph`) and records each item as a review of the stored claims it matches. `claimReviewed` is compared with claim texts normalised (case, accents, punctuation and spacing aside): first among the claims of the articles at `itemReviewed.appearance` / `firstAppearance` URLs and of their originals and derivatives (equal, or pg_trgm similarity ≥ 0.6), then, when that finds none, among all claims (equal, or similarity ≥ 0.8). An exact match takes every claim with that text; a similar one the most similar claim. Each item is reported on its own — imported, already imported (same claim and URL), unmatched or invalid, with the reasons — and the reviews created commit together. Answers 200 even when no item could be imported.
         */
        post: operations["importClaimReviews"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/mentions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List mentions
         * @description Every mention of any entity in any article, oldest first; filter by review status, method, article and entity (`?status=proposed&method=ner` is the review queue).
         */
        get: operations["listMentions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/mentions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a mention */
        get: operations["getMention"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Correct a mention
         * @description Point it at another entity, move its offsets (the surface text is re-read from the body), change its confidence or status.
         */
        patch: operations["updateMention"];
        trace?: never;
    };
    "/v1/mentions/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept or reject a mention
         * @description Records a reviewer’s decision on what the ingest pipeline proposed: `accept` or `reject`. Send If-Match with the ETag last read to make sure you decide on what you saw. Correct it with PATCH /v1/mentions/{id}.
         */
        post: operations["reviewMention"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/entities/match": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Match a batch of names to entities
         * @description Answers up to 100 query entities (name, and optionally type, country, birth date, identifiers) with ranked candidates, each with a score from 0 to 1, a `match` flag and the features that explain the score (at most `limit` per query, 1–25). Score: a candidate whose identifier agrees with one of the query’s (Wikidata, ISO, UN/LOCODE), or that a reviewer judged a match for this name, scores 1. Otherwise score = name × type × country × birthDate × identifier, where `name` is 1 when the query equals a name or alias once case, accents, punctuation and spacing are folded, else the pg_trgm trigram similarity of the accent-folded names (capped at 0.99; demonyms are not names), and each other factor is 1 when the query does not ask about it, else: type agrees 1 / differs 0.5; country agrees 1 / unknown 0.9 / differs 0.5; birthDate agrees 1 / unknown 0.9 / differs 0.5; identifier differs 0.3. A candidate is a `match` when an identifier agrees, when it was judged a match, or when it is the top candidate with score ≥ 0.9 leading the next by ≥ 0.1. A pair judged `no_match` is never proposed again for that name; judged matches come first. An entity’s countries are itself (a country), the countries it is located_in (directly or through one place), head_of or holds_position in, and those of the offices a person holds; a person’s birth date is its `validFrom`. A batch of more than 100 queries is refused with 400 naming `queries`.
         */
        post: operations["matchEntities"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/entities/match/judgements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List recorded match decisions
         * @description Every recorded decision, oldest first; `query` narrows to one name (by its key), `entityId` to one entity.
         */
        get: operations["listEntityMatchJudgements"];
        put?: never;
        /**
         * Record a reviewer’s decision on a match
         * @description Records that the name `query` is (`match`) or is not (`no_match`) the entity. Matching honours it from then on, for every query whose name has the same key (case, accents, punctuation and spacing folded): a `no_match` entity is never proposed again, a `match` comes first with score 1 and `match: true`, in POST /v1/entities/match and the reconciliation API alike. Judging a pair again replaces the decision (200); a new pair answers 201. Needs the `write` scope; audited like every write. 422 when the entity does not exist.
         */
        post: operations["judgeEntityMatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/entities/match/judgements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a recorded match decision
         * @description One decision by id.
         */
        get: operations["getEntityMatchJudgement"];
        put?: never;
        post?: never;
        /**
         * Withdraw a recorded match decision
         * @description Deletes the decision: from then on the pair is matched on its merits again (proposed, ranked and flagged by its score). Needs the `write` scope; audited like every write.
         */
        delete: operations["deleteEntityMatchJudgement"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reconcile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The reconciliation service manifest
         * @description The W3C Reconciliation Service API manifest (version 0.2, as OpenRefine 3.x reads it): add this URL as a reconciliation service in OpenRefine. Types are the entity types; properties `country`, `wikidata` and `birthDate`; the view, preview and suggest URLs are built on the URL the client reached the service at. Plain JSON (no JSONP `callback`).
         */
        get: operations["getReconciliationManifest"];
        put?: never;
        /**
         * Reconcile a batch of names (W3C Reconciliation API)
         * @description Each query ({"query", "type", "type_strict", "limit", "properties": [{"pid", "v"}]}) is answered with its candidates, best first: {"q0": {"result": [{"id", "name", "type": [{"id", "name"}], "score", "match", "features"}]}}. The same matching as POST /v1/entities/match, with scores × 100; a `type` keeps only candidates of that type unless `type_strict` is `should` (then it only weighs in the score). Properties: `country` (ISO alpha-2 or alpha-3 code, slug or Meridian id), `wikidata` (item id or entity URI), `birthDate` (YYYY[-MM[-DD]]); the first value of a list counts. Score: a candidate whose identifier agrees with one of the query’s (Wikidata, ISO, UN/LOCODE), or that a reviewer judged a match for this name, scores 1. Otherwise score = name × type × country × birthDate × identifier, where `name` is 1 when the query equals a name or alias once case, accents, punctuation and spacing are folded, else the pg_trgm trigram similarity of the accent-folded names (capped at 0.99; demonyms are not names), and each other factor is 1 when the query does not ask about it, else: type agrees 1 / differs 0.5; country agrees 1 / unknown 0.9 / differs 0.5; birthDate agrees 1 / unknown 0.9 / differs 0.5; identifier differs 0.3. A candidate is a `match` when an identifier agrees, when it was judged a match, or when it is the top candidate with score ≥ 0.9 leading the next by ≥ 0.1. A pair judged `no_match` is never proposed again for that name; judged matches come first. An entity’s countries are itself (a country), the countries it is located_in (directly or through one place), head_of or holds_position in, and those of the offices a person holds; a person’s birth date is its `validFrom`. At most 100 queries per request; a bad query is refused with 400 naming it (`queries.q0.query`).
         */
        post: operations["reconcile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reconcile/suggest/entity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Suggest entities by name prefix
         * @description Prefix search over entity names and aliases (case and accents ignored), shortest name first for OpenRefine's suggest widget (`{"result": [{"id", "name", …}]}`); `cursor` (or `start`) skips that many. Parameters other than these are ignored: the widget sends some of its own.
         */
        get: operations["suggestReconciliationEntities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reconcile/suggest/type": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Suggest entity types by prefix
         * @description Prefix search over the entity types for OpenRefine's suggest widget (`{"result": [{"id", "name", …}]}`); `cursor` (or `start`) skips that many. Parameters other than these are ignored: the widget sends some of its own.
         */
        get: operations["suggestReconciliationTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reconcile/suggest/property": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Suggest query properties by prefix
         * @description Prefix search over the properties queries may carry (`country`, `wikidata`, `birthDate`) for OpenRefine's suggest widget (`{"result": [{"id", "name", …}]}`); `cursor` (or `start`) skips that many. Parameters other than these are ignored: the widget sends some of its own.
         */
        get: operations["suggestReconciliationProperties"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reconcile/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A small HTML card of an entity
         * @description The preview OpenRefine shows in a frame when hovering a candidate: name (linked to the entity), type, identifiers, years, description and a few aliases, every value HTML-escaped; no scripts. It may be framed by any site (the rest of the API may not).
         */
        get: operations["previewReconciliationEntity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Alias: {
            /** @example Perú */
            name: string;
            /** @description The alias’s language; null for language-neutral names such as acronyms. */
            language: string | null;
            kind: components["schemas"]["AliasKind"];
            /**
             * @description First day the alias named the entity; null: open.
             * @example null
             */
            validFrom: string | null;
            /**
             * @description Last day the alias named the entity; null: open.
             * @example null
             */
            validTo: string | null;
        };
        /**
         * @description `name`: a proper name; `abbreviation` ("USSR", matched exactly as written); `demonym` ("Peruvian", "soviético": evidence of the country); `metonym` ("the Pentagon"); `former_name` ("Zaire", "Burma": a name the entity no longer bears).
         * @enum {string}
         */
        AliasKind: "name" | "abbreviation" | "demonym" | "metonym" | "former_name";
        /**
         * @description An API key, without its secret.
         * @example {
         *       "id": "01a2185e-f0a0-7c3d-8e4f-5a6b7c8d9e01",
         *       "name": "newsroom ingest",
         *       "prefix": "Xk3f9QpL2mZa",
         *       "scopes": [
         *         "write"
         *       ],
         *       "createdAt": "2026-11-26T15:00:00.000Z",
         *       "lastUsedAt": null,
         *       "revokedAt": null
         *     }
         */
        ApiKey: {
            /**
             * Format: uuid
             * @description A UUID (version 7: time-ordered).
             * @example 0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d
             */
            id: string;
            /** @example newsroom ingest */
            name: string;
            /**
             * @description The public part of the key, shown in lists and logs.
             * @example Xk3f9QpL2mZa
             */
            prefix: string;
            scopes: components["schemas"]["ApiKeyScope"][];
            /**
             * Format: date-time
             * @description An RFC 3339 date-time.
             * @example 2023-06-05T00:00:00.000Z
             */
            createdAt: string;
            /** @description Approximate (updated at most once a minute). */
            lastUsedAt: string | null;
            revokedAt: string | null;
        };
        /**
         * @example {
         *       "name": "newsroom ingest",
         *       "scopes": [
         *         "write"
         *       ]
         *     }
         */
        ApiKeyCreate: {
            /** @description What the key is for. */
            name: string;
            scopes: components["schemas"]["ApiKeyScope"][];
        };
        /** @description A page of ApiKey objects. */
        ApiKeyPage: {
            data: components["schemas"]["ApiKey"][];
            page: components["schemas"]["PageInfo"];
        };
        /**
         * @description `read` (reads, when reads are keyed), `write` (create, update, delete; implies read), `admin` (keys and audit log; implies write).
         * @enum {string}
         */
        ApiKeyScope: "read" | "write" | "admin";
        /**
         * @description A news article with its text, source and lineage.
         * @example {
         *       "id": "01a2185e-f303-7111-8c69-1b6d28cf787f",
         *       "url": "https://orinocotribune.com/what-is-behind-the-entry-of-us-troops-and-weapons-into-peru",
         *       "title": "What is Behind the Entry of US Troops and Weapons Into Peru?",
         *       "dek": null,
         *       "byline": "Misión Verdad",
         *       "body": "On May 31, the Peruvian government authorized the entry of US military personnel into the country by air and sea with weapons. …",
         *       "language": "en",
         *       "publishedAt": "2023-06-05T04:00:00.000Z",
         *       "modifiedAt": null,
         *       "dateline": null,
         *       "ingestedAt": "2026-11-26T15:00:05.507Z",
         *       "sourceId": "01a2185e-f106-7347-ae37-0d969960a6bb",
         *       "contentHash": "e974cbc43c2a8d348433edf15ac7e1ddb993ac8901590ce135b61ced123614f5",
         *       "version": 1,
         *       "lineage": {
         *         "originalId": "01a2185e-f2fe-76ef-ab4c-e1d8570616d4",
         *         "kind": "translation"
         *       },
         *       "duplicateOf": null,
         *       "createdAt": "2026-11-26T15:00:05.507Z",
         *       "updatedAt": "2026-11-26T15:00:05.507Z"
         *     }
         */
        Article: {
            /**
             * Format: uuid
             * @description A UUID (version 7: time-ordered).
             * @example 0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d
             */
            id: string;
            /**
             * @description The canonical URL (unique).
             * @example https://orinocotribune.com/what-is-behind-the-entry-of-us-troops-and-weapons-into-peru
             */
            url: string;
            /** @example What is Behind the Entry of US Troops and Weapons Into Peru? */
            title: string;
            /** @description The standfirst or subtitle. */
            dek: string | null;
            byline: string | null;
            /** @description The plain-text body. Mention and claim offsets count its Unicode code points. */
            body: string;
            /**
             * @description A BCP 47 language tag.
             * @example en
             */
            language: string;
            /** @description When the source published it; null when unknown. */
            publishedAt: string | null;
            /** @description When the source last revised it, if it says. */
            modifiedAt: string | null;
            /** @description The dateline raw ingest read off the body; null when there was none (and for structured articles). */
            dateline: components["schemas"]["Dateline"] | null;
            /**
             * Format: date-time
             * @description An RFC 3339 date-time.
             * @example 2023-06-05T00:00:00.000Z
             */
            ingestedAt: string;
            /**
             * Format: uuid
             * @description A UUID (version 7: time-ordered).
             * @example 0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d
             */
            sourceId: string;
            /** @description SHA-256 of the body, hex. */
            contentHash: string;
            /**
             * Format: int64
             * @description Incremented on every update; sent as the ETag (`"<version>"`) for If-Match.
             * @example 1
             */
            version: number;
            /** @description The earlier article this one republishes, translates or rewrites. */
            lineage: components["schemas"]["Lineage"] | null;
            /** @description Only in the response to a raw ingest: what the pipeline stored with the article. */
            ingest?: {
                /**
                 * Format: int64
                 * @description Mentions the linker stored.
                 */
                mentions: number;
                /**
                 * Format: int64
                 * @description Claims the extractor stored.
                 */
                claims: number;
                /**
                 * Format: int64
                 * @description Distinct proposed (unreviewed) entities the mentions refer to.
                 */
                proposedEntities: number;
                /**
                 * Format: int64
                 * @description Countries stored as inferred: those of the places named, and those named only by a demonym.
                 */
                inferredCountries: number;
            };
            /** @description The earlier article with exactly the same normalised body (same content hash), found at ingest. */
            duplicateOf: string | null;
            /** @description With `include=source`. */
            source?: components["schemas"]["Source"];
            /** @description With `include=original`. */
            original?: components["schemas"]["ArticleSummary"] | null;
            /** @description With `include=mentions`: every mention, the title’s, then the dateline’s, then the body’s, each in text order. */
            mentions?: components["schemas"]["ArticleMention"][];
            /** @description With `include=claims`: the claims the article makes, in text order. */
            claims?: components["schemas"]["Claim"][];
            /** @description With `include=countries`: the countries the article names or whose places it names (what `country=` filters match), most mentioned first. */
            countries?: components["schemas"]["ArticleCountry"][];
            /**
             * Format: date-time
             * @description An RFC 3339 date-time.
             * @example 2023-06-05T00:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description An RFC 3339 date-time.
             * @example 2023-06-05T00:00:00.000Z
             */
            updatedAt: string;
        };
        /**
         * @description A country the article concerns, and how that is known.
         * @example {
         *       "country": {
         *         "id": "0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c42",
         *         "type": "country",
         *         "name": "Netherlands",
         *         "slug": "netherlands",
         *         "isoAlpha2": "NL"
         *       },
         *       "how": "inferred",
         *       "mentions": 0,
         *       "confidence": null,
         *       "via": [
         *         {
         *           "id": "0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c43",
         *           "type": "place",
         *           "name": "Rotterdam",
         *           "slug": "rotterdam"
         *         }
         *       ]
         *     }
         */
        ArticleCountry: {
            country: {
                /**
                 * Format: uuid
                 * @description A UUID (version 7: time-ordered).
                 * @example 0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d
                 */
                id: string;
                type: components["schemas"]["EntityType"];
                name: string;
                slug: string;
                /**
                 * @description ISO 3166-1 alpha-2 code.
                 * @example NL
                 */
                isoAlpha2: string | null;
            };
            /**
             * @description `mentioned`: the article names the country; `demonym`: only by its demonym ("Peruvian troops"), linked with lower confidence; `inferred`: not named, but a place the article names lies in it (see `via`).
             * @enum {string}
             */
            how: "mentioned" | "demonym" | "inferred";
            /**
             * Format: int64
             * @description Mentions of the country in the body (demonyms included).
             * @example 0
             */
            mentions: number;
            /**
             * @description The best confidence among those mentions; null when the country is only inferred.
             * @example null
             */
            confidence: number | null;
            /** @description The places the article names that lie in the country (located_in), whatever `how` is. */
            via: components["schemas"]["EntityRef"][];
        };
        /**
         * @example {
         *       "url": "https://wire.example.org/peru-congress",
         *       "title": "Peru's Congress votes on the troop resolution",
         *       "body": "Peru's Congress voted on Tuesday to authorise the entry of foreign troops.",
         *       "language": "en",
         *       "publishedAt": "2023-06-06T10:00:00Z",
         *       "sourceId": "01a2185e-f106-7347-ae37-0d969960a6bb",
         *       "mentions": [
         *         {
         *           "entityId": "01a2185e-f125-7652-ba92-5bb0ec87d27f",
         *           "start": 0,
         *           "end": 4
         *         }
         *       ]
         *     }
         */
        ArticleCreate: {
            /**
             * Format: uri
             * @description The article’s URL; stored canonical (lowercase host, no fragment).
             */
            url: string;
            title: string;
            dek?: string | null;
            byline?: string | null;
            /** @description Plain text (structured), or the raw text or HTML with `bodyFormat`. */
            body: string;
            /**
             * @description Required for structured articles; detected from the text for raw ones when absent.
             * @example en
             */
            language?: string;
            /** @description Null or absent when unknown; never in the future. */
            publishedAt?: string | null;
            modifiedAt?: string | null;
            /**
             * Format: uuid
             * @description Required for structured articles; raw ones may give `source` instead.
             * @example 0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d
             */
            sourceId?: string;
            lineage?: {
                /**
                 * Format: uuid
                 * @description A UUID (version 7: time-ordered).
                 * @example 0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d
                 */
                originalId: string;
                kind: components["schemas"]["LineageKind"];
            } | null;
            bodyFormat?: components["schemas"]["BodyFormat"];
            source?: components["schemas"]["SourceRef"];
            /** @description Entity mentions as [start, end) offsets into the body or the title (`field`); the surface text is taken from that text. */
            mentions?: {
                /**
                 * Format: uuid
                 * @description A UUID (version 7: time-ordered).
                 * @example 0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d
                 */
                entityId: string;
                /**
                 * @description The text the offsets count into: `body` (default) or `title` (a structured article has no dateline).
                 * @default body
                 */
                field: components["schemas"]["MentionField"];
                /** Format: int64 */
                start: number;
                /** Format: int64 */
                end: number;
                /**
                 * @default manual
                 * @enum {string}
                 */
                method: "manual" | "gazetteer" | "ner";
                /** @default 1 */
                confidence: number;
            }[];
        };
        /** @description An entity an article mentions, with the mentions. */
        ArticleEntity: {
            /**
             * Format: uuid
             * @description A UUID (version 7: time-ordered).
             * @example 0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d
             */
            id: string;
            type: components["schemas"]["EntityType"];
            status: components["schemas"]["ReviewStatus"];
            /** @example Peru */
            name: string;
            /** @example peru */
            slug: string;
            description: string | null;
            identifiers: components["schemas"]["EntityIdentifiers"];
            coordinates: components["schemas"]["Coordinates"] | null;
            /**
             * @description First day the entity existed (a former country, an organisation that was wound up); null: open or not recorded. A date known only to the year or month is its first day.
             * @example null
             */
            validFrom: string | null;
            /**
             * @description Last day the entity existed (the Soviet Union: 1991-12-26); null: it still exists, as far as recorded.
             * @example null
             */
            validTo: string | null;
            aliases: components["schemas"]["Alias"][];
            /**
             * Format: int64
             * @description Incremented on every update; sent as the ETag (`"<version>"`) for If-Match.
             * @example 1
             */
            version: number;
            /** @description With `include=roles`: roles held by the person or within the organization. */
            roles?: components["schemas"]["Role"][];
            /**
             * @description Only on `proposed` entities: how sure the ingest pipeline is that it is a real entity of its type, 1 − Π(1 − c) over the confidences c of its NER mentions that no reviewer rejected (README, "Proposals and their confidence"); null when none is left. Given by GET /v1/entities, GET /v1/entities/{idOrSlug} and GET /v1/articles/{id}/entities; accepted and rejected entities, and other representations, do not carry it.
             * @example 0.94
             */
            confidence?: number | null;
            /**
             * Format: date-time
             * @description An RFC 3339 date-time.
             * @example 2023-06-05T00:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description An RFC 3339 date-time.
             * @example 2023-06-05T00:00:00.000Z
             */
            updatedAt: string;
            /** @description Every occurrence of the entity in this article, in text order. */
            mentions: components["schemas"]["Mention"][];
        };
        /** @description A page of ArticleEntity objects. */
        ArticleEntityPage: {
            data: components["schemas"]["ArticleEntity"][];
            page: components["schemas"]["PageInfo"];
        };
        /**
         * @description An article that matches the search.
         * @example {
         *       "id": "01a2185e-f303-7111-8c69-1b6d28cf787f",
         *       "title": "What is Behind the Entry of US Troops and Weapons Into Peru?",
         *       "dek": null,
         *       "url": "https://orinocotribune.com/what-is-behind-the-entry-of-us-troops-and-weapons-into-peru/",
         *       "language": "en",
         *       "publishedAt": "2023-06-05T04:00:00.000Z",
         *       "sourceId": "01a2185e-f106-7347-ae37-0d969960a6bb",
         *       "score": 0.0010600119,
         *       "highlights": [
         *         "built with Chinese capital, an investment that has not been well regarded by the <mark>Pentagon</mark> for interfering with its interests in the region. Why is Chancay so important? With",
         *         "where raw materials from the region would leave for the Asian continent. For example, <mark>lithium</mark>, a mineral that has received worldwide attention because it is vital for the new technological"
         *       ]
         *     }
         */
        ArticleHit: {
            /**
             * Format: uuid
             * @description A UUID (version 7: time-ordered).
             * @example 0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d
             */
            id: string;
            /** @example What is Behind the Entry of US Troops and Weapons Into Peru? */
            title: string;
            /** @description The standfirst or subtitle. */
            dek: string | null;
            /** @example https://orinocotribune.com/what-is-behind-the-entry-of-us-troops-and-weapons-into-peru/ */
            url: string;
            /** @example en */
            language: string;
            publishedAt: string | null;
            /**
             * Format: uuid
             * @description A UUID (version 7: time-ordered).
             * @example 0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d
             */
            sourceId: string;
            score: number | null;
            /**
             * @description Up to three short fragments of the body around the matches, HTML-escaped, with matched words between `highlightStart` and `highlightEnd`. Safe to insert as HTML with the default markers. Empty without `q`; the opening of the body when only the title or dek matched.
             * @example [
             *       "authorized the entry of US <mark>military</mark> personnel into the country"
             *     ]
             */
            highlights: string[];
        };
        /** @description An article’s chain of originals up to the first known one. */
        ArticleLineage: {
            article: components["schemas"]["LineageArticle"];
            /** @description The originals above the article, nearest first: its original, that one’s original, and so on (at most 32). */
            chain: components["schemas"]["LineageStep"][];
            /** @description The first known original: the last article of the chain, or the article itself when it derives from none. */
            root: components["schemas"]["LineageArticle"];
            /** @description The chain ends at an article that derives from no other (false when `stoppedBy` is set). */
            complete: boolean;
            /** @description Why the walk stopped before an article without an original: `cycle` — the links loop back to an article already in the chain (the loop is not followed again); `depth` — 32 steps. */
            stoppedBy: ("cycle" | "depth") | null;
        };
        /** @description A mention in the article (its title, dateline or body: see `field`), with the entity it refers to. */
        ArticleMention: {
            field: components["schemas"]["MentionField"];
            /**
             * Format: int64
             * @description Offset of the first character in the mention’s field (the body, the title or the dateline), in Unicode code points (in JavaScript: Array.from(text)).
             * @example 201
             */
            start: number;
            /**
             * Format: int64
             * @description Offset just past the last character: code points [start, end) of the field are the surface text.
             * @example 214
             */
            end: number;
            /**
             * Format: uuid
             * @description The mention’s id (for review: POST /v1/mentions/{id}/review).
             * @example 0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d
             */
            id?: string;
            /** @example Dina Boluarte */
            surface: string;
            /**
             * @description How the mention was found.
             * @enum {string}
             */
            method: "manual" | "gazetteer" | "ner";
            confidence: number;
            /** @description `proposed` for NER mentions until reviewed. */
            status?: components["schemas"]["ReviewStatus"];
            entity: components["schemas"]["EntityRef"];
        };
        /** @description A page of Article objects. */
        ArticlePage: {
            data: components["schemas"]["Article"][];
            page: components["schemas"]["PageInfo"];
        };
        /** @description A revision of an article with the full article as it was. */
        ArticleRevision: {
            /**
             * Format: int64
             * @description The revision number: 1, 2, 3 … per resource; the resource’s version when the write incremented it.
             * @example 2
             */
            revision: number;
            /**
             * @description `created`, `updated`, `deleted`, or `merged` (an entity merged into another: `mergedInto` names the survivor).
             * @enum {string}
             */
            action: "created" | "updated" | "deleted" | "merged";
            /**
             * @description For `updated`: the fields that differ from the previous revision (`aliases`, `identifiers.wikidata`, `subjects` …).
             * @example [
             *       "status"
             *     ]
             */
            changedFields: string[];
            /**
             * @description What the change was part of, when more than a plain write: `merge`, `split`, `import`.
             * @example null
             */
            operation: string | null;
            /** @description For `merged`: the entity this one was merged into. */
            mergedInto: string | null;
            /** @description Who made the change; null for changes made without a key (seeding, scripts). */
            actor: {
                /**
                 * @description The public prefix of the API key that made the change.
                 * @example Xq3v9TzA1bCd
                 */
                keyPrefix: string;
            } | null;
            /** @description The X-Request-Id of the request that made the change. */
            requestId: string | null;
            /**
             * Format: date-time
             * @description When the change was committed; `as_of` compares with it.
             * @example 2023-06-05T00:00:00.000Z
             */
            recordedAt: string;
            /** @description The article as it was after this change (for deleted: as it last was). */
            state: components["schemas"]["Article"];
        };
        /** @description A page of matching articles. */
        ArticleSearchSection: {
            data: components["schemas"]["ArticleHit"][];
            page: components["schemas"]["PageInfo"];
            total: components["schemas"]["SearchTotal"];
            ranking: components["schemas"]["SearchRanking"];
        };
        /** @description A short reference to an article. */
        ArticleSummary: {
            /**
             * Format: uuid
             * @description A UUID (version 7: time-ordered).
             * @example 0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d
             */
            id: string;
            url: string;
            title: string;
            language: string;
            publishedAt: string | null;
            /**
             * Format: uuid
             * @description A UUID (version 7: time-ordered).
             * @example 0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d
             */
            sourceId: string;
        };
        /**
         * @description Only the fields sent are changed; null clears. The body cannot change while mentions or claims point into it, nor the title while mentions do.
         * @example {
         *       "dek": "Why Washington cares about the port of Chancay."
         *     }
         */
        ArticleUpdate: {
            title?: string;
            dek?: string | null;
            byline?: string | null;
            /** @description Plain text. */
            body?: string;
            /**
             * @description A BCP 47 language tag.
             * @example en
             */
            language?: string;
            /** @description Null or absent when unknown; never in the future. */
            publishedAt?: string | null;
            modifiedAt?: string | null;
            /**
             * Format: uuid
             * @description A UUID (version 7: time-ordered).
             * @example 0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d
             */
            sourceId?: string;
            lineage?: {
                /**
                 * Format: uuid
                 * @description A UUID (version 7: time-ordered).
                 * @example 0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d
                 */
                originalId: string;
                kind: components["schemas"]["LineageKind"];
            } | null;
        };
        /** @description One write request (or refused write attempt). */
        AuditEvent: {
            /**
             * Format: uuid
             * @description A UUID (version 7: time-ordered).
             * @example 0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d
             */
            id: string;
            /**
             * Format: date-time
             * @description An RFC 3339 date-time.
             * @example 2023-06-05T00:00:00.000Z
             */
            at: string;
            /** @description The key that made the request; null when none (or an invalid one) was sent. */
            apiKey: {
                /**
                 * Format: uuid
                 * @description A UUID (version 7: time-ordered).
                 * @example 0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d
                 */
                id: string;
                prefix: string;
                name: string;
            } | null;
            /** @example PATCH */
            method: string;
            /**
             * @description The route template.
             * @example /v1/claims/:id
             */
            route: string;
            /** @example /v1/claims/01a2185e-f3ec-75f2-b01a-b4d356020c10 */
            path: string;
            /** @example claims */
            resourceType: string | null;
            /** @example 01a2185e-f3ec-75f2-b01a-b4d356020c10 */
            resourceId: string | null;
            /**
             * Format: int64
             * @description The response status: 2xx applied, 4xx refused.
             * @example 200
             */
            status: number;
            requestId: string;
        };
        /** @description A page of AuditEvent objects. */
        AuditEventPage: {
            data: components["schemas"]["AuditEvent"][];
            page: components["schemas"]["PageInfo"];
        };
        /**
         * @description Raw ingest: `text` or `html`, or `auto` (HTML only on real markup: a closing tag, a bare tag such as `<p>`, a tag with `attribute=value`, a comment; a bracketed name such as `<Strong Point Inc>` stays text). The body is normalised (HTML to text, site boilerplate, a leading dateline and a wire sign-off removed, whitespace), deduplicated, linked to entities (title and dateline too) and mined for claims.
         * @enum {string}
         */
        BodyFormat: "text" | "html" | "auto";
        /**
         * @description One change of one resource, in feed order.
         * @example {
         *       "cursor": "eyJ0IjoiNTU2NSIsImkiOiIxMjAzIn0",
         *       "type": "claim",
         *       "id": "0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d",
         *       "location": "/v1/claims/0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d",
         *       "revision": 2,
         *       "action": "updated",
         *       "changedFields": [
         *         "status"
         *       ],
         *       "operation": null,
         *       "mergedInto": null,
         *       "actor": {
         *         "keyPrefix": "Xq3v9TzA1bCd"
         *       },
         *       "requestId": "01a2185e-f857-7c1a-9d3e-2b4c5d6e7f80",
         *       "recordedAt": "2026-12-03T07:12:27.123Z"
         *     }
         */
        ChangeEvent: {
            /** @description Pass as `after` to resume right after this event. */
            cursor: string;
            /**
             * @description The kind of resource.
             * @enum {string}
             */
            type: "article" | "entity" | "claim" | "source" | "relation" | "claim_review";
            /**
             * Format: uuid
             * @description The resource’s id.
             * @example 0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d
             */
            id: string;
            /**
             * @description The resource’s URL (for sources, relations and claim reviews, which have no revision routes, the resource itself).
             * @example /v1/claims/0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d
             */
            location: string;
            /**
             * Format: int64
             * @description The revision number: 1, 2, 3 … per resource; the resource’s version when the write incremented it.
             * @example 2
             */
            revision: number;
            /**
             * @description `created`, `updated`, `deleted`, or `merged` (an entity merged into another: `mergedInto` names the survivor).
             * @enum {string}
             */
            action: "created" | "updated" | "deleted" | "merged";
            /**
             * @description For `updated`: the fields that differ from the previous revision (`aliases`, `identifiers.wikidata`, `subjects` …).
             * @example [
             *       "status"
             *     ]
             */
            changedFields: string[];
            /**
             * @description What the change was part of, when more than a plain write: `merge`, `split`, `import`.
             * @example null
             */
            operation: string | null;
            /** @description For `merged`: the entity this one was merged into. */
            mergedInto: string | null;
            /** @description Who made the change; null for changes made without a key (seeding, scripts). */
            actor: {
                /**
                 * @description The public prefix of the API key that made the change.
                 * @example Xq3v9TzA1bCd
                 */
                keyPrefix: string;
            } | null;
            /** @description The X-Request-Id of the request that made the change. */
            requestId: string | null;
            /**
             * Format: date-time
             * @description When the change was committed; `as_of` compares with it.
             * @example 2023-06-05T00:00:00.000Z
             */
            recordedAt: string;
        };
        /** @description A page of the change feed. */
        ChangeFeedPage: {
            data: components["schemas"]["ChangeEvent"][];
            page: {
                /**
                 * Format: int64
                 * @description The page size used.
                 */
                limit: number;
                /** @description Where to resume: pass as `after`. The last event’s cursor, or the `after` you sent when nothing new is visible yet. */
                nextCursor: string | null;
                /** @description The URL of the next page (also sent as a Link header); null on the last page. */
                next: string | null;
                /** @description True when this page holds every event visible now: poll again later with `nextCursor`. */
                caughtUp: boolean;
            };
        };
        /**
         * @description A statement an article makes or reports, with claimant, subjects and evidence span.
         * @example {
         *       "id": "01a2185e-f3ec-75f2-b01a-b4d356020c10",
         *       "articleId": "01a2185e-f303-7111-8c69-1b6d28cf787f",
         *       "text": "Bolivia holds 30% of the world's lithium reserves, according to recent studies.",
         *       "quote": null,
         *       "claimant": {
         *         "type": "source",
         *         "id": "01a2185e-f0f9-7091-a987-4a47dfcc6fc1",
         *         "name": "Misión Verdad"
         *       },
         *       "subjects": [
         *         {
         *           "id": "01a2185e-f15c-751c-9608-2b2fe90b9a60",
         *           "type": "country",
         *           "name": "Bolivia",
         *           "slug": "bolivia"
         *         },
         *         {
         *           "id": "01a2185e-f2ed-704d-a65d-81d6ffd742c3",
         *           "type": "commodity",
         *           "name": "Lithium",
         *           "slug": "lithium"
         *         }
         *       ],
         *       "kind": "quantity",
         *       "value": 30,
         *       "unit": "%",
         *       "bound": "exact",
         *       "modality": "reported",
         *       "evidence": {
         *         "start": 4860,
         *         "end": 4936
         *       },
         *       "status": "unverified",
         *       "method": "manual",
         *       "confidence": 1,
         *       "reviewStatus": "accepted",
         *       "version": 1,
         *       "createdAt": "2026-11-26T15:00:05.740Z",
         *       "updatedAt": "2026-11-26T15:00:05.740Z"
         *     }
         */
        Claim: {
            /**
             * Format: uuid
             * @description A UUID (version 7: time-ordered).
             * @example 0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d
             */
            id: string;
            /**
             * Format: uuid
             * @description A UUID (version 7: time-ordered).
             * @example 0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d
             */
            articleId: string;
            /**
             * @description The claim as a self-contained statement.
             * @example Bolivia holds 30% of the world’s lithium reserves.
             */
            text: string;
            /** @description The exact words, when the claim is a direct quote. */
            quote: string | null;
            claimant: components["schemas"]["Claimant"];
            /** @description The entities the claim is about. */
            subjects: components["schemas"]["EntityRef"][];
            kind: components["schemas"]["ClaimKind"];
            /**
             * @description The number stated, for quantity claims.
             * @example 30
             */
            value: number | null;
            /**
             * @description The unit of `value`.
             * @example %
             */
            unit: string | null;
            /** @description How `value` bounds the quantity; null when there is no value or it was not stated. */
            bound: components["schemas"]["QuantityBound"] | null;
            modality: components["schemas"]["ClaimModality"];
            /** @description Where the claim stands in the article body. */
            evidence: components["schemas"]["Span"];
            status: components["schemas"]["ClaimStatus"];
            /**
             * @description `manual`: entered by hand; `auto`: extracted by the ingest pipeline.
             * @enum {string}
             */
            method: "manual" | "auto";
            /** @description 1 for manual claims; the extractor’s confidence for automatic ones. */
            confidence: number;
            /** @description Whether the claim is a real claim of the article (separate from `status`, the verdict on its truth). */
            reviewStatus: components["schemas"]["ReviewStatus"];
            /**
             * Format: int64
             * @description Incremented on every update; sent as the ETag (`"<version>"`) for If-Match.
             * @example 1
             */
            version: number;
            /**
             * Format: date-time
             * @description An RFC 3339 date-time.
             * @example 2023-06-05T00:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description An RFC 3339 date-time.
             * @example 2023-06-05T00:00:00.000Z
             */
            updatedAt: string;
        };
        /** @description Who makes the claim. */
        Claimant: {
            /**
             * @description `entity` for a person or body; `source` when the outlet itself asserts it.
             * @enum {string}
             */
            type: "entity" | "source";
            /**
             * Format: uuid
             * @description A UUID (version 7: time-ordered).
             * @example 0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d
             */
            id: string;
            /** @example Ned Price */
            name: string;
        };
        /**
         * @example {
         *       "articleId": "01a2185e-f303-7111-8c69-1b6d28cf787f",
         *       "text": "Chancay has 11 berths for ships of up to 9,000 tons.",
         *       "claimant": {
         *         "type": "source",
         *         "id": "01a2185e-f0f9-7091-a987-4a47dfcc6fc1"
         *       },
         *       "subjectIds": [
         *         "01a2185e-f1e1-709a-90e1-0f82d360bd5d"
         *       ],
         *       "kind": "quantity",
         *       "value": 11,
         *       "unit": "berths",
         *       "bound": "exact",
         *       "evidence": {
         *         "start": 4282,
         *         "end": 4351
         *       }
         *     }
         */
        ClaimCreate: {
            /**
             * Format: uuid
             * @description A UUID (version 7: time-ordered).
             * @example 0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d
             */
            articleId: string;
            text: string;
            /** @description Must appear verbatim in the article body. */
            quote?: string | null;
            /** @description Who makes the claim: an entity, or the source itself. */
            claimant: {
                /** @enum {string} */
                type: "entity" | "source";
                /**
                 * Format: uuid
                 * @description A UUID (version 7: time-ordered).
                 * @example 0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d
                 */
                id: string;
            };
            /**
             * @description Ids of the entities the claim is about.
             * @default []
             */
            subjectIds: string[];
            kind: components["schemas"]["ClaimKind"];
            value?: number | null;
            unit?: string | null;
            /** @description How `value` bounds the quantity; needs a `value`. Clearing `value` clears it. */
            bound?: components["schemas"]["QuantityBound"] | null;
            /** @default asserted */
            modality: components["schemas"]["ClaimModality"];
            evidence: {
                /** Format: int64 */
                start: number;
                /** Format: int64 */
                end: number;
            };
            /** @default unverified */
            status: components["schemas"]["ClaimStatus"];
        };
        /** @description A claim whose text or quote matches the search, with the article it stands in. */
        ClaimHit: {
            /**
             * Format: uuid
             * @description A UUID (version 7: time-ordered).
             * @example 0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d
             */
            id: string;
            /**
             * Format: uuid
             * @description A UUID (version 7: time-ordered).
             * @example 0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d
             */
            articleId: string;
            /**
             * @description The claim as a self-contained statement.
             * @example Bolivia holds 30% of the world’s lithium reserves.
             */
            text: string;
            /** @description The exact words, when the claim is a direct quote. */
            quote: string | null;
            claimant: components["schemas"]["Claimant"];
            /** @description The entities the claim is about. */
            subjects: components["schemas"]["EntityRef"][];
            kind: components["schemas"]["ClaimKind"];
            /**
             * @description The number stated, for quantity claims.
             * @example 30
             */
            value: number | null;
            /**
             * @description The unit of `value`.
             * @example %
             */
            unit: string | null;
            /** @description How `value` bounds the quantity; null when there is no value or it was not stated. */
            bound: components["schemas"]["QuantityBound"] | null;
            modality: components["schemas"]["ClaimModality"];
            /** @description Where the claim stands in the article body. */
            evidence: components["schemas"]["Span"];
            status: components["schemas"]["ClaimStatus"];
            /**
             * @description `manual`: entered by hand; `auto`: extracted by the ingest pipeline.
             * @enum {string}
             */
            method: "manual" | "auto";
            /** @description 1 for manual claims; the extractor’s confidence for automatic ones. */
            confidence: number;
            /** @description Whether the claim is a real claim of the article (separate from `status`, the verdict on its truth). */
            reviewStatus: components["schemas"]["ReviewStatus"];
            /**
             * Format: int64
             * @description Incremented on every update; sent as the ETag (`"<version>"`) for If-Match.
             * @example 1
             */
            version: number;
            /**
             * Format: date-time
             * @description An RFC 3339 date-time.
             * @example 2023-06-05T00:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description An RFC 3339 date-time.
             * @example 2023-06-05T00:00:00.000Z
             */
            updatedAt: string;
            /** @description With `include=article`. */
            article?: {
                /**
                 * Format: uuid
                 * @description A UUID (version 7: time-ordered).
                 * @example 0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d
                 */
                id: string;
                title: string;
                url: string;
                publishedAt: string | null;
            };
            score: number | null;
        };
        /** @description A claim as a schema.org Claim in JSON-LD (application/ld+json), with a ClaimReview for each of its reviews. */
        ClaimJsonLd: {
            /** @constant */
            "@context": "https://schema.org";
            /** @constant */
            "@type": "Claim";
            /**
             * @description The Meridian URN (`urn:uuid:<id>`).
             * @example urn:uuid:0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d
             */
            "@id": string;
            text: string;
            /** @description The quote, when the claim is one. */
            abstract?: string;
            /** @description Who made the claim: an entity, or a source speaking for itself. */
            author?: components["schemas"]["JsonLdThing"] | components["schemas"]["JsonLdNewsMediaOrganization"];
            datePublished?: string;
            inLanguage: string;
            /** @description The NewsArticle the claim appears in. */
            appearance: {
                /** @constant */
                "@type": "NewsArticle";
                /**
                 * @description The Meridian URN (`urn:uuid:<id>`).
                 * @example urn:uuid:0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d
                 */
                "@id": string;
                url: string;
                headline: string;
                inLanguage: string;
                datePublished?: string;
                publisher: components["schemas"]["JsonLdNewsMediaOrganization"];
            };
            /** @description The first known original of that article (GET /v1/articles/{id}/lineage: its `root`); the article itself when it derives from none. */
            firstAppearance: {
                /** @constant */
                "@type": "NewsArticle";
                /**
                 * @description The Meridian URN (`urn:uuid:<id>`).
                 * @example urn:uuid:0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d
                 */
                "@id": string;
                url: string;
                headline: string;
                inLanguage: string;
                datePublished?: string;
                publisher: components["schemas"]["JsonLdNewsMediaOrganization"];
            };
            about: components["schemas"]["JsonLdThing"][];
            /** @description One ClaimReview per review of the claim (GET /v1/claims/{id}/reviews), most recently published first; absent when it has none. */
            review?: components["schemas"]["ClaimReviewJsonLd"][];
        };
        /**
         * @description quantity (a number), event (something happened), attribution (someone said), policy (a decision or legal act), assessment (a judgement), prediction.
         * @enum {string}
         */
        ClaimKind: "quantity" | "event" | "attribution" | "policy" | "assessment" | "prediction";
        /**
         * @description asserted (stated as fact), reported (attributed to another source), speculative (hedged: could, may, intends).
         * @enum {string}
         */
        ClaimModality: "asserted" | "reported" | "speculative";
        /** @description A page of Claim objects. */
        ClaimPage: {
            data: components["schemas"]["ClaimWithArticle"][];
            page: components["schemas"]["PageInfo"];
        };
        /**
         * @description A review of a claim (a fact-check): a reviewer’s rating, with its date, explanation and URL.
         * @example {
         *       "id": "0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3e",
         *       "claimId": "0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d",
         *       "reviewer": {
         *         "name": "Verificado.pe",
         *         "url": "https://verificado.example",
         *         "type": "Organization",
         *         "isKey": false
         *       },
         *       "rating": {
         *         "value": 2,
         *         "best": 5,
         *         "worst": 1,
         *         "alternateName": "Misleading"
         *       },
         *       "datePublished": "2023-06-07",
         *       "explanation": "The resolution authorises the entry of troops; it does not establish a base.",
         *       "url": "https://verificado.example/2023/06/07/tropas-peru",
         *       "origin": "submitted",
         *       "createdBy": {
         *         "keyPrefix": "Xq3v9TzA1bCd",
         *         "requestId": "01a2185e-f857-7c1a-9d3e-2b4c5d6e7f80"
         *       },
         *       "createdAt": "2026-12-07T06:30:00.000Z"
         *     }
         */
        ClaimReview: {
            /**
             * Format: uuid
             * @description A UUID (version 7: time-ordered).
             * @example 0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d
             */
            id: string;
            /**
             * Format: uuid
             * @description A UUID (version 7: time-ordered).
             * @example 0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d
             */
            claimId: string;
            reviewer: components["schemas"]["Reviewer"];
            rating: components["schemas"]["Rating"];
            /**
             * Format: date
             * @description The day the reviewer published the review.
             * @example 2023-06-07
             */
            datePublished: string;
            /** @description Why the reviewer rated the claim so. */
            explanation: string | null;
            /** @description The page that publishes the review. */
            url: string;
            /**
             * @description `submitted`: sent to POST /v1/claims/{id}/reviews; `imported`: read from ClaimReview JSON-LD (POST /v1/claim-reviews/import).
             * @enum {string}
             */
            origin: "submitted" | "imported";
            /** @description Who recorded the review in Meridian (not who wrote it: that is `reviewer`). */
            createdBy: {
                /**
                 * @description The public prefix of the API key that recorded the review (null for scripts).
                 * @example Xq3v9TzA1bCd
                 */
                keyPrefix: string | null;
                /** @description The request that recorded it (see GET /v1/audit). */
                requestId: string | null;
            };
            /**
             * Format: date-time
             * @description An RFC 3339 date-time.
             * @example 2023-06-05T00:00:00.000Z
             */
            createdAt: string;
        };
        /**
         * @example {
         *       "reviewer": {
         *         "name": "Verificado.pe",
         *         "url": "https://verificado.example",
         *         "type": "Organization"
         *       },
         *       "rating": {
         *         "value": 2,
         *         "best": 5,
         *         "worst": 1,
         *         "alternateName": "Misleading"
         *       },
         *       "datePublished": "2023-06-07",
         *       "explanation": "The resolution authorises the entry of troops; it does not establish a base.",
         *       "url": "https://verificado.example/2023/06/07/tropas-peru"
         *     }
         */
        ClaimReviewCreate: {
            /** @description The organisation or person that published the review. Omitted: the reviewer is the API key that records it (its name), as for a review written in-house. */
            reviewer?: {
                name: string;
                /** Format: uri */
                url?: string;
                /**
                 * @default Organization
                 * @enum {string}
                 */
                type: "Organization" | "Person";
            };
            /** @description A value with its scale (`best` and `worst`, worst < best, the value between them), the reviewer’s words (`alternateName`), or both. */
            rating: {
                value?: number;
                best?: number;
                worst?: number;
                alternateName?: string;
            };
            /**
             * @description The day the review was published (a date-time is read as the day it names, in its own offset).
             * @example 2023-06-07
             */
            datePublished: string;
            explanation?: string;
            /**
             * Format: uri
             * @description The page that publishes the review; one review per claim and URL.
             */
            url: string;
        };
        /**
         * @description One schema.org ClaimReview in JSON-LD, an array of up to 100, or a document whose `@graph` holds them, as fact-checkers publish them (https://schema.org/ClaimReview). Read: `claimReviewed` (required), `url` (required), `datePublished` (required), `author` (`name` required, `url`, `@type` Organization or Person), `reviewRating` (`ratingValue`, `bestRating`, `worstRating`, `alternateName`: a value with its scale, words, or both), `reviewBody` or `description` (the explanation) and `itemReviewed` (a Claim: its `appearance` and `firstAppearance` URLs or `{ "url": … }` objects). Other members are ignored. Each item is checked on its own.
         * @example {
         *       "@context": "https://schema.org",
         *       "@type": "ClaimReview",
         *       "url": "https://verificado.example/2023/06/07/tropas-peru",
         *       "claimReviewed": "The Peruvian government authorised the entry of US military personnel with weapons.",
         *       "datePublished": "2023-06-07",
         *       "author": {
         *         "@type": "Organization",
         *         "name": "Verificado.pe",
         *         "url": "https://verificado.example"
         *       },
         *       "reviewRating": {
         *         "@type": "Rating",
         *         "ratingValue": 5,
         *         "bestRating": 5,
         *         "worstRating": 1,
         *         "alternateName": "True"
         *       },
         *       "itemReviewed": {
         *         "@type": "Claim",
         *         "appearance": [
         *           {
         *             "@type": "CreativeWork",
         *             "url": "https://orinocotribune.com/what-is-behind-the-entry-of-us-troops-and-weapons-into-peru"
         *           }
         *         ]
         *       }
         *     }
         */
        ClaimReviewImport: {
            [key: string]: unknown;
        } | unknown[];
        /** @description What became of one imported ClaimReview. */
        ClaimReviewImportOutcome: {
            /**
             * Format: int64
             * @description The item’s position in the request (0 for a single object).
             */
            index: number;
            /**
             * @description `imported`: stored as a review of each matched claim; `already_imported`: every matched claim already has a review with this URL; `unmatched`: no stored claim matches `claimReviewed`; `invalid`: the item is not a usable ClaimReview (`errors` says why).
             * @enum {string}
             */
            outcome: "imported" | "already_imported" | "unmatched" | "invalid";
            /** @description The item’s `url`, when it has one. */
            url: string | null;
            claimReviewed: string | null;
            match: {
                /**
                 * @description `exact`: the normalised texts are equal (case, accents, punctuation and spacing aside); `similar`: pg_trgm similarity at least the threshold.
                 * @enum {string}
                 */
                method: "exact" | "similar";
                similarity: number;
                /**
                 * @description `appearance`: among the claims of the articles at the item’s appearance URLs (and their originals and derivatives); `all`: among all claims.
                 * @enum {string}
                 */
                scope: "appearance" | "all";
            } | null;
            /** @description Stored articles found at the item’s appearance and firstAppearance URLs. */
            articleIds: string[];
            /** @description The review of each matched claim: created now, or the one already stored with this URL. */
            reviews: {
                /**
                 * Format: uuid
                 * @description A UUID (version 7: time-ordered).
                 * @example 0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d
                 */
                id: string;
                /**
                 * Format: uuid
                 * @description A UUID (version 7: time-ordered).
                 * @example 0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d
                 */
                claimId: string;
                created: boolean;
            }[];
            /** @description For `invalid` and `unmatched` items: why, per field. */
            errors: {
                field: string;
                message: string;
            }[];
        };
        /** @description The outcome of each item of a ClaimReview import, in order. */
        ClaimReviewImportResult: {
            summary: {
                /** Format: int64 */
                imported: number;
                /** Format: int64 */
                alreadyImported: number;
                /** Format: int64 */
                unmatched: number;
                /** Format: int64 */
                invalid: number;
            };
            items: components["schemas"]["ClaimReviewImportOutcome"][];
        };
        /** @description A review of a claim as a schema.org ClaimReview, with the fields Google’s ClaimReview guidance asks for: the reviewer as `author`, `url`, `datePublished`, `claimReviewed`, `reviewRating` and `itemReviewed` with its appearance and first appearance. */
        ClaimReviewJsonLd: {
            /** @constant */
            "@type": "ClaimReview";
            /**
             * @description The Meridian URN (`urn:uuid:<id>`).
             * @example urn:uuid:0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d
             */
            "@id": string;
            /** @description The page that publishes the review. */
            url: string;
            /** @description The text of the claim. */
            claimReviewed: string;
            /** @description The day the reviewer published the review (YYYY-MM-DD). */
            datePublished: string;
            /** @description The reviewer. */
            author: {
                /** @enum {string} */
                "@type": "Organization" | "Person";
                name: string;
                url?: string;
            };
            /** @description The rating: a value on the scale worstRating … bestRating, the reviewer’s words, or both. */
            reviewRating: {
                /** @constant */
                "@type": "Rating";
                ratingValue?: number;
                bestRating?: number;
                worstRating?: number;
                alternateName?: string;
            };
            /** @description The reviewer’s explanation. */
            reviewBody?: string;
            itemReviewed: {
                /** @constant */
                "@type": "Claim";
                /**
                 * @description The Meridian URN (`urn:uuid:<id>`).
                 * @example urn:uuid:0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d
                 */
                "@id": string;
                /** @description Who made the claim: an entity, or a source speaking for itself. */
                author?: components["schemas"]["JsonLdThing"] | components["schemas"]["JsonLdNewsMediaOrganization"];
                datePublished?: string;
                /** @description The article the claim was found in. */
                appearance: {
                    /** @constant */
                    "@type": "NewsArticle";
                    /**
                     * @description The Meridian URN (`urn:uuid:<id>`).
                     * @example urn:uuid:0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d
                     */
                    "@id": string;
                    url: string;
                    headline: string;
                    inLanguage: string;
                    datePublished?: string;
                    publisher: components["schemas"]["JsonLdNewsMediaOrganization"];
                }[];
                /** @description The first known original of that article. */
                firstAppearance: {
                    /** @constant */
                    "@type": "NewsArticle";
                    /**
                     * @description The Meridian URN (`urn:uuid:<id>`).
                     * @example urn:uuid:0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d
                     */
                    "@id": string;
                    url: string;
                    headline: string;
                    inLanguage: string;
                    datePublished?: string;
                    publisher: components["schemas"]["JsonLdNewsMediaOrganization"];
                };
            };
        };
        /** @description A page of ClaimReview objects. */
        ClaimReviewPage: {
            data: components["schemas"]["ClaimReview"][];
            page: components["schemas"]["PageInfo"];
        };
        /** @description A revision of a claim with the full claim as it was. */
        ClaimRevision: {
            /**
             * Format: int64
             * @description The revision number: 1, 2, 3 … per resource; the resource’s version when the write incremented it.
             * @example 2
             */
            revision: number;
            /**
             * @description `created`, `updated`, `deleted`, or `merged` (an entity merged into another: `mergedInto` names the survivor).
             * @enum {string}
             */
            action: "created" | "updated" | "deleted" | "merged";
            /**
             * @description For `updated`: the fields that differ from the previous revision (`aliases`, `identifiers.wikidata`, `subjects` …).
             * @example [
             *       "status"
             *     ]
             */
            changedFields: string[];
            /**
             * @description What the change was part of, when more than a plain write: `merge`, `split`, `import`.
             * @example null
             */
            operation: string | null;
            /** @description For `merged`: the entity this one was merged into. */
            mergedInto: string | null;
            /** @description Who made the change; null for changes made without a key (seeding, scripts). */
            actor: {
                /**
                 * @description The public prefix of the API key that made the change.
                 * @example Xq3v9TzA1bCd
                 */
                keyPrefix: string;
            } | null;
            /** @description The X-Request-Id of the request that made the change. */
            requestId: string | null;
            /**
             * Format: date-time
             * @description When the change was committed; `as_of` compares with it.
             * @example 2023-06-05T00:00:00.000Z
             */
            recordedAt: string;
            /** @description The claim as it was after this change (for deleted: as it last was). */
            state: components["schemas"]["Claim"];
        };
        /** @description A page of matching claims. */
        ClaimSearchSection: {
            data: components["schemas"]["ClaimHit"][];
            page: components["schemas"]["PageInfo"];
            total: components["schemas"]["SearchTotal"];
        };
        /**
         * @description Meridian’s own verification status; new claims are unverified. Fact-checkers’ reviews, each with its reviewer and rating, are GET /v1/claims/{id}/reviews.
         * @enum {string}
         */
        ClaimStatus: "unverified" | "verified" | "disputed" | "false" | "misleading";
        /**
         * @description Only the fields sent are changed; `subjectIds` replaces the list; null clears.
         * @example {
         *       "status": "verified"
         *     }
         */
        ClaimUpdate: {
            text?: string;
            /** @description Must appear verbatim in the article body. */
            quote?: string | null;
            /** @description Who makes the claim: an entity, or the source itself. */
            claimant?: {
                /** @enum {string} */
                type: "entity" | "source";
                /**
                 * Format: uuid
                 * @description A UUID (version 7: time-ordered).
                 * @example 0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d
                 */
                id: string;
            };
            /** @description Ids of the entities the claim is about. */
            subjectIds?: string[];
            kind?: components["schemas"]["ClaimKind"];
            value?: number | null;
            unit?: string | null;
            /** @description How `value` bounds the quantity; needs a `value`. Clearing `value` clears it. */
            bound?: components["schemas"]["QuantityBound"] | null;
            modality?: components["schemas"]["ClaimModality"];
            evidence?: {
                /** Format: int64 */
                start: number;
                /** Format: int64 */
                end: number;
            };
            status?: components["schemas"]["ClaimStatus"];
        };
        /**
         * @example {
         *       "id": "01a2185e-f3ec-75f2-b01a-b4d356020c10",
         *       "articleId": "01a2185e-f303-7111-8c69-1b6d28cf787f",
         *       "text": "Bolivia holds 30% of the world's lithium reserves, according to recent studies.",
         *       "quote": null,
         *       "claimant": {
         *         "type": "source",
         *         "id": "01a2185e-f0f9-7091-a987-4a47dfcc6fc1",
         *         "name": "Misión Verdad"
         *       },
         *       "subjects": [
         *         {
         *           "id": "01a2185e-f15c-751c-9608-2b2fe90b9a60",
         *           "type": "country",
         *           "name": "Bolivia",
         *           "slug": "bolivia"
         *         },
         *         {
         *           "id": "01a2185e-f2ed-704d-a65d-81d6ffd742c3",
         *           "type": "commodity",
         *           "name": "Lithium",
         *           "slug": "lithium"
         *         }
         *       ],
         *       "kind": "quantity",
         *       "value": 30,
         *       "unit": "%",
         *       "bound": "exact",
         *       "modality": "reported",
         *       "evidence": {
         *         "start": 4860,
         *         "end": 4936
         *       },
         *       "status": "unverified",
         *       "method": "manual",
         *       "confidence": 1,
         *       "reviewStatus": "accepted",
         *       "version": 1,
         *       "createdAt": "2026-11-26T15:00:05.740Z",
         *       "updatedAt": "2026-11-26T15:00:05.740Z"
         *     }
         */
        ClaimWithArticle: {
            /**
             * Format: uuid
             * @description A UUID (version 7: time-ordered).
             * @example 0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d
             */
            id: string;
            /**
             * Format: uuid
             * @description A UUID (version 7: time-ordered).
             * @example 0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d
             */
            articleId: string;
            /**
             * @description The claim as a self-contained statement.
             * @example Bolivia holds 30% of the world’s lithium reserves.
             */
            text: string;
            /** @description The exact words, when the claim is a direct quote. */
            quote: string | null;
            claimant: components["schemas"]["Claimant"];
            /** @description The entities the claim is about. */
            subjects: components["schemas"]["EntityRef"][];
            kind: components["schemas"]["ClaimKind"];
            /**
             * @description The number stated, for quantity claims.
             * @example 30
             */
            value: number | null;
            /**
             * @description The unit of `value`.
             * @example %
             */
            unit: string | null;
            /** @description How `value` bounds the quantity; null when there is no value or it was not stated. */
            bound: components["schemas"]["QuantityBound"] | null;
            modality: components["schemas"]["ClaimModality"];
            /** @description Where the claim stands in the article body. */
            evidence: components["schemas"]["Span"];
            status: components["schemas"]["ClaimStatus"];
            /**
             * @description `manual`: entered by hand; `auto`: extracted by the ingest pipeline.
             * @enum {string}
             */
            method: "manual" | "auto";
            /** @description 1 for manual claims; the extractor’s confidence for automatic ones. */
            confidence: number;
            /** @description Whether the claim is a real claim of the article (separate from `status`, the verdict on its truth). */
            reviewStatus: components["schemas"]["ReviewStatus"];
            /**
             * Format: int64
             * @description Incremented on every update; sent as the ETag (`"<version>"`) for If-Match.
             * @example 1
             */
            version: number;
            /**
             * Format: date-time
             * @description An RFC 3339 date-time.
             * @example 2023-06-05T00:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description An RFC 3339 date-time.
             * @example 2023-06-05T00:00:00.000Z
             */
            updatedAt: string;
            /** @description With `include=article`. */
            article?: {
                /**
                 * Format: uuid
                 * @description A UUID (version 7: time-ordered).
                 * @example 0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d
                 */
                id: string;
                title: string;
                url: string;
                publishedAt: string | null;
            };
        };
        /** @description An entity mentioned in the same articles as another. */
        Cooccurrence: {
            entity: components["schemas"]["EntityRef"];
            /**
             * Format: int64
             * @description Articles that mention both entities.
             * @example 1
             */
            articles: number;
            /**
             * Format: int64
             * @description Mentions of this entity in those articles.
             * @example 12
             */
            mentions: number;
        };
        /** @description WGS 84 coordinates. */
        Coordinates: {
            /** @example -11.58 */
            latitude: number;
            /** @example -77.27 */
            longitude: number;
        };
        /**
         * @example {
         *       "id": "01a2185e-f0a0-7c3d-8e4f-5a6b7c8d9e01",
         *       "name": "newsroom ingest",
         *       "prefix": "Xk3f9QpL2mZa",
         *       "scopes": [
         *         "write"
         *       ],
         *       "createdAt": "2026-11-26T15:00:00.000Z",
         *       "lastUsedAt": null,
         *       "revokedAt": null,
         *       "secret": "mk_Xk3f9QpL2mZa_4TqWv0b8mS3nR1yC6dZ2kF5hJ7lP9xA0eG3iK8oU1sQ2w"
         *     }
         */
        CreatedApiKey: {
            /**
             * Format: uuid
             * @description A UUID (version 7: time-ordered).
             * @example 0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d
             */
            id: string;
            /** @example newsroom ingest */
            name: string;
            /**
             * @description The public part of the key, shown in lists and logs.
             * @example Xk3f9QpL2mZa
             */
            prefix: string;
            scopes: components["schemas"]["ApiKeyScope"][];
            /**
             * Format: date-time
             * @description An RFC 3339 date-time.
             * @example 2023-06-05T00:00:00.000Z
             */
            createdAt: string;
            /** @description Approximate (updated at most once a minute). */
            lastUsedAt: string | null;
            revokedAt: string | null;
            /**
             * @description The key to send as `Authorization: Bearer <secret>`. Shown once: it is not stored.
             * @example mk_Xk3f9QpL2mZa_4Tq…
             */
            secret: string;
        };
        /** @description A wire story’s dateline, read at raw ingest and taken off the body ("WASHINGTON, March 2 -", "Lima, 5 jun (EFE).-"). */
        Dateline: {
            /**
             * @description The dateline as printed at the head of the story; null when only a sign-off named the agency.
             * @example LONDON, March 2 (Reuters) -
             */
            text: string | null;
            /**
             * @description Where the story was filed, as printed (with its region or country: "BOGOTÁ, Colombia"). Its entity is the mention with `field` `dateline`; its offsets count code points of `text`.
             * @example LONDON
             */
            place: string | null;
            /**
             * @description The day the dateline names. A year or month the dateline leaves out is completed from `publishedAt` (the day closest before it); null when that is unknown.
             * @example 1987-03-02
             */
            date: string | null;
            /**
             * @description The news agency in the dateline’s parentheses or in the wire’s sign-off (a last line "Reuter").
             * @example Reuters
             */
            agency: string | null;
        };
        /**
         * @description How precisely the date is known. A date known to the month or year stands for the first day of that period (a start) or its last day (an end).
         * @enum {string}
         */
        DatePrecision: "day" | "month" | "year";
        /** @description An article that republishes, translates or rewrites another. */
        Derivative: {
            article: components["schemas"]["LineageArticle"];
            kind: components["schemas"]["LineageKind"];
            /**
             * @description Estimated Jaccard similarity of the two bodies (MinHash over word 4-shingles) when the ingest pipeline made the link; 1 for an identical body; null for a link made by hand.
             * @example 0.86
             */
            similarity: number | null;
            /** @description The two bodies are identical (same normalised content hash): the derivative’s `duplicateOf` is the original. */
            duplicate: boolean;
        };
        /** @description A page of Derivative objects. */
        DerivativePage: {
            data: components["schemas"]["Derivative"][];
            page: components["schemas"]["PageInfo"];
        };
        /**
         * @description Something articles name: a country, person, organization, port, place, event, law or commodity.
         * @example {
         *       "id": "01a2185e-f1e1-709a-90e1-0f82d360bd5d",
         *       "type": "port",
         *       "status": "accepted",
         *       "name": "Port of Chancay",
         *       "slug": "chancay",
         *       "description": "Deep-water port at Chancay on Peru's central coast north of Lima, built with majority Chinese capital.",
         *       "identifiers": {
         *         "wikidata": null,
         *         "isoAlpha2": null,
         *         "isoAlpha3": null,
         *         "unlocode": "PECHY",
         *         "iso3166Alpha4": null
         *       },
         *       "coordinates": {
         *         "latitude": -11.583333,
         *         "longitude": -77.25
         *       },
         *       "validFrom": null,
         *       "validTo": null,
         *       "version": 1,
         *       "aliases": [
         *         {
         *           "name": "Chancay",
         *           "language": null,
         *           "kind": "name",
         *           "validFrom": null,
         *           "validTo": null
         *         },
         *         {
         *           "name": "Puerto de Chancay",
         *           "language": "es",
         *           "kind": "name",
         *           "validFrom": null,
         *           "validTo": null
         *         }
         *       ],
         *       "createdAt": "2026-11-26T15:00:05.217Z",
         *       "updatedAt": "2026-11-26T15:00:05.217Z"
         *     }
         */
        Entity: {
            /**
             * Format: uuid
             * @description A UUID (version 7: time-ordered).
             * @example 0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d
             */
            id: string;
            type: components["schemas"]["EntityType"];
            status: components["schemas"]["ReviewStatus"];
            /** @example Peru */
            name: string;
            /** @example peru */
            slug: string;
            description: string | null;
            identifiers: components["schemas"]["EntityIdentifiers"];
            coordinates: components["schemas"]["Coordinates"] | null;
            /**
             * @description First day the entity existed (a former country, an organisation that was wound up); null: open or not recorded. A date known only to the year or month is its first day.
             * @example null
             */
            validFrom: string | null;
            /**
             * @description Last day the entity existed (the Soviet Union: 1991-12-26); null: it still exists, as far as recorded.
             * @example null
             */
            validTo: string | null;
            aliases: components["schemas"]["Alias"][];
            /**
             * Format: int64
             * @description Incremented on every update; sent as the ETag (`"<version>"`) for If-Match.
             * @example 1
             */
            version: number;
            /** @description With `include=roles`: roles held by the person or within the organization. */
            roles?: components["schemas"]["Role"][];
            /**
             * @description Only on `proposed` entities: how sure the ingest pipeline is that it is a real entity of its type, 1 − Π(1 − c) over the confidences c of its NER mentions that no reviewer rejected (README, "Proposals and their confidence"); null when none is left. Given by GET /v1/entities, GET /v1/entities/{idOrSlug} and GET /v1/articles/{id}/entities; accepted and rejected entities, and other representations, do not carry it.
             * @example 0.94
             */
            confidence?: number | null;
            /**
             * Format: date-time
             * @description An RFC 3339 date-time.
             * @example 2023-06-05T00:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description An RFC 3339 date-time.
             * @example 2023-06-05T00:00:00.000Z
             */
            updatedAt: string;
        };
        /**
         * @description The entities most often mentioned together with an entity.
         * @example {
         *       "entity": {
         *         "id": "01a2185e-f1e1-709a-90e1-0f82d360bd5d",
         *         "type": "port",
         *         "name": "Port of Chancay",
         *         "slug": "chancay"
         *       },
         *       "articles": 1,
         *       "data": [
         *         {
         *           "entity": {
         *             "id": "01a2185e-f125-7652-ba92-5bb0ec87d27f",
         *             "type": "country",
         *             "name": "Peru",
         *             "slug": "peru"
         *           },
         *           "articles": 1,
         *           "mentions": 12
         *         },
         *         {
         *           "entity": {
         *             "id": "01a2185e-f12b-7a4c-8d7e-2f3a4b5c6d7e",
         *             "type": "country",
         *             "name": "United States",
         *             "slug": "united-states"
         *           },
         *           "articles": 1,
         *           "mentions": 10
         *         },
         *         {
         *           "entity": {
         *             "id": "01a2185e-f131-7b2d-9e8f-3a4b5c6d7e8f",
         *             "type": "country",
         *             "name": "China",
         *             "slug": "china"
         *           },
         *           "articles": 1,
         *           "mentions": 5
         *         }
         *       ]
         *     }
         */
        EntityCooccurrences: {
            entity: components["schemas"]["EntityRef"];
            /**
             * Format: int64
             * @description Articles that mention the entity (within the date range).
             * @example 1
             */
            articles: number;
            /** @description Most articles in common first, then most mentions, then id. */
            data: components["schemas"]["Cooccurrence"][];
        };
        EntityCreate: {
            type: components["schemas"]["EntityType"];
            name: string;
            /** @description Defaults to a slug made from the name. */
            slug?: string;
            description?: string | null;
            identifiers?: {
                wikidata?: string | null;
                isoAlpha2?: string | null;
                isoAlpha3?: string | null;
                unlocode?: string | null;
            };
            coordinates?: {
                latitude: number;
                longitude: number;
            } | null;
            /**
             * @description All the entity’s other names (replaces the list on update).
             * @default []
             */
            aliases: {
                name: string;
                language?: string | null;
                /** @description Defaults to `name`. */
                kind?: components["schemas"]["AliasKind"];
                validFrom?: string | null;
                validTo?: string | null;
            }[];
        };
        /**
         * @description An entity in a list; lookups add how well it matched (`score`) or how far it is (`distanceKm`).
         * @example {
         *       "status": "accepted",
         *       "id": "01a2185e-f1c4-752b-9612-88fe2344274a",
         *       "type": "person",
         *       "name": "Dina Boluarte",
         *       "slug": "dina-boluarte",
         *       "description": "Peruvian lawyer and politician who became President of Peru on 7 December 2022 after serving as First Vice President.",
         *       "identifiers": {
         *         "wikidata": "Q106474688",
         *         "isoAlpha2": null,
         *         "isoAlpha3": null,
         *         "unlocode": null,
         *         "iso3166Alpha4": null
         *       },
         *       "coordinates": null,
         *       "validFrom": null,
         *       "validTo": null,
         *       "aliases": [
         *         {
         *           "name": "Dina Ercilia Boluarte Zegarra",
         *           "language": null,
         *           "kind": "name",
         *           "validFrom": null,
         *           "validTo": null
         *         }
         *       ],
         *       "version": 1,
         *       "createdAt": "2026-11-26T15:00:05.217Z",
         *       "updatedAt": "2026-11-26T15:00:05.217Z",
         *       "score": 0.4959
         *     }
         */
        EntityHit: {
            /**
             * Format: uuid
             * @description A UUID (version 7: time-ordered).
             * @example 0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d
             */
            id: string;
            type: components["schemas"]["EntityType"];
            status: components["schemas"]["ReviewStatus"];
            /** @example Peru */
            name: string;
            /** @example peru */
            slug: string;
            description: string | null;
            identifiers: components["schemas"]["EntityIdentifiers"];
            coordinates: components["schemas"]["Coordinates"] | null;
            /**
             * @description First day the entity existed (a former country, an organisation that was wound up); null: open or not recorded. A date known only to the year or month is its first day.
             * @example null
             */
            validFrom: string | null;
            /**
             * @description Last day the entity existed (the Soviet Union: 1991-12-26); null: it still exists, as far as recorded.
             * @example null
             */
            validTo: string | null;
            aliases: components["schemas"]["Alias"][];
            /**
             * Format: int64
             * @description Incremented on every update; sent as the ETag (`"<version>"`) for If-Match.
             * @example 1
             */
            version: number;
            /** @description With `include=roles`: roles held by the person or within the organization. */
            roles?: components["schemas"]["Role"][];
            /**
             * @description Only on `proposed` entities: how sure the ingest pipeline is that it is a real entity of its type, 1 − Π(1 − c) over the confidences c of its NER mentions that no reviewer rejected (README, "Proposals and their confidence"); null when none is left. Given by GET /v1/entities, GET /v1/entities/{idOrSlug} and GET /v1/articles/{id}/entities; accepted and rejected entities, and other representations, do not carry it.
             * @example 0.94
             */
            confidence?: number | null;
            /**
             * Format: date-time
             * @description An RFC 3339 date-time.
             * @example 2023-06-05T00:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description An RFC 3339 date-time.
             * @example 2023-06-05T00:00:00.000Z
             */
            updatedAt: string;
            /**
             * @description With `q`: how well the entity matches, 0–1 (0.8 × best name or alias similarity + 0.2 × prominence by mention count).
             * @example 0.6
             */
            score?: number;
            /**
             * @description With `near`: the great-circle distance from that point in kilometres.
             * @example 19.1
             */
            distanceKm?: number;
        };
        /** @description External identifiers; null where the entity has none. */
        EntityIdentifiers: {
            wikidata: string | null;
            isoAlpha2: string | null;
            isoAlpha3: string | null;
            /**
             * @description UN/LOCODE without the space.
             * @example PECHY
             */
            unlocode: string | null;
            /**
             * @description ISO 3166-3 alpha-4 code of a country that ceased to exist.
             * @example SUHH
             */
            iso3166Alpha4: string | null;
        };
        /** @description An entity as schema.org JSON-LD (application/ld+json): its type, names, identifiers, sameAs Wikidata and, for places, geo coordinates. */
        EntityJsonLd: {
            /**
             * @description By entity type: ports and places are Places, laws Legislation, commodities Products.
             * @enum {string}
             */
            "@type": "Country" | "Place" | "Person" | "Organization" | "Event" | "Legislation" | "Product" | "Thing";
            /**
             * @description The Meridian URN (`urn:uuid:<id>`).
             * @example urn:uuid:0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d
             */
            "@id": string;
            name: string;
            description?: string;
            /** @description The entity’s aliases. */
            alternateName?: string[];
            /**
             * @description The Wikidata concept URI (`http://www.wikidata.org/entity/Q…`, the same URI ninjs gives as `uri`), when the entity has a Wikidata id.
             * @example [
             *       "http://www.wikidata.org/entity/Q419"
             *     ]
             */
            sameAs?: string[];
            /** @description ISO 3166-1 codes, UN/LOCODE, Wikidata id. */
            identifier?: {
                /** @constant */
                "@type": "PropertyValue";
                /** @enum {string} */
                propertyID: "ISO 3166-1 alpha-2" | "ISO 3166-1 alpha-3" | "UN/LOCODE" | "Wikidata";
                /** @example PE */
                value: string;
            }[];
            /** @description Places and countries with coordinates. */
            geo?: {
                /** @constant */
                "@type": "GeoCoordinates";
                latitude: number;
                longitude: number;
            };
            /** @constant */
            "@context": "https://schema.org";
            /** @description When Meridian’s record of the entity last changed (RFC 3339). */
            dateModified: string;
        };
        /**
         * @example {
         *       "into": "peru"
         *     }
         */
        EntityMerge: {
            /**
             * @description The surviving entity (id or slug); an old id or slug of a merged entity resolves to its survivor.
             * @example peru
             */
            into: string;
        };
        EntityMergeResult: {
            survivor: components["schemas"]["Entity"];
            /** @description The merged entity: its id and slug now redirect (308) to the survivor. */
            merged: {
                /**
                 * Format: uuid
                 * @description A UUID (version 7: time-ordered).
                 * @example 0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d
                 */
                id: string;
                slug: string;
            };
            moved: {
                /**
                 * Format: int64
                 * @description Mentions moved.
                 */
                mentions: number;
                /**
                 * Format: int64
                 * @description Mentions dropped because the other entity already had one at the same place in the same article.
                 */
                mentionsDropped: number;
                /**
                 * Format: int64
                 * @description Claims whose claimant or subject link moved.
                 */
                claims: number;
                /**
                 * Format: int64
                 * @description Aliases moved (for a merge, plus the merged entity’s name as a new alias).
                 */
                aliases: number;
                /**
                 * Format: int64
                 * @description Roles moved.
                 */
                roles: number;
                /**
                 * Format: int64
                 * @description Relations moved (those the other entity already had, or between the two, are dropped).
                 */
                relations: number;
            };
        };
        /** @description A page of Entity objects. */
        EntityPage: {
            data: components["schemas"]["EntityHit"][];
            page: components["schemas"]["PageInfo"];
        };
        /** @description A short reference to an entity. */
        EntityRef: {
            /**
             * Format: uuid
             * @description A UUID (version 7: time-ordered).
             * @example 0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d
             */
            id: string;
            type: components["schemas"]["EntityType"];
            name: string;
            slug: string;
        };
        /** @description A revision of an entity with the full entity as it was. */
        EntityRevision: {
            /**
             * Format: int64
             * @description The revision number: 1, 2, 3 … per resource; the resource’s version when the write incremented it.
             * @example 2
             */
            revision: number;
            /**
             * @description `created`, `updated`, `deleted`, or `merged` (an entity merged into another: `mergedInto` names the survivor).
             * @enum {string}
             */
            action: "created" | "updated" | "deleted" | "merged";
            /**
             * @description For `updated`: the fields that differ from the previous revision (`aliases`, `identifiers.wikidata`, `subjects` …).
             * @example [
             *       "status"
             *     ]
             */
            changedFields: string[];
            /**
             * @description What the change was part of, when more than a plain write: `merge`, `split`, `import`.
             * @example null
             */
            operation: string | null;
            /** @description For `merged`: the entity this one was merged into. */
            mergedInto: string | null;
            /** @description Who made the change; null for changes made without a key (seeding, scripts). */
            actor: {
                /**
                 * @description The public prefix of the API key that made the change.
                 * @example Xq3v9TzA1bCd
                 */
                keyPrefix: string;
            } | null;
            /** @description The X-Request-Id of the request that made the change. */
            requestId: string | null;
            /**
             * Format: date-time
             * @description When the change was committed; `as_of` compares with it.
             * @example 2023-06-05T00:00:00.000Z
             */
            recordedAt: string;
            /** @description The entity as it was after this change (for deleted and merged: as it last was). */
            state: components["schemas"]["Entity"];
        };
        /** @description A page of matching entities. */
        EntitySearchSection: {
            data: components["schemas"]["SearchEntityHit"][];
            page: components["schemas"]["PageInfo"];
            total: components["schemas"]["SearchTotal"];
        };
        EntitySplit: {
            /** @description The new entity, as for POST /v1/entities. */
            entity: components["schemas"]["EntityCreate"];
            /**
             * @description Mentions of the entity to move to the new one: all its mentions in an article (or in one of its fields), or the one at [start, end).
             * @default []
             */
            mentions: {
                /**
                 * Format: uuid
                 * @description A UUID (version 7: time-ordered).
                 * @example 0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d
                 */
                articleId: string;
                /** @description Only mentions in this field of the article (title, dateline or body). */
                field?: components["schemas"]["MentionField"];
                /** Format: int64 */
                start?: number;
                /** Format: int64 */
                end?: number;
            }[];
            /**
             * @description Aliases of the entity to move to the new one.
             * @default []
             */
            aliases: {
                /** @example Perú */
                name: string;
                /** @description The alias’s language; null for language-neutral names such as acronyms. */
                language: string | null;
            }[];
            /**
             * @description Claims naming the entity (as claimant or subject) to point at the new one instead.
             * @default []
             */
            claimIds: string[];
        };
        EntitySplitResult: {
            original: components["schemas"]["Entity"];
            created: components["schemas"]["Entity"];
            moved: {
                /**
                 * Format: int64
                 * @description Mentions moved.
                 */
                mentions: number;
                /**
                 * Format: int64
                 * @description Claims whose claimant or subject link moved.
                 */
                claims: number;
                /**
                 * Format: int64
                 * @description Aliases moved (for a merge, plus the merged entity’s name as a new alias).
                 */
                aliases: number;
            };
        };
        /**
         * @description How often an entity is mentioned over time, by publication date of the articles.
         * @example {
         *       "entity": {
         *         "id": "01a2185e-f125-7652-ba92-5bb0ec87d27f",
         *         "type": "country",
         *         "name": "Peru",
         *         "slug": "peru"
         *       },
         *       "interval": "week",
         *       "data": [
         *         {
         *           "start": "2023-05-22",
         *           "end": "2023-05-29",
         *           "mentions": 0,
         *           "articles": 0
         *         },
         *         {
         *           "start": "2023-05-29",
         *           "end": "2023-06-05",
         *           "mentions": 0,
         *           "articles": 0
         *         },
         *         {
         *           "start": "2023-06-05",
         *           "end": "2023-06-12",
         *           "mentions": 12,
         *           "articles": 1
         *         },
         *         {
         *           "start": "2023-06-12",
         *           "end": "2023-06-19",
         *           "mentions": 0,
         *           "articles": 0
         *         }
         *       ],
         *       "totals": {
         *         "mentions": 12,
         *         "articles": 1
         *       }
         *     }
         */
        EntityTimeline: {
            entity: components["schemas"]["EntityRef"];
            interval: components["schemas"]["TimelineInterval"];
            /** @description Every bucket in the range in order, empty ones included (at most 366). */
            data: components["schemas"]["TimelineBucket"][];
            /** @description Sums over the buckets. Articles with no known publication time are in no bucket. */
            totals: {
                /** Format: int64 */
                mentions: number;
                /** Format: int64 */
                articles: number;
            };
        };
        /**
         * @description What the entity is: country, person, organization, port, place, event, legal_instrument, commodity or other.
         * @enum {string}
         */
        EntityType: "country" | "person" | "organization" | "port" | "place" | "event" | "legal_instrument" | "commodity" | "other";
        /** @description Only the fields sent are changed; `aliases` replaces the whole list; null clears. */
        EntityUpdate: {
            type?: components["schemas"]["EntityType"];
            name?: string;
            /** @description Defaults to a slug made from the name. */
            slug?: string;
            description?: string | null;
            identifiers?: {
                wikidata?: string | null;
                isoAlpha2?: string | null;
                isoAlpha3?: string | null;
                unlocode?: string | null;
            };
            coordinates?: {
                latitude: number;
                longitude: number;
            } | null;
            /** @description All the entity’s other names (replaces the list on update). */
            aliases?: {
                name: string;
                language?: string | null;
                /** @description Defaults to `name`. */
                kind?: components["schemas"]["AliasKind"];
                validFrom?: string | null;
                validTo?: string | null;
            }[];
        };
        Health: {
            /** @constant */
            status: "ok";
        };
        /**
         * @description A bulk NDJSON import and its progress.
         * @example {
         *       "id": "019a2b3c-4d5e-7f60-8a9b-0c1d2e3f4a5b",
         *       "state": "completed",
         *       "error": null,
         *       "bytes": 48213,
         *       "counts": {
         *         "created": 18,
         *         "duplicate": 1,
         *         "rejected": 1
         *       },
         *       "lastLine": 20,
         *       "createdAt": "2026-12-03T08:00:00.000Z",
         *       "heartbeatAt": "2026-12-03T08:00:01.200Z",
         *       "finishedAt": "2026-12-03T08:00:01.200Z"
         *     }
         */
        Import: {
            /**
             * Format: uuid
             * @description A UUID (version 7: time-ordered).
             * @example 0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d
             */
            id: string;
            state: components["schemas"]["ImportState"];
            /** @description Why the import stopped early, when `failed`. */
            error: string | null;
            /**
             * Format: int64
             * @description Bytes of the body read so far.
             */
            bytes: number;
            /** @description Lines per outcome so far. */
            counts: {
                /** Format: int64 */
                created: number;
                /** Format: int64 */
                duplicate: number;
                /** Format: int64 */
                rejected: number;
            };
            /**
             * Format: int64
             * @description The highest line number with a result (blank lines have none).
             */
            lastLine: number;
            /**
             * Format: date-time
             * @description An RFC 3339 date-time.
             * @example 2023-06-05T00:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description Last sign of progress; a running import silent for a minute is reported as failed.
             * @example 2023-06-05T00:00:00.000Z
             */
            heartbeatAt: string;
            finishedAt: string | null;
        };
        /** @description What became of one line of an import. */
        ImportLine: {
            /**
             * Format: int64
             * @description 1-based line number in the file.
             * @example 3
             */
            line: number;
            outcome: components["schemas"]["ImportLineOutcome"];
            /** @description The created article, or the stored one a duplicate line matched. */
            articleId: string | null;
            /** @description The canonical URL, when the line got that far. */
            url: string | null;
            /** @description Created: `duplicateOf`, `lineage`, `mentions`, `claims`; duplicate: `reason` and `unchanged` (same content). */
            detail?: {
                [key: string]: unknown;
            } | null;
            /** @description Rejected: why, as in a problem+json body. */
            problem?: {
                /** @example validation_failed */
                code: string;
                /**
                 * Format: int64
                 * @example 400
                 */
                status: number;
                detail: string;
                errors?: {
                    location: string;
                    field: string;
                    message: string;
                }[];
            };
        };
        /**
         * @description `created`: stored (possibly recorded as a duplicate or republication of an earlier article); `duplicate`: an article with the same canonical URL was already stored, nothing changed; `rejected`: refused, see `problem`.
         * @enum {string}
         */
        ImportLineOutcome: "created" | "duplicate" | "rejected";
        /** @description A page of ImportLine objects. */
        ImportLinePage: {
            data: components["schemas"]["ImportLine"][];
            page: components["schemas"]["PageInfo"];
        };
        /** @description A page of Import objects. */
        ImportPage: {
            data: components["schemas"]["Import"][];
            page: components["schemas"]["PageInfo"];
        };
        /**
         * @description `running` while the request streams; `completed` at the end of the body; `failed` when it stopped early (body too large, connection cut, process ended).
         * @enum {string}
         */
        ImportState: "running" | "completed" | "failed";
        /** @description A source (outlet) as a schema.org NewsMediaOrganization. */
        JsonLdNewsMediaOrganization: {
            /** @constant */
            "@type": "NewsMediaOrganization";
            /**
             * @description The Meridian URN (`urn:uuid:<id>`).
             * @example urn:uuid:0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d
             */
            "@id": string;
            name: string;
            /** @description The outlet’s homepage. */
            url?: string;
        };
        /** @description An entity as a schema.org Country, Place, Person, Organization, Event, Legislation, Product or Thing. */
        JsonLdThing: {
            /**
             * @description By entity type: ports and places are Places, laws Legislation, commodities Products.
             * @enum {string}
             */
            "@type": "Country" | "Place" | "Person" | "Organization" | "Event" | "Legislation" | "Product" | "Thing";
            /**
             * @description The Meridian URN (`urn:uuid:<id>`).
             * @example urn:uuid:0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d
             */
            "@id": string;
            name: string;
            description?: string;
            /** @description The entity’s aliases. */
            alternateName?: string[];
            /**
             * @description The Wikidata concept URI (`http://www.wikidata.org/entity/Q…`, the same URI ninjs gives as `uri`), when the entity has a Wikidata id.
             * @example [
             *       "http://www.wikidata.org/entity/Q419"
             *     ]
             */
            sameAs?: string[];
            /** @description ISO 3166-1 codes, UN/LOCODE, Wikidata id. */
            identifier?: {
                /** @constant */
                "@type": "PropertyValue";
                /** @enum {string} */
                propertyID: "ISO 3166-1 alpha-2" | "ISO 3166-1 alpha-3" | "UN/LOCODE" | "Wikidata";
                /** @example PE */
                value: string;
            }[];
            /** @description Places and countries with coordinates. */
            geo?: {
                /** @constant */
                "@type": "GeoCoordinates";
                latitude: number;
                longitude: number;
            };
        };
        Lineage: {
            /**
             * Format: uuid
             * @description The earlier article this one derives from.
             * @example 0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d
             */
            originalId: string;
            kind: components["schemas"]["LineageKind"];
            /**
             * @description When the ingest pipeline found the link: estimated Jaccard similarity of the two bodies (word 4-shingles, MinHash); 1 for an identical body.
             * @example 0.86
             */
            similarity?: number;
        };
        /** @description An article in a lineage, with its outlet. */
        LineageArticle: {
            /**
             * Format: uuid
             * @description A UUID (version 7: time-ordered).
             * @example 0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d
             */
            id: string;
            url: string;
            title: string;
            /** @example es */
            language: string;
            publishedAt: string | null;
            /** @description The outlet that published the article. */
            source: {
                /**
                 * Format: uuid
                 * @description A UUID (version 7: time-ordered).
                 * @example 0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d
                 */
                id: string;
                slug: string;
                name: string;
            };
        };
        /** @description A lineage link: `from` republishes, translates or rewrites `to`. */
        LineageEdge: {
            /**
             * Format: uuid
             * @description The derivative.
             * @example 0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d
             */
            from: string;
            /**
             * Format: uuid
             * @description Its original.
             * @example 0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d
             */
            to: string;
            kind: components["schemas"]["LineageKind"];
            /**
             * @description Estimated Jaccard similarity of the two bodies (MinHash over word 4-shingles) when the ingest pipeline made the link; 1 for an identical body; null for a link made by hand.
             * @example 0.86
             */
            similarity: number | null;
            /** @description The two bodies are identical (same normalised content hash): the derivative’s `duplicateOf` is the original. */
            duplicate: boolean;
        };
        /** @description The lineage of a group of related articles: every article that derives, directly or not, from the group’s first known original, and the links between them. */
        LineageGraph: {
            /**
             * Format: uuid
             * @description The first known original of the group (see GET /v1/articles/{id}/lineage).
             * @example 0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d
             */
            root: string;
            nodes: {
                /**
                 * Format: uuid
                 * @description A UUID (version 7: time-ordered).
                 * @example 0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d
                 */
                id: string;
                url: string;
                title: string;
                /** @example es */
                language: string;
                publishedAt: string | null;
                /** @description The outlet that published the article. */
                source: {
                    /**
                     * Format: uuid
                     * @description A UUID (version 7: time-ordered).
                     * @example 0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d
                     */
                    id: string;
                    slug: string;
                    name: string;
                };
                /**
                 * Format: int64
                 * @description Generations below the root (the root is 0).
                 */
                depth: number;
            }[];
            edges: components["schemas"]["LineageEdge"][];
            /** @description The group has more than 500 articles: `nodes` holds the 500 nearest the root (fewest generations below it), `edges` the links between them. Generations deeper than 32 below the root are not followed. */
            truncated: boolean;
        };
        /**
         * @description How an article derives from an earlier one: a republication, a translation or a rewrite.
         * @enum {string}
         */
        LineageKind: "republication" | "translation" | "rewrite";
        /** @description One original in the chain above an article. */
        LineageStep: {
            article: components["schemas"]["LineageArticle"];
            /** @description How the previous article of the chain derives from this one. */
            kind: components["schemas"]["LineageKind"];
            /**
             * @description Estimated Jaccard similarity of the two bodies (MinHash over word 4-shingles) when the ingest pipeline made the link; 1 for an identical body; null for a link made by hand.
             * @example 0.86
             */
            similarity: number | null;
            /** @description The two bodies are identical (same normalised content hash): the derivative’s `duplicateOf` is the original. */
            duplicate: boolean;
        };
        MatchCandidate: {
            /**
             * Format: uuid
             * @description A UUID (version 7: time-ordered).
             * @example 0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d
             */
            entityId: string;
            /** @example dina-boluarte */
            slug: string;
            /** @example Dina Boluarte */
            name: string;
            type: components["schemas"]["EntityType"];
            /** @example 1 */
            score: number;
            /** @description Safe to link without review: an identifier agrees, a reviewer judged it a match, or it is the top candidate with score ≥ 0.9 and a lead of ≥ 0.1 over the next. */
            match: boolean;
            features: components["schemas"]["MatchFeatures"];
        };
        /**
         * @description `match`: the name is this entity; `no_match`: it is not, and the entity is never proposed for it again.
         * @enum {string}
         */
        MatchDecision: "match" | "no_match";
        /** @description What the score is made of. */
        MatchFeatures: {
            /**
             * @description Name similarity: 1 when the query equals a name or alias once case, accents and punctuation are folded, else the pg_trgm trigram similarity of the accent-folded names (below 1).
             * @example 1
             */
            name: number;
            /**
             * @description The stored name or alias that gave `name`.
             * @example Dina Boluarte
             */
            matchedName: string;
            /**
             * @description `matchedName` is an alias, not the entity’s name.
             * @example false
             */
            alias: boolean;
            /** @description The query’s type against the entity’s; null when not asked. */
            type: ("agrees" | "differs") | null;
            /** @description The query’s country against the entity’s countries (itself, where it lies, the offices a person holds); `unknown` when the entity has none recorded; null when not asked. */
            country: ("agrees" | "differs" | "unknown") | null;
            /** @description The query’s birth date against a person’s (as precise as the query is); null when not asked. */
            birthDate: ("agrees" | "differs" | "unknown") | null;
            /** @description An identifier of the query against the entity’s of the same kind; null when none could be compared. */
            identifier: ("agrees" | "differs") | null;
            /** @description A reviewer judged this entity a match for this name (POST /v1/entities/match/judgements). */
            judgement: "match" | null;
        };
        /** @description A reviewer’s decision on one (query name, entity) pair. */
        MatchJudgement: {
            /**
             * Format: uuid
             * @description A UUID (version 7: time-ordered).
             * @example 0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d
             */
            id: string;
            /**
             * @description The query name as first judged.
             * @example D. Boluarte
             */
            query: string;
            /** @example d boluarte */
            queryKey: string;
            /**
             * Format: uuid
             * @description A UUID (version 7: time-ordered).
             * @example 0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d
             */
            entityId: string;
            decision: components["schemas"]["MatchDecision"];
            /**
             * Format: date-time
             * @description An RFC 3339 date-time.
             * @example 2023-06-05T00:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description An RFC 3339 date-time.
             * @example 2023-06-05T00:00:00.000Z
             */
            updatedAt: string;
        };
        /** @description A page of MatchJudgement objects. */
        MatchJudgementPage: {
            data: components["schemas"]["MatchJudgement"][];
            page: components["schemas"]["PageInfo"];
        };
        /** @description One name to match, with what else you know about it. */
        MatchQuery: {
            /** @description Your own key for the query (a row number, a CMS tag id), echoed in its result. */
            id?: string;
            /**
             * @description The name to match, in any language or spelling.
             * @example Dina Boluarte
             */
            name: string;
            type?: components["schemas"]["EntityType"];
            /**
             * @description ISO 3166-1 alpha-2 code (`PE`) or the Meridian id of a country.
             * @example PE
             */
            country?: string;
            /**
             * @description A year, month or day of birth: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
             * @example 1962-05-31
             */
            birthDate?: string;
            /** @description External identifiers you already know; one that agrees makes the entity a match. */
            identifiers?: {
                /** @example Q106474688 */
                wikidata?: string;
                isoAlpha2?: string;
                isoAlpha3?: string;
                unlocode?: string;
            };
        };
        MatchResponse: {
            /** @description One result per query, in query order. */
            results: components["schemas"]["MatchResult"][];
        };
        MatchResult: {
            /** @description The query’s `id`, when it had one. */
            id: string | null;
            /** @example Dina Boluarte */
            name: string;
            /**
             * @description The name as matching compares it (the key judgements are recorded under).
             * @example dina boluarte
             */
            queryKey: string;
            /** @description Best first; empty when nothing is close. */
            candidates: components["schemas"]["MatchCandidate"][];
        };
        /**
         * @description One occurrence of an entity in an article’s title, dateline or body.
         * @example {
         *       "field": "body",
         *       "start": 4032,
         *       "end": 4039,
         *       "surface": "Chancay",
         *       "method": "manual",
         *       "confidence": 1
         *     }
         */
        Mention: {
            field: components["schemas"]["MentionField"];
            /**
             * Format: int64
             * @description Offset of the first character in the mention’s field (the body, the title or the dateline), in Unicode code points (in JavaScript: Array.from(text)).
             * @example 201
             */
            start: number;
            /**
             * Format: int64
             * @description Offset just past the last character: code points [start, end) of the field are the surface text.
             * @example 214
             */
            end: number;
            /**
             * Format: uuid
             * @description The mention’s id (for review: POST /v1/mentions/{id}/review).
             * @example 0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d
             */
            id?: string;
            /** @example Dina Boluarte */
            surface: string;
            /**
             * @description How the mention was found.
             * @enum {string}
             */
            method: "manual" | "gazetteer" | "ner";
            confidence: number;
            /** @description `proposed` for NER mentions until reviewed. */
            status?: components["schemas"]["ReviewStatus"];
        };
        /**
         * @description The article text a mention stands in and its offsets count into: `title`, `dateline` (the dateline’s `text`) or `body`.
         * @enum {string}
         */
        MentionField: "title" | "dateline" | "body";
        /** @description A page of Mention objects. */
        MentionPage: {
            data: components["schemas"]["MentionResource"][];
            page: components["schemas"]["PageInfo"];
        };
        /**
         * @description One occurrence of an entity in an article’s title, dateline or body, as a resource of its own (for review).
         * @example {
         *       "id": "019a2b3c-4d5e-7f60-8a9b-0c1d2e3f4a5b",
         *       "articleId": "0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d",
         *       "entity": {
         *         "id": "0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3e",
         *         "type": "person",
         *         "name": "Dina Boluarte",
         *         "slug": "dina-boluarte"
         *       },
         *       "field": "body",
         *       "start": 201,
         *       "end": 214,
         *       "surface": "Dina Boluarte",
         *       "method": "ner",
         *       "confidence": 0.5,
         *       "status": "proposed",
         *       "version": 1,
         *       "createdAt": "2026-12-03T08:00:00.000Z",
         *       "updatedAt": "2026-12-03T08:00:00.000Z"
         *     }
         */
        MentionResource: {
            /**
             * Format: uuid
             * @description A UUID (version 7: time-ordered).
             * @example 0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d
             */
            id: string;
            /**
             * Format: uuid
             * @description A UUID (version 7: time-ordered).
             * @example 0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d
             */
            articleId: string;
            entity: components["schemas"]["EntityRef"];
            field: components["schemas"]["MentionField"];
            /**
             * Format: int64
             * @description Offset of the first character in the mention’s field (title, dateline or body), in Unicode code points.
             * @example 201
             */
            start: number;
            /**
             * Format: int64
             * @description Offset just past the last character.
             * @example 214
             */
            end: number;
            /** @example Dina Boluarte */
            surface: string;
            /** @enum {string} */
            method: "manual" | "gazetteer" | "ner";
            confidence: number;
            status: components["schemas"]["ReviewStatus"];
            /**
             * Format: int64
             * @description Incremented on every update; sent as the ETag (`"<version>"`) for If-Match.
             * @example 1
             */
            version: number;
            /**
             * Format: date-time
             * @description An RFC 3339 date-time.
             * @example 2023-06-05T00:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description An RFC 3339 date-time.
             * @example 2023-06-05T00:00:00.000Z
             */
            updatedAt: string;
        };
        /**
         * @description Only the fields sent change; the surface text is re-read from the mention’s field (body, title or dateline).
         * @example {
         *       "start": 205,
         *       "end": 214,
         *       "status": "accepted"
         *     }
         */
        MentionUpdate: {
            /**
             * Format: uuid
             * @description The entity the mention really refers to.
             * @example 0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d
             */
            entityId?: string;
            /** Format: int64 */
            start?: number;
            /** Format: int64 */
            end?: number;
            confidence?: number;
            status?: components["schemas"]["ReviewStatus"];
        };
        /** @description An article as a schema.org NewsArticle in JSON-LD (application/ld+json). */
        NewsArticleJsonLd: {
            /** @constant */
            "@context": "https://schema.org";
            /** @constant */
            "@type": "NewsArticle";
            /**
             * @description The Meridian URN (`urn:uuid:<id>`).
             * @example urn:uuid:0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d
             */
            "@id": string;
            url: string;
            /** @description The article’s Meridian id. */
            identifier: string;
            headline: string;
            /** @description The dek. */
            alternativeHeadline?: string;
            /** @description The byline: the outlet (a NewsMediaOrganization) when it names a source Meridian knows, as a republication crediting the original outlet does; otherwise a Person. */
            author?: (components["schemas"]["JsonLdNewsMediaOrganization"] | {
                /** @constant */
                "@type": "Person";
                name: string;
            })[];
            inLanguage: string;
            datePublished?: string;
            dateModified?: string;
            publisher: components["schemas"]["JsonLdNewsMediaOrganization"];
            articleBody: string;
            /** Format: int64 */
            wordCount: number;
            /** @description The entities the article’s claims are about. */
            about: components["schemas"]["JsonLdThing"][];
            /** @description Every entity the article body mentions. */
            mentions: components["schemas"]["JsonLdThing"][];
            /** @description The original this article republishes or translates. */
            isBasedOn?: {
                /** @constant */
                "@type": "NewsArticle";
                /**
                 * @description The Meridian URN (`urn:uuid:<id>`).
                 * @example urn:uuid:0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d
                 */
                "@id": string;
                url: string;
                headline: string;
            };
        };
        /** @description An article as IPTC ninjs 2.1 (media type application/ninjs+json). */
        NinjsArticle: {
            /** @example urn:uuid:0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d */
            uri: string;
            standard: {
                /** @constant */
                name: "ninjs";
                version: string;
                schema: string;
            };
            /** @constant */
            type: "text";
            /** @constant */
            representationtype: "full";
            /** @description Meridian’s version counter of the article. */
            version: string;
            /** @description When Meridian stored the article. */
            firstcreated: string;
            /** @description When this version of Meridian’s record was made. */
            versioncreated: string;
            /** @description When the source published it (absent when unknown). */
            contentcreated?: string;
            /** @constant */
            pubstatus: "usable";
            language: string;
            /** @description `main`: the title; `sub`: the dek. */
            headlines: {
                role?: string;
                value: string;
            }[];
            by?: string;
            bodies: {
                role: string;
                contenttype: string;
                charcount: number;
                wordcount: number;
                value: string;
            }[];
            people: {
                name: string;
                /** @description `mentioned`: the article body names it. */
                rel: string;
                /**
                 * @description The Wikidata concept URI when known, else the entity’s Meridian URN.
                 * @example http://www.wikidata.org/entity/Q419
                 */
                uri: string;
                /**
                 * @description The entity’s Meridian slug.
                 * @example peru
                 */
                literal: string;
            }[];
            organisations: {
                name: string;
                /** @description `mentioned`: the article body names it. */
                rel: string;
                /**
                 * @description The Wikidata concept URI when known, else the entity’s Meridian URN.
                 * @example http://www.wikidata.org/entity/Q419
                 */
                uri: string;
                /**
                 * @description The entity’s Meridian slug.
                 * @example peru
                 */
                literal: string;
            }[];
            places: {
                name: string;
                /** @description `mentioned`: the article body names it. */
                rel: string;
                /**
                 * @description The Wikidata concept URI when known, else the entity’s Meridian URN.
                 * @example http://www.wikidata.org/entity/Q419
                 */
                uri: string;
                /**
                 * @description The entity’s Meridian slug.
                 * @example peru
                 */
                literal: string;
                geojson?: {
                    /** @constant */
                    type: "Point";
                    /** @description [longitude, latitude] (GeoJSON order). */
                    coordinates: number[];
                };
            }[];
            events: {
                name: string;
                /** @description `mentioned`: the article body names it. */
                rel: string;
                /**
                 * @description The Wikidata concept URI when known, else the entity’s Meridian URN.
                 * @example http://www.wikidata.org/entity/Q419
                 */
                uri: string;
                /**
                 * @description The entity’s Meridian slug.
                 * @example peru
                 */
                literal: string;
            }[];
            subjects: {
                name: string;
                /** @description `mentioned`: the article body names it. */
                rel: string;
                /**
                 * @description The Wikidata concept URI when known, else the entity’s Meridian URN.
                 * @example http://www.wikidata.org/entity/Q419
                 */
                uri: string;
                /**
                 * @description The entity’s Meridian slug.
                 * @example peru
                 */
                literal: string;
                creator: string;
                /**
                 * Format: int64
                 * @description The best mention confidence, 0–100.
                 */
                confidence: number;
            }[];
            infosources: {
                name: string;
                uri?: string;
                literal: string;
            }[];
            /** @description `url`: the article’s address; `meridian`: its id; `sha256`: its content hash. */
            altids: {
                role: string;
                value: string;
            }[];
            /** @description The original this article republishes, translates or rewrites (`name` says which). */
            associations?: {
                name: string;
                uri: string;
                /** @constant */
                type: "text";
                headlines: {
                    role?: string;
                    value: string;
                }[];
                altids: {
                    role: string;
                    value: string;
                }[];
            }[];
        };
        PageInfo: {
            /**
             * Format: int64
             * @description The page size used.
             */
            limit: number;
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            nextCursor: string | null;
            /** @description The URL of the next page (also sent as a Link header); null on the last page. */
            next: string | null;
        };
        /**
         * @description An RFC 9457 problem details object (media type application/problem+json).
         * @example {
         *       "type": "/problems/validation_failed",
         *       "title": "The request is not valid",
         *       "status": 400,
         *       "detail": "The querystring is not valid: limit: Too big: expected number to be <=100",
         *       "instance": "/v1/articles",
         *       "code": "validation_failed",
         *       "requestId": "01a2185e-f857-7c1a-9d3e-2b4c5d6e7f80",
         *       "errors": [
         *         {
         *           "location": "querystring",
         *           "field": "limit",
         *           "message": "Too big: expected number to be <=100"
         *         }
         *       ]
         *     }
         */
        Problem: {
            /**
             * @description A URI reference naming the problem type; GET it for a description.
             * @example /problems/validation_failed
             */
            type: string;
            /** @description A short, human-readable summary of the problem type. */
            title: string;
            /**
             * Format: int64
             * @description The HTTP status code.
             * @example 400
             */
            status: number;
            /** @description What went wrong with this request. */
            detail: string;
            /**
             * @description The path of the request that failed.
             * @example /v1/articles
             */
            instance: string;
            /**
             * @description A stable machine-readable code.
             * @enum {string}
             */
            code: "validation_failed" | "malformed_json" | "malformed_request" | "invalid_cursor" | "unauthorized" | "forbidden" | "not_found" | "route_not_found" | "method_not_allowed" | "not_acceptable" | "conflict" | "idempotency_in_progress" | "secret_not_replayable" | "in_use" | "precondition_failed" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "unprocessable" | "request_timeout" | "header_fields_too_large" | "uri_too_long" | "rate_limited" | "query_timeout" | "response_timeout" | "overloaded" | "exports_busy" | "service_unavailable" | "internal_error";
            /** @description The request id, also returned in the X-Request-Id header. */
            requestId: string;
            /** @description For validation failures: each refused field and why. */
            errors?: {
                /**
                 * @description Where the field was sent.
                 * @enum {string}
                 */
                location: "body" | "querystring" | "params" | "headers";
                /**
                 * @description The field, as a dotted path (`mentions.0.start`).
                 * @example limit
                 */
                field: string;
                /**
                 * @description Why the value was refused.
                 * @example must be at most 100
                 */
                message: string;
            }[];
            /** @description On conflicts: the URL of the existing resource. */
            location?: string;
            /** @description On 406: the representations the operation offers, as `format` values and media types. */
            supported?: {
                format: string;
                mediaType: string;
            }[];
        };
        /** @description What a problem `type` means; problem bodies link here. */
        ProblemType: {
            /** @example validation_failed */
            code: string;
            /**
             * Format: int64
             * @example 400
             */
            status: number;
            /** @example The request is not valid */
            title: string;
            description: string;
        };
        /**
         * @description How `value` bounds the real quantity: exact ("30%"), at_least ("at least 50"), more_than ("over 3,500"), at_most ("up to 9,000 tons"), less_than ("under 5%"), approximately ("about 30%").
         * @enum {string}
         */
        QuantityBound: "exact" | "at_least" | "more_than" | "at_most" | "less_than" | "approximately";
        /** @description A rating: a value on the scale worst … best, the reviewer’s words for it, or both. */
        Rating: {
            /**
             * @description The rating on the declared scale.
             * @example 2
             */
            value: number | null;
            /**
             * @description The best (truest) rating of the scale.
             * @example 5
             */
            best: number | null;
            /**
             * @description The worst (falsest) rating of the scale.
             * @example 1
             */
            worst: number | null;
            /**
             * @description The rating in the reviewer’s words.
             * @example Misleading
             */
            alternateName: string | null;
        };
        Readiness: {
            /** @constant */
            status: "ready";
            /** @constant */
            database: "reachable";
            migrations: {
                /** Format: int64 */
                applied: number;
                pending: string[];
            };
        };
        ReconcileCandidate: {
            /**
             * Format: uuid
             * @description A UUID (version 7: time-ordered).
             * @example 0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d
             */
            id: string;
            name: string;
            type: components["schemas"]["ReconcileType"][];
            description?: string;
            /**
             * @description The match score × 100.
             * @example 100
             */
            score: number;
            match: boolean;
            /** @description The score’s parts as numbers: `name` (similarity) and the factors `type`, `country`, `birthDate`, `identifier` that applied. */
            features: {
                id: string;
                value: number;
            }[];
        };
        /** @description The W3C Reconciliation Service manifest. */
        ReconcileManifest: {
            /**
             * @example [
             *       "0.2"
             *     ]
             */
            versions: string[];
            name: string;
            identifierSpace: string;
            schemaSpace: string;
            defaultTypes: components["schemas"]["ReconcileType"][];
            view: {
                /** @description An entity’s page; `{{id}}` stands for its id. */
                url: string;
            };
            preview: {
                url: string;
                /** Format: int64 */
                width: number;
                /** Format: int64 */
                height: number;
            };
            suggest: {
                entity: {
                    /** @description The base URL of the service. */
                    service_url: string;
                    /** @description The path under it. */
                    service_path: string;
                };
                type: {
                    /** @description The base URL of the service. */
                    service_url: string;
                    /** @description The path under it. */
                    service_path: string;
                };
                property: {
                    /** @description The base URL of the service. */
                    service_url: string;
                    /** @description The path under it. */
                    service_path: string;
                };
            };
            /**
             * Format: int64
             * @description The most queries one request may carry.
             */
            batchSize: number;
        };
        ReconcileQuery: {
            /**
             * @description The name to reconcile.
             * @example Boluarte
             */
            query: string;
            /** @description An entity type id (see the manifest’s defaultTypes), or several. */
            type?: ("country" | "person" | "organization" | "port" | "place" | "event" | "legal_instrument" | "commodity" | "other") | ("country" | "person" | "organization" | "port" | "place" | "event" | "legal_instrument" | "commodity" | "other")[];
            /**
             * @description `should`: the type only weighs in the score; otherwise (default) candidates must have it.
             * @enum {string}
             */
            type_strict?: "any" | "all" | "should";
            /**
             * Format: int32
             * @description Default 5.
             */
            limit?: number;
            properties?: {
                /** @enum {string} */
                pid: "country" | "wikidata" | "birthDate";
                v: (string | number | {
                    id: string;
                    name?: string;
                }) | (string | number | {
                    id: string;
                    name?: string;
                })[];
            }[];
        };
        /** @description One entry per query id: its candidates, best first. */
        ReconcileResults: {
            [key: string]: {
                result: components["schemas"]["ReconcileCandidate"][];
            };
        };
        ReconcileSuggestions: {
            result: {
                id: string;
                name: string;
                description?: string;
                notable?: components["schemas"]["ReconcileType"][];
            }[];
        };
        ReconcileType: {
            id: string;
            name: string;
        };
        RelatedArticle: {
            article: components["schemas"]["ArticleSummary"];
            /**
             * @description 0.8 × entityScore + 0.2 × titleSimilarity.
             * @example 0.8137
             */
            score: number;
            /**
             * @description Weight of the shared entities over the weight of all the entities of the first article.
             * @example 1
             */
            entityScore: number;
            /**
             * @description pg_trgm trigram similarity of the two titles.
             * @example 0.0685
             */
            titleSimilarity: number;
            /** @description The entities both mention, heaviest first. */
            sharedEntities: components["schemas"]["SharedEntity"][];
        };
        /**
         * @description Articles related to an article by the entities they share and by title.
         * @example {
         *       "article": {
         *         "id": "01a2186a-0c1f-7d3e-8a2b-4c5d6e7f8091",
         *         "url": "https://wire.example.org/peru-congress",
         *         "title": "Peru's Congress votes",
         *         "language": "en",
         *         "publishedAt": "2023-06-06T10:00:00.000Z",
         *         "sourceId": "01a2186a-0b2e-7c4d-9e1f-2a3b4c5d6e7f"
         *       },
         *       "data": [
         *         {
         *           "article": {
         *             "id": "01a2185e-f303-7111-8c69-1b6d28cf787f",
         *             "url": "https://orinocotribune.com/what-is-behind-the-entry-of-us-troops-and-weapons-into-peru",
         *             "title": "What is Behind the Entry of US Troops and Weapons Into Peru?",
         *             "language": "en",
         *             "publishedAt": "2023-06-05T04:00:00.000Z",
         *             "sourceId": "01a2185e-f106-7347-ae37-0d969960a6bb"
         *           },
         *           "score": 0.8137,
         *           "entityScore": 1,
         *           "titleSimilarity": 0.0685,
         *           "sharedEntities": [
         *             {
         *               "id": "01a2185e-f125-7652-ba92-5bb0ec87d27f",
         *               "type": "country",
         *               "name": "Peru",
         *               "slug": "peru",
         *               "weight": 0.9163
         *             }
         *           ]
         *         }
         *       ]
         *     }
         */
        RelatedArticles: {
            article: components["schemas"]["ArticleSummary"];
            /** @description Best first (score, then id). */
            data: components["schemas"]["RelatedArticle"][];
        };
        /**
         * @description A typed, time-scoped edge between two entities, read as "subject <type> object" (the port of Chancay `located_in` Peru).
         * @example {
         *       "id": "0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c40",
         *       "type": "located_in",
         *       "subject": {
         *         "id": "0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c41",
         *         "type": "port",
         *         "name": "Port of Chancay",
         *         "slug": "chancay"
         *       },
         *       "object": {
         *         "id": "0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c42",
         *         "type": "country",
         *         "name": "Peru",
         *         "slug": "peru"
         *       },
         *       "startDate": null,
         *       "startPrecision": null,
         *       "endDate": null,
         *       "endPrecision": null,
         *       "source": {
         *         "kind": "reference",
         *         "dataset": "ports/ports.csv",
         *         "articleId": null,
         *         "evidence": null
         *       },
         *       "status": "accepted",
         *       "share": null,
         *       "version": 1,
         *       "createdAt": "2023-06-05T00:00:00.000Z",
         *       "updatedAt": "2023-06-05T00:00:00.000Z"
         *     }
         */
        Relation: {
            /**
             * Format: uuid
             * @description A UUID (version 7: time-ordered).
             * @example 0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d
             */
            id: string;
            type: components["schemas"]["RelationType"];
            subject: components["schemas"]["EntityRef"];
            object: components["schemas"]["EntityRef"];
            /**
             * @description First day it holds; null when unknown.
             * @example null
             */
            startDate: string | null;
            startPrecision: components["schemas"]["DatePrecision"] | null;
            /**
             * @description Last day it holds; null while it holds.
             * @example null
             */
            endDate: string | null;
            endPrecision: components["schemas"]["DatePrecision"] | null;
            source: components["schemas"]["RelationSource"];
            status: components["schemas"]["ReviewStatus"];
            /**
             * @description For `owns`: the share of the object the subject owns, from 0 to 1; null otherwise or when unknown.
             * @example null
             */
            share: number | null;
            /**
             * Format: int64
             * @description Incremented on every update.
             * @example 1
             */
            version: number;
            /**
             * Format: date-time
             * @description An RFC 3339 date-time.
             * @example 2023-06-05T00:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description An RFC 3339 date-time.
             * @example 2023-06-05T00:00:00.000Z
             */
            updatedAt: string;
        };
        /** @description A page of Relation objects. */
        RelationPage: {
            data: components["schemas"]["Relation"][];
            page: components["schemas"]["PageInfo"];
        };
        /** @description Where the relation comes from. */
        RelationSource: {
            /**
             * @description `reference`: a reference data set (`dataset`); `article`: stated in an article (`articleId`, `evidence`); `manual`: entered by a person.
             * @enum {string}
             */
            kind: "reference" | "article" | "manual";
            /**
             * @description For `reference`: the data file or package, e.g. `places/cities.csv` (see data/README.md).
             * @example ports/ports.csv
             */
            dataset: string | null;
            /** @description For `article`: the article that states the relation. */
            articleId: string | null;
            /** @description For `article`: where the article states it. */
            evidence: {
                /**
                 * Format: int64
                 * @description First code point of the evidence in the article body.
                 */
                start: number;
                /**
                 * Format: int64
                 * @description Code point just past the evidence.
                 */
                end: number;
            } | null;
        };
        /**
         * @description The kind of relation, read as "subject <type> object": `located_in` (a place in a region or country), `part_of`, `member_of`, `owns` (with `share`), `operates`, `head_of`, `holds_position`, `allied_with`, `party_to`, `successor_of` (a state that followed one that ceased to exist).
         * @enum {string}
         */
        RelationType: "located_in" | "part_of" | "member_of" | "owns" | "operates" | "head_of" | "holds_position" | "allied_with" | "party_to" | "successor_of";
        /**
         * @description A reviewer’s decision. To correct fields, PATCH the resource (and then accept it).
         * @example {
         *       "action": "accept"
         *     }
         */
        Review: {
            action: components["schemas"]["ReviewAction"];
        };
        /**
         * @description `accept` or `reject` what the ingest pipeline proposed.
         * @enum {string}
         */
        ReviewAction: "accept" | "reject";
        /** @description Who published the review: a fact-checking organisation, a person, or the API key that recorded it. */
        Reviewer: {
            /** @example Verificado.pe */
            name: string;
            /**
             * @description The reviewer’s homepage.
             * @example https://verificado.example
             */
            url: string | null;
            /**
             * @description The schema.org type of the reviewer.
             * @enum {string}
             */
            type: "Organization" | "Person";
            /** @description The reviewer is the API key that recorded the review (no reviewer was named): `name` is the key’s name, `type` Organization. */
            isKey: boolean;
        };
        /**
         * @description `accepted`: curated, entered by hand or confirmed by a reviewer; `proposed`: made by the ingest pipeline, awaiting review; `rejected`: refused by a reviewer.
         * @enum {string}
         */
        ReviewStatus: "accepted" | "proposed" | "rejected";
        /**
         * @description One recorded change of a resource.
         * @example {
         *       "revision": 2,
         *       "action": "updated",
         *       "changedFields": [
         *         "status"
         *       ],
         *       "operation": null,
         *       "mergedInto": null,
         *       "actor": {
         *         "keyPrefix": "Xq3v9TzA1bCd"
         *       },
         *       "requestId": "01a2185e-f857-7c1a-9d3e-2b4c5d6e7f80",
         *       "recordedAt": "2026-12-03T07:12:27.123Z"
         *     }
         */
        Revision: {
            /**
             * Format: int64
             * @description The revision number: 1, 2, 3 … per resource; the resource’s version when the write incremented it.
             * @example 2
             */
            revision: number;
            /**
             * @description `created`, `updated`, `deleted`, or `merged` (an entity merged into another: `mergedInto` names the survivor).
             * @enum {string}
             */
            action: "created" | "updated" | "deleted" | "merged";
            /**
             * @description For `updated`: the fields that differ from the previous revision (`aliases`, `identifiers.wikidata`, `subjects` …).
             * @example [
             *       "status"
             *     ]
             */
            changedFields: string[];
            /**
             * @description What the change was part of, when more than a plain write: `merge`, `split`, `import`.
             * @example null
             */
            operation: string | null;
            /** @description For `merged`: the entity this one was merged into. */
            mergedInto: string | null;
            /** @description Who made the change; null for changes made without a key (seeding, scripts). */
            actor: {
                /**
                 * @description The public prefix of the API key that made the change.
                 * @example Xq3v9TzA1bCd
                 */
                keyPrefix: string;
            } | null;
            /** @description The X-Request-Id of the request that made the change. */
            requestId: string | null;
            /**
             * Format: date-time
             * @description When the change was committed; `as_of` compares with it.
             * @example 2023-06-05T00:00:00.000Z
             */
            recordedAt: string;
        };
        /** @description A page of Revision objects. */
        RevisionPage: {
            data: components["schemas"]["Revision"][];
            page: components["schemas"]["PageInfo"];
        };
        /**
         * @description A time-scoped position: a person holds an office in an organization or country.
         * @example {
         *       "id": "01a2185e-f2fa-725b-9003-4f7da7f2d1ef",
         *       "title": "President of Peru",
         *       "person": {
         *         "id": "01a2185e-f1c4-752b-9612-88fe2344274a",
         *         "type": "person",
         *         "name": "Dina Boluarte",
         *         "slug": "dina-boluarte"
         *       },
         *       "organization": {
         *         "id": "01a2185e-f125-7652-ba92-5bb0ec87d27f",
         *         "type": "country",
         *         "name": "Peru",
         *         "slug": "peru"
         *       },
         *       "startDate": "2022-12-07",
         *       "endDate": null
         *     }
         */
        Role: {
            /**
             * Format: uuid
             * @description A UUID (version 7: time-ordered).
             * @example 0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d
             */
            id: string;
            /** @example President of Peru */
            title: string;
            person: components["schemas"]["EntityRef"];
            /** @description The organization or country the office belongs to. */
            organization: components["schemas"]["EntityRef"] | null;
            /** @example 2022-12-07 */
            startDate: string | null;
            /**
             * @description Null while the role is held.
             * @example null
             */
            endDate: string | null;
        };
        /** @description A page of Role objects. */
        RolePage: {
            data: components["schemas"]["Role"][];
            page: components["schemas"]["PageInfo"];
        };
        /** @description An entity whose name or an alias matches the search. */
        SearchEntityHit: {
            /**
             * Format: uuid
             * @description A UUID (version 7: time-ordered).
             * @example 0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d
             */
            id: string;
            type: components["schemas"]["EntityType"];
            status: components["schemas"]["ReviewStatus"];
            /** @example Peru */
            name: string;
            /** @example peru */
            slug: string;
            description: string | null;
            identifiers: components["schemas"]["EntityIdentifiers"];
            coordinates: components["schemas"]["Coordinates"] | null;
            /**
             * @description First day the entity existed (a former country, an organisation that was wound up); null: open or not recorded. A date known only to the year or month is its first day.
             * @example null
             */
            validFrom: string | null;
            /**
             * @description Last day the entity existed (the Soviet Union: 1991-12-26); null: it still exists, as far as recorded.
             * @example null
             */
            validTo: string | null;
            aliases: components["schemas"]["Alias"][];
            /**
             * Format: int64
             * @description Incremented on every update; sent as the ETag (`"<version>"`) for If-Match.
             * @example 1
             */
            version: number;
            /** @description With `include=roles`: roles held by the person or within the organization. */
            roles?: components["schemas"]["Role"][];
            /**
             * @description Only on `proposed` entities: how sure the ingest pipeline is that it is a real entity of its type, 1 − Π(1 − c) over the confidences c of its NER mentions that no reviewer rejected (README, "Proposals and their confidence"); null when none is left. Given by GET /v1/entities, GET /v1/entities/{idOrSlug} and GET /v1/articles/{id}/entities; accepted and rejected entities, and other representations, do not carry it.
             * @example 0.94
             */
            confidence?: number | null;
            /**
             * Format: date-time
             * @description An RFC 3339 date-time.
             * @example 2023-06-05T00:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description An RFC 3339 date-time.
             * @example 2023-06-05T00:00:00.000Z
             */
            updatedAt: string;
            score: number | null;
            /**
             * @description The name or alias that matched the query.
             * @example Perú
             */
            matchedName: string | null;
        };
        /**
         * @description Counts over the matching articles, on request (`facets=`).
         * @example {
         *       "sampled": false,
         *       "sampleSize": null,
         *       "counted": 1,
         *       "source": {
         *         "buckets": [
         *           {
         *             "id": "01a2185e-f106-7347-ae37-0d969960a6bb",
         *             "slug": "orinoco-tribune",
         *             "name": "Orinoco Tribune",
         *             "count": 1
         *           }
         *         ],
         *         "other": 0
         *       },
         *       "language": {
         *         "buckets": [
         *           {
         *             "language": "en",
         *             "count": 1
         *           }
         *         ],
         *         "other": 0
         *       },
         *       "date": {
         *         "interval": "month",
         *         "buckets": [
         *           {
         *             "start": "2023-06-01",
         *             "count": 1
         *           }
         *         ],
         *         "undated": 0
         *       }
         *     }
         */
        SearchFacets: {
            /** @description True when the counts are over a random sample of the matches (too many to count quickly). */
            sampled: boolean;
            /**
             * @description When sampled: how many matching articles the sample holds. Null otherwise.
             * @example null
             */
            sampleSize: number | null;
            /**
             * Format: int64
             * @description How many articles the counts are over: every match when not sampled (then equal to the exact total), else the sample.
             */
            counted: number;
            source?: {
                buckets: {
                    /**
                     * Format: uuid
                     * @description A UUID (version 7: time-ordered).
                     * @example 0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d
                     */
                    id: string;
                    slug: string;
                    name: string;
                    /**
                     * Format: int64
                     * @example 1
                     */
                    count: number;
                }[];
                /**
                 * Format: int64
                 * @description Articles from sources beyond the 50 largest buckets; buckets plus other add up to `counted`.
                 * @example 1
                 */
                other: number;
            };
            language?: {
                buckets: {
                    language: string;
                    /**
                     * Format: int64
                     * @example 1
                     */
                    count: number;
                }[];
                /**
                 * Format: int64
                 * @description Articles in languages beyond the 50 largest buckets.
                 * @example 1
                 */
                other: number;
            };
            /** @description Not a partition: an article mentioning a person and a port counts in both. */
            entityType?: {
                buckets: {
                    type: components["schemas"]["EntityType"];
                    /**
                     * Format: int64
                     * @description Articles that mention at least one entity of the type.
                     * @example 1
                     */
                    count: number;
                }[];
            };
            /** @description The 10 entities mentioned by the most matching articles. */
            entities?: {
                buckets: {
                    /**
                     * Format: uuid
                     * @description A UUID (version 7: time-ordered).
                     * @example 0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d
                     */
                    id: string;
                    slug: string;
                    name: string;
                    type: components["schemas"]["EntityType"];
                    /**
                     * Format: int64
                     * @description Articles that mention the entity.
                     * @example 1
                     */
                    count: number;
                }[];
            };
            /** @description The 50 countries the most matching articles concern, named or inferred from their places. Not a partition: an article about two countries counts in both. */
            country?: {
                buckets: {
                    /**
                     * Format: uuid
                     * @description A UUID (version 7: time-ordered).
                     * @example 0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d
                     */
                    id: string;
                    slug: string;
                    name: string;
                    /** @example PE */
                    isoAlpha2: string | null;
                    /**
                     * Format: int64
                     * @description Articles that mention the country or a place in it (what `country=` matches).
                     * @example 1
                     */
                    count: number;
                }[];
            };
            /** @description Articles per publication interval (UTC), oldest first; empty intervals are left out. */
            date?: {
                /** @enum {string} */
                interval: "day" | "week" | "month" | "year";
                buckets: {
                    /**
                     * Format: date
                     * @example 2023-06-01
                     */
                    start: string;
                    /**
                     * Format: int64
                     * @example 1
                     */
                    count: number;
                }[];
                /**
                 * Format: int64
                 * @description Articles with no known publication time; buckets plus undated add up to `counted`.
                 * @example 1
                 */
                undated: number;
            };
        };
        SearchQueryInfo: {
            /** @description The query as received. */
            q: string | null;
            /** @description How the query was understood, per text search configuration (an empty string: nothing searchable in that language). */
            tsquery: {
                english: string;
                spanish: string;
                simple: string;
            } | null;
        };
        /** @description How the articles were ordered. */
        SearchRanking: {
            /** @enum {string} */
            sort: "relevance" | "newest" | "oldest";
            /** @description True when every match was considered for this order; false when relevance ranked only the newest matches. */
            exhaustive: boolean;
            /**
             * @description When not exhaustive: how many of the newest matches were ranked. Null when exhaustive.
             * @example null
             */
            candidates: number | null;
        };
        /**
         * @description Search results, one section per requested type, and facets on request.
         * @example {
         *       "query": {
         *         "q": "pentagon lithium",
         *         "tsquery": {
         *           "english": "'pentagon' & 'lithium'",
         *           "spanish": "'pentagon' & 'lithium'",
         *           "simple": "'pentagon' & 'lithium'"
         *         }
         *       },
         *       "articles": {
         *         "data": [
         *           {
         *             "id": "01a2185e-f303-7111-8c69-1b6d28cf787f",
         *             "title": "What is Behind the Entry of US Troops and Weapons Into Peru?",
         *             "dek": null,
         *             "url": "https://orinocotribune.com/what-is-behind-the-entry-of-us-troops-and-weapons-into-peru/",
         *             "language": "en",
         *             "publishedAt": "2023-06-05T04:00:00.000Z",
         *             "sourceId": "01a2185e-f106-7347-ae37-0d969960a6bb",
         *             "score": 0.0010600119,
         *             "highlights": [
         *               "built with Chinese capital, an investment that has not been well regarded by the <mark>Pentagon</mark> for interfering with its interests in the region. Why is Chancay so important? With",
         *               "where raw materials from the region would leave for the Asian continent. For example, <mark>lithium</mark>, a mineral that has received worldwide attention because it is vital for the new technological"
         *             ]
         *           }
         *         ],
         *         "page": {
         *           "limit": 1,
         *           "nextCursor": null,
         *           "next": null
         *         },
         *         "total": {
         *           "value": 1,
         *           "exact": true
         *         },
         *         "ranking": {
         *           "sort": "relevance",
         *           "exhaustive": true,
         *           "candidates": null
         *         }
         *       },
         *       "facets": {
         *         "sampled": false,
         *         "sampleSize": null,
         *         "counted": 1,
         *         "source": {
         *           "buckets": [
         *             {
         *               "id": "01a2185e-f106-7347-ae37-0d969960a6bb",
         *               "slug": "orinoco-tribune",
         *               "name": "Orinoco Tribune",
         *               "count": 1
         *             }
         *           ],
         *           "other": 0
         *         },
         *         "language": {
         *           "buckets": [
         *             {
         *               "language": "en",
         *               "count": 1
         *             }
         *           ],
         *           "other": 0
         *         },
         *         "date": {
         *           "interval": "month",
         *           "buckets": [
         *             {
         *               "start": "2023-06-01",
         *               "count": 1
         *             }
         *           ],
         *           "undated": 0
         *         }
         *       }
         *     }
         */
        SearchResult: {
            query: components["schemas"]["SearchQueryInfo"];
            /** @description With `types` including `articles` (the default). */
            articles?: components["schemas"]["ArticleSearchSection"];
            /** @description With `types` including `claims`. */
            claims?: components["schemas"]["ClaimSearchSection"];
            /** @description With `types` including `entities`. */
            entities?: components["schemas"]["EntitySearchSection"];
            facets?: components["schemas"]["SearchFacets"];
        };
        /** @description How many results match the query and filters. */
        SearchTotal: {
            /**
             * Format: int64
             * @description How many results match.
             * @example 1
             */
            value: number;
            /** @description False when `value` is the planner’s estimate: matches are counted only up to 10,000. */
            exact: boolean;
        };
        /** @description An entity both articles mention, with its weight in the score. */
        SharedEntity: {
            /**
             * Format: uuid
             * @description A UUID (version 7: time-ordered).
             * @example 0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d
             */
            id: string;
            type: components["schemas"]["EntityType"];
            name: string;
            slug: string;
            /**
             * @description ln(1 + N / df): N articles in the store, df of them mention the entity. Rarer entities weigh more.
             * @example 0.9163
             */
            weight: number;
        };
        /**
         * @description An outlet that publishes articles.
         * @example {
         *       "id": "01a2185e-f106-7347-ae37-0d969960a6bb",
         *       "slug": "orinoco-tribune",
         *       "name": "Orinoco Tribune",
         *       "homepage": "https://orinocotribune.com",
         *       "country": "VE",
         *       "language": "en",
         *       "kind": "independent",
         *       "version": 1,
         *       "createdAt": "2026-11-26T15:00:04.998Z",
         *       "updatedAt": "2026-11-26T15:00:04.998Z"
         *     }
         */
        Source: {
            /**
             * Format: uuid
             * @description A UUID (version 7: time-ordered).
             * @example 0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d
             */
            id: string;
            /** @example orinoco-tribune */
            slug: string;
            /** @example Orinoco Tribune */
            name: string;
            /** @example https://orinocotribune.com/ */
            homepage: string | null;
            /**
             * @description Where the outlet is based (ISO 3166-1 alpha-2).
             * @example VE
             */
            country: string | null;
            /**
             * @description The outlet’s main language (BCP 47).
             * @example en
             */
            language: string | null;
            kind: components["schemas"]["SourceKind"];
            /**
             * Format: int64
             * @description Incremented on every update; sent as the ETag (`"<version>"`) for If-Match.
             * @example 1
             */
            version: number;
            /**
             * Format: date-time
             * @description An RFC 3339 date-time.
             * @example 2023-06-05T00:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description An RFC 3339 date-time.
             * @example 2023-06-05T00:00:00.000Z
             */
            updatedAt: string;
        };
        /**
         * @example {
         *       "name": "Misión Verdad",
         *       "homepage": "https://misionverdad.com",
         *       "country": "VE",
         *       "language": "es",
         *       "kind": "state_affiliated"
         *     }
         */
        SourceCreate: {
            name: string;
            /** @description Defaults to a slug made from the name. */
            slug?: string;
            homepage?: string | null;
            country?: string | null;
            language?: string | null;
            /** @default other */
            kind: components["schemas"]["SourceKind"];
        };
        /**
         * @description What kind of outlet: state-affiliated, public broadcaster, independent, commercial, wire, government, NGO, academic, other.
         * @enum {string}
         */
        SourceKind: "state_affiliated" | "public_broadcaster" | "independent" | "commercial" | "wire" | "government" | "ngo" | "academic" | "other";
        /** @description A page of Source objects. */
        SourcePage: {
            data: components["schemas"]["Source"][];
            page: components["schemas"]["PageInfo"];
        };
        /** @description The source, by id, domain or name. Without it, the article URL’s domain is used. */
        SourceRef: {
            /**
             * Format: uuid
             * @description A UUID (version 7: time-ordered).
             * @example 0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d
             */
            id?: string;
            /**
             * @description The outlet’s host name; `www.` is ignored. An unknown domain creates a source (kind `other`).
             * @example orinocotribune.com
             */
            domain?: string;
            /** @description The outlet’s name, matched without case; it must name exactly one source. */
            name?: string;
        };
        /**
         * @description Only the fields sent are changed; null clears an optional field.
         * @example {
         *       "kind": "state_affiliated"
         *     }
         */
        SourceUpdate: {
            name?: string;
            slug?: string;
            homepage?: string | null;
            country?: string | null;
            language?: string | null;
            kind?: components["schemas"]["SourceKind"];
        };
        /** @description A [start, end) range of the article body. */
        Span: {
            /**
             * Format: int64
             * @description Offset of the first character in the article body, in Unicode code points.
             */
            start: number;
            /**
             * Format: int64
             * @description Offset just past the last character.
             */
            end: number;
        };
        TimelineBucket: {
            /**
             * Format: date
             * @description First day of the bucket (UTC).
             * @example 2023-06-05
             */
            start: string;
            /**
             * Format: date
             * @description First day after the bucket: the bucket is [start, end).
             * @example 2023-06-12
             */
            end: string;
            /**
             * Format: int64
             * @description Mentions of the entity in articles published in the bucket.
             * @example 12
             */
            mentions: number;
            /**
             * Format: int64
             * @description Distinct articles published in the bucket that mention the entity.
             * @example 1
             */
            articles: number;
        };
        /**
         * @description Bucket size: `day`, `week` (ISO weeks, starting on Monday) or `month`, all in UTC.
         * @enum {string}
         */
        TimelineInterval: "day" | "week" | "month";
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: {
        /** @description CORS: the request’s `Origin`, echoed when `CORS_ORIGINS` lists it (then the browser lets the page read the response). Never sent by default: CORS is off until origins are configured. */
        "Access-Control-Allow-Origin": string;
        /** @description CORS: the response headers a page on an allowed origin may read (every header this document declares), sent with `Access-Control-Allow-Origin`. */
        "Access-Control-Expose-Headers": string;
        /** @description Names the file an export is saved as: `attachment; filename="meridian-<resource>-<snapshot time>.<format>"`. */
        "Content-Disposition": string;
        /** @description The path of the resource the body represents (after a merge: the surviving entity, whose ETag this is). */
        "Content-Location": string;
        /** @description The entity tag of the resource version in this response: `"<version>"` for the JSON representation, `"<version>-<format>"` for the others (ninjs, JSON-LD). Send it back in `If-None-Match` (304 while current) or `If-Match` (writes refused with 412 once it is stale). Absent when `include=` or `as_of=` shaped the body. */
        ETag: string;
        /** @description `true` when this is the stored response to an earlier request with the same `Idempotency-Key` (and the same method, path and body), replayed rather than run again. */
        "Idempotent-Replayed": "true";
        /** @description RFC 8288: `<next page path>; rel="next"` while there is a next page (the same URL as `page.next` in the body); absent on the last page. */
        Link: string;
        /** @description The path of the resource this response is about: the one just created (201), the one already stored under the same key (200 with `onDuplicate=return`), or where a merged entity now lives (308). */
        Location: string;
        /** @description Sent on successful writes when the deployment reads from replicas (`DATABASE_READ_URLS`): the primary’s WAL position after this write committed (`<hex>/<hex>`). Send it back in the `Meridian-Consistency-Token` request header of a read to see this write: the read is served by a replica that has replayed that far, waits up to `DATABASE_READ_WAIT_MS` for one, or is served by the primary. */
        "Meridian-Consistency-Token": string;
        /** @description The export’s normalised query (parameters sorted, lists comma-joined, `format` included): cite it, or send it again for a newer export of the same selection. */
        "Meridian-Export-Query": string;
        /** @description When the export’s database snapshot was taken (RFC 3339): rows written after it are not in the export. */
        "Meridian-Export-Snapshot": string;
        /** @description IETF RateLimit header fields (draft): the requests this client (its API key, else its address) may make per window, reads and writes counted apart. Sent while rate limits are configured (`RATE_LIMIT_READ_MAX` / `RATE_LIMIT_WRITE_MAX` above 0). */
        "RateLimit-Limit": number;
        /** @description The requests left in the current window (same budget as `RateLimit-Limit`). */
        "RateLimit-Remaining": number;
        /** @description Seconds until the current window ends and the budget is full again. */
        "RateLimit-Reset": number;
        /** @description Seconds to wait before retrying: until the rate-limit window ends (429), until the first request with the same `Idempotency-Key` may have finished (409), or a pause while the server is overloaded, draining or without its database (503). */
        "Retry-After": number;
        /** @description The Bearer challenge (RFC 6750): `Bearer realm="meridian"`, with `error="invalid_token"` when the key sent is malformed, unknown or revoked. */
        "WWW-Authenticate": string;
        /** @description The request id: the `X-Request-Id` the client sent when it is 1–128 of `A–Z a–z 0–9 _ . : -`, else one the server minted (a UUIDv7). Every log line of the request and the `requestId` of a problem carry it. */
        "X-Request-Id": string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getMetrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The metrics in the Prometheus text exposition format. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description No valid API key was sent (`Authorization: Bearer <key>`). */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the scope this operation needs. */
            403: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL (path and query string) is longer than the server accepts. */
            414: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure on the server; the problem’s requestId identifies it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is temporarily unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The process is up. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description The URL (path and query string) is longer than the server accepts. */
            414: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure on the server; the problem’s requestId identifies it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is temporarily unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready to serve. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Readiness"];
                };
            };
            /** @description The URL (path and query string) is longer than the server accepts. */
            414: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure on the server; the problem’s requestId identifies it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is temporarily unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProblemType: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: "validation_failed" | "malformed_json" | "malformed_request" | "invalid_cursor" | "unauthorized" | "forbidden" | "not_found" | "route_not_found" | "method_not_allowed" | "not_acceptable" | "conflict" | "idempotency_in_progress" | "secret_not_replayable" | "in_use" | "precondition_failed" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "unprocessable" | "request_timeout" | "header_fields_too_large" | "uri_too_long" | "rate_limited" | "query_timeout" | "response_timeout" | "overloaded" | "exports_busy" | "service_unavailable" | "internal_error";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The problem type. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemType"];
                };
            };
            /** @description The request is not valid: the problem lists each refused field and why. */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL (path and query string) is longer than the server accepts. */
            414: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure on the server; the problem’s requestId identifies it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is temporarily unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSources: {
        parameters: {
            query?: {
                /** @description How many items per page (1–100). */
                limit?: number;
                /** @description The opaque `page.nextCursor` of the previous page. */
                cursor?: string;
                kind?: components["schemas"]["SourceKind"];
                /** @description An ISO 3166-1 alpha-2 country code. */
                country?: string;
            };
            header?: {
                /** @description The `Meridian-Consistency-Token` of a write this read must see. Without it the read may be served by a read replica a little behind the latest writes; with it, only by a replica that has replayed that write (waiting up to `DATABASE_READ_WAIT_MS`), else by the primary. */
                "meridian-consistency-token"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of sources. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    Link: components["headers"]["Link"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SourcePage"];
                };
            };
            /** @description The request is not valid: the problem lists each refused field and why. */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key was sent (`Authorization: Bearer <key>`). */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL (path and query string) is longer than the server accepts. */
            414: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key (or client address); retry after the Retry-After delay (see the RateLimit-* headers). */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure on the server; the problem’s requestId identifies it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is temporarily unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createSource: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry for 24 hours: the same key with the same request replays the first response (with `Idempotent-Replayed: true`). */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SourceCreate"];
            };
        };
        responses: {
            /** @description The created source. */
            201: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    Location: components["headers"]["Location"];
                    "Meridian-Consistency-Token": components["headers"]["Meridian-Consistency-Token"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Source"];
                };
            };
            /** @description The request is not valid: the problem lists each refused field and why. */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key was sent (`Authorization: Bearer <key>`). */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the scope this operation needs. */
            403: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with an existing resource or reference. */
            409: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL (path and query string) is longer than the server accepts. */
            414: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json. */
            415: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well-formed but refers to something that does not exist or cannot be applied (or reuses an Idempotency-Key with a different request). */
            422: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key (or client address); retry after the Retry-After delay (see the RateLimit-* headers). */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure on the server; the problem’s requestId identifies it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is temporarily unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSource: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag from an earlier response: 304 with no body while it is still current. */
                "if-none-match"?: string;
                /** @description The `Meridian-Consistency-Token` of a write this read must see. Without it the read may be served by a read replica a little behind the latest writes; with it, only by a replica that has replayed that write (waiting up to `DATABASE_READ_WAIT_MS`), else by the primary. */
                "meridian-consistency-token"?: string;
                /** @description The ETag last read (`"<version>"`): the write is refused with 412 if the resource changed since. */
                "if-match"?: string;
            };
            path: {
                /** @description The source’s id or slug. */
                idOrSlug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The source. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Source"];
                };
            };
            /** @description Not modified: the ETag in If-None-Match is still current. */
            304: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid: the problem lists each refused field and why. */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key was sent (`Authorization: Bearer <key>`). */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource (or route) does not exist. */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match named a version that is no longer current. */
            412: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL (path and query string) is longer than the server accepts. */
            414: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key (or client address); retry after the Retry-After delay (see the RateLimit-* headers). */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure on the server; the problem’s requestId identifies it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is temporarily unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteSource: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last read (`"<version>"`): the write is refused with 412 if the resource changed since. */
                "if-match"?: string;
            };
            path: {
                /** @description The source’s id or slug. */
                idOrSlug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "Meridian-Consistency-Token": components["headers"]["Meridian-Consistency-Token"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid: the problem lists each refused field and why. */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key was sent (`Authorization: Bearer <key>`). */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the scope this operation needs. */
            403: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource (or route) does not exist. */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with an existing resource or reference. */
            409: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match named a version that is no longer current. */
            412: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL (path and query string) is longer than the server accepts. */
            414: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key (or client address); retry after the Retry-After delay (see the RateLimit-* headers). */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure on the server; the problem’s requestId identifies it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is temporarily unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateSource: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last read (`"<version>"`): the write is refused with 412 if the resource changed since. */
                "if-match"?: string;
            };
            path: {
                /** @description The source’s id or slug. */
                idOrSlug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SourceUpdate"];
            };
        };
        responses: {
            /** @description The source. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    ETag: components["headers"]["ETag"];
                    "Meridian-Consistency-Token": components["headers"]["Meridian-Consistency-Token"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Source"];
                };
            };
            /** @description The request is not valid: the problem lists each refused field and why. */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key was sent (`Authorization: Bearer <key>`). */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the scope this operation needs. */
            403: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource (or route) does not exist. */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with an existing resource or reference. */
            409: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match named a version that is no longer current. */
            412: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL (path and query string) is longer than the server accepts. */
            414: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json. */
            415: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key (or client address); retry after the Retry-After delay (see the RateLimit-* headers). */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure on the server; the problem’s requestId identifies it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is temporarily unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listArticles: {
        parameters: {
            query?: {
                /** @description How many items per page (1–100). */
                limit?: number;
                /** @description The opaque `page.nextCursor` of the previous page. */
                cursor?: string;
                /** @description Only articles from this source. */
                sourceId?: string;
                /** @description A BCP 47 language tag. */
                language?: string;
                /** @description Only articles that mention this entity. */
                entityId?: string;
                /** @description Only articles about one of these countries (ISO 3166-1 alpha-2): that mention it or a place in it (a city, region, port, …: `include=countries` shows which). Repeat the parameter or separate values with commas (at most 20). */
                country?: string | string[];
                /** @description Published at or after this date or time. */
                publishedFrom?: string;
                /** @description Published before this time, or on or before this date. */
                publishedTo?: string;
                /** @description `newest` / `oldest` by publication time (unknown dates last), `ingested` in the order articles were added. */
                sort?: "newest" | "oldest" | "ingested";
                /** @description Related objects to embed, comma-separated: `source`, `original`, `mentions`, `claims`, `countries`. */
                include?: string;
            };
            header?: {
                /** @description The `Meridian-Consistency-Token` of a write this read must see. Without it the read may be served by a read replica a little behind the latest writes; with it, only by a replica that has replayed that write (waiting up to `DATABASE_READ_WAIT_MS`), else by the primary. */
                "meridian-consistency-token"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of articles. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    Link: components["headers"]["Link"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticlePage"];
                };
            };
            /** @description The request is not valid: the problem lists each refused field and why. */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key was sent (`Authorization: Bearer <key>`). */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL (path and query string) is longer than the server accepts. */
            414: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key (or client address); retry after the Retry-After delay (see the RateLimit-* headers). */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure on the server; the problem’s requestId identifies it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is temporarily unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createArticle: {
        parameters: {
            query?: {
                /** @description When an article with the same canonical URL is stored: `fail` answers 409 with its location, `return` answers 200 with it. */
                onDuplicate?: "fail" | "return";
                /** @description Raw ingest: also propose new entities with named-entity recognition (slower). Gazetteer linking always runs. `true` or `false` (default `true`). */
                ner?: boolean;
            };
            header?: {
                /** @description Makes the POST safe to retry for 24 hours: the same key with the same request replays the first response (with `Idempotent-Replayed: true`). */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ArticleCreate"];
            };
        };
        responses: {
            /** @description With `onDuplicate=return`: the article already stored under the same canonical URL. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    Location: components["headers"]["Location"];
                    "Meridian-Consistency-Token": components["headers"]["Meridian-Consistency-Token"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Article"];
                };
            };
            /** @description The created article. */
            201: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    Location: components["headers"]["Location"];
                    "Meridian-Consistency-Token": components["headers"]["Meridian-Consistency-Token"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Article"];
                };
            };
            /** @description The request is not valid: the problem lists each refused field and why. */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key was sent (`Authorization: Bearer <key>`). */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the scope this operation needs. */
            403: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with an existing resource or reference. */
            409: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL (path and query string) is longer than the server accepts. */
            414: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json. */
            415: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well-formed but refers to something that does not exist or cannot be applied (or reuses an Idempotency-Key with a different request). */
            422: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key (or client address); retry after the Retry-After delay (see the RateLimit-* headers). */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure on the server; the problem’s requestId identifies it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is temporarily unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getArticle: {
        parameters: {
            query?: {
                /** @description Related objects to embed, comma-separated: `source`, `original`, `mentions`, `claims`, `countries`. */
                include?: string;
                /** @description Read the resource as it was at this time (RFC 3339), in the same representation: 404 when it did not exist yet or was deleted then. Compared with the revisions’ `recordedAt`. Cannot be combined with `include`. Example: `2026-01-01T00:00:00Z`. */
                as_of?: string;
                /** @description The representation, for clients that cannot send Accept: `json` (application/json), `ninjs` (application/ninjs+json), `jsonld` (application/ld+json). Overrides the Accept header; any other value is a 406 listing these. */
                format?: string;
            };
            header?: {
                /** @description An ETag from an earlier response: 304 with no body while it is still current. */
                "if-none-match"?: string;
                /** @description The `Meridian-Consistency-Token` of a write this read must see. Without it the read may be served by a read replica a little behind the latest writes; with it, only by a replica that has replayed that write (waiting up to `DATABASE_READ_WAIT_MS`), else by the primary. */
                "meridian-consistency-token"?: string;
                /** @description The ETag last read (`"<version>"`): the write is refused with 412 if the resource changed since. */
                "if-match"?: string;
            };
            path: {
                /** @description A UUID (version 7: time-ordered). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The article. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Article"];
                    "application/ninjs+json": components["schemas"]["NinjsArticle"];
                    "application/ld+json": components["schemas"]["NewsArticleJsonLd"];
                };
            };
            /** @description Not modified: the ETag in If-None-Match is still current. */
            304: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid: the problem lists each refused field and why. */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key was sent (`Authorization: Bearer <key>`). */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource (or route) does not exist. */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The requested representation (Accept or `format`) is not offered here; the problem lists the supported ones. */
            406: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match named a version that is no longer current. */
            412: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL (path and query string) is longer than the server accepts. */
            414: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key (or client address); retry after the Retry-After delay (see the RateLimit-* headers). */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure on the server; the problem’s requestId identifies it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is temporarily unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteArticle: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last read (`"<version>"`): the write is refused with 412 if the resource changed since. */
                "if-match"?: string;
            };
            path: {
                /** @description A UUID (version 7: time-ordered). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "Meridian-Consistency-Token": components["headers"]["Meridian-Consistency-Token"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid: the problem lists each refused field and why. */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key was sent (`Authorization: Bearer <key>`). */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the scope this operation needs. */
            403: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource (or route) does not exist. */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match named a version that is no longer current. */
            412: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL (path and query string) is longer than the server accepts. */
            414: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key (or client address); retry after the Retry-After delay (see the RateLimit-* headers). */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure on the server; the problem’s requestId identifies it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is temporarily unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateArticle: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last read (`"<version>"`): the write is refused with 412 if the resource changed since. */
                "if-match"?: string;
            };
            path: {
                /** @description A UUID (version 7: time-ordered). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ArticleUpdate"];
            };
        };
        responses: {
            /** @description The article. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    ETag: components["headers"]["ETag"];
                    "Meridian-Consistency-Token": components["headers"]["Meridian-Consistency-Token"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Article"];
                };
            };
            /** @description The request is not valid: the problem lists each refused field and why. */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key was sent (`Authorization: Bearer <key>`). */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the scope this operation needs. */
            403: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource (or route) does not exist. */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with an existing resource or reference. */
            409: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match named a version that is no longer current. */
            412: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL (path and query string) is longer than the server accepts. */
            414: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json. */
            415: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well-formed but refers to something that does not exist or cannot be applied (or reuses an Idempotency-Key with a different request). */
            422: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key (or client address); retry after the Retry-After delay (see the RateLimit-* headers). */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure on the server; the problem’s requestId identifies it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is temporarily unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listArticleEntities: {
        parameters: {
            query?: {
                /** @description How many items per page (1–100). */
                limit?: number;
                /** @description The opaque `page.nextCursor` of the previous page. */
                cursor?: string;
                type?: components["schemas"]["EntityType"];
                /** @description Case-insensitive part of the name or of an alias. */
                name?: string;
                /** @description Related objects to embed, comma-separated: `roles`. */
                include?: string;
            };
            header?: {
                /** @description The `Meridian-Consistency-Token` of a write this read must see. Without it the read may be served by a read replica a little behind the latest writes; with it, only by a replica that has replayed that write (waiting up to `DATABASE_READ_WAIT_MS`), else by the primary. */
                "meridian-consistency-token"?: string;
            };
            path: {
                /** @description A UUID (version 7: time-ordered). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the entities the article mentions, each with its mentions. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    Link: components["headers"]["Link"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleEntityPage"];
                };
            };
            /** @description The request is not valid: the problem lists each refused field and why. */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key was sent (`Authorization: Bearer <key>`). */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource (or route) does not exist. */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL (path and query string) is longer than the server accepts. */
            414: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key (or client address); retry after the Retry-After delay (see the RateLimit-* headers). */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure on the server; the problem’s requestId identifies it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is temporarily unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listArticleClaims: {
        parameters: {
            query?: {
                /** @description How many items per page (1–100). */
                limit?: number;
                /** @description The opaque `page.nextCursor` of the previous page. */
                cursor?: string;
                status?: components["schemas"]["ClaimStatus"];
                kind?: components["schemas"]["ClaimKind"];
                /** @description Only claims entered by hand (`manual`) or extracted automatically (`auto`). */
                method?: "manual" | "auto";
                reviewStatus?: components["schemas"]["ReviewStatus"];
                /** @description Related objects to embed, comma-separated: `article`. */
                include?: string;
            };
            header?: {
                /** @description The `Meridian-Consistency-Token` of a write this read must see. Without it the read may be served by a read replica a little behind the latest writes; with it, only by a replica that has replayed that write (waiting up to `DATABASE_READ_WAIT_MS`), else by the primary. */
                "meridian-consistency-token"?: string;
            };
            path: {
                /** @description A UUID (version 7: time-ordered). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the article’s claims. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    Link: components["headers"]["Link"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimPage"];
                };
            };
            /** @description The request is not valid: the problem lists each refused field and why. */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key was sent (`Authorization: Bearer <key>`). */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource (or route) does not exist. */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL (path and query string) is longer than the server accepts. */
            414: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key (or client address); retry after the Retry-After delay (see the RateLimit-* headers). */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure on the server; the problem’s requestId identifies it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is temporarily unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listEntities: {
        parameters: {
            query?: {
                /** @description How many items per page (1–100). */
                limit?: number;
                /** @description The opaque `page.nextCursor` of the previous page. */
                cursor?: string;
                type?: components["schemas"]["EntityType"];
                /** @description Case-insensitive part of the name or of an alias. */
                name?: string;
                /** @description Related objects to embed, comma-separated: `roles`. */
                include?: string;
                /** @description Fuzzy lookup by name or alias in any language, ignoring case and accents and tolerating typos. Orders the results by `score` (name similarity, then prominence) instead of by id and considers the best 200 name matches. Must contain at least one letter or digit (any script). */
                q?: string;
                /** @description The entity with this Wikidata item id. */
                wikidata?: string;
                /** @description The country with this ISO 3166-1 alpha-2 or alpha-3 code. */
                iso?: string;
                /** @description The place with this UN/LOCODE, with or without the space (`PECHY`, `PE CHY`). */
                unlocode?: string;
                status?: components["schemas"]["ReviewStatus"];
                /** @description Only entities with coordinates within `radius_km` of this point, nearest first, each with `distanceKm`. Latitude first: `lat,lng` in decimal degrees (WGS 84). */
                near?: string;
                /** @description With `near`: the search radius in kilometres (default 100, at most 20016). */
                radius_km?: number;
                /** @description Only entities with coordinates inside this box: `minLng,minLat,maxLng,maxLat` (GeoJSON order: longitude first). A box whose minLng is greater than its maxLng crosses the antimeridian (RFC 7946 §5.2): `170,-20,-170,-10` spans 170°E to 170°W. */
                bbox?: string;
            };
            header?: {
                /** @description The `Meridian-Consistency-Token` of a write this read must see. Without it the read may be served by a read replica a little behind the latest writes; with it, only by a replica that has replayed that write (waiting up to `DATABASE_READ_WAIT_MS`), else by the primary. */
                "meridian-consistency-token"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of entities; with `q` each has a `score`, with `near` a `distanceKm`. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    Link: components["headers"]["Link"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityPage"];
                };
            };
            /** @description The request is not valid: the problem lists each refused field and why. */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key was sent (`Authorization: Bearer <key>`). */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL (path and query string) is longer than the server accepts. */
            414: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key (or client address); retry after the Retry-After delay (see the RateLimit-* headers). */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure on the server; the problem’s requestId identifies it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is temporarily unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createEntity: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry for 24 hours: the same key with the same request replays the first response (with `Idempotent-Replayed: true`). */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EntityCreate"];
            };
        };
        responses: {
            /** @description The created entity. */
            201: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    Location: components["headers"]["Location"];
                    "Meridian-Consistency-Token": components["headers"]["Meridian-Consistency-Token"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Entity"];
                };
            };
            /** @description The request is not valid: the problem lists each refused field and why. */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key was sent (`Authorization: Bearer <key>`). */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the scope this operation needs. */
            403: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with an existing resource or reference. */
            409: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL (path and query string) is longer than the server accepts. */
            414: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json. */
            415: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well-formed but refers to something that does not exist or cannot be applied (or reuses an Idempotency-Key with a different request). */
            422: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key (or client address); retry after the Retry-After delay (see the RateLimit-* headers). */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure on the server; the problem’s requestId identifies it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is temporarily unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEntity: {
        parameters: {
            query?: {
                /** @description Related objects to embed, comma-separated: `roles`. */
                include?: string;
                /** @description Read the resource as it was at this time (RFC 3339), in the same representation: 404 when it did not exist yet or was deleted then. Compared with the revisions’ `recordedAt`. Cannot be combined with `include`. Example: `2026-01-01T00:00:00Z`. */
                as_of?: string;
                /** @description The representation, for clients that cannot send Accept: `json` (application/json), `jsonld` (application/ld+json). Overrides the Accept header; any other value is a 406 listing these. */
                format?: string;
            };
            header?: {
                /** @description An ETag from an earlier response: 304 with no body while it is still current. */
                "if-none-match"?: string;
                /** @description The `Meridian-Consistency-Token` of a write this read must see. Without it the read may be served by a read replica a little behind the latest writes; with it, only by a replica that has replayed that write (waiting up to `DATABASE_READ_WAIT_MS`), else by the primary. */
                "meridian-consistency-token"?: string;
                /** @description The ETag last read (`"<version>"`): the write is refused with 412 if the resource changed since. */
                "if-match"?: string;
            };
            path: {
                /** @description The entity’s id or slug. */
                idOrSlug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The entity. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Entity"];
                    "application/ld+json": components["schemas"]["EntityJsonLd"];
                };
            };
            /** @description Not modified: the ETag in If-None-Match is still current. */
            304: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Merged: the entity now lives at the Location header. */
            308: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    Location: components["headers"]["Location"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The id of the entity the old id or slug was merged into. */
                        id: string;
                        /** @description The same URL under the surviving entity (also the Location header). */
                        location: string;
                    };
                };
            };
            /** @description The request is not valid: the problem lists each refused field and why. */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key was sent (`Authorization: Bearer <key>`). */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource (or route) does not exist. */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The requested representation (Accept or `format`) is not offered here; the problem lists the supported ones. */
            406: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match named a version that is no longer current. */
            412: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL (path and query string) is longer than the server accepts. */
            414: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key (or client address); retry after the Retry-After delay (see the RateLimit-* headers). */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure on the server; the problem’s requestId identifies it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is temporarily unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteEntity: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last read (`"<version>"`): the write is refused with 412 if the resource changed since. */
                "if-match"?: string;
            };
            path: {
                /** @description The entity’s id or slug. */
                idOrSlug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "Meridian-Consistency-Token": components["headers"]["Meridian-Consistency-Token"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Merged: the entity now lives at the Location header. */
            308: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    Location: components["headers"]["Location"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The id of the entity the old id or slug was merged into. */
                        id: string;
                        /** @description The same URL under the surviving entity (also the Location header). */
                        location: string;
                    };
                };
            };
            /** @description The request is not valid: the problem lists each refused field and why. */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key was sent (`Authorization: Bearer <key>`). */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the scope this operation needs. */
            403: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource (or route) does not exist. */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with an existing resource or reference. */
            409: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match named a version that is no longer current. */
            412: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL (path and query string) is longer than the server accepts. */
            414: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key (or client address); retry after the Retry-After delay (see the RateLimit-* headers). */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure on the server; the problem’s requestId identifies it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is temporarily unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateEntity: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last read (`"<version>"`): the write is refused with 412 if the resource changed since. */
                "if-match"?: string;
            };
            path: {
                /** @description The entity’s id or slug. */
                idOrSlug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EntityUpdate"];
            };
        };
        responses: {
            /** @description The entity. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    ETag: components["headers"]["ETag"];
                    "Meridian-Consistency-Token": components["headers"]["Meridian-Consistency-Token"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Entity"];
                };
            };
            /** @description Merged: the entity now lives at the Location header. */
            308: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    Location: components["headers"]["Location"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The id of the entity the old id or slug was merged into. */
                        id: string;
                        /** @description The same URL under the surviving entity (also the Location header). */
                        location: string;
                    };
                };
            };
            /** @description The request is not valid: the problem lists each refused field and why. */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key was sent (`Authorization: Bearer <key>`). */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the scope this operation needs. */
            403: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource (or route) does not exist. */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with an existing resource or reference. */
            409: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match named a version that is no longer current. */
            412: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL (path and query string) is longer than the server accepts. */
            414: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json. */
            415: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key (or client address); retry after the Retry-After delay (see the RateLimit-* headers). */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure on the server; the problem’s requestId identifies it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is temporarily unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listEntityArticles: {
        parameters: {
            query?: {
                /** @description How many items per page (1–100). */
                limit?: number;
                /** @description The opaque `page.nextCursor` of the previous page. */
                cursor?: string;
                /** @description Only articles from this source. */
                sourceId?: string;
                /** @description A BCP 47 language tag. */
                language?: string;
                /** @description Only articles about one of these countries (ISO 3166-1 alpha-2): that mention it or a place in it (a city, region, port, …: `include=countries` shows which). Repeat the parameter or separate values with commas (at most 20). */
                country?: string | string[];
                /** @description Published at or after this date or time. */
                publishedFrom?: string;
                /** @description Published before this time, or on or before this date. */
                publishedTo?: string;
                /** @description `newest` / `oldest` by publication time (unknown dates last), `ingested` in the order articles were added. */
                sort?: "newest" | "oldest" | "ingested";
                /** @description Related objects to embed, comma-separated: `source`, `original`, `mentions`, `claims`, `countries`. */
                include?: string;
            };
            header?: {
                /** @description The `Meridian-Consistency-Token` of a write this read must see. Without it the read may be served by a read replica a little behind the latest writes; with it, only by a replica that has replayed that write (waiting up to `DATABASE_READ_WAIT_MS`), else by the primary. */
                "meridian-consistency-token"?: string;
            };
            path: {
                /** @description The entity’s id or slug. */
                idOrSlug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the articles that mention the entity. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    Link: components["headers"]["Link"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticlePage"];
                };
            };
            /** @description Merged: the entity now lives at the Location header. */
            308: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    Location: components["headers"]["Location"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The id of the entity the old id or slug was merged into. */
                        id: string;
                        /** @description The same URL under the surviving entity (also the Location header). */
                        location: string;
                    };
                };
            };
            /** @description The request is not valid: the problem lists each refused field and why. */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key was sent (`Authorization: Bearer <key>`). */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource (or route) does not exist. */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL (path and query string) is longer than the server accepts. */
            414: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key (or client address); retry after the Retry-After delay (see the RateLimit-* headers). */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure on the server; the problem’s requestId identifies it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is temporarily unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listEntityClaims: {
        parameters: {
            query?: {
                /** @description How many items per page (1–100). */
                limit?: number;
                /** @description The opaque `page.nextCursor` of the previous page. */
                cursor?: string;
                status?: components["schemas"]["ClaimStatus"];
                kind?: components["schemas"]["ClaimKind"];
                /** @description Only claims entered by hand (`manual`) or extracted automatically (`auto`). */
                method?: "manual" | "auto";
                reviewStatus?: components["schemas"]["ReviewStatus"];
                /** @description Related objects to embed, comma-separated: `article`. */
                include?: string;
                /** @description Claims about the entity, made by it, or either. */
                as?: "any" | "subject" | "claimant";
            };
            header?: {
                /** @description The `Meridian-Consistency-Token` of a write this read must see. Without it the read may be served by a read replica a little behind the latest writes; with it, only by a replica that has replayed that write (waiting up to `DATABASE_READ_WAIT_MS`), else by the primary. */
                "meridian-consistency-token"?: string;
            };
            path: {
                /** @description The entity’s id or slug. */
                idOrSlug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of claims by or about the entity. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    Link: components["headers"]["Link"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimPage"];
                };
            };
            /** @description Merged: the entity now lives at the Location header. */
            308: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    Location: components["headers"]["Location"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The id of the entity the old id or slug was merged into. */
                        id: string;
                        /** @description The same URL under the surviving entity (also the Location header). */
                        location: string;
                    };
                };
            };
            /** @description The request is not valid: the problem lists each refused field and why. */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key was sent (`Authorization: Bearer <key>`). */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource (or route) does not exist. */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL (path and query string) is longer than the server accepts. */
            414: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key (or client address); retry after the Retry-After delay (see the RateLimit-* headers). */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure on the server; the problem’s requestId identifies it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is temporarily unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listEntityRoles: {
        parameters: {
            query?: {
                /** @description How many items per page (1–100). */
                limit?: number;
                /** @description The opaque `page.nextCursor` of the previous page. */
                cursor?: string;
                /** @description Only roles held on this date (YYYY-MM-DD). */
                at?: string;
            };
            header?: {
                /** @description The `Meridian-Consistency-Token` of a write this read must see. Without it the read may be served by a read replica a little behind the latest writes; with it, only by a replica that has replayed that write (waiting up to `DATABASE_READ_WAIT_MS`), else by the primary. */
                "meridian-consistency-token"?: string;
            };
            path: {
                /** @description The entity’s id or slug. */
                idOrSlug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of roles. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    Link: components["headers"]["Link"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RolePage"];
                };
            };
            /** @description Merged: the entity now lives at the Location header. */
            308: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    Location: components["headers"]["Location"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The id of the entity the old id or slug was merged into. */
                        id: string;
                        /** @description The same URL under the surviving entity (also the Location header). */
                        location: string;
                    };
                };
            };
            /** @description The request is not valid: the problem lists each refused field and why. */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key was sent (`Authorization: Bearer <key>`). */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource (or route) does not exist. */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL (path and query string) is longer than the server accepts. */
            414: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key (or client address); retry after the Retry-After delay (see the RateLimit-* headers). */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure on the server; the problem’s requestId identifies it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is temporarily unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listClaims: {
        parameters: {
            query?: {
                /** @description How many items per page (1–100). */
                limit?: number;
                /** @description The opaque `page.nextCursor` of the previous page. */
                cursor?: string;
                status?: components["schemas"]["ClaimStatus"];
                kind?: components["schemas"]["ClaimKind"];
                /** @description Only claims entered by hand (`manual`) or extracted automatically (`auto`). */
                method?: "manual" | "auto";
                reviewStatus?: components["schemas"]["ReviewStatus"];
                /** @description Related objects to embed, comma-separated: `article`. */
                include?: string;
                /** @description Only claims made in this article. */
                articleId?: string;
                /** @description Only claims made by this entity or source. */
                claimantId?: string;
                /** @description Only claims about this entity. */
                subjectId?: string;
            };
            header?: {
                /** @description The `Meridian-Consistency-Token` of a write this read must see. Without it the read may be served by a read replica a little behind the latest writes; with it, only by a replica that has replayed that write (waiting up to `DATABASE_READ_WAIT_MS`), else by the primary. */
                "meridian-consistency-token"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of claims. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    Link: components["headers"]["Link"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimPage"];
                };
            };
            /** @description The request is not valid: the problem lists each refused field and why. */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key was sent (`Authorization: Bearer <key>`). */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL (path and query string) is longer than the server accepts. */
            414: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key (or client address); retry after the Retry-After delay (see the RateLimit-* headers). */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure on the server; the problem’s requestId identifies it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is temporarily unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createClaim: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry for 24 hours: the same key with the same request replays the first response (with `Idempotent-Replayed: true`). */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClaimCreate"];
            };
        };
        responses: {
            /** @description The created claim. */
            201: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    Location: components["headers"]["Location"];
                    "Meridian-Consistency-Token": components["headers"]["Meridian-Consistency-Token"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimWithArticle"];
                };
            };
            /** @description The request is not valid: the problem lists each refused field and why. */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key was sent (`Authorization: Bearer <key>`). */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the scope this operation needs. */
            403: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with an existing resource or reference. */
            409: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL (path and query string) is longer than the server accepts. */
            414: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json. */
            415: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well-formed but refers to something that does not exist or cannot be applied (or reuses an Idempotency-Key with a different request). */
            422: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key (or client address); retry after the Retry-After delay (see the RateLimit-* headers). */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure on the server; the problem’s requestId identifies it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is temporarily unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getClaim: {
        parameters: {
            query?: {
                /** @description Related objects to embed, comma-separated: `article`. */
                include?: string;
                /** @description Read the resource as it was at this time (RFC 3339), in the same representation: 404 when it did not exist yet or was deleted then. Compared with the revisions’ `recordedAt`. Cannot be combined with `include`. Example: `2026-01-01T00:00:00Z`. */
                as_of?: string;
                /** @description The representation, for clients that cannot send Accept: `json` (application/json), `jsonld` (application/ld+json). Overrides the Accept header; any other value is a 406 listing these. */
                format?: string;
            };
            header?: {
                /** @description An ETag from an earlier response: 304 with no body while it is still current. */
                "if-none-match"?: string;
                /** @description The `Meridian-Consistency-Token` of a write this read must see. Without it the read may be served by a read replica a little behind the latest writes; with it, only by a replica that has replayed that write (waiting up to `DATABASE_READ_WAIT_MS`), else by the primary. */
                "meridian-consistency-token"?: string;
                /** @description The ETag last read (`"<version>"`): the write is refused with 412 if the resource changed since. */
                "if-match"?: string;
            };
            path: {
                /** @description A UUID (version 7: time-ordered). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The claim. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimWithArticle"];
                    "application/ld+json": components["schemas"]["ClaimJsonLd"];
                };
            };
            /** @description Not modified: the ETag in If-None-Match is still current. */
            304: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid: the problem lists each refused field and why. */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key was sent (`Authorization: Bearer <key>`). */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource (or route) does not exist. */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The requested representation (Accept or `format`) is not offered here; the problem lists the supported ones. */
            406: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match named a version that is no longer current. */
            412: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL (path and query string) is longer than the server accepts. */
            414: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key (or client address); retry after the Retry-After delay (see the RateLimit-* headers). */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure on the server; the problem’s requestId identifies it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is temporarily unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteClaim: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last read (`"<version>"`): the write is refused with 412 if the resource changed since. */
                "if-match"?: string;
            };
            path: {
                /** @description A UUID (version 7: time-ordered). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "Meridian-Consistency-Token": components["headers"]["Meridian-Consistency-Token"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid: the problem lists each refused field and why. */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key was sent (`Authorization: Bearer <key>`). */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the scope this operation needs. */
            403: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource (or route) does not exist. */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match named a version that is no longer current. */
            412: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL (path and query string) is longer than the server accepts. */
            414: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key (or client address); retry after the Retry-After delay (see the RateLimit-* headers). */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure on the server; the problem’s requestId identifies it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is temporarily unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateClaim: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last read (`"<version>"`): the write is refused with 412 if the resource changed since. */
                "if-match"?: string;
            };
            path: {
                /** @description A UUID (version 7: time-ordered). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClaimUpdate"];
            };
        };
        responses: {
            /** @description The claim. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    ETag: components["headers"]["ETag"];
                    "Meridian-Consistency-Token": components["headers"]["Meridian-Consistency-Token"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimWithArticle"];
                };
            };
            /** @description The request is not valid: the problem lists each refused field and why. */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key was sent (`Authorization: Bearer <key>`). */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the scope this operation needs. */
            403: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource (or route) does not exist. */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match named a version that is no longer current. */
            412: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL (path and query string) is longer than the server accepts. */
            414: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json. */
            415: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well-formed but refers to something that does not exist or cannot be applied (or reuses an Idempotency-Key with a different request). */
            422: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key (or client address); retry after the Retry-After delay (see the RateLimit-* headers). */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure on the server; the problem’s requestId identifies it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is temporarily unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listApiKeys: {
        parameters: {
            query?: {
                /** @description How many items per page (1–100). */
                limit?: number;
                /** @description The opaque `page.nextCursor` of the previous page. */
                cursor?: string;
                /** @description Also list revoked keys. `true` or `false` (default `false`). */
                includeRevoked?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of API keys. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    Link: components["headers"]["Link"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyPage"];
                };
            };
            /** @description The request is not valid: the problem lists each refused field and why. */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key was sent (`Authorization: Bearer <key>`). */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the scope this operation needs. */
            403: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL (path and query string) is longer than the server accepts. */
            414: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key (or client address); retry after the Retry-After delay (see the RateLimit-* headers). */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure on the server; the problem’s requestId identifies it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is temporarily unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createApiKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry for 24 hours: the same key with the same request replays the first response (with `Idempotent-Replayed: true`). */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApiKeyCreate"];
            };
        };
        responses: {
            /** @description The created key, with its secret. */
            201: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    Location: components["headers"]["Location"];
                    "Meridian-Consistency-Token": components["headers"]["Meridian-Consistency-Token"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedApiKey"];
                };
            };
            /** @description The request is not valid: the problem lists each refused field and why. */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key was sent (`Authorization: Bearer <key>`). */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the scope this operation needs. */
            403: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with an existing resource or reference. */
            409: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL (path and query string) is longer than the server accepts. */
            414: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json. */
            415: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well-formed but refers to something that does not exist or cannot be applied (or reuses an Idempotency-Key with a different request). */
            422: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key (or client address); retry after the Retry-After delay (see the RateLimit-* headers). */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure on the server; the problem’s requestId identifies it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is temporarily unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked. */
            204: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "Meridian-Consistency-Token": components["headers"]["Meridian-Consistency-Token"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid: the problem lists each refused field and why. */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key was sent (`Authorization: Bearer <key>`). */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the scope this operation needs. */
            403: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource (or route) does not exist. */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL (path and query string) is longer than the server accepts. */
            414: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key (or client address); retry after the Retry-After delay (see the RateLimit-* headers). */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure on the server; the problem’s requestId identifies it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is temporarily unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAuditEvents: {
        parameters: {
            query?: {
                /** @description How many items per page (1–100). */
                limit?: number;
                /** @description The opaque `page.nextCursor` of the previous page. */
                cursor?: string;
                /** @description Only requests made with this key. */
                apiKeyId?: string;
                resourceType?: "articles" | "entities" | "claims" | "claim-reviews" | "sources" | "keys";
                /** @description Only requests about this resource (id or slug as sent). */
                resourceId?: string;
                /** @description `applied`: 2xx; `refused`: 4xx and 5xx. */
                outcome?: "applied" | "refused";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of audit events. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    Link: components["headers"]["Link"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEventPage"];
                };
            };
            /** @description The request is not valid: the problem lists each refused field and why. */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key was sent (`Authorization: Bearer <key>`). */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the scope this operation needs. */
            403: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL (path and query string) is longer than the server accepts. */
            414: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key (or client address); retry after the Retry-After delay (see the RateLimit-* headers). */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure on the server; the problem’s requestId identifies it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is temporarily unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEntityTimeline: {
        parameters: {
            query?: {
                /** @description First day (YYYY-MM-DD, UTC) to count; widened to the start of its bucket. Default: 30 days, 26 weeks or 12 months up to `to`. */
                from?: string;
                /** @description Last day to count, inclusive; widened to the end of its bucket. Default: 30 days, 26 weeks or 12 months from `from`; without `from` either, the day of the newest article that mentions the entity (today when none). */
                to?: string;
                interval?: components["schemas"]["TimelineInterval"];
            };
            header?: {
                /** @description The `Meridian-Consistency-Token` of a write this read must see. Without it the read may be served by a read replica a little behind the latest writes; with it, only by a replica that has replayed that write (waiting up to `DATABASE_READ_WAIT_MS`), else by the primary. */
                "meridian-consistency-token"?: string;
            };
            path: {
                /** @description The entity’s id or slug. */
                idOrSlug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The buckets, oldest first, and their totals. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityTimeline"];
                };
            };
            /** @description Merged: the entity now lives at the Location header. */
            308: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    Location: components["headers"]["Location"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The id of the entity the old id or slug was merged into. */
                        id: string;
                        /** @description The same URL under the surviving entity (also the Location header). */
                        location: string;
                    };
                };
            };
            /** @description The request is not valid: the problem lists each refused field and why. */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key was sent (`Authorization: Bearer <key>`). */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource (or route) does not exist. */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL (path and query string) is longer than the server accepts. */
            414: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key (or client address); retry after the Retry-After delay (see the RateLimit-* headers). */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure on the server; the problem’s requestId identifies it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is temporarily unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listEntityCooccurrences: {
        parameters: {
            query?: {
                /** @description Only articles published on or after this day (YYYY-MM-DD, UTC). */
                from?: string;
                /** @description Only articles published on or before this day (YYYY-MM-DD, UTC). */
                to?: string;
                type?: components["schemas"]["EntityType"];
                /** @description How many entities to return (1–100). */
                limit?: number;
            };
            header?: {
                /** @description The `Meridian-Consistency-Token` of a write this read must see. Without it the read may be served by a read replica a little behind the latest writes; with it, only by a replica that has replayed that write (waiting up to `DATABASE_READ_WAIT_MS`), else by the primary. */
                "meridian-consistency-token"?: string;
            };
            path: {
                /** @description The entity’s id or slug. */
                idOrSlug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The co-occurring entities, most articles in common first. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityCooccurrences"];
                };
            };
            /** @description Merged: the entity now lives at the Location header. */
            308: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    Location: components["headers"]["Location"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The id of the entity the old id or slug was merged into. */
                        id: string;
                        /** @description The same URL under the surviving entity (also the Location header). */
                        location: string;
                    };
                };
            };
            /** @description The request is not valid: the problem lists each refused field and why. */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key was sent (`Authorization: Bearer <key>`). */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource (or route) does not exist. */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL (path and query string) is longer than the server accepts. */
            414: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key (or client address); retry after the Retry-After delay (see the RateLimit-* headers). */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure on the server; the problem’s requestId identifies it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is temporarily unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRelatedArticles: {
        parameters: {
            query?: {
                /** @description How many articles to return (1–50). */
                limit?: number;
            };
            header?: {
                /** @description The `Meridian-Consistency-Token` of a write this read must see. Without it the read may be served by a read replica a little behind the latest writes; with it, only by a replica that has replayed that write (waiting up to `DATABASE_READ_WAIT_MS`), else by the primary. */
                "meridian-consistency-token"?: string;
            };
            path: {
                /** @description A UUID (version 7: time-ordered). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The related articles, best first, each with the entities it shares. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelatedArticles"];
                };
            };
            /** @description The request is not valid: the problem lists each refused field and why. */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key was sent (`Authorization: Bearer <key>`). */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource (or route) does not exist. */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL (path and query string) is longer than the server accepts. */
            414: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key (or client address); retry after the Retry-After delay (see the RateLimit-* headers). */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure on the server; the problem’s requestId identifies it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is temporarily unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listArticleDerivatives: {
        parameters: {
            query?: {
                /** @description How many items per page (1–100). */
                limit?: number;
                /** @description The opaque `page.nextCursor` of the previous page. */
                cursor?: string;
                kind?: components["schemas"]["LineageKind"];
            };
            header?: {
                /** @description The `Meridian-Consistency-Token` of a write this read must see. Without it the read may be served by a read replica a little behind the latest writes; with it, only by a replica that has replayed that write (waiting up to `DATABASE_READ_WAIT_MS`), else by the primary. */
                "meridian-consistency-token"?: string;
            };
            path: {
                /** @description A UUID (version 7: time-ordered). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of derivatives. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    Link: components["headers"]["Link"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DerivativePage"];
                };
            };
            /** @description The request is not valid: the problem lists each refused field and why. */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key was sent (`Authorization: Bearer <key>`). */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource (or route) does not exist. */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL (path and query string) is longer than the server accepts. */
            414: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key (or client address); retry after the Retry-After delay (see the RateLimit-* headers). */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure on the server; the problem’s requestId identifies it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is temporarily unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getArticleLineage: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `Meridian-Consistency-Token` of a write this read must see. Without it the read may be served by a read replica a little behind the latest writes; with it, only by a replica that has replayed that write (waiting up to `DATABASE_READ_WAIT_MS`), else by the primary. */
                "meridian-consistency-token"?: string;
            };
            path: {
                /** @description A UUID (version 7: time-ordered). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The chain, nearest original first. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleLineage"];
                };
            };
            /** @description The request is not valid: the problem lists each refused field and why. */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key was sent (`Authorization: Bearer <key>`). */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource (or route) does not exist. */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL (path and query string) is longer than the server accepts. */
            414: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key (or client address); retry after the Retry-After delay (see the RateLimit-* headers). */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure on the server; the problem’s requestId identifies it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is temporarily unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getArticleLineageGraph: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `Meridian-Consistency-Token` of a write this read must see. Without it the read may be served by a read replica a little behind the latest writes; with it, only by a replica that has replayed that write (waiting up to `DATABASE_READ_WAIT_MS`), else by the primary. */
                "meridian-consistency-token"?: string;
            };
            path: {
                /** @description A UUID (version 7: time-ordered). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The nodes and edges of the group. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LineageGraph"];
                };
            };
            /** @description The request is not valid: the problem lists each refused field and why. */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key was sent (`Authorization: Bearer <key>`). */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource (or route) does not exist. */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL (path and query string) is longer than the server accepts. */
            414: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key (or client address); retry after the Retry-After delay (see the RateLimit-* headers). */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure on the server; the problem’s requestId identifies it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is temporarily unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    search: {
        parameters: {
            query?: {
                /** @description The search query: words, "quoted phrases", OR, -exclusions and prefix* (see the operation description). Optional: without it, the filters alone select articles. */
                q?: string;
                /** @description What to search: `articles` (default), `claims` (their text and quote), `entities` (names and aliases). Repeat the parameter or separate values with commas (at most 3). */
                types?: string | string[];
                /** @description Order of the articles: `relevance` (the default with `q`), `newest` (the default without) or `oldest` by publication time, undated last. Claims and entities are always ordered by relevance with `q`, else most recently added first. */
                sort?: "relevance" | "newest" | "oldest";
                /** @description Articles that mention **every** one of these entities (ids or slugs). Repeat the parameter or separate values with commas (at most 20). */
                entity?: string | string[];
                /** @description Articles that mention **at least one** of these entities (ids or slugs). Repeat the parameter or separate values with commas (at most 50). */
                anyEntity?: string | string[];
                /** @description Articles that mention an entity of one of these types; for `types=entities`, entities of these types. Repeat the parameter or separate values with commas (at most 9). */
                entityType?: string | string[];
                /** @description Articles about one of these countries (ISO 3166-1 alpha-2): that mention it, or a place that lies in it (a city, region, port, …, through the `located_in` relations: the article’s inferred countries). For `types=entities`, the countries and what lies in them. Repeat the parameter or separate values with commas (at most 20). */
                country?: string | string[];
                /** @description Articles from one of these sources (ids or slugs). Repeat the parameter or separate values with commas (at most 50). */
                source?: string | string[];
                /** @description Articles in one of these languages (BCP 47 tags, exactly as stored). Repeat the parameter or separate values with commas (at most 20). */
                language?: string | string[];
                /** @description Published at or after this date or time. */
                publishedFrom?: string;
                /** @description Published before this time, or on or before this date. */
                publishedTo?: string;
                /** @description Articles with a claim in one of these statuses; for `types=claims`, claims in these statuses. Repeat the parameter or separate values with commas (at most 5). */
                claimStatus?: string | string[];
                /** @description Counts to compute over the matching articles: `source`, `language`, `entityType`, `entities` (the top 10), `date` (a histogram) and `country` (mentioned or inferred). Repeat the parameter or separate values with commas (at most 6). */
                facets?: string | string[];
                /** @description The bucket width of the `date` facet (UTC; weeks start on Monday). */
                dateInterval?: "day" | "week" | "month" | "year";
                /** @description Inserted before each matched word in `highlights`. */
                highlightStart?: string;
                /** @description Inserted after each matched word in `highlights`. */
                highlightEnd?: string;
                /** @description How many items per page (1–100). */
                limit?: number;
                /** @description The opaque `page.nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: {
                /** @description The `Meridian-Consistency-Token` of a write this read must see. Without it the read may be served by a read replica a little behind the latest writes; with it, only by a replica that has replayed that write (waiting up to `DATABASE_READ_WAIT_MS`), else by the primary. */
                "meridian-consistency-token"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching articles (and claims and entities on request), with totals and facets. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    Link: components["headers"]["Link"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchResult"];
                };
            };
            /** @description The request is not valid: the problem lists each refused field and why. */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key was sent (`Authorization: Bearer <key>`). */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL (path and query string) is longer than the server accepts. */
            414: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well-formed but refers to something that does not exist or cannot be applied (or reuses an Idempotency-Key with a different request). */
            422: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key (or client address); retry after the Retry-After delay (see the RateLimit-* headers). */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure on the server; the problem’s requestId identifies it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is temporarily unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportArticles: {
        parameters: {
            query?: {
                /** @description The search query: words, "quoted phrases", OR, -exclusions and prefix* (see the operation description). Optional: without it, the filters alone select articles. */
                q?: string;
                /** @description Articles that mention **every** one of these entities (ids or slugs). Repeat the parameter or separate values with commas (at most 20). */
                entity?: string | string[];
                /** @description Articles that mention **at least one** of these entities (ids or slugs). Repeat the parameter or separate values with commas (at most 50). */
                anyEntity?: string | string[];
                /** @description Articles that mention an entity of one of these types; for `types=entities`, entities of these types. Repeat the parameter or separate values with commas (at most 9). */
                entityType?: string | string[];
                /** @description Articles about one of these countries (ISO 3166-1 alpha-2): that mention it, or a place that lies in it (a city, region, port, …, through the `located_in` relations: the article’s inferred countries). For `types=entities`, the countries and what lies in them. Repeat the parameter or separate values with commas (at most 20). */
                country?: string | string[];
                /** @description Articles from one of these sources (ids or slugs). Repeat the parameter or separate values with commas (at most 50). */
                source?: string | string[];
                /** @description Articles in one of these languages (BCP 47 tags, exactly as stored). Repeat the parameter or separate values with commas (at most 20). */
                language?: string | string[];
                /** @description Published at or after this date or time. */
                publishedFrom?: string;
                /** @description Published before this time, or on or before this date. */
                publishedTo?: string;
                /** @description Articles with a claim in one of these statuses; for `types=claims`, claims in these statuses. Repeat the parameter or separate values with commas (at most 5). */
                claimStatus?: string | string[];
                /**
                 * @description The representation, for clients that cannot send Accept: `ndjson` (application/x-ndjson). Overrides the Accept header; any other value is a 406 listing these.
                 * @example ndjson
                 */
                format?: string;
            };
            header?: {
                /** @description The `Meridian-Consistency-Token` of a write this read must see. Without it the read may be served by a read replica a little behind the latest writes; with it, only by a replica that has replayed that write (waiting up to `DATABASE_READ_WAIT_MS`), else by the primary. */
                "meridian-consistency-token"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The articles, one JSON object per line. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "Content-Disposition": components["headers"]["Content-Disposition"];
                    "Meridian-Export-Query": components["headers"]["Meridian-Export-Query"];
                    "Meridian-Export-Snapshot": components["headers"]["Meridian-Export-Snapshot"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": string;
                };
            };
            /** @description The request is not valid: the problem lists each refused field and why. */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key was sent (`Authorization: Bearer <key>`). */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The requested representation (Accept or `format`) is not offered here; the problem lists the supported ones. */
            406: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL (path and query string) is longer than the server accepts. */
            414: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well-formed but refers to something that does not exist or cannot be applied (or reuses an Idempotency-Key with a different request). */
            422: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key (or client address); retry after the Retry-After delay (see the RateLimit-* headers). */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure on the server; the problem’s requestId identifies it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is temporarily unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportClaims: {
        parameters: {
            query?: {
                status?: components["schemas"]["ClaimStatus"];
                kind?: components["schemas"]["ClaimKind"];
                /** @description Only claims made in this article. */
                articleId?: string;
                /** @description Only claims made by this entity or source. */
                claimantId?: string;
                /** @description Only claims about this entity. */
                subjectId?: string;
                /** @description The representation, for clients that cannot send Accept: `ndjson` (application/x-ndjson), `csv` (text/csv). Overrides the Accept header; any other value is a 406 listing these. */
                format?: string;
            };
            header?: {
                /** @description The `Meridian-Consistency-Token` of a write this read must see. Without it the read may be served by a read replica a little behind the latest writes; with it, only by a replica that has replayed that write (waiting up to `DATABASE_READ_WAIT_MS`), else by the primary. */
                "meridian-consistency-token"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The claims. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "Content-Disposition": components["headers"]["Content-Disposition"];
                    "Meridian-Export-Query": components["headers"]["Meridian-Export-Query"];
                    "Meridian-Export-Snapshot": components["headers"]["Meridian-Export-Snapshot"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": string;
                    "text/csv": string;
                };
            };
            /** @description The request is not valid: the problem lists each refused field and why. */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key was sent (`Authorization: Bearer <key>`). */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The requested representation (Accept or `format`) is not offered here; the problem lists the supported ones. */
            406: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL (path and query string) is longer than the server accepts. */
            414: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key (or client address); retry after the Retry-After delay (see the RateLimit-* headers). */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure on the server; the problem’s requestId identifies it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is temporarily unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportEntities: {
        parameters: {
            query?: {
                type?: components["schemas"]["EntityType"];
                /** @description The representation, for clients that cannot send Accept: `ndjson` (application/x-ndjson), `csv` (text/csv). Overrides the Accept header; any other value is a 406 listing these. */
                format?: string;
            };
            header?: {
                /** @description The `Meridian-Consistency-Token` of a write this read must see. Without it the read may be served by a read replica a little behind the latest writes; with it, only by a replica that has replayed that write (waiting up to `DATABASE_READ_WAIT_MS`), else by the primary. */
                "meridian-consistency-token"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The entities. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "Content-Disposition": components["headers"]["Content-Disposition"];
                    "Meridian-Export-Query": components["headers"]["Meridian-Export-Query"];
                    "Meridian-Export-Snapshot": components["headers"]["Meridian-Export-Snapshot"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": string;
                    "text/csv": string;
                };
            };
            /** @description The request is not valid: the problem lists each refused field and why. */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key was sent (`Authorization: Bearer <key>`). */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The requested representation (Accept or `format`) is not offered here; the problem lists the supported ones. */
            406: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL (path and query string) is longer than the server accepts. */
            414: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key (or client address); retry after the Retry-After delay (see the RateLimit-* headers). */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure on the server; the problem’s requestId identifies it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is temporarily unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listArticleRevisions: {
        parameters: {
            query?: {
                /** @description How many items per page (1–100). */
                limit?: number;
                /** @description The opaque `page.nextCursor` of the previous page. */
                cursor?: string;
                /** @description Newest revision first (default) or oldest first. */
                order?: "newest" | "oldest";
            };
            header?: {
                /** @description The `Meridian-Consistency-Token` of a write this read must see. Without it the read may be served by a read replica a little behind the latest writes; with it, only by a replica that has replayed that write (waiting up to `DATABASE_READ_WAIT_MS`), else by the primary. */
                "meridian-consistency-token"?: string;
            };
            path: {
                /** @description A UUID (version 7: time-ordered). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the article’s revisions. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    Link: components["headers"]["Link"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevisionPage"];
                };
            };
            /** @description The request is not valid: the problem lists each refused field and why. */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key was sent (`Authorization: Bearer <key>`). */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource (or route) does not exist. */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL (path and query string) is longer than the server accepts. */
            414: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key (or client address); retry after the Retry-After delay (see the RateLimit-* headers). */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure on the server; the problem’s requestId identifies it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is temporarily unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getArticleRevision: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `Meridian-Consistency-Token` of a write this read must see. Without it the read may be served by a read replica a little behind the latest writes; with it, only by a replica that has replayed that write (waiting up to `DATABASE_READ_WAIT_MS`), else by the primary. */
                "meridian-consistency-token"?: string;
            };
            path: {
                /** @description A UUID (version 7: time-ordered). */
                id: string;
                /** @description The revision number. */
                revision: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The revision and the article as it was. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleRevision"];
                };
            };
            /** @description The request is not valid: the problem lists each refused field and why. */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key was sent (`Authorization: Bearer <key>`). */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource (or route) does not exist. */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL (path and query string) is longer than the server accepts. */
            414: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key (or client address); retry after the Retry-After delay (see the RateLimit-* headers). */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure on the server; the problem’s requestId identifies it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is temporarily unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listEntityRevisions: {
        parameters: {
            query?: {
                /** @description How many items per page (1–100). */
                limit?: number;
                /** @description The opaque `page.nextCursor` of the previous page. */
                cursor?: string;
                /** @description Newest revision first (default) or oldest first. */
                order?: "newest" | "oldest";
            };
            header?: {
                /** @description The `Meridian-Consistency-Token` of a write this read must see. Without it the read may be served by a read replica a little behind the latest writes; with it, only by a replica that has replayed that write (waiting up to `DATABASE_READ_WAIT_MS`), else by the primary. */
                "meridian-consistency-token"?: string;
            };
            path: {
                /** @description The entity’s id or slug. */
                idOrSlug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the entity’s revisions. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    Link: components["headers"]["Link"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevisionPage"];
                };
            };
            /** @description Merged: the entity now lives at the Location header. */
            308: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    Location: components["headers"]["Location"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The id of the entity the old id or slug was merged into. */
                        id: string;
                        /** @description The same URL under the surviving entity (also the Location header). */
                        location: string;
                    };
                };
            };
            /** @description The request is not valid: the problem lists each refused field and why. */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key was sent (`Authorization: Bearer <key>`). */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource (or route) does not exist. */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL (path and query string) is longer than the server accepts. */
            414: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key (or client address); retry after the Retry-After delay (see the RateLimit-* headers). */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure on the server; the problem’s requestId identifies it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is temporarily unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEntityRevision: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `Meridian-Consistency-Token` of a write this read must see. Without it the read may be served by a read replica a little behind the latest writes; with it, only by a replica that has replayed that write (waiting up to `DATABASE_READ_WAIT_MS`), else by the primary. */
                "meridian-consistency-token"?: string;
            };
            path: {
                /** @description The entity’s id or slug. */
                idOrSlug: string;
                /** @description The revision number. */
                revision: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The revision and the entity as it was. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityRevision"];
                };
            };
            /** @description Merged: the entity now lives at the Location header. */
            308: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    Location: components["headers"]["Location"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The id of the entity the old id or slug was merged into. */
                        id: string;
                        /** @description The same URL under the surviving entity (also the Location header). */
                        location: string;
                    };
                };
            };
            /** @description The request is not valid: the problem lists each refused field and why. */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key was sent (`Authorization: Bearer <key>`). */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource (or route) does not exist. */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL (path and query string) is longer than the server accepts. */
            414: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key (or client address); retry after the Retry-After delay (see the RateLimit-* headers). */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure on the server; the problem’s requestId identifies it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is temporarily unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listClaimRevisions: {
        parameters: {
            query?: {
                /** @description How many items per page (1–100). */
                limit?: number;
                /** @description The opaque `page.nextCursor` of the previous page. */
                cursor?: string;
                /** @description Newest revision first (default) or oldest first. */
                order?: "newest" | "oldest";
            };
            header?: {
                /** @description The `Meridian-Consistency-Token` of a write this read must see. Without it the read may be served by a read replica a little behind the latest writes; with it, only by a replica that has replayed that write (waiting up to `DATABASE_READ_WAIT_MS`), else by the primary. */
                "meridian-consistency-token"?: string;
            };
            path: {
                /** @description A UUID (version 7: time-ordered). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the claim’s revisions. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    Link: components["headers"]["Link"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevisionPage"];
                };
            };
            /** @description The request is not valid: the problem lists each refused field and why. */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key was sent (`Authorization: Bearer <key>`). */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource (or route) does not exist. */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL (path and query string) is longer than the server accepts. */
            414: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key (or client address); retry after the Retry-After delay (see the RateLimit-* headers). */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure on the server; the problem’s requestId identifies it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is temporarily unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getClaimRevision: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `Meridian-Consistency-Token` of a write this read must see. Without it the read may be served by a read replica a little behind the latest writes; with it, only by a replica that has replayed that write (waiting up to `DATABASE_READ_WAIT_MS`), else by the primary. */
                "meridian-consistency-token"?: string;
            };
            path: {
                /** @description A UUID (version 7: time-ordered). */
                id: string;
                /** @description The revision number. */
                revision: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The revision and the claim as it was. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimRevision"];
                };
            };
            /** @description The request is not valid: the problem lists each refused field and why. */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key was sent (`Authorization: Bearer <key>`). */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource (or route) does not exist. */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL (path and query string) is longer than the server accepts. */
            414: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key (or client address); retry after the Retry-After delay (see the RateLimit-* headers). */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure on the server; the problem’s requestId identifies it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is temporarily unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listChanges: {
        parameters: {
            query?: {
                /** @description The `cursor` of the last event you processed (or `page.nextCursor`); omit to start from the beginning. */
                after?: string;
                /** @description How many items per page (1–100). */
                limit?: number;
                /** @description Only these kinds of resource, comma-separated: `article`, `entity`, `claim`, `source`, `relation`, `claim_review`. */
                types?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of change events in feed order. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    Link: components["headers"]["Link"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangeFeedPage"];
                };
            };
            /** @description The request is not valid: the problem lists each refused field and why. */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key was sent (`Authorization: Bearer <key>`). */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL (path and query string) is longer than the server accepts. */
            414: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key (or client address); retry after the Retry-After delay (see the RateLimit-* headers). */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure on the server; the problem’s requestId identifies it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is temporarily unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    mergeEntity: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry for 24 hours: the same key with the same request replays the first response (with `Idempotent-Replayed: true`). */
                "idempotency-key"?: string;
                /** @description The ETag last read (`"<version>"`): the write is refused with 412 if the resource changed since. */
                "if-match"?: string;
            };
            path: {
                /** @description The entity’s id or slug. */
                idOrSlug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EntityMerge"];
            };
        };
        responses: {
            /** @description The survivor as it now is, and what moved. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "Content-Location": components["headers"]["Content-Location"];
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "Meridian-Consistency-Token": components["headers"]["Meridian-Consistency-Token"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityMergeResult"];
                };
            };
            /** @description Merged: the entity now lives at the Location header. */
            308: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    Location: components["headers"]["Location"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The id of the entity the old id or slug was merged into. */
                        id: string;
                        /** @description The same URL under the surviving entity (also the Location header). */
                        location: string;
                    };
                };
            };
            /** @description The request is not valid: the problem lists each refused field and why. */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key was sent (`Authorization: Bearer <key>`). */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the scope this operation needs. */
            403: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource (or route) does not exist. */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with an existing resource or reference. */
            409: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match named a version that is no longer current. */
            412: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL (path and query string) is longer than the server accepts. */
            414: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json. */
            415: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well-formed but refers to something that does not exist or cannot be applied (or reuses an Idempotency-Key with a different request). */
            422: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key (or client address); retry after the Retry-After delay (see the RateLimit-* headers). */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure on the server; the problem’s requestId identifies it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is temporarily unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    splitEntity: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry for 24 hours: the same key with the same request replays the first response (with `Idempotent-Replayed: true`). */
                "idempotency-key"?: string;
                /** @description The ETag last read (`"<version>"`): the write is refused with 412 if the resource changed since. */
                "if-match"?: string;
            };
            path: {
                /** @description The entity’s id or slug. */
                idOrSlug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EntitySplit"];
            };
        };
        responses: {
            /** @description The original and the new entity, and what moved. */
            201: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    Location: components["headers"]["Location"];
                    "Meridian-Consistency-Token": components["headers"]["Meridian-Consistency-Token"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntitySplitResult"];
                };
            };
            /** @description Merged: the entity now lives at the Location header. */
            308: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    Location: components["headers"]["Location"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The id of the entity the old id or slug was merged into. */
                        id: string;
                        /** @description The same URL under the surviving entity (also the Location header). */
                        location: string;
                    };
                };
            };
            /** @description The request is not valid: the problem lists each refused field and why. */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key was sent (`Authorization: Bearer <key>`). */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the scope this operation needs. */
            403: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource (or route) does not exist. */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with an existing resource or reference. */
            409: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match named a version that is no longer current. */
            412: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL (path and query string) is longer than the server accepts. */
            414: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json. */
            415: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well-formed but refers to something that does not exist or cannot be applied (or reuses an Idempotency-Key with a different request). */
            422: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key (or client address); retry after the Retry-After delay (see the RateLimit-* headers). */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure on the server; the problem’s requestId identifies it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is temporarily unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listEntityRelations: {
        parameters: {
            query?: {
                /** @description How many items per page (1–100). */
                limit?: number;
                /** @description The opaque `page.nextCursor` of the previous page. */
                cursor?: string;
                /** @description Only relations of these types. Repeat the parameter or separate values with commas (at most 10). */
                type?: string | string[];
                /** @description Only relations that hold on this date (YYYY-MM-DD): started on or before it (or with no known start) and not ended before it. */
                as_of?: string;
                /** @description Only relations with one of these review statuses. Repeat the parameter or separate values with commas (at most 3). */
                status?: string | string[];
                /** @description `outgoing`: relations where the entity is the subject (what Rotterdam lies in); `incoming`: where it is the object (what lies in the Netherlands); `both`. */
                direction?: "outgoing" | "incoming" | "both";
            };
            header?: {
                /** @description The `Meridian-Consistency-Token` of a write this read must see. Without it the read may be served by a read replica a little behind the latest writes; with it, only by a replica that has replayed that write (waiting up to `DATABASE_READ_WAIT_MS`), else by the primary. */
                "meridian-consistency-token"?: string;
            };
            path: {
                /** @description The entity’s id or slug. */
                idOrSlug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the entity’s relations. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    Link: components["headers"]["Link"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelationPage"];
                };
            };
            /** @description Merged: the entity now lives at the Location header. */
            308: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    Location: components["headers"]["Location"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The id of the entity the old id or slug was merged into. */
                        id: string;
                        /** @description The same URL under the surviving entity (also the Location header). */
                        location: string;
                    };
                };
            };
            /** @description The request is not valid: the problem lists each refused field and why. */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key was sent (`Authorization: Bearer <key>`). */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource (or route) does not exist. */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL (path and query string) is longer than the server accepts. */
            414: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key (or client address); retry after the Retry-After delay (see the RateLimit-* headers). */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure on the server; the problem’s requestId identifies it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is temporarily unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRelations: {
        parameters: {
            query?: {
                /** @description How many items per page (1–100). */
                limit?: number;
                /** @description The opaque `page.nextCursor` of the previous page. */
                cursor?: string;
                /** @description Only relations of these types. Repeat the parameter or separate values with commas (at most 10). */
                type?: string | string[];
                /** @description Only relations that hold on this date (YYYY-MM-DD): started on or before it (or with no known start) and not ended before it. */
                as_of?: string;
                /** @description Only relations with one of these review statuses. Repeat the parameter or separate values with commas (at most 3). */
                status?: string | string[];
                /** @description Only relations whose subject is this entity (id or slug). */
                subject?: string;
                /** @description Only relations whose object is this entity (id or slug). */
                object?: string;
            };
            header?: {
                /** @description The `Meridian-Consistency-Token` of a write this read must see. Without it the read may be served by a read replica a little behind the latest writes; with it, only by a replica that has replayed that write (waiting up to `DATABASE_READ_WAIT_MS`), else by the primary. */
                "meridian-consistency-token"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of relations. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    Link: components["headers"]["Link"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelationPage"];
                };
            };
            /** @description The request is not valid: the problem lists each refused field and why. */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key was sent (`Authorization: Bearer <key>`). */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL (path and query string) is longer than the server accepts. */
            414: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well-formed but refers to something that does not exist or cannot be applied (or reuses an Idempotency-Key with a different request). */
            422: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key (or client address); retry after the Retry-After delay (see the RateLimit-* headers). */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure on the server; the problem’s requestId identifies it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is temporarily unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRelation: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `Meridian-Consistency-Token` of a write this read must see. Without it the read may be served by a read replica a little behind the latest writes; with it, only by a replica that has replayed that write (waiting up to `DATABASE_READ_WAIT_MS`), else by the primary. */
                "meridian-consistency-token"?: string;
            };
            path: {
                /** @description A UUID (version 7: time-ordered). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The relation. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Relation"];
                };
            };
            /** @description The request is not valid: the problem lists each refused field and why. */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key was sent (`Authorization: Bearer <key>`). */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource (or route) does not exist. */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL (path and query string) is longer than the server accepts. */
            414: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key (or client address); retry after the Retry-After delay (see the RateLimit-* headers). */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure on the server; the problem’s requestId identifies it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is temporarily unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listImports: {
        parameters: {
            query?: {
                /** @description How many items per page (1–100). */
                limit?: number;
                /** @description The opaque `page.nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of imports. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    Link: components["headers"]["Link"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportPage"];
                };
            };
            /** @description The request is not valid: the problem lists each refused field and why. */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key was sent (`Authorization: Bearer <key>`). */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL (path and query string) is longer than the server accepts. */
            414: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key (or client address); retry after the Retry-After delay (see the RateLimit-* headers). */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure on the server; the problem’s requestId identifies it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is temporarily unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createImport: {
        parameters: {
            query?: {
                /** @description Also propose new entities with named-entity recognition (slower). `true` or `false` (default `true`). */
                ner?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description NDJSON: one JSON article per line, e.g. {"url": "https://example.org/a", "title": "…", "body": "<p>…</p>", "publishedAt": "2023-06-05T10:00:00Z"}. */
        requestBody: {
            content: {
                "application/x-ndjson": string;
            };
        };
        responses: {
            /** @description The finished import with its counts. */
            201: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    Location: components["headers"]["Location"];
                    "Meridian-Consistency-Token": components["headers"]["Meridian-Consistency-Token"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Import"];
                };
            };
            /** @description The request is not valid: the problem lists each refused field and why. */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key was sent (`Authorization: Bearer <key>`). */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the scope this operation needs. */
            403: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL (path and query string) is longer than the server accepts. */
            414: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json. */
            415: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key (or client address); retry after the Retry-After delay (see the RateLimit-* headers). */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure on the server; the problem’s requestId identifies it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is temporarily unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getImport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID (version 7: time-ordered). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The import. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Import"];
                };
            };
            /** @description The request is not valid: the problem lists each refused field and why. */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key was sent (`Authorization: Bearer <key>`). */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource (or route) does not exist. */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL (path and query string) is longer than the server accepts. */
            414: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key (or client address); retry after the Retry-After delay (see the RateLimit-* headers). */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure on the server; the problem’s requestId identifies it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is temporarily unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listImportLines: {
        parameters: {
            query?: {
                /** @description How many items per page (1–100). */
                limit?: number;
                /** @description The opaque `page.nextCursor` of the previous page. */
                cursor?: string;
                outcome?: components["schemas"]["ImportLineOutcome"];
            };
            header?: never;
            path: {
                /** @description A UUID (version 7: time-ordered). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of line results. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    Link: components["headers"]["Link"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportLinePage"];
                };
            };
            /** @description The request is not valid: the problem lists each refused field and why. */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key was sent (`Authorization: Bearer <key>`). */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource (or route) does not exist. */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL (path and query string) is longer than the server accepts. */
            414: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key (or client address); retry after the Retry-After delay (see the RateLimit-* headers). */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure on the server; the problem’s requestId identifies it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is temporarily unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reviewEntity: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry for 24 hours: the same key with the same request replays the first response (with `Idempotent-Replayed: true`). */
                "idempotency-key"?: string;
                /** @description The ETag last read (`"<version>"`): the write is refused with 412 if the resource changed since. */
                "if-match"?: string;
            };
            path: {
                /** @description The entity’s id or slug. */
                idOrSlug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Review"];
            };
        };
        responses: {
            /** @description The entity with its new status. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "Meridian-Consistency-Token": components["headers"]["Meridian-Consistency-Token"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Entity"];
                };
            };
            /** @description Merged: the entity now lives at the Location header. */
            308: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    Location: components["headers"]["Location"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The id of the entity the old id or slug was merged into. */
                        id: string;
                        /** @description The same URL under the surviving entity (also the Location header). */
                        location: string;
                    };
                };
            };
            /** @description The request is not valid: the problem lists each refused field and why. */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key was sent (`Authorization: Bearer <key>`). */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the scope this operation needs. */
            403: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource (or route) does not exist. */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with an existing resource or reference. */
            409: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match named a version that is no longer current. */
            412: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL (path and query string) is longer than the server accepts. */
            414: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json. */
            415: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well-formed but refers to something that does not exist or cannot be applied (or reuses an Idempotency-Key with a different request). */
            422: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key (or client address); retry after the Retry-After delay (see the RateLimit-* headers). */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure on the server; the problem’s requestId identifies it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is temporarily unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reviewClaim: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry for 24 hours: the same key with the same request replays the first response (with `Idempotent-Replayed: true`). */
                "idempotency-key"?: string;
                /** @description The ETag last read (`"<version>"`): the write is refused with 412 if the resource changed since. */
                "if-match"?: string;
            };
            path: {
                /** @description A UUID (version 7: time-ordered). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Review"];
            };
        };
        responses: {
            /** @description The claim with its new review status. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "Meridian-Consistency-Token": components["headers"]["Meridian-Consistency-Token"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimWithArticle"];
                };
            };
            /** @description The request is not valid: the problem lists each refused field and why. */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key was sent (`Authorization: Bearer <key>`). */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the scope this operation needs. */
            403: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource (or route) does not exist. */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with an existing resource or reference. */
            409: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match named a version that is no longer current. */
            412: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL (path and query string) is longer than the server accepts. */
            414: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json. */
            415: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well-formed but refers to something that does not exist or cannot be applied (or reuses an Idempotency-Key with a different request). */
            422: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key (or client address); retry after the Retry-After delay (see the RateLimit-* headers). */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure on the server; the problem’s requestId identifies it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is temporarily unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listClaimReviews: {
        parameters: {
            query?: {
                /** @description How many items per page (1–100). */
                limit?: number;
                /** @description The opaque `page.nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: {
                /** @description The `Meridian-Consistency-Token` of a write this read must see. Without it the read may be served by a read replica a little behind the latest writes; with it, only by a replica that has replayed that write (waiting up to `DATABASE_READ_WAIT_MS`), else by the primary. */
                "meridian-consistency-token"?: string;
            };
            path: {
                /** @description A UUID (version 7: time-ordered). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of reviews. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    Link: components["headers"]["Link"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimReviewPage"];
                };
            };
            /** @description The request is not valid: the problem lists each refused field and why. */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key was sent (`Authorization: Bearer <key>`). */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource (or route) does not exist. */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL (path and query string) is longer than the server accepts. */
            414: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key (or client address); retry after the Retry-After delay (see the RateLimit-* headers). */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure on the server; the problem’s requestId identifies it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is temporarily unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createClaimReview: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry for 24 hours: the same key with the same request replays the first response (with `Idempotent-Replayed: true`). */
                "idempotency-key"?: string;
            };
            path: {
                /** @description A UUID (version 7: time-ordered). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClaimReviewCreate"];
            };
        };
        responses: {
            /** @description The recorded review. */
            201: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    Location: components["headers"]["Location"];
                    "Meridian-Consistency-Token": components["headers"]["Meridian-Consistency-Token"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimReview"];
                };
            };
            /** @description The request is not valid: the problem lists each refused field and why. */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key was sent (`Authorization: Bearer <key>`). */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the scope this operation needs. */
            403: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource (or route) does not exist. */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with an existing resource or reference. */
            409: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL (path and query string) is longer than the server accepts. */
            414: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json. */
            415: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well-formed but refers to something that does not exist or cannot be applied (or reuses an Idempotency-Key with a different request). */
            422: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key (or client address); retry after the Retry-After delay (see the RateLimit-* headers). */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure on the server; the problem’s requestId identifies it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is temporarily unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getClaimReview: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `Meridian-Consistency-Token` of a write this read must see. Without it the read may be served by a read replica a little behind the latest writes; with it, only by a replica that has replayed that write (waiting up to `DATABASE_READ_WAIT_MS`), else by the primary. */
                "meridian-consistency-token"?: string;
            };
            path: {
                /** @description A UUID (version 7: time-ordered). */
                reviewId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The review. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimReview"];
                };
            };
            /** @description The request is not valid: the problem lists each refused field and why. */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key was sent (`Authorization: Bearer <key>`). */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource (or route) does not exist. */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL (path and query string) is longer than the server accepts. */
            414: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key (or client address); retry after the Retry-After delay (see the RateLimit-* headers). */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure on the server; the problem’s requestId identifies it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is temporarily unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    importClaimReviews: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry for 24 hours: the same key with the same request replays the first response (with `Idempotent-Replayed: true`). */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClaimReviewImport"];
            };
        };
        responses: {
            /** @description The outcome of every item. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "Meridian-Consistency-Token": components["headers"]["Meridian-Consistency-Token"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimReviewImportResult"];
                };
            };
            /** @description The request is not valid: the problem lists each refused field and why. */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key was sent (`Authorization: Bearer <key>`). */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the scope this operation needs. */
            403: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with an existing resource or reference. */
            409: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL (path and query string) is longer than the server accepts. */
            414: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json. */
            415: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well-formed but refers to something that does not exist or cannot be applied (or reuses an Idempotency-Key with a different request). */
            422: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key (or client address); retry after the Retry-After delay (see the RateLimit-* headers). */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure on the server; the problem’s requestId identifies it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is temporarily unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMentions: {
        parameters: {
            query?: {
                /** @description How many items per page (1–100). */
                limit?: number;
                /** @description The opaque `page.nextCursor` of the previous page. */
                cursor?: string;
                status?: components["schemas"]["ReviewStatus"];
                /** @description Only mentions found this way. */
                method?: "manual" | "gazetteer" | "ner";
                field?: components["schemas"]["MentionField"];
                /** @description Only mentions in this article. */
                articleId?: string;
                /** @description Only mentions of this entity. */
                entityId?: string;
            };
            header?: {
                /** @description The `Meridian-Consistency-Token` of a write this read must see. Without it the read may be served by a read replica a little behind the latest writes; with it, only by a replica that has replayed that write (waiting up to `DATABASE_READ_WAIT_MS`), else by the primary. */
                "meridian-consistency-token"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of mentions. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    Link: components["headers"]["Link"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MentionPage"];
                };
            };
            /** @description The request is not valid: the problem lists each refused field and why. */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key was sent (`Authorization: Bearer <key>`). */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL (path and query string) is longer than the server accepts. */
            414: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key (or client address); retry after the Retry-After delay (see the RateLimit-* headers). */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure on the server; the problem’s requestId identifies it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is temporarily unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMention: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag from an earlier response: 304 with no body while it is still current. */
                "if-none-match"?: string;
                /** @description The `Meridian-Consistency-Token` of a write this read must see. Without it the read may be served by a read replica a little behind the latest writes; with it, only by a replica that has replayed that write (waiting up to `DATABASE_READ_WAIT_MS`), else by the primary. */
                "meridian-consistency-token"?: string;
                /** @description The ETag last read (`"<version>"`): the write is refused with 412 if the resource changed since. */
                "if-match"?: string;
            };
            path: {
                /** @description A UUID (version 7: time-ordered). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The mention. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MentionResource"];
                };
            };
            /** @description Not modified: the ETag in If-None-Match is still current. */
            304: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid: the problem lists each refused field and why. */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key was sent (`Authorization: Bearer <key>`). */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource (or route) does not exist. */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match named a version that is no longer current. */
            412: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL (path and query string) is longer than the server accepts. */
            414: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key (or client address); retry after the Retry-After delay (see the RateLimit-* headers). */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure on the server; the problem’s requestId identifies it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is temporarily unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateMention: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last read (`"<version>"`): the write is refused with 412 if the resource changed since. */
                "if-match"?: string;
            };
            path: {
                /** @description A UUID (version 7: time-ordered). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MentionUpdate"];
            };
        };
        responses: {
            /** @description The corrected mention. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    ETag: components["headers"]["ETag"];
                    "Meridian-Consistency-Token": components["headers"]["Meridian-Consistency-Token"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MentionResource"];
                };
            };
            /** @description The request is not valid: the problem lists each refused field and why. */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key was sent (`Authorization: Bearer <key>`). */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the scope this operation needs. */
            403: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource (or route) does not exist. */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with an existing resource or reference. */
            409: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match named a version that is no longer current. */
            412: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL (path and query string) is longer than the server accepts. */
            414: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json. */
            415: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well-formed but refers to something that does not exist or cannot be applied (or reuses an Idempotency-Key with a different request). */
            422: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key (or client address); retry after the Retry-After delay (see the RateLimit-* headers). */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure on the server; the problem’s requestId identifies it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is temporarily unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reviewMention: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry for 24 hours: the same key with the same request replays the first response (with `Idempotent-Replayed: true`). */
                "idempotency-key"?: string;
                /** @description The ETag last read (`"<version>"`): the write is refused with 412 if the resource changed since. */
                "if-match"?: string;
            };
            path: {
                /** @description A UUID (version 7: time-ordered). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Review"];
            };
        };
        responses: {
            /** @description The mention with its new status. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "Meridian-Consistency-Token": components["headers"]["Meridian-Consistency-Token"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MentionResource"];
                };
            };
            /** @description The request is not valid: the problem lists each refused field and why. */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key was sent (`Authorization: Bearer <key>`). */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the scope this operation needs. */
            403: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource (or route) does not exist. */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with an existing resource or reference. */
            409: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match named a version that is no longer current. */
            412: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL (path and query string) is longer than the server accepts. */
            414: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json. */
            415: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well-formed but refers to something that does not exist or cannot be applied (or reuses an Idempotency-Key with a different request). */
            422: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key (or client address); retry after the Retry-After delay (see the RateLimit-* headers). */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure on the server; the problem’s requestId identifies it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is temporarily unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    matchEntities: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry for 24 hours: the same key with the same request replays the first response (with `Idempotent-Replayed: true`). */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The names to match (1–100). */
                    queries: components["schemas"]["MatchQuery"][];
                    /**
                     * Format: int32
                     * @description How many candidates per query at most (1–25, default 5).
                     * @default 5
                     * @example 3
                     */
                    limit?: number;
                };
            };
        };
        responses: {
            /** @description One result per query, in query order. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "Meridian-Consistency-Token": components["headers"]["Meridian-Consistency-Token"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MatchResponse"];
                };
            };
            /** @description The request is not valid: the problem lists each refused field and why. */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key was sent (`Authorization: Bearer <key>`). */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with an existing resource or reference. */
            409: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL (path and query string) is longer than the server accepts. */
            414: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json. */
            415: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well-formed but refers to something that does not exist or cannot be applied (or reuses an Idempotency-Key with a different request). */
            422: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key (or client address); retry after the Retry-After delay (see the RateLimit-* headers). */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure on the server; the problem’s requestId identifies it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is temporarily unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listEntityMatchJudgements: {
        parameters: {
            query?: {
                /** @description Only decisions about this name (compared by its key). */
                query?: string;
                /** @description Only decisions about this entity. */
                entityId?: string;
                /** @description How many items per page (1–100). */
                limit?: number;
                /** @description The opaque `page.nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of decisions. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    Link: components["headers"]["Link"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MatchJudgementPage"];
                };
            };
            /** @description The request is not valid: the problem lists each refused field and why. */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key was sent (`Authorization: Bearer <key>`). */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL (path and query string) is longer than the server accepts. */
            414: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key (or client address); retry after the Retry-After delay (see the RateLimit-* headers). */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure on the server; the problem’s requestId identifies it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is temporarily unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    judgeEntityMatch: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry for 24 hours: the same key with the same request replays the first response (with `Idempotent-Replayed: true`). */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description The query name the decision is about.
                     * @example D. Boluarte
                     */
                    query: string;
                    /**
                     * Format: uuid
                     * @description A UUID (version 7: time-ordered).
                     * @example 0190a3c2-7b1e-7cc0-9d2a-4f0f8e1b2c3d
                     */
                    entityId: string;
                    decision: components["schemas"]["MatchDecision"];
                };
            };
        };
        responses: {
            /** @description The pair had been judged: its decision is replaced. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "Content-Location": components["headers"]["Content-Location"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "Meridian-Consistency-Token": components["headers"]["Meridian-Consistency-Token"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MatchJudgement"];
                };
            };
            /** @description The decision, recorded. */
            201: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    Location: components["headers"]["Location"];
                    "Meridian-Consistency-Token": components["headers"]["Meridian-Consistency-Token"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MatchJudgement"];
                };
            };
            /** @description The request is not valid: the problem lists each refused field and why. */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key was sent (`Authorization: Bearer <key>`). */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the scope this operation needs. */
            403: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with an existing resource or reference. */
            409: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL (path and query string) is longer than the server accepts. */
            414: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json. */
            415: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well-formed but refers to something that does not exist or cannot be applied (or reuses an Idempotency-Key with a different request). */
            422: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key (or client address); retry after the Retry-After delay (see the RateLimit-* headers). */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure on the server; the problem’s requestId identifies it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is temporarily unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEntityMatchJudgement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID (version 7: time-ordered). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The decision. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MatchJudgement"];
                };
            };
            /** @description The request is not valid: the problem lists each refused field and why. */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key was sent (`Authorization: Bearer <key>`). */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource (or route) does not exist. */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL (path and query string) is longer than the server accepts. */
            414: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key (or client address); retry after the Retry-After delay (see the RateLimit-* headers). */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure on the server; the problem’s requestId identifies it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is temporarily unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteEntityMatchJudgement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID (version 7: time-ordered). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "Meridian-Consistency-Token": components["headers"]["Meridian-Consistency-Token"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid: the problem lists each refused field and why. */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key was sent (`Authorization: Bearer <key>`). */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the scope this operation needs. */
            403: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource (or route) does not exist. */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL (path and query string) is longer than the server accepts. */
            414: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key (or client address); retry after the Retry-After delay (see the RateLimit-* headers). */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure on the server; the problem’s requestId identifies it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is temporarily unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReconciliationManifest: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The manifest. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReconcileManifest"];
                };
            };
            /** @description The request is not valid: the problem lists each refused field and why. */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key was sent (`Authorization: Bearer <key>`). */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL (path and query string) is longer than the server accepts. */
            414: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key (or client address); retry after the Retry-After delay (see the RateLimit-* headers). */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure on the server; the problem’s requestId identifies it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is temporarily unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reconcile: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry for 24 hours: the same key with the same request replays the first response (with `Idempotent-Replayed: true`). */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description Either `application/x-www-form-urlencoded` with a `queries` field holding the batch as JSON (what OpenRefine sends), or JSON: `{"queries": {…}}` or the batch object itself. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description The batch, keyed by your ids (`{"q0": {"query": "Peru", "type": "country"}}`). As a form field it is that JSON as a string. */
                    queries: {
                        [key: string]: components["schemas"]["ReconcileQuery"];
                    };
                };
                "application/x-www-form-urlencoded": {
                    /** @description The batch, keyed by your ids (`{"q0": {"query": "Peru", "type": "country"}}`). As a form field it is that JSON as a string. */
                    queries: {
                        [key: string]: components["schemas"]["ReconcileQuery"];
                    };
                };
            };
        };
        responses: {
            /** @description The candidates of each query, by query id. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "Meridian-Consistency-Token": components["headers"]["Meridian-Consistency-Token"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReconcileResults"];
                };
            };
            /** @description The request is not valid: the problem lists each refused field and why. */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key was sent (`Authorization: Bearer <key>`). */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with an existing resource or reference. */
            409: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL (path and query string) is longer than the server accepts. */
            414: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json. */
            415: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well-formed but refers to something that does not exist or cannot be applied (or reuses an Idempotency-Key with a different request). */
            422: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key (or client address); retry after the Retry-After delay (see the RateLimit-* headers). */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure on the server; the problem’s requestId identifies it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is temporarily unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    suggestReconciliationEntities: {
        parameters: {
            query: {
                /** @description What has been typed so far. */
                prefix: string;
                /** @description Only entities of this type (entity suggest). */
                type?: "country" | "person" | "organization" | "port" | "place" | "event" | "legal_instrument" | "commodity" | "other";
                /** @description How many suggestions (1–25, default 10). */
                limit?: number;
                /** @description How many suggestions to skip (0.2’s `cursor`). */
                cursor?: number;
                /** @description The same as `cursor` (0.1). */
                start?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The suggestions. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReconcileSuggestions"];
                };
            };
            /** @description The request is not valid: the problem lists each refused field and why. */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key was sent (`Authorization: Bearer <key>`). */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL (path and query string) is longer than the server accepts. */
            414: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key (or client address); retry after the Retry-After delay (see the RateLimit-* headers). */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure on the server; the problem’s requestId identifies it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is temporarily unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    suggestReconciliationTypes: {
        parameters: {
            query: {
                /** @description What has been typed so far. */
                prefix: string;
                /** @description Only entities of this type (entity suggest). */
                type?: "country" | "person" | "organization" | "port" | "place" | "event" | "legal_instrument" | "commodity" | "other";
                /** @description How many suggestions (1–25, default 10). */
                limit?: number;
                /** @description How many suggestions to skip (0.2’s `cursor`). */
                cursor?: number;
                /** @description The same as `cursor` (0.1). */
                start?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The suggestions. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReconcileSuggestions"];
                };
            };
            /** @description The request is not valid: the problem lists each refused field and why. */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key was sent (`Authorization: Bearer <key>`). */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL (path and query string) is longer than the server accepts. */
            414: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key (or client address); retry after the Retry-After delay (see the RateLimit-* headers). */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure on the server; the problem’s requestId identifies it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is temporarily unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    suggestReconciliationProperties: {
        parameters: {
            query: {
                /** @description What has been typed so far. */
                prefix: string;
                /** @description Only entities of this type (entity suggest). */
                type?: "country" | "person" | "organization" | "port" | "place" | "event" | "legal_instrument" | "commodity" | "other";
                /** @description How many suggestions (1–25, default 10). */
                limit?: number;
                /** @description How many suggestions to skip (0.2’s `cursor`). */
                cursor?: number;
                /** @description The same as `cursor` (0.1). */
                start?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The suggestions. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReconcileSuggestions"];
                };
            };
            /** @description The request is not valid: the problem lists each refused field and why. */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key was sent (`Authorization: Bearer <key>`). */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL (path and query string) is longer than the server accepts. */
            414: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key (or client address); retry after the Retry-After delay (see the RateLimit-* headers). */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure on the server; the problem’s requestId identifies it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is temporarily unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    previewReconciliationEntity: {
        parameters: {
            query: {
                /** @description The entity to show. */
                id: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The card. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description The request is not valid: the problem lists each refused field and why. */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key was sent (`Authorization: Bearer <key>`). */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource (or route) does not exist. */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL (path and query string) is longer than the server accepts. */
            414: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key (or client address); retry after the Retry-After delay (see the RateLimit-* headers). */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure on the server; the problem’s requestId identifies it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is temporarily unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Expose-Headers": components["headers"]["Access-Control-Expose-Headers"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
