/** BibTeX, as biblatex and Zotero read it. */
import type { Work } from '../extract/schema';
import type { ExportEntry } from './entry';
import { citedWorks, cleanDoi, genreOf, monthOf, oneLine, splitName, yearOf, type WorkKind } from './citations';

function bibtexType(kind: WorkKind, work: Work): string {
  switch (kind) {
    case 'book':
    case 'edited-book':
      return 'book';
    case 'report':
      return 'techreport';
    case 'article':
      return 'article';
    case 'thesis':
      return /\bmaster/i.test(work.type ?? '') ? 'mastersthesis' : 'phdthesis';
    case 'chapter':
      return 'incollection';
    case 'conference':
      return 'inproceedings';
    case 'document':
      return 'misc';
  }
}

const LATEX_SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  // BibTeX counts braces even after a backslash, so `\{` would unbalance the field.
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  '%': '\\%',
  '&': '\\&',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
};

/** Text for a BibTeX field: LaTeX's special characters as commands, one line. Other characters stay UTF-8. */
export function bibtexEscape(s: string): string {
  return oneLine(s).replace(/[\\{}%&$#_^~]/g, (c) => LATEX_SPECIAL[c] ?? c);
}

/**
 * A title: escaped, and each word with a capital letter braced so that styles that change a
 * title's case keep it as written. A braced group that starts with a command would be a BibTeX
 * "special character", whose letters are still case-changed, so such a word gets two braces.
 */
export function bibtexTitle(s: string): string {
  return oneLine(s)
    .split(' ')
    .map((word) => {
      const e = bibtexEscape(word);
      if (!/\p{Lu}/u.test(word)) return e;
      return e.startsWith('\\') ? `{{${e}}}` : `{${e}}`;
    })
    .join(' ');
}

/** A name in a BibTeX name list: "Family, Given", or braced whole so that it is never split. */
function bibtexName(raw: string): string {
  const n = splitName(raw);
  if ('literal' in n) return `{${bibtexEscape(n.literal)}}`;
  // " and " inside a part would split the list there.
  const part = (p: string) => (/(^|\s)and(\s|$)/i.test(p) ? `{${bibtexEscape(p)}}` : bibtexEscape(p));
  return `${part(n.family)}, ${part(n.given)}`;
}

/** A URL or DOI as read verbatim (biblatex, Zotero): braces, backslashes and spaces percent-encoded. */
function bibtexVerbatim(s: string): string {
  return s.trim().replace(/[{}\\\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export function toBibtex(entries: ExportEntry[]): string {
  const out = ['% Encoding: UTF-8'];
  for (const { key, kind, work, reviews } of citedWorks(entries)) {
    const type = bibtexType(kind, work);
    const fields: [string, string][] = [];
    const braced = (name: string, value: string) => fields.push([name, `{${value}}`]);
    if (work.authors.length) braced('author', work.authors.map(bibtexName).join(' and '));
    if (work.editors.length) braced('editor', work.editors.map(bibtexName).join(' and '));
    // citedWorks keeps only works with a title.
    braced('title', bibtexTitle(work.title ?? ''));
    const year = yearOf(work.date);
    if (year) braced('year', year);
    const month = monthOf(work.date);
    const monthName = month ? MONTHS[month - 1] : undefined;
    if (monthName) fields.push(['month', monthName]);
    if (work.publisher) {
      const name = type === 'techreport' ? 'institution' : type.endsWith('thesis') ? 'school' : 'publisher';
      braced(name, bibtexEscape(work.publisher));
    }
    if (work.place) braced('address', bibtexEscape(work.place));
    const genre = genreOf(kind, work);
    if (genre) braced('type', bibtexEscape(genre));
    if (work.pages != null) braced('pagetotal', String(work.pages));
    if (work.isbn) braced('isbn', bibtexEscape(work.isbn));
    if (work.doi) braced('doi', bibtexVerbatim(cleanDoi(work.doi)));
    if (work.link) braced('url', bibtexVerbatim(work.link));
    if (work.keywords.length) braced('keywords', work.keywords.map(bibtexEscape).join(', '));
    if (work.language) braced('language', bibtexEscape(work.language));
    braced('note', reviews.map(bibtexEscape).join('; '));
    const body = fields.map(([name, value]) => `  ${name} = ${value}`).join(',\n');
    out.push(`@${type}{${key},\n${body}\n}`);
  }
  return `${out.join('\n\n')}\n`;
}
