/**
 * Where the page's own content is: a handful of whole-document queries, no walk. Apart from
 * main-content.ts's furniture vocabulary, which the starter's glimpse does not need.
 */

export interface MainContent {
  /** The element that holds the page's own content, or null when the page gives no sign of one. */
  root: Element | null;
  /** Number of article elements, or of posts' own titles, outside sidebars (several suggest a listing). */
  articles: number;
}

/** Themes' names for a post's or an article's own title (`entry-title`, `post__title`, `article-headline`). */
export const POST_TITLE_CLASS = /(?:^|[\s_-])(?:entry|post|article|story|node|news)[-_]{0,2}(?:title|heading|headline)(?:$|[\s_-])/i;

/**
 * Posts' titles outside sidebars: a blog's archive shows each post's, a post only its own. A title
 * is known by its theme's class; or, three or more of them, as headings that are nothing but a
 * link (a post links its own title, and its blog's name above it, too).
 */
function entryTitles(doc: Document): number {
  const list = doc.querySelectorAll('h1, h2, h3');
  let classed = 0;
  let linked = 0;
  for (let i = 0; i < list.length && i < 300; i++) {
    const h = list[i];
    if (!h || h.closest('aside, nav, footer, header, [class*="sidebar"], [class*="widget"], [class*="related"]')) continue;
    if (POST_TITLE_CLASS.test(h.getAttribute('class') ?? '')) classed++;
    else if (h.tagName !== 'H1' && onlyALink(h)) linked++;
  }
  return linked >= 3 ? classed + linked : classed;
}

function onlyALink(h: Element): boolean {
  const a = h.children.length === 1 ? h.firstElementChild : null;
  if (a?.tagName !== 'A' || !a.hasAttribute('href')) return false;
  const text = a.textContent.trim();
  return text.length > 0 && text === h.textContent.trim();
}

/**
 * The page's main content: the single article (or the one holding the h1), else main /
 * [role=main], else a blog's one post. A handful of whole-document queries, no walk. With
 * `countPosts` (the extractor's count for its listing evidence), posts' titles count as articles
 * where the page has no single article; the starter's glimpse needs the root only.
 */
export function findMainContent(doc: Document, countPosts = false): MainContent {
  const list = doc.getElementsByTagName('article');
  const arts: Element[] = [];
  for (let i = 0; i < list.length && i < 500; i++) {
    const a = list[i];
    if (a && !a.parentElement?.closest('aside, nav, footer, article')) arts.push(a);
  }
  if (arts.length === 1) return { root: arts[0] ?? null, articles: 1 };
  if (arts.length > 1) {
    const h1 = doc.querySelector('article h1');
    const a = h1?.closest('article');
    if (a && arts.includes(a)) {
      // Only when the h1 is the page's one heading (a listing may put h1s in several teasers).
      if (doc.getElementsByTagName('h1').length === 1) return { root: a, articles: arts.length };
    }
  }
  const main = doc.querySelector('main, [role="main"]');
  return { root: main ?? onePost(doc), articles: countPosts ? Math.max(arts.length, entryTitles(doc)) : arts.length };
}

/**
 * A blog's one post marked as such, where the theme has no article or main element (Blogger
 * sets the whole post inside a `widget`): the microformat's `hentry`, or a BlogPosting item.
 */
function onePost(doc: Document): Element | null {
  for (const cls of ['hentry', 'h-entry']) {
    const list = doc.getElementsByClassName(cls);
    if (list.length === 1) return list[0] ?? null;
    if (list.length > 1) return null;
  }
  const items = doc.querySelectorAll('[itemtype$="/BlogPosting"], [itemtype$="/Review"]');
  return items.length === 1 ? (items[0] ?? null) : null;
}
