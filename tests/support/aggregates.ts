/**
 * Recounts of the tables that triggers keep exact, as SQL, and the query that finds where a table and its recount
 * differ (both ways): empty when the table is exact.
 */
export const cooccurrenceRecount = `SELECT x.entity_id, y.entity_id AS other_id, count(*)::int AS articles, sum(y.n)::int AS mentions
  FROM (SELECT article_id, entity_id, count(*) AS n FROM mentions GROUP BY 1, 2) x
  JOIN (SELECT article_id, entity_id, count(*) AS n FROM mentions GROUP BY 1, 2) y ON y.article_id = x.article_id
  GROUP BY 1, 2`;

export const entityDaysRecount = `SELECT m.entity_id, (a.published_at AT TIME ZONE 'UTC')::date AS day,
    count(DISTINCT m.article_id)::int AS articles, count(*)::int AS mentions
  FROM mentions m JOIN articles a ON a.id = m.article_id
  WHERE a.published_at IS NOT NULL
  GROUP BY 1, 2`;

/** Rows in `stored` and not in `recount`, then rows in `recount` and not in `stored`. */
export const differences = (stored: string, recount: string) =>
  `(${stored} EXCEPT ${recount}) UNION ALL (${recount} EXCEPT ${stored})`;

export const entityDaysStored = 'SELECT entity_id, day, articles, mentions FROM entity_mention_days';
