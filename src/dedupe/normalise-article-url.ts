// Canonical form of an article URL, so that tracking, AMP and mobile variants of one page compare equal.

/** Query parameters that say who sent the reader, never which page it is. */
const TRACKING_PARAMS = new Set([
  'fbclid', 'gclid', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'igshid', 'mc_cid', 'mc_eid', '_ga', '_gl',
  'ref', 'ref_src', 'ref_url', 'referrer', 'cmpid', 'cmp', 'ocid', 'xtor', 'at_medium', 'at_campaign', 'icid', 'ito', 'ns_mchannel',
  'ns_source', 'ns_campaign', 'ns_linkname', 'ns_fee', 'sr_share', 'smid', 'sh', 'soc_src', 'soc_trk', 'spm', 'share', 'src',
  'outputtype', 'amp', 'amp_js_v', 'usqp', 'output', 'mobile', 'm',
]);
/** Prefixes of tracking parameter families: utm_source, utm_medium, hsa_cam, pk_campaign, mtm_source, ... */
const TRACKING_PREFIXES = ['utm_', 'hsa_', 'pk_', 'mtm_', 'matomo_', 'oly_', 'vero_', '__hs', '_hs'];
/** Host prefixes of mobile and AMP editions of the same site. */
const EDITION_HOST = /^(?:www|amp|m|mobile|wap)\./u;
/** Path endings of AMP pages: /amp, /amp/, /amp.html, .amp, .amp.html. */
const AMP_PATH_END = /(?:\/amp(?:\.html?)?\/?|\.amp(?:\.html?)?)$/iu;
/** An AMP path segment before the article path: /amp/2024/05/story. */
const AMP_PATH_START = /^\/amp(?=\/)/iu;

function isTracking(name: string): boolean {
  const lower = name.toLowerCase();
  return TRACKING_PARAMS.has(lower) || TRACKING_PREFIXES.some((prefix) => lower.startsWith(prefix));
}

/**
 * The article's URL with scheme, edition host prefixes (www., m., amp.), AMP path markers, tracking parameters,
 * default index pages, trailing slash and fragment taken off; the remaining parameters sorted. Returns null for
 * what is not an http(s) URL. Two URLs with the same form are taken to be one page.
 */
export function normaliseArticleUrl(url: string | null | undefined): string | null {
  if (!url?.trim()) return null;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  let host = parsed.hostname.toLowerCase().replace(/\.$/u, '');
  while (EDITION_HOST.test(host) && host.split('.').length > 2) host = host.replace(EDITION_HOST, '');
  let path = decodeSafely(parsed.pathname);
  path = path.replace(AMP_PATH_END, '').replace(AMP_PATH_START, '');
  path = path.replace(/\/(?:index|default)\.(?:html?|php|aspx?)$/iu, '/').replace(/\/+$/u, '');
  const params = [...parsed.searchParams.entries()].filter(([name]) => !isTracking(name)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = params.length > 0 ? `?${new URLSearchParams(params).toString()}` : '';
  const port = parsed.port && parsed.port !== '80' && parsed.port !== '443' ? `:${parsed.port}` : '';
  return `${host}${port}${path || '/'}${query}`;
}

/** The host the article came from, without edition prefixes: used to tell outlets apart. */
export function readOutletHost(url: string | null | undefined): string | null {
  const normalised = normaliseArticleUrl(url);
  if (!normalised) return null;
  return normalised.split(/[/?:]/u)[0] ?? null;
}

function decodeSafely(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    // A malformed escape: compare the path as written.
    return path;
  }
}
