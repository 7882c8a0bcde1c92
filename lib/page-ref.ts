/** The page's canonical link, when that link is on the same site. */
export function canonicalLink(doc: Document, url: string): string | null {
  const href = doc.querySelector<HTMLLinkElement>('link[rel~="canonical" i][href]')?.getAttribute('href');
  if (!href) return null;
  try {
    const canonical = new URL(href, url);
    return /^https?:$/.test(canonical.protocol) && canonical.host === new URL(url).host ? canonical.toString() : null;
  } catch {
    return null;
  }
}

/** The page as the background knows it: its address, title and canonical link. */
export function pageRefOf(doc: Document, url: string): { url: string; title: string; canonical: string | null } {
  return { url, title: doc.title, canonical: canonicalLink(doc, url) };
}
