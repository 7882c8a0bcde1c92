import type { AnnotationRecord } from '../annotation';
import { COLOR_NAMES } from '../highlight/colors';
import type { ExportEntry } from './entry';
import type { Work } from '../extract/schema';
import { exportFileName, uniqueFileNames } from './filename';
import { must } from '../must';

/**
 * Markdown export, for Obsidian and GitHub (CommonMark with GFM).
 *
 * One file per page (toMarkdownFiles): YAML front matter with the work's fields, then the page:
 * a heading, the review, the summary and the annotations.
 *
 * One file for all (toMarkdown): front matter is recognised only as the first block of a file,
 * so a second `---` block further down would render as a rule and a heading on GitHub and as
 * text in Obsidian, not as fields. The file therefore has one front matter, about the export,
 * and each page is a `##` section whose fields are a list under its heading.
 *
 * Notes, quotes, tags and every extracted field are plain text (lib/annotation.ts: "never
 * markup"), and the page's extraction came from an untrusted page. So all of it is escaped to
 * read back exactly as typed (a property test renders random text with a CommonMark parser and
 * gets it back): Markdown syntax (`*`, `_`, `` ` ``, `[`, `|`, `~`, `$`, and at the start of a
 * line `-`, `+`, `>`, `=`, `1.`), raw HTML (`<` is always escaped, so `<script>` is shown, never
 * run), entity references (`&amp;` stays `&amp;`), and Obsidian's own syntax (`#tag`,
 * `[[link]]`, `==mark==`, `%%comment%%`, `^block`). A user's `**bold**` therefore shows its
 * asterisks. Line breaks are kept as hard breaks (two trailing spaces) and blank lines as
 * paragraph breaks; leading spaces are dropped. Front matter values are double-quoted YAML
 * scalars with every special character escaped, so each value is one line and none can end the
 * block.
 */

export interface MarkdownOptions {
  /** When the export was made: in the library file's front matter, and the date in file names. */
  exportedAt?: Date;
}

// ---------------------------------------------------------------------------------------------
// Text

/** Line breaks of every kind as \n; control characters other than tab and line feed dropped. */
function normalizeText(s: string): string {
  return s.replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '');
}

/** Backslash-escapes inline syntax (CommonMark allows a backslash before any ASCII punctuation). */
function escapeInline(s: string): string {
  return (
    s
      .replace(/[\\`*_[\]<#|~$^]/g, '\\$&')
      // Obsidian's ==highlight== and %%comment%%: only doubled signs mean anything.
      .replace(/=(?==)|(?<==)=/g, '\\=')
      .replace(/%(?=%)|(?<=%)%/g, '\\%')
      // An entity reference (&amp; &#60;) would be decoded; a lone & is text.
      .replace(/&(?=#?[a-zA-Z0-9]+;)/g, '\\&')
  );
}

/** Escapes what a line would start a block with: a list item, a quote, a setext underline, an ordered item. */
function escapeLineStart(line: string): string {
  return line.replace(/^[-+>=]/, '\\$&').replace(/^(\d{1,9})([.)])/, '$1\\$2');
}

/** Plain text within a line of Markdown (after `# ` or `- Label: `): whitespace collapsed, no line breaks. */
export function mdInline(text: string): string {
  return escapeInline(normalizeText(text).replace(/\s+/g, ' ').trim());
}

/**
 * Plain text as Markdown paragraphs: each line escaped, lines joined with hard breaks (two
 * spaces at the end of the line, which Obsidian reads too, unlike CommonMark's backslash form),
 * blank lines kept as paragraph breaks. Leading spaces are dropped, since four of them would
 * start a code block. `prefix` starts every output line, e.g. `> ` in a block quote.
 */
export function mdBlock(text: string, prefix = ''): string {
  const paragraphs = normalizeText(text)
    .split(/\n[ \t]*\n\s*/)
    .map((p) =>
      p
        .split('\n')
        .map((line) => escapeLineStart(escapeInline(line.trim())))
        .filter(Boolean),
    )
    .filter((lines) => lines.length > 0);
  const blank = prefix.trimEnd();
  return paragraphs.map((lines) => lines.map((l) => prefix + l).join('  \n')).join(`\n${blank}\n`);
}

// ---------------------------------------------------------------------------------------------
// Links

/** The URL if it is http(s), else null: a `javascript:` URL must never become a link. */
function webUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** A URL as a Markdown link destination: characters that would end or break it percent-encoded. */
function mdDestination(url: string): string {
  return url.replace(/[\s()<>\\`]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** `[text](url)`, or the text alone when the URL is not a web address. */
function mdLink(text: string, url: string | null | undefined): string {
  const href = webUrl(url);
  return href ? `[${mdInline(text)}](${mdDestination(href)})` : mdInline(text);
}

/**
 * A term of a text directive: percent-encoded, with `-`, `,` and `&` (the directive's own
 * syntax) encoded too, and `(`, `)`, `'`, `!`, `*` so that the URL is safe in a Markdown link.
 */
function encodeTextTerm(s: string): string {
  return encodeURIComponent(s).replace(/[-!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Quotes of up to this many words are matched whole; longer ones by their first and last words. */
const WHOLE_QUOTE_WORDS = 8;
const EDGE_WORDS = 4;

/**
 * A link that opens the page scrolled to the quote, with a text fragment
 * (https://wicg.github.io/scroll-to-text-fragment/): `url#:~:text=start,end`. A text directive
 * only matches at word boundaries, so a word the highlight starts or ends inside is left out.
 * Browsers without text fragments open the page at the top. Null for a page that is not http(s).
 */
export function textFragmentUrl(pageUrl: string, quote: { exact: string; prefix: string; suffix: string }): string | null {
  const href = webUrl(pageUrl);
  if (!href) return null;
  let words = quote.exact.split(/\s+/).filter(Boolean);
  if (words.length > 1 && WORD_CHAR.test(quote.prefix.slice(-1)) && WORD_CHAR.test(quote.exact[0] ?? '')) words = words.slice(1);
  if (words.length > 1 && WORD_CHAR.test(quote.suffix[0] ?? '') && WORD_CHAR.test(quote.exact.slice(-1))) words = words.slice(0, -1);
  if (words.length === 0) return href;
  const directive =
    words.length <= WHOLE_QUOTE_WORDS
      ? encodeTextTerm(words.join(' '))
      : `${encodeTextTerm(words.slice(0, EDGE_WORDS).join(' '))},${encodeTextTerm(words.slice(-EDGE_WORDS).join(' '))}`;
  // Any fragment directive already on the URL is replaced; the page's own fragment is kept.
  const base = href.replace(/:~:.*$/, '');
  return `${base}${base.includes('#') ? '' : '#'}:~:text=${directive}`;
}

/** The link to an annotation: to its quote for a highlight, to the page for a page note. */
export function annotationUrl(entry: ExportEntry, a: AnnotationRecord): string | null {
  return a.target ? textFragmentUrl(entry.page.url, a.target.quote) : webUrl(entry.page.url);
}

// ---------------------------------------------------------------------------------------------
// YAML

/**
 * A YAML double-quoted scalar. Within double quotes only `"` and `\` are special; line breaks,
 * tabs and other control characters, the Unicode line and paragraph separators (line breaks
 * in YAML 1.1), and the byte order mark are written as escapes, so the value stays on one line
 * and a parser (YAML 1.1 or 1.2) reads back exactly the same string. Lone surrogates, which
 * no YAML file can hold, become U+FFFD.
 */
export function yamlString(s: string): string {
  const escaped = s
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/[\\"\u0000-\u001F\u007F-\u009F\u2028\u2029\uFEFF]/g, (c) => {
      switch (c) {
        case '\\':
          return '\\\\';
        case '"':
          return '\\"';
        case '\n':
          return '\\n';
        case '\t':
          return '\\t';
        case '\r':
          return '\\r';
        case '\0':
          return '\\0';
        default:
          return `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
      }
    });
  return `"${escaped}"`;
}

export type YamlValue = string | number | string[] | null | undefined;

/** Front matter from fixed keys: strings quoted, numbers plain, lists as block sequences; empty values left out. */
export function frontMatter(fields: [key: string, value: YamlValue][]): string {
  const lines = ['---'];
  for (const [key, value] of fields) {
    if (value == null || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length === 0) continue;
      lines.push(`${key}:`, ...value.map((v) => `  - ${yamlString(v)}`));
    } else if (typeof value === 'number') {
      if (Number.isFinite(value)) lines.push(`${key}: ${value}`);
    } else {
      lines.push(`${key}: ${yamlString(value)}`);
    }
  }
  lines.push('---');
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Pages

const SITE_NAME = 'Review Annotator';

export function pageTitle(e: ExportEntry): string {
  return (e.work.title ?? e.review.title ?? e.page.title).trim() || e.page.url;
}

/** "2026-11-29 14:05 UTC": readable, and the same wherever the export is made. */
export function when(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** The work's fields as front matter keys, the title first. */
export function workFrontMatter(work: Work, fallbackTitle: string): [string, YamlValue][] {
  return [
    ['title', work.title ?? fallbackTitle],
    ['authors', work.authors],
    ['editors', work.editors],
    ['affiliation', work.affiliation],
    ['publisher', work.publisher],
    ['date', work.date],
    ['place', work.place],
    ['type', work.type],
    ['pages', work.pages],
    ['keywords', work.keywords],
    ['isbn', work.isbn],
    ['doi', work.doi],
    ['link', work.link],
    ['language', work.language],
  ];
}

function pageFrontMatter(e: ExportEntry): string {
  const { work, review, page } = e;
  return frontMatter([
    ...workFrontMatter(work, page.title),
    ['url', page.url],
    ['reviewer', review.reviewer],
    ['reviewer_role', review.reviewerRole],
    ['review_title', review.title ?? page.title],
    ['review_site', review.siteName],
    ['review_published', review.published],
    ['saved', new Date(page.savedAt).toISOString()],
  ]);
}

/** The review in a sentence: "Review by X (role), Site, 2022-06-13: [title](url)". */
function reviewLine(e: ExportEntry): string {
  const { review, page } = e;
  const who = review.reviewer ? `by ${mdInline(review.reviewer)}${review.reviewerRole ? ` (${mdInline(review.reviewerRole)})` : ''}` : '';
  const where = [review.siteName, review.published]
    .filter((s): s is string => !!s)
    .map(mdInline)
    .join(', ');
  const head = ['Review', who].filter(Boolean).join(' ') + (where ? `, ${where}` : '');
  return `${head}: ${mdLink(review.title ?? page.title, page.url)}`;
}

/** The work's fields as a list, for the one-file export where a page has no front matter of its own. */
function fieldList(e: ExportEntry): string {
  const { work, review, page } = e;
  const items: [string, string | null][] = [
    ['Authors', work.authors.length ? work.authors.map(mdInline).join('; ') : null],
    ['Editors', work.editors.length ? work.editors.map(mdInline).join('; ') : null],
    ['Affiliation', work.affiliation && mdInline(work.affiliation)],
    ['Publisher', work.publisher && mdInline(work.publisher)],
    ['Date', work.date && mdInline(work.date)],
    ['Place', work.place && mdInline(work.place)],
    ['Type', work.type && mdInline(work.type)],
    ['Pages', work.pages != null ? String(work.pages) : null],
    ['Keywords', work.keywords.length ? work.keywords.map(mdInline).join(', ') : null],
    ['ISBN', work.isbn && mdInline(work.isbn)],
    ['DOI', work.doi && mdInline(work.doi)],
    ['Link', work.link && mdLink(work.link, work.link)],
    ['Language', work.language && mdInline(work.language)],
    ['Reviewer', review.reviewer && mdInline(review.reviewer + (review.reviewerRole ? ` (${review.reviewerRole})` : ''))],
    ['Review', [mdLink(review.title ?? page.title, page.url), ...[review.siteName, review.published].filter((s): s is string => !!s).map(mdInline)].join(', ')],
  ];
  return items
    .filter((item): item is [string, string] => !!item[1])
    .map(([label, value]) => `- ${label}: ${value}`)
    .join('\n');
}

function annotationSection(e: ExportEntry, a: AnnotationRecord, n: number, level: number): string {
  const hashes = '#'.repeat(level);
  const kind = a.target ? (a.color ? `${COLOR_NAMES[a.color]} highlight` : 'Highlight') : 'Page note';
  const parts = [`${hashes} ${n} · ${kind}`];
  if (a.target) parts.push(mdBlock(a.target.quote.exact, '> ') || '>');
  const note = mdBlock(a.note);
  if (note) parts.push(note);
  const meta = [
    a.tags.length ? `Tags: ${a.tags.map(mdInline).join(', ')}` : null,
    `Added ${when(a.created)}`,
    a.updated !== a.created ? `edited ${when(a.updated)}` : null,
  ];
  const url = annotationUrl(e, a);
  if (url) meta.push(`[${a.target ? 'Open at the quote' : 'Open the page'}](${mdDestination(url)})`);
  parts.push(meta.filter(Boolean).join(' · '));
  return parts.join('\n\n');
}

/** A page's body, its title at heading `level`. */
export function pageBody(e: ExportEntry, level: number, withFields: boolean): string {
  const h = (n: number) => '#'.repeat(level + n);
  const parts = [`${h(0)} ${mdInline(pageTitle(e))}`];
  parts.push(withFields ? fieldList(e) : reviewLine(e));
  const summary = e.review.summary ? mdBlock(e.review.summary) : '';
  if (summary) parts.push(`${h(1)} Summary`, summary);
  if (e.annotations.length) {
    parts.push(`${h(1)} Annotations`);
    e.annotations.forEach((a, i) => parts.push(annotationSection(e, a, i + 1, level + 2)));
  }
  return parts.join('\n\n');
}

/**
 * All pages in one file: front matter about the export, then one `##` section per page with
 * its fields as a list (see the comment at the top for why not one front matter per page).
 */
export function toMarkdown(entries: ExportEntry[], opts: MarkdownOptions = {}): string {
  const exportedAt = opts.exportedAt ?? new Date();
  const head = frontMatter([
    ['title', `${SITE_NAME} library`],
    ['exported', exportedAt.toISOString()],
    ['page_count', entries.length],
    ['annotation_count', entries.reduce((n, e) => n + e.annotations.length, 0)],
  ]);
  const parts = [head, `# ${SITE_NAME} library`];
  if (entries.length === 0) parts.push('No pages.');
  for (const e of entries) parts.push(pageBody(e, 2, true));
  return `${parts.join('\n\n')}\n`;
}

/** One file per page, named after the work (or the page) and the export's date; names are unique. */
export function toMarkdownFiles(entries: ExportEntry[], opts: MarkdownOptions = {}): { name: string; content: string }[] {
  const exportedAt = opts.exportedAt ?? new Date();
  const names = uniqueFileNames(entries.map((e) => exportFileName(pageTitle(e), exportedAt, 'md')));
  return entries.map((e, i) => ({
    name: must(names[i], 'a file name per page'),
    content: `${pageFrontMatter(e)}\n\n${pageBody(e, 1, false)}\n`,
  }));
}
