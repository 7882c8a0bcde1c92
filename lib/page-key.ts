/**
 * The key under which a page's record and annotations are stored: the URL without its
 * fragment and without the tracking parameters that make one page look like many.
 */
const TRACKING_PARAMS = /^(utm_[a-z_]+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|yclid|_hsenc|_hsmi|igshid|mkt_tok|ref_src|spm)$/i;

export function pageKey(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  parsed.hash = '';
  for (const name of [...parsed.searchParams.keys()]) {
    if (TRACKING_PARAMS.test(name)) parsed.searchParams.delete(name);
  }
  return parsed.toString();
}
