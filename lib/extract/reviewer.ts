/**
 * Who wrote the review, where no labelled line or JSON-LD Review says: a byline element, a heading
 * that names the reviewer (`X – Recensione di A`), the article markup's author, the author meta tag.
 */
import { parseByline } from './byline';
import { FieldSet, RANK } from './fields';
import { str, type LdFacts } from './json-ld';
import { firstMeta, type MetaMap } from './meta';
import { isLoneName } from './normalize/names';
import { clean } from './text';

/** Class names of byline elements (looked up by class, which browsers index). */
const BYLINE_CLASSES = [
  'byline',
  'by-line',
  'review-byline',
  'post-byline',
  'entry-author',
  'post-author',
  'author-name',
  'td-post-author-name',
  'article-author',
];

export interface ReviewerContext {
  doc: Document;
  root: Element | null;
  /** Something on the page describes a publication: only then is a byline element looked for. */
  hasWork: boolean;
  /** A publication's own page: its bylines name the work's authors, not a reviewer. */
  ownPage: boolean;
  headingText: string | null;
  docTitle: string;
  ld: LdFacts;
  meta: MetaMap;
}

export function offerReviewer(c: ReviewerContext, fs: FieldSet): void {
  if (!fs.str('review.reviewer') && c.hasWork) offerBylineElement(c.doc, c.root, fs);
  // A review's page names who wrote it in its heading (`X – Recensione di A`), its article markup
  // or its author meta tag; on a publication's own page those name the work's authors.
  if (c.ownPage || fs.str('review.reviewer')) return;
  const byHeading = reviewerInHeading(c.headingText ?? '') ?? reviewerInHeading(c.docTitle);
  if (byHeading) fs.offer('review.reviewer', byHeading, 'heading', RANK.byline - 1, null, byHeading);
  const articleAuthor = c.ld.article ? ldName(c.ld.article.author) : null;
  if (articleAuthor) fs.offer('review.reviewer', articleAuthor, 'json-ld', RANK.byline - 2, 'author', articleAuthor);
  const metaAuthor = firstMeta(c.meta, 'author', 'article:author')?.content.trim();
  if (metaAuthor && isLoneName(metaAuthor)) fs.offer('review.reviewer', metaAuthor, 'meta', RANK.byline - 3, 'author', metaAuthor);
}

const REVIEWER_IN_HEADING =
  /(?:^|[\s–—|:-])(?:recensione di|review(?:ed)? by|rezension von|rezensiert von|compte rendu par|recensé par|reseña de|reseñado por|resenha de|рецензия от)\s+(.{4,60})$/iu;

function reviewerInHeading(text: string): string | null {
  const m = REVIEWER_IN_HEADING.exec(text);
  const name = m?.[1]?.trim();
  return name && isLoneName(name) ? name : null;
}

/** A JSON-LD person's name (the first of several), when it reads as a person's. */
function ldName(v: unknown): string | null {
  const name = str(v)?.trim();
  return name && isLoneName(name) ? name : null;
}

function offerBylineElement(doc: Document, root: Element | null, fs: FieldSet): void {
  // In the main content first; then a plain `.byline` elsewhere on the page (in a header above
  // the article), but not in sidebars, navigation, footers or forms.
  let el: Element | null = null;
  for (const c of BYLINE_CLASSES) {
    el = (root ?? doc).getElementsByClassName(c)[0] ?? null;
    if (el) break;
  }
  // A theme's own byline class (`ArticlePage-byline`).
  el ??= root?.querySelector('[class*="byline" i]') ?? null;
  if (!el && root) {
    const list = doc.getElementsByClassName('byline');
    for (let i = 0; i < list.length && i < 20 && !el; i++) {
      const e = list[i];
      if (e && !e.closest('aside, nav, footer, form')) el = e;
    }
  }
  if (!el) return;
  const text = clean((el.textContent ?? '').slice(0, 300));
  const b = parseByline(text);
  if (!b) return;
  if (fs.offer('review.reviewer', b.name, 'byline', RANK.byline, null, b.nameQuote)) {
    fs.drop('review.reviewerRole');
    fs.offer('review.reviewerRole', b.role, 'byline', RANK.byline, null, b.roleQuote);
  }
}
