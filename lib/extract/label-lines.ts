/**
 * Labelled lines, whatever the markup: `<p><strong>Label:</strong> value</p>`, several
 * `<b>Label:</b> value<br>` in one block, `<dl><dt><dd>`, table rows (`th`/`td` or two `td`),
 * `<li>` items, label and value in sibling elements, a label without a colon in a styled element,
 * and `Reviewed by Jane Doe` phrases. Works on the lines of one page walk.
 */
import { type LabelKey, MAX_LABEL, isProductCodeLabel, prefixPhrases, lookupLabel, normLabel } from './labels';
import { findIsbn } from './normalize/ids';
import { lazy } from '../lazy';
import { type Line, RUN_LABEL, RUN_STRONG, hrefOf, span } from './lines';
import { isProse } from './summary';
import { skipSpace } from './text';
import { escapeRegExp } from '../escape-regexp';

export interface LabelHit {
  keys: LabelKey[];
  /** The label as written, without its colon. */
  label: string;
  /** The value's text, lines joined by `\n`. */
  value: string;
  /** The value's first line exactly as it stands on the page (trimmed). */
  quote: string;
  /** Link targets inside the value. */
  hrefs: string[];
  /** The texts of the links the value is made of, when it is a list of links (authors, subjects). */
  items: string[];
  /** Index of the line holding the label. */
  line: number;
  /** Indices of the lines holding the value, when it is not on the label's line. */
  valueLines: number[];
  /** Found by a phrase (`Reviewed by …`) rather than a label with colon or style. */
  phrase: boolean;
}

/** First words of the prefix phrases, to skip lines that cannot start with one. */
const prefixStart = lazy(() => new RegExp(`^(?:${[...new Set(prefixPhrases().map((x) => escapeRegExp(x.phrase.split(' ')[0] ?? '')))].join('|')})\\s`, 'i'));

const CELL_LABEL_TAGS: ReadonlySet<string> = new Set(['dt', 'th', 'td']);
const MAX_VALUE_LINES = 20;
const MAX_VALUE = 4000;

interface Head {
  keys: LabelKey[];
  label: string;
  /** Offset where the value starts in the line. */
  at: number;
  /** The label has a colon, style or structure that makes it a label even with nothing after it. */
  firm: boolean;
  phrase: boolean;
}

/** The rest of a gendered German label after its first colon (`Autor:in:`, `Herausgeber:innen:`). */
const GENDER_COLON = /^(?:in|innen)\s*[:：]/;

/** Read the label at position `p` of a line, if the line starts (there) with one. */
function headAt(line: Line, p: number, wholeOk: boolean): Head | null {
  const t = line.text;
  const lim = Math.min(t.length, p + MAX_LABEL + 2);
  // 1. `Label:` — a colon within the first few dozen characters.
  for (let c = p; c < lim; c++) {
    const ch = t.charCodeAt(c);
    if (ch === 58 || ch === 0xff1a) {
      // Not a time (10:12) or a URL scheme (https://).
      if (c > 0 && /\d/.test(t.charAt(c - 1)) && /\d/.test(t.charAt(c + 1))) break;
      if (t.charAt(c + 1) === '/') break;
      const raw = t.slice(p, c);
      const keys = lookupLabel(raw);
      // `Autor:in: Şebnem İşigüzel`: German's gender colon inside the label, the value after the second.
      const gender = keys ? GENDER_COLON.exec(t.slice(c + 1, c + 10)) : null;
      if (keys) return { keys, label: raw.trim(), at: c + 1 + (gender ? gender[0].length : 0), firm: true, phrase: false };
      break;
    }
    if (ch === 10 && c > p + 1) break;
  }
  // 1b. `Autor – David Markson`: a known label, then a spaced dash.
  const dashed = hasDash(t, p, lim + 2) ? LABEL_DASH.exec(t.slice(p, lim + 2)) : null;
  if (dashed?.[1]) {
    const keys = lookupLabel(dashed[1]);
    if (keys && !keys.includes('summary')) return { keys, label: dashed[1].trim(), at: p + dashed[0].length, firm: true, phrase: false };
  }
  // 2. A bold or label-styled run at the start whose text is a label: `<strong>Author</strong> Jane`.
  if (line.runs) {
    for (const r of line.runs) {
      if (r.s > p + 1) break;
      if (r.e <= p || !(r.k & (RUN_STRONG | RUN_LABEL))) continue;
      if (r.e - p > MAX_LABEL + 2) continue;
      const raw = t.slice(p, r.e);
      const keys = lookupLabel(raw);
      if (keys) return { keys, label: raw.trim().replace(/[\s:：\-–—]+$/, ''), at: r.e, firm: true, phrase: false };
    }
  }
  // 3. The whole line is a label, in a cell, a heading or a label-classed element.
  if (wholeOk && t.length - p <= MAX_LABEL + 40) {
    const trimmed = t.trim();
    if (trimmed.length <= MAX_LABEL + 2) {
      const keys = lookupLabel(trimmed);
      if (keys) {
        const firm =
          CELL_LABEL_TAGS.has(line.tag) ||
          line.lab ||
          // `<div>Yazar</div><div><span>A</span><span>B</span></div>`: a block that is nothing but the label.
          (line.tag === 'div' && !line.links?.length && line.block.childElementCount === 0) ||
          line.h > 0 ||
          /[:：]$/.test(trimmed) ||
          !!line.runs?.some((r) => r.k & (RUN_STRONG | RUN_LABEL) && r.e - r.s >= trimmed.length - 1);
        if (firm) return { keys, label: trimmed.replace(/[\s:：\-–—]+$/, ''), at: t.length, firm, phrase: false };
      }
    }
  }
  // 3b. `<li>Imprint Cambridge University Press</li>`: a list whose items open with labels, no colon after them.
  if (line.tag === 'li' && p === 0) {
    const bare = bareLabel(t);
    if (bare && listOfBareLabels(line.block)) return { keys: bare.keys, label: bare.label, at: bare.label.length + 1, firm: true, phrase: false };
  }
  // 4. `Reviewed by Jane Doe, …`, `Edited by …` at the start of a short line.
  if (t.length - p <= 300 && prefixStart().test(t.slice(p, p + 24))) {
    const head = normLabel(t.slice(p, p + 40));
    for (const { phrase, key } of prefixPhrases()) {
      if (head.startsWith(phrase + ' ') && phrase.length < head.length) {
        const at = p + phrase.length + 1;
        const next = t.charAt(skipSpace(t, at));
        if (!/\p{Lu}/u.test(next)) continue;
        return { keys: [key], label: t.slice(p, p + phrase.length), at, firm: false, phrase: true };
      }
    }
  }
  return null;
}

const LABEL_DASH = /^([\p{L}][\p{L}.' ]{1,40}?)\s+[-–—]\s+(?=\S)/u;

/** The label a list item opens with, of up to three words, when a value follows it (`Pages 96`). */
function bareLabel(t: string): { keys: LabelKey[]; label: string } | null {
  const words = t.trim().split(/\s+/, 4);
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const label = words.slice(0, n).join(' ');
    const keys = lookupLabel(label);
    if (keys && !keys.includes('summary')) return { keys, label };
  }
  return null;
}

/** Items a list of bare labels has at least, and how many of its items are looked at. */
const BARE_LABELS = 3;
const BARE_SEEN = 20;

/** Whether the item's list is a record whose items open with labels: three at least, half the items looked at or more. */
function listOfBareLabels(li: Element): boolean {
  const items = Array.from(li.parentElement?.children ?? [])
    .filter((c) => c.localName === 'li')
    .slice(0, BARE_SEEN);
  const labelled = items.filter((c) => bareLabel(c.textContent.slice(0, 80))).length;
  return labelled >= BARE_LABELS && labelled * 2 >= items.length;
}

function hasDash(t: string, from: number, to: number): boolean {
  for (let c = from, end = Math.min(t.length, to); c < end; c++) {
    const ch = t.charCodeAt(c);
    if (ch === 45 || ch === 0x2013 || ch === 0x2014) return true;
  }
  return false;
}

/**
 * Where a further label starts inside a value on the same line (`<b>Author:</b> X <b>Year:</b> 2019`
 * without a line break), or -1.
 */
function nextLabelIn(line: Line, from: number): number {
  const t = line.text;
  for (const r of line.runs ?? []) {
    if (r.s <= from || !(r.k & (RUN_STRONG | RUN_LABEL))) continue;
    const raw = t.slice(r.s, r.e);
    const colon = /[:：]\s*$/.test(raw) || /^\s*[:：]/.test(t.slice(r.e, r.e + 3));
    if (colon && raw.length <= MAX_LABEL + 2 && lookupLabel(raw)) return r.s;
  }
  const plain = plainLabelIn(t, from);
  const pipe = pipeFieldIn(t, from);
  return pipe > 0 && (plain < 0 || pipe < plain) ? pipe : plain;
}

/**
 * `Autor: David Markson | Traducción: Mariano Peyrou | Editorial: Sexto Piso`: fields set on
 * one line between bars. A bar before a short `Name:` ends the value, whether or not the name is
 * a label we know. Returns the bar's offset.
 */
function pipeFieldIn(t: string, from: number): number {
  const end = Math.min(t.length, from + MAX_VALUE);
  for (let b = t.indexOf('|', from + 1); b > 0 && b < end; b = t.indexOf('|', b + 1)) {
    if (PIPE_FIELD.test(t.slice(b + 1, b + MAX_LABEL + 3))) return b;
  }
  return -1;
}

const PIPE_FIELD = /^\s*\p{Lu}[\p{L}.'’ ]{0,40}?\s?[:：](?!\/)/u;

/**
 * `Sayfa Sayısı: 476Baskı Yılı: 2016Yayınevi: …`: labels in elements the page's style sets
 * apart, with no mark the walk keeps. A capitalised label the vocabulary knows, right before a
 * colon, starts the next value.
 */
function plainLabelIn(t: string, from: number): number {
  const end = Math.min(t.length, from + MAX_VALUE);
  for (let c = t.indexOf(':', from + 1); c > 0 && c < end; c = t.indexOf(':', c + 1)) {
    if (/\d/.test(t.charAt(c - 1)) || t.charAt(c + 1) === '/') continue;
    // The longest run of words before the colon that is a label, starting with a capital.
    for (let s = Math.max(from + 1, c - MAX_LABEL); s < c - 1; s++) {
      if (!/\p{Lu}/u.test(t.charAt(s)) || /\p{Lu}/u.test(t.charAt(s - 1))) continue;
      if (lookupLabel(t.slice(s, c))) return s;
    }
  }
  return -1;
}

/** The element under `ancestor` that contains `el` (or null when `el` is not under it). */
function childOf(ancestor: Element, el: Element): Element | null {
  let cur: Element | null = el;
  for (let d = 0; cur && d < 12; d++) {
    if (cur.parentElement === ancestor) return cur;
    cur = cur.parentElement;
  }
  return null;
}

/** Is line `j` structurally the value of the label-only line `i`? Returns the value's container. */
function valueContainer(lines: Line[], i: number, j: number): Element | null {
  const L = lines[i];
  const V = lines[j];
  if (!L || !V || (V.h > 0 && L.h === 0)) return null;
  if (V.block === L.block) return L.brk || V.brk ? L.block : null;
  if (L.block.contains(V.block)) return V.block;
  const parent = L.block.parentElement;
  if (!parent) return null;
  // `<div><h5>Date</h5>2022</div>`: the value is loose text in the element that holds the label's
  // heading, and no other heading (a column of `Topics` and `Related` links is navigation).
  if (V.block === parent && (L.h > 0 || L.lab) && parent.querySelectorAll('h1, h2, h3, h4, h5, h6').length <= 1) return parent;
  if (L.tag === 'th' || L.tag === 'td') return V.tag === 'td' && V.block.parentElement === parent ? V.block : cellBeside(L.block, V.block);
  if (L.tag === 'dt') return V.tag === 'dd' ? V.block : childOf(parent, V.block);
  const c = childOf(parent, V.block);
  if (c && c !== L.block) return c;
  // `<div class="field"><div class="label">…</div></div><div class="value">…</div>`: one level up.
  // A label beside its own value slot (`<div class="field__label">Autor/in:</div><div
  // class="field__item"></div>`) has its value there, even when that slot is empty: what
  // follows the field is the next field's.
  const gp = parent.parentElement;
  if (gp && L.lab && parent.children.length === 1) {
    const c2 = childOf(gp, V.block);
    if (c2 && !c2.contains(L.block)) return c2;
  }
  return null;
}

/**
 * `<tr><th>Autor</th><td><p>Marcos Rey</p></td></tr>` (WooCommerce's table of attributes): the value
 * is a block inside the next cell of the label's row.
 */
function cellBeside(label: Element, value: Element): Element | null {
  const cell = value.parentElement;
  return cell && cell.localName === 'td' && cell.parentElement === label.parentElement && label.nextElementSibling === cell ? cell : null;
}

/** A blog post's byline and footer, where `Publicado por A` names who posted it (`articlefooter`: Canalblog's). */
export const POST_META_CLASSES = ['post-footer', 'post-author', 'post-meta', 'entry-meta', 'entry-footer', 'byline', 'articlefooter'] as const;
export const POST_META = POST_META_CLASSES.map((c) => `.${c}`).join(', ');

/**
 * Find every labelled line among `lines` (only those for which `use` is true).
 * Lines used as values are not read as labels themselves.
 */
export function findLabelLines(lines: Line[], use: (l: Line) => boolean): LabelHit[] {
  const hits: LabelHit[] = [];
  const consumed = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === undefined || consumed.has(i) || !use(line) || (line.h > 0 && line.text.length > 80)) continue;
    let p = skipMarks(line.text);
    let head = recordHead(line, headAt(line, p, true));
    let guard = 0;
    while (head && guard++ < 20) {
      const t = line.text;
      const stop = head.at < t.length ? nextLabelIn(line, head.at) : -1;
      const end = stop > 0 ? stop : t.length;
      const v = span(line, head.at, Math.min(end, head.at + MAX_VALUE));
      // `Publié par Calystee` in a post's footer is the blog's byline, not an imprint.
      if (head.phrase && head.keys.includes('publisher') && line.block.closest(POST_META)) break;
      if (v.text && !(line.h > 0 && !head.firm) && !codeWithoutIsbn(head.label, v.text) && !PLACEHOLDER.test(v.text)) {
        hits.push({
          keys: head.keys,
          label: head.label,
          value: v.text,
          quote: v.text,
          hrefs: hrefsIn(line, v.s, v.e),
          items: linkItems(line, v.s, v.e),
          line: i,
          valueLines: [],
          phrase: head.phrase,
        });
      } else if (!v.text && head.firm) {
        // A label alone: the value is in the next line(s) of the paired element.
        const hit = valueBelow(lines, i, head, consumed, use);
        if (hit && !codeWithoutIsbn(hit.label, hit.value)) hits.push(hit);
      }
      if (stop <= 0) break;
      p = stop;
      head = null;
      // Past a field whose label we do not know (`| Traducción: …`) to the next one we do.
      for (let hop = 0; !head && p > 0 && hop < 8; hop++) {
        if (t.charAt(p) === '|') p = skipSpace(t, p + 1, 40);
        head = recordHead(line, headAt(line, p, false));
        if (!head) p = nextLabelIn(line, p);
      }
    }
  }
  return hits;
}

/**
 * `Autor: xxxxx`, `Title: ...`, `Publisher: N/A`: a form's blank or a record's empty field, which
 * names nothing (and is no empty label whose value stands on the next line); a template's value
 * with a blank inside it (`Bookla, v Praze roku xxxxx`) neither.
 */
const PLACEHOLDER = /^\s*(?:x{3,}|\.{3,}|…|_{3,}|-{2,}|—|\?{2,}|n\/a|tba|tbd)\s*$|(?<![\p{L}])x{4,}(?![\p{L}])/iu;

/** `SKU: 38 n.18135`: a shop's code for an item that is not a book's ISBN names no field. */
function codeWithoutIsbn(label: string, value: string): boolean {
  return isProductCodeLabel(label) && !findIsbn(value);
}

/** Past the spaces and the marks a line may start with (a rating's stars, a bullet, an emoji: `📖 Kitap Adı:`). */
function skipMarks(t: string): number {
  let p = skipSpace(t, 0, 200);
  while (p < 40) {
    const m = LEAD_MARK.exec(t.slice(p, p + 4));
    if (!m) break;
    p = skipSpace(t, p + m[0].length, 200);
  }
  return p;
}

const LEAD_MARK = /^(?:[*★☆✩✭✮✯⭐•·►▶▸➤➔→⇒▪◾◆◇✓✔]|\p{Extended_Pictographic})[\uFE0F\u200D]*/u;

/**
 * A description is a field of a record's table (`<td>From the publisher</td><td>…</td>`); in
 * running text `Synopsis:` opens prose that the summary reader takes as it stands.
 */
function recordHead(line: Line, head: Head | null): Head | null {
  return head?.keys.includes('summary') && !CELL_LABEL_TAGS.has(line.tag) ? null : head;
}

const L0 = (lines: readonly Line[], i: number): number => lines[i]?.h ?? 0;

/** A field of its own on a line: a few words and a colon, then its value (`Numéros de page : 4 p.`, `Pages: 4`). */
const RUN_IN_FIELD = /^\s*\p{Lu}[\p{L}'’. ]{1,38}\p{L}\s*:/u;
/** A field's line is short; a paragraph that opens with a colon after a few words is prose (`Change from the Inside: My Life, …`). */
const FIELD_LINE = 80;
/** A value of this length that reads as sentences is a paragraph, not a field's value. */
const PROSE_VALUE = 300;

function valueBelow(lines: Line[], i: number, head: Head, consumed: Set<number>, use: (l: Line) => boolean): LabelHit | null {
  const j0 = i + 1;
  const first = lines[j0];
  if (!first || !use(first)) return null;
  // The next line must not itself be a label (a value cell or <dd> only when it has a colon);
  // a heading under a heading (a blog's `Pages` widget, then a post's date) is no value.
  if (looksLikeLabel(first) || (L0(lines, i) > 0 && first.h > 0)) return null;
  // A label left empty (`Auteurs` with nothing beside it) is followed by the next field, whose own
  // label we may not know (`Numéros de page : 4 p.`): a name or an imprint never opens so.
  // A name, a list or a fact is no paragraph either: prose under a label left empty (a post's
  // `Tags` with no tags, then its text) is the text, which the summary reader takes.
  const textual = head.keys.some((k) => k === 'title' || k === 'summary');
  if (!textual && first.text.length <= FIELD_LINE && RUN_IN_FIELD.test(first.text)) return null;
  if (!textual && first.text.length > PROSE_VALUE && isProse(first.text)) return null;
  let container = valueContainer(lines, i, j0);
  if (!container) return null;
  const L = lines[i];
  if (!L) return null;
  const valueLines: number[] = [];
  const texts: string[] = [];
  const hrefs: string[] = [];
  const items: string[] = [];
  let quote = '';
  for (let j = j0; j < lines.length && valueLines.length < MAX_VALUE_LINES; j++) {
    const V = lines[j];
    if (!V) break;
    let inside = V.block === container || container.contains(V.block);
    if (!inside && L.tag === 'dt' && V.tag === 'dd' && V.block.parentElement === container.parentElement) {
      // Several <dd> for one <dt>.
      container = V.block;
      inside = true;
    }
    if (!inside && (L.tag === 'td' || L.tag === 'th') && continuesRow(container, V)) {
      container = V.block;
      inside = true;
    }
    if (!inside || !use(V)) break;
    if (j > j0 && looksLikeLabel(V)) break;
    const s = span(V, 0, Math.min(V.text.length, MAX_VALUE));
    if (!s.text) continue;
    if (!quote) quote = s.text;
    texts.push(s.text);
    hrefs.push(...hrefsIn(V, s.s, s.e));
    items.push(...linkItems(V, s.s, s.e));
    valueLines.push(j);
    consumed.add(j);
    if (container === L.block) break; // `<b>Label:</b><br>value` — one line
  }
  if (!texts.length || isFacetList(texts)) return null;
  if (!items.length && valueLines.length === 1)
    items.push(...childTexts(container).filter((t) => container === L.block || !container.contains(L.block) || t !== L.block.textContent.trim()));
  return { keys: head.keys, label: head.label, value: texts.join('\n'), quote, hrefs, items, line: i, valueLines, phrase: false };
}

/**
 * `Keywords` / `Unternehmen (7)`, `Arbeitsbedingungen (3)`: a search page's facets, each value
 * with its count of hits, are no record's fields.
 */
function isFacetList(texts: readonly string[]): boolean {
  if (texts.length < 2) return false;
  let counted = 0;
  for (const t of texts) if (/\(\d[\d.,]*\)\s*$/.test(t)) counted++;
  return counted * 2 > texts.length;
}

/**
 * `<div><span>Mustafa İsen</span><span>Reyhan İsen</span></div>`: a value made of a few short
 * elements and nothing else holds that many items, even with nothing between them.
 */
function childTexts(container: Element): string[] {
  const n = container.childElementCount;
  if (n < 2 || n > 20) return [];
  const out: string[] = [];
  let len = 0;
  for (const c of container.children) {
    const t = c.textContent.trim();
    if (!t || t.length > 60) return [];
    out.push(t);
    len += t.length;
  }
  return len >= container.textContent.replace(/\s+/g, '').length - 2 * n ? out : [];
}

/**
 * `<tr><td></td><td>FICTION / Historical</td></tr>` right under the row of `cell`: a row with an
 * empty label cell goes on with the label above (a catalogue's further subjects or authors).
 */
function continuesRow(cell: Element, V: Line): boolean {
  const prev = cell.parentElement;
  const row = V.block.parentElement;
  if (V.tag !== 'td' || !prev || !row || row.localName !== 'tr' || row.previousElementSibling !== prev) return false;
  const first = row.firstElementChild;
  return row.children.length === 2 && first !== V.block && !first?.textContent.trim();
}

function looksLikeLabel(line: Line): boolean {
  const h = headAt(line, skipSpace(line.text, 0, 200), true);
  if (!h?.firm) return false;
  if (line.tag === 'dd') return false;
  if (line.tag === 'td' && !line.lab && h.at >= line.text.trimEnd().length) return /[:：]\s*$/.test(line.text);
  return true;
}

/**
 * The texts of the links in [s, e) when links make up nearly all of that text (what is left is
 * separators), else none: `<a>Mustafa İsen</a><a>Reyhan İsen</a>` is two names even unseparated.
 */
function linkItems(line: Line, s: number, e: number): string[] {
  if (!line.links || line.links.length < 2) return [];
  const out: string[] = [];
  let rest = '';
  let at = s;
  for (const l of line.links) {
    if (l.s < s || l.e > e) continue;
    const before = line.text.slice(at, l.s);
    const t = line.text.slice(l.s, l.e).trim();
    // `Булгаков М. А. (все книги)`: a link in brackets is an aside on the item before it.
    if (/\(\s*$/.test(before) && /^\s*\)/.test(line.text.slice(l.e, l.e + 3))) {
      rest += before.replace(/\(\s*$/, '');
      at = line.text.indexOf(')', l.e) + 1;
      continue;
    }
    rest += before;
    if (t) out.push(t);
    at = l.e;
  }
  rest += line.text.slice(at, e);
  return out.length >= 2 && rest.replace(/[\s,;·|•/&]|\band\b|\bund\b|\bet\b|\by\b|\be\b|\bve\b|\bи\b/g, '').length <= 3 ? out : [];
}

function hrefsIn(line: Line, s: number, e: number): string[] {
  if (!line.links) return [];
  const out: string[] = [];
  for (const l of line.links) {
    if (l.e <= s || l.s >= e) continue;
    const href = hrefOf(l);
    if (href) out.push(href);
  }
  return out;
}
