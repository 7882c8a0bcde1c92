/**
 * Who wrote the review, where no labelled line or JSON-LD Review says: a byline element, a blog
 * post's `Posted by A` meta line, a heading that names the reviewer (`X – Recensione di A`), the
 * article markup's author, the author meta tag.
 */
import { blockText } from './block-text';
import { BY_WORD, parseByline, POSTING } from './byline';
import { FieldSet, RANK } from './fields';
import { str, type LdFacts } from './json-ld';
import { firstMeta, type MetaMap } from './meta';
import type { Line } from './lines';
import { startsWithGivenName } from './normalize/given-names';
import { INSTITUTION, isLoneName, personAmong, personName } from './normalize/names';
import { type Heading, isPersonName } from './page-info';
import { REVIEWED_BY } from './review-words';
import { POST_META_CLASSES } from './label-lines';
import { isProse } from './summary';
import { clean, fold } from './text';

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
  // An element that says it holds the reviewer (`<div class="reviewer">`) names them on any page but a publication's own.
  if (!fs.str('review.reviewer') && !c.ownPage) offerReviewerElement(c.root ?? c.doc, fs);
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

/**
 * A page headed by the book's title, with the book's facts (publisher, ISBN, page count) and no
 * author named elsewhere: its byline (`by Marion Dane Bauer` under `THE VERY LITTLE PRINCESS`)
 * names the book's author, as a trade review's page sets it, not a reviewer.
 */
export function bylineNamesAuthor(heading: Heading | null, fs: FieldSet, sells = false): void {
  const by = fs.str('review.reviewer');
  const title = fs.str('work.title');
  const source = fs.source('review.reviewer');
  // A shop's page has no reviewer: its `By:` line, labelled or not, names what it sells.
  const fromBy = source === 'byline' || (sells && source === 'label');
  // The byline names the person the page already gives as the work's author: theirs, not a reviewer's.
  if (by && fromBy && fs.list('work.authors').some((a) => fold(a) === fold(by))) {
    fs.drop('review.reviewer');
    fs.drop('review.reviewerRole');
    return;
  }
  if (!by || !heading || !title || !fromBy || fs.list('work.authors').length || fs.list('work.editors').length) return;
  const facts = [fs.str('work.publisher'), fs.str('work.isbn'), fs.get('work.pages')].filter((v) => v != null).length;
  if ((facts < 2 && !sells) || fold(heading.text) !== fold(title)) return;
  // `David Michael Slater / Illustrated by: Bob Kolar`: the illustrator after the slash is no author.
  const name = by.split(/\s+\/\s+/)[0] ?? by;
  fs.drop('review.reviewer');
  fs.drop('review.reviewerRole');
  fs.offer('work.authors', [name], 'byline', RANK.byline, null, name);
}

const REVIEWER_IN_HEADING = new RegExp(`(?:^|[\\s–—|:-])(?:${REVIEWED_BY})\\s+(.{4,60})$`, 'iu');

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

/** Class names of elements that hold the review's author and nothing else. */
const REVIEWER_CLASSES = ['reviewer', 'review-author', 'reviewer-name', 'reviewed-by'];

function offerReviewerElement(scope: Element | Document, fs: FieldSet): void {
  for (const c of REVIEWER_CLASSES) {
    const el = scope.getElementsByClassName(c)[0];
    if (!el || el.closest('aside, nav, footer, form')) continue;
    const b = parseByline(clean(blockText(el, 300)));
    if (b && fs.offer('review.reviewer', b.name, 'byline', RANK.byline, null, b.nameQuote)) return;
  }
}

function offerBylineElement(doc: Document, root: Element | null, fs: FieldSet): void {
  // In the main content first; then a plain `.byline` elsewhere on the page (in a header above
  // the article), but not in sidebars, navigation, footers or forms.
  let el: Element | null = null;
  for (const c of BYLINE_CLASSES) {
    el = (root ?? doc).getElementsByClassName(c)[0] ?? null;
    if (el) break;
  }
  // A theme's own byline class (`ArticlePage-byline`), or its author class holding a By line (`article__author`: `Von Thomas Badtke`).
  el ??= root?.querySelector('[class*="byline" i]') ?? (root ? authorByLine(root) : null);
  if (!el && root) {
    const list = doc.getElementsByClassName('byline');
    for (let i = 0; i < list.length && i < 20 && !el; i++) {
      const e = list[i];
      if (e && !e.closest('aside, nav, footer, form')) el = e;
    }
  }
  const posted = el ? null : postedBy(root ?? doc.body);
  if (posted) {
    const b = parseByline(posted);
    if (b && isLoneName(b.name) && fs.offer('review.reviewer', b.name, 'byline', RANK.byline, null, b.nameQuote)) return;
  }
  if (!el) return;
  // `<span class="byline-name">David Pitt</span> <span class="read-time">4 minute read</span>`: the name's own element.
  const nameEl = el.querySelector('[class*="name" i]');
  const text = clean(blockText(nameEl ?? el, 300));
  const b = parseByline(text);
  if (!b) return;
  if (fs.offer('review.reviewer', b.name, 'byline', RANK.byline, null, b.nameQuote)) {
    fs.drop('review.reviewerRole');
    fs.offer('review.reviewerRole', b.role, 'byline', RANK.byline, null, b.roleQuote);
  }
}

/**
 * Posting said in a post's meta line, a few words (a date) before its by-word: `Publié le 3 mars
 * par A`, `Posté par A à 06:17`. Whether what follows is a name, parseByline and isLoneName judge.
 */
const POSTED_BY = new RegExp(`(?:^|[^\\p{L}])(?:${POSTING})(?:\\s+[^\\s]+){0,4}?\\s+((?:by|par|por|da|von|door|av|af)\\s+\\p{L}.{0,80})`, 'iu');

/**
 * The blog's own byline in the post's meta line or footer (`Posted by A at 7:05 PM`, `Posté par
 * A à 06:17 - Commentaires [7]`): the by-word on, for parseByline. A handle alone (`Yv`) is
 * passed over: blogs sign with their own name as often as with the reviewer's.
 */
function postedBy(root: Element | null): string | null {
  if (!root) return null;
  const scope = root.closest('article') ?? root;
  // Looked up by class, which browsers index: a selector list would match every element of a large page.
  for (const c of POST_META_CLASSES) {
    const metas = scope.getElementsByClassName(c);
    for (let i = 0; i < metas.length && i < 3; i++) {
      const e = metas[i];
      if (!e || e.closest('aside, nav, form')) continue;
      const m = POSTED_BY.exec(clean(blockText(e, 300)));
      if (m?.[1]) return m[1].split(/\s+[-–—|·•]\s+/)[0] ?? null;
    }
  }
  return null;
}

/** `Von Thomas Badtke`, `By Jane Doe`: what an author element says when it is the article's byline. */
const BY_LINE = new RegExp(`^${BY_WORD}\\s+\\p{Lu}`, 'u');

function authorByLine(root: Element): Element | null {
  // The article's header, where the byline stands, may lie outside the text's own element.
  // `class="auteur"`, `class="autor"`: the word in the page's language.
  const found = (root.closest('article') ?? root).querySelectorAll('[class*="author" i], [class*="auteur" i], [class*="autor" i]');
  for (let i = 0; i < found.length && i < 10; i++) {
    const e = found[i];
    const text = e ? clean(blockText(e, 200)) : '';
    if (e && text.length < 100 && BY_LINE.test(text) && !e.closest('aside, nav, footer, form')) return e;
  }
  return null;
}

/** Lines read after the review's first paragraph for its last one. */
const SIGNATURE_WINDOW = 400;

/**
 * A review signed under its last paragraph, in the main content: `Renato Monseff Perissinotto` /
 * `Universidade Federal do Paraná`, `— Val James 4/4`. A heading after the review ends it (what
 * follows, an author's biography, is not signed by the reviewer). `signedOnly`: only a line that
 * says it is a signature (`Rezension: Talkenberger, Heike`, `Text: Ulf Engelmayer`) or one run on at a paragraph's end.
 */
export function offerSignature(lines: readonly Line[], from: number, root: Element | null, fs: FieldSet, signedOnly = false): void {
  let last = -1;
  let glued: string | null = null;
  for (let i = from, n = Math.min(lines.length, from + SIGNATURE_WINDOW); i < n; i++) {
    const l = lines[i];
    if (l === undefined) continue;
    if ((root && !root.contains(l.block)) || (l.h > 0 && last >= 0)) break;
    if (l.quoted || !isProse(clean(l.text.length > 400 ? l.text.slice(0, 400) : l.text))) continue;
    last = i;
    glued ??= gluedSignature(l.text);
  }
  if (last < 0) return;
  if (signedAbove(lines, from, root, fs)) return;
  for (let i = last + 1; i < Math.min(lines.length, last + 3); i++) {
    const l = lines[i];
    if (l === undefined) continue;
    if (l.h > 0 || (root && !root.contains(l.block)) || labelCell(l.block)) break;
    const name = signedName(clean(l.text), signedOnly);
    if (name) {
      fs.offer('review.reviewer', name, 'content', RANK.byline - 4, null, name);
      return;
    }
  }
  if (glued) fs.offer('review.reviewer', glued, 'content', RANK.byline - 4, null, glued);
}

/**
 * A cell that labels the value beside it (`Baskı Sayısı | 1`, a `<dt>`): a table of the book's
 * facts after its description, whose first label reads like a name, is no signature.
 */
function labelCell(el: Element): boolean {
  const tag = el.localName;
  if (tag === 'dt') return true;
  if (tag !== 'td' && tag !== 'th') return false;
  const next = el.nextElementSibling;
  return !!next && (next.localName === 'td' || next.localName === 'th') && !!next.textContent.trim();
}

/** The by-words a signature opens with (`Por A`, `Empfohlen von A`). */
const SIGN_BY = '(?:by|von|par|por|da|di|door|av|af)';
/** Verbs that say the review was written, sent or recommended by someone (`Recensione inviata da`, `Empfohlen von`). */
const SENT =
  '(?:empfohlen|vorgestellt|besprochen|geschrieben|rezensiert|written|recommended|sent|reviewed|écrit|recommandé|escrit[oa]|recomendad[oa]|enviad[oa]|scritt[oa]|consigliat[oa]|recensione inviata|inviat[oa])';
/** `By A`, `Por A`: a by-word and a name, which names the review's writer or the book's author. */
const BARE_BY = new RegExp(`^${SIGN_BY}\\s+\\p{Lu}`, 'iu');
const SENT_BY = new RegExp(`^${SENT}\\s+${SIGN_BY}\\s+\\p{Lu}`, 'iu');

/** A post's credit after a few words: `This guest post was written by A`, a forum quote's `Originally Posted by A`. */
const CREDIT_BY = new RegExp(`^(?:[\\p{L}'’-]+\\s+){1,6}?(?:${SENT}|posted|submitted|contributed)\\s+${SIGN_BY}\\s+\\p{Lu}`, 'iu');

/** The line says who wrote, sent, posted or recommended the review or post (`Empfohlen von A`), which names no work. */
export function sentByLine(text: string): boolean {
  const t = text.trim();
  return SENT_BY.test(t) || CREDIT_BY.test(t);
}

/** A line just above the review's first paragraph that says who wrote or sent it (`Recensione inviata da Carla Tassif`, `Por Pedro Fernandes`). */
function signedAbove(lines: readonly Line[], from: number, root: Element | null, fs: FieldSet): boolean {
  for (let i = from - 1; i >= Math.max(0, from - 2); i--) {
    const l = lines[i];
    if (!l || l.h > 0 || (root && !root.contains(l.block))) return false;
    const t = clean(l.text);
    // A bare `By A` above the text is as likely the book's author under its title.
    const name = SENT_BY.test(t) || !BARE_BY.test(t) ? signedName(t, true) : null;
    if (name) return fs.offer('review.reviewer', name, 'content', RANK.byline - 4, null, name);
  }
  return false;
}

/**
 * A syndicated review signs at the end of its paragraph, after a dash, the source's copyright
 * line run on (`…spin a tale.--Wildsmith, Snow Copyright 2014 Booklist`).
 */
const GLUED_SIGNATURE =
  /[.!?)]\s*(?:--|[—–])\s*(\p{Lu}[\p{L}.'’-]+(?:,?\s+\p{Lu}[\p{L}.'’-]*){1,3}?)\.?(?:\s+(?:Copyright|©|\(c\))\s*(?:1[5-9]|20)\d\d\b[^.!?]{0,40})?\s*$/u;

function gluedSignature(text: string): string | null {
  const m = GLUED_SIGNATURE.exec(text.length > 200 ? text.slice(-200) : text);
  const name = m?.[1] ? personName(m[1]) : null;
  return name && isPersonName(name) ? name : null;
}

/**
 * A label a signature may open with (`Rezension: Talkenberger, Heike`), or the words that say
 * who wrote or sent the review (`Por Jose Alvarez`, `Empfohlen von Markus Felsmann`,
 * `Recensione inviata da Carla Tassif`, `Yazan: A`, `Автор: A`).
 */
const SIGNED_LABEL = new RegExp(
  `^(?:(?:${SENT}|posted)\\s+)?${SIGN_BY}\\s+(?=\\p{Lu})|^(?:rezension|rezensiert von|rezensent(?:in)?|review(?:ed)? by|reviewer|recensione di|recensione|recension|critique|reseña|rese[ñn]ado por|resenha|рецензент|рецензия|recensent|recenzent(?:ka)?|anmelder|kritiker|(?:review|text|texto|testo|texte|текст|autor\\/in|autor\\*in|yazan|автор)\\s*[:：])\\s*[:：]?\\s+`,
  'iu',
);

/** The name a signature line gives, without a dash or a label before it or a site, a rating or footnote marks after it. */
function signedName(t: string, labelledOnly: boolean): string | null {
  if (t.length > 80 || (labelledOnly && !SIGNED_LABEL.test(t))) return null;
  const name = personName(
    t
      .replace(/^[—–-]\s*/, '')
      .replace(SIGNED_LABEL, '')
      .replace(/(?:\s*\[[^\]]{0,4}\])+$/, '')
      .replace(/\s+\d{1,2}\s*\/\s*\d{1,2}$/, '')
      .replace(/\s+[–—-]\s+.{2,40}$/, '')
      .replace(/[.,;]$/, '')
      .trim(),
  );
  return isPersonName(name) ? name : null;
}

/** Footnote marks after a name (`Onasis Rafael Ortega Narváez [*][**]`, `Jane Doe*`, `Jane Doe¹`). */
const NOTE_MARKS = /(?:\s*(?:\[[*†\d]{1,3}\]|[*†¹²³]+|\d))+\s*$/u;

/**
 * A review's header gives its author as a name on a line of its own, with the institution on the
 * next (`Pierre-Luc Landry` / `Université d’Ottawa`), near the work's citation or the heading;
 * or alone right after the citation (`afterCitation`), before the prose. `cited` are the work's
 * own people, who are not the reviewer.
 */
export function offerReviewerNearHeader(lines: readonly Line[], anchor: number, cited: readonly string[], fs: FieldSet, afterCitation = false): void {
  if (anchor < 0 || fs.str('review.reviewer')) return;
  const ofWork = personAmong(cited);
  const nameOn = (line: Line | undefined): string | null => {
    if (!line || line.h || line.text.length > 80) return null;
    // Text taken from a PDF doubles a name's hyphen (`Pierre-‐Luc`).
    const name = clean(line.text)
      .replace(NOTE_MARKS, '')
      .replace(/-?\u2010/g, '-');
    return isPersonName(name) && !ofWork(name) ? name : null;
  };
  for (let k = Math.max(0, anchor - 8), end = Math.min(lines.length - 1, anchor + 8); k < end; k++) {
    const next = lines[k + 1];
    if (!next || next.text.length > 150 || !INSTITUTION.test(next.text)) continue;
    const name = nameOn(lines[k]);
    if (name) {
      fs.offer('review.reviewer', name, 'content', RANK.byline - 1, null, name);
      return;
    }
  }
  // `Barcelona, Anagrama, 2007, 176 pp.` / `ARIELA KREIMER` / the review's prose: a name alone
  // between a citation and the text that follows it is the reviewer's, as journals set it.
  if (!afterCitation) return;
  const after = lines[anchor + 1];
  const prose = lines[anchor + 2];
  const name = after && prose && after.block !== prose.block && isProse(clean(prose.text)) ? nameOn(after) : null;
  if (name) fs.offer('review.reviewer', name, 'content', RANK.byline - 2, null, name);
}

/** A byline's date after the name (`by A on 7. Februar 2018`, `Par A le 3 mars`). */
const ON_DATE = /\s+(?:on|am|le|el|em|il)\s+\d.*$/u;
/** A date run on after a name without a word before it (`Luc Steensels 03 oktober 2024`, `Jane Doe 12.03.2021`). */
const BARE_DATE = /\s+(?:\d{1,2}\.?\s+\p{L}{3,12}\.?,?\s+\d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})$/u;

/**
 * The line just above or below a review's heading that names who wrote it: `by Manuela Hofstätter
 * on 7. Februar 2018`, `Béatrice Arvet · 10 nov. 2023 · 2 min de lecture`; or, once the page has
 * named the work's author, a person's name alone under it (`Soucouyant` / `Patty Osborne`).
 */
export function offerBylineBesideHeading(lines: readonly Line[], heading: number, cited: readonly string[], fs: FieldSet, shop = false): void {
  if (heading < 0 || fs.str('review.reviewer')) return;
  const title = fold(fs.str('work.title') ?? '');
  const ofWork = personAmong(cited);
  for (const k of [heading + 1, heading - 1, heading + 2]) {
    const line = lines[k];
    if (!line || line.h || line.text.length > 120) continue;
    const text = clean(line.text);
    // Above the heading a site's header runs its links together (`Browse BooksWish List | Join`): only a By line counts there.
    const marked = BY_LINE.test(text) || (k > heading && /\s[·•|]\s/.test(text));
    const b = parseByline(text.replace(ON_DATE, '').replace(BARE_DATE, ''));
    if (!b || !isPersonName(b.name) || ofWork(b.name) || !(marked || (k > heading && !shop && bareNameBeside(b.name, cited, title)))) continue;
    fs.offer('review.reviewer', b.name, 'content', RANK.byline - 3, null, b.nameQuote);
    return;
  }
}

/**
 * A name alone beside the heading, unmarked, is the reviewer's where the work's author is already
 * known by a person's name and this is someone else, opening with a known given name too: a
 * heading's words, a caption or a section's name (`Tags`, `Lezersrecensie`) do not, nor the
 * person the work is about (`Adolf Menzel` by Werner Bush). A shop's page names no reviewer.
 */
function bareNameBeside(name: string, cited: readonly string[], title: string): boolean {
  return cited.some(startsWithGivenName) && startsWithGivenName(name) && !title.includes(fold(name));
}
