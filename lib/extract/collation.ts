/**
 * A dealer's or catalogue's collation of a copy: its format and its page count in one statement
 * (`In 8 (cm 14 x 20,5), pp. 192.`, `Note: In 8°, pp. XXIII-672.`, `De 24x17 cm. Com 556, [iii]
 * págs.`, `(22,8 x 15,7 cm); gr.-8°; 380 Seiten`). Read on a page that sells its item or is a
 * book's, where the format says the count is the book's; a set of volumes gives no one count.
 */
import { FieldSet, RANK } from './fields';
import type { Line } from './lines';
import { findPages } from './normalize/pages';

/** Lines looked at, and how far into each: a collation stands near the top and opens its statement. */
const LINES_SEEN = 300;
const OPENING = 300;
/** Characters after the format in which its page count stands. */
const AFTER_FORMAT = 80;

/** A sheet format or a size in centimetres: `In 8`, `in-8°`, `gr.-8°`, `4to`, `8vo`, `24x17 cm`, `cm 14 x 20,5`. */
const FORMAT =
  /\bin[- ]?(?:4|8|12|16|24|32)(?:°|º|o)?(?![\d\p{L}])|\b(?:gr\.-?|kl\.-?)?(?:2|4|8|12|16)°|\b(?:4to|8vo|12mo|16mo|folio)\b|\b\d{1,2}(?:[,.]\d)?\s*[x×]\s*\d{1,2}(?:[,.]\d)?\s*cm\b|\bcm\.?\s*\d{1,2}(?:[,.]\d)?\s*[x×]/iu;
/** A second volume's count right after the first (`864 Seiten und XII,865`). */
const SECOND_COUNT = /^[^.;]{0,30}?\s(?:und|and|e|et|y|\+)\s+(?:[ivxlcdm]{1,8},\s*)?\d/iu;
/** Volumes named in the statement (`2 vols.`, `Halbleinwandbände`). */
const VOLUMES = /vols?\.|volumes|volumi|tomes|tomos|bände|bde\./iu;

export function offerCollation(lines: readonly Line[], used: ReadonlySet<number>, fs: FieldSet): void {
  if (fs.get('work.pages') !== undefined) return;
  for (let i = 0, n = Math.min(lines.length, LINES_SEEN); i < n; i++) {
    if (used.has(i)) continue;
    const text = (lines[i]?.text ?? '').slice(0, OPENING);
    const f = FORMAT.exec(text);
    if (!f) continue;
    const from = f.index;
    const window = text.slice(from, from + f[0].length + AFTER_FORMAT);
    const p = findPages(window);
    if (!p) continue;
    const [before, after] = statement(text, from + p.start, from + p.end);
    if (SECOND_COUNT.test(after) || VOLUMES.test(before) || VOLUMES.test(after)) continue;
    fs.offer('work.pages', p.pages, 'content', RANK.content - 1, null, window.slice(p.start, p.end));
    return;
  }
}

/** The statement (between full stops or semicolons) before and after `text[start, end)`. */
function statement(text: string, start: number, end: number): [string, string] {
  return [
    text
      .slice(0, start)
      .split(/[.;]\s/)
      .pop() ?? '',
    text.slice(end).split(/[.;]\s/)[0] ?? '',
  ];
}
