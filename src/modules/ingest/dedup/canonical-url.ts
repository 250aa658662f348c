// The canonical form of an article URL, so that the same article reached through a newsletter, a social share or
// a tracking redirect is stored once. Rules, in order:
// - http(s) only; scheme and host lowercase, default ports (80/443) dropped, the fragment dropped (WHATWG URL);
// - tracking parameters dropped (TRACKING_PARAMETERS, and every utm_* parameter);
// - the remaining parameters sorted by name, then value (a stable sort keeps repeated names in a fixed order);
// - trailing slash: removed from every path except the root, so `/a/` and `/a` are one article. Removing is the
//   safe direction: sites that want the slash (WordPress) redirect to it, whereas adding one can 404 elsewhere.
// - repeated slashes inside the path are kept: some sites route on them and they never come from tracking.

const TRACKING_PARAMETERS = new Set([
  'fbclid',
  'gclid',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'twclid',
  'igshid',
  'mc_cid',
  'mc_eid',
  'ref',
  'ref_src',
  'ref_url',
  'referrer',
  '_ga',
  '_gl',
  '_hsenc',
  '_hsmi',
  'mkt_tok',
  'oly_anon_id',
  'oly_enc_id',
  'vero_id',
  'wt_mc',
  'cmpid',
  'ncid',
  'sr_share',
  'share',
  'spm',
  'at_medium',
  'at_campaign',
]);

function isTrackingParameter(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.startsWith('utm_') || TRACKING_PARAMETERS.has(lower);
}

/** Throws on a string that is not an absolute http(s) URL: a caller must not store a half-parsed address. */
export function canonicalArticleUrl(input: string): string {
  const url = new URL(input.trim());
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`Not an http(s) URL: ${input}`);
  url.hash = '';
  url.username = '';
  url.password = '';
  const kept = [...url.searchParams].filter(([name]) => !isTrackingParameter(name));
  kept.sort(([nameA, valueA], [nameB, valueB]) =>
    nameA === nameB ? (valueA < valueB ? -1 : valueA > valueB ? 1 : 0) : nameA < nameB ? -1 : 1,
  );
  url.search = new URLSearchParams(kept).toString();
  if (url.pathname.length > 1 && url.pathname.endsWith('/')) url.pathname = url.pathname.replace(/\/+$/u, '') || '/';
  return url.href;
}
