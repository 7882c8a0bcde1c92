/**
 * Where the page's own content is, and which parts of a page are furniture around it:
 * navigation, page header and footer, sidebars, comment sections and forms, share buttons,
 * ads, cookie banners. Decided from tag names, roles and class/id words; never from styles.
 */

/** Elements whose text is never content. */
export const SKIP_TAGS: ReadonlySet<string> = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'select',
  'option',
  'datalist',
  'textarea',
  'input',
  'button',
  'nav',
  'aside',
  'form',
  'dialog',
  'head',
  'title',
  'meta',
  'link',
  'map',
  'area',
  'menu',
  'picture',
  'source',
  'img',
]);

/**
 * Class and id words that mark furniture anywhere on the page; a word negated in its class
 * (Weebly's `wsite-not-footer` on the content, `no-sidebar`) marks the opposite.
 */
const FURNITURE = new RegExp(
  '(?:^|[\\s_-])(?<!(?:not|no|non|without)[_-])(?:' +
    [
      'nav',
      'navbar',
      'navigation',
      'menu',
      'menubar',
      'sidebar',
      'widgets?',
      'comments?',
      'respond',
      'reply',
      'share',
      'shares',
      'sharing',
      'sharedaddy',
      'social',
      'ads?',
      'advert',
      'adverts',
      'advertisement',
      'advertising',
      'adspot',
      'adsbygoogle',
      'sponsor',
      'sponsored',
      'promo',
      'related',
      'popular',
      'trending',
      'recommended',
      'newsletter',
      'subscribe',
      'subscription',
      'signup',
      'cookies?',
      'consent',
      'gdpr',
      'breadcrumbs?',
      'crumbs?',
      'pagination',
      'pager',
      'skip',
      'toolbar',
      'modal',
      'popup',
      'overlay',
      'sr-only',
      'screen-reader-text',
      'visually-hidden',
      'disclaimer',
      'tag-?cloud',
      'prev',
      'previous',
      'post-navigation',
      'nav-links',
      'bio',
      'author-bio',
      'author-box',
      'about-(?:the-)?(?:author|reviewer|contributor)s?',
      '(?:contributor|reviewer)-bio',
      'paywall',
      'cta',
      'donate',
    ].join('|') +
    ')(?=$|[\\s_-])',
  'i',
);
/** Words that mark page-level furniture, but only outside the article (an article has its own header). */
const PAGE_FURNITURE =
  /(?:^|[\s_-])(?<!(?:not|no|non|without)[_-])(?:header|footer|masthead|topbar|top-bar|top-strip|site-header|site-footer|banner|colophon|secondary|copyright)(?=$|[\s_-])/i;
const HEADING_TAG = /^h[1-6]$/;
/** Class words of an element that holds a field's label (`<span class="label">`, `<td class="fieldlabel">`). */
const LABELISH = /(?:^|[\s_-])(?:label|labels|fieldlabel|field-?name|term|key|caption|property|attr-?name|meta-?key)(?=$|[\s_-])/i;

/**
 * Elements whose class is not worth reading: inline text styles, and paragraphs and list items
 * (furniture comes in containers; a paragraph's class rarely says more than its text).
 */
const PLAIN_INLINE: ReadonlySet<string> = new Set([
  'a',
  'b',
  'strong',
  'i',
  'em',
  'br',
  'sup',
  'sub',
  'small',
  'code',
  'abbr',
  'time',
  'cite',
  'u',
  's',
  'mark',
  'q',
  'wbr',
  'font',
  'big',
  'tt',
  'var',
  'kbd',
  'dfn',
  'bdi',
  'bdo',
  'data',
  'p',
  'li',
]);

export { findMainContent, type MainContent } from './main-root';

const ARTICLE_TAGS: ReadonlySet<string> = new Set(['article', 'main']);

export interface ElementVerdict {
  skip: boolean;
  labelish: boolean;
  /** The element is a breadcrumb trail (skipped as furniture, read by breadcrumbs.ts). */
  crumbs: boolean;
  /** The element is an article or the main content (`article`, `main`, `role=main`). */
  article: boolean;
}

const v = (skip: boolean, labelish: boolean, crumbs: boolean, article: boolean): ElementVerdict => ({ skip, labelish, crumbs, article });
const NONE = v(false, false, false, false);
const SKIP = v(true, false, false, false);
const SKIP_CRUMBS = v(true, false, true, false);
const LABELISH_V = v(false, true, false, false);
const ARTICLE_V = v(false, false, false, true);
const CRUMBS = /crumb/i;
const FURNITURE_ROLES = /^(?:navigation|complementary|contentinfo|search|banner|dialog|menu|menubar|alert)$/;

/** Tags whose id and role are worth reading (containers); others only get their class read. */
const CONTAINERS: ReadonlySet<string> = new Set([
  'div',
  'section',
  'ul',
  'ol',
  'table',
  'header',
  'footer',
  'span',
  'dl',
  'main',
  'article',
  'center',
  'details',
  'tbody',
]);

/**
 * Is this element furniture (skip its subtree), a label holder, a breadcrumb trail, an article?
 * `inArticle` says whether an article or main element encloses it. Class strings repeat a lot
 * on a page, so verdicts on class/id strings are cached in `cache`.
 */
export function judgeElement(el: Element, name: string, inArticle: boolean, mainRoot: Element | null, cache: Map<string, number>): ElementVerdict {
  if (name === 'header' || name === 'footer') {
    if (!inArticle && !(name === 'header' && el.getElementsByTagName('h1').length)) return SKIP;
  }
  if (PLAIN_INLINE.has(name)) return NONE;
  const container = CONTAINERS.has(name);
  let cls = el.getAttribute('class');
  let id = container ? el.getAttribute('id') : null;
  const role = container ? el.getAttribute('role') : null;
  const article = ARTICLE_TAGS.has(name) || role === 'main';
  let bits = 0;
  if (cls || id) {
    // Class strings can be huge on hostile pages; a few hundred characters say enough.
    if (cls && cls.length > 300) cls = cls.slice(0, 300);
    if (id && id.length > 100) id = id.slice(0, 100);
    // A heading's own class names it a header of what follows (Bootstrap's `<h2 class="page-header">`), not the site's.
    const pageWide = !inArticle && !HEADING_TAG.test(name);
    const key = (pageWide ? '0' : '1') + (cls ?? '') + '#' + (id ?? '');
    let b = cache.get(key);
    if (b === undefined) {
      const s = `${cls ?? ''} ${id ?? ''}`;
      b = (FURNITURE.test(s) || (pageWide && PAGE_FURNITURE.test(s)) ? 1 : 0) | (LABELISH.test(cls ?? '') ? 2 : 0) | (CRUMBS.test(s) ? 4 : 0);
      if (cache.size < 5000) cache.set(key, b);
    }
    bits = b;
  }
  const furnitureRole = !!role && FURNITURE_ROLES.test(role) && (role !== 'banner' || !inArticle);
  if ((bits & 1 || furnitureRole) && !article && name !== 'body' && name !== 'html' && !holdsMain(el, mainRoot)) {
    return bits & 4 ? SKIP_CRUMBS : SKIP;
  }
  if (article) return ARTICLE_V;
  return bits & 2 ? LABELISH_V : NONE;
}

/** Never skip an element that holds the main content (e.g. `<body class="comments-open">`). */
function holdsMain(el: Element, mainRoot: Element | null): boolean {
  return !!mainRoot && (el === mainRoot || el.contains(mainRoot));
}

/** Elements hidden by attribute or inline style: their text is not part of what the reader sees. */
export function hiddenElements(root: ParentNode): Set<Element> {
  const set = new Set<Element>();
  // Attribute presence is cheap to select; inline styles are sorted out here.
  const found = root.querySelectorAll('[hidden], [aria-hidden="true"], [style]');
  for (let i = 0; i < found.length && i < 20_000; i++) {
    const el = found[i];
    if (!el) continue;
    const style = el.getAttribute('style');
    if (
      style === null ||
      (style.length < 2000 && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style)) ||
      el.hasAttribute('hidden') ||
      el.getAttribute('aria-hidden') === 'true'
    )
      set.add(el);
  }
  return set;
}
