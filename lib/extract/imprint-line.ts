/**
 * A book's imprint as a catalogue writes it in a sentence of its own, under the title:
 * `Published May 1st 2006 by Harry N. Abrams`, `Erschienen am 12.03.2019 bei Rowohlt`,
 * `Publié le 3 mars 2016 par Sonatine`, and its edition line `Hardcover, 176 pages`.
 */
import { FieldSet, RANK } from './fields';
import type { Line } from './lines';
import { findDate } from './normalize/dates';
import { cleanValue } from './text';

/** `Published <date> by <Publisher>`, in the languages read; group 1 the date, group 2 the publisher. */
const PUBLISHED =
  /^(?:first\s+)?(?:published|erschienen|veröffentlicht|publié|paru|publicado|publicada|pubblicato|yayımlandı)\s+(?:(?:in|on|am|im|le|en|em|il|el|в)\s+)?(.{4,40}?)\s+(?:by|bei|von|chez|par|por|pela|pelo|da|presso)\s+(\p{Lu}[^\n]{1,80}?)\.?$/iu;
/** `Hardcover, 176 pages`: the edition's binding and length. */
const EDITION =
  /^(?:hardcover|hardback|paperback|softcover|trade paperback|mass market paperback|kindle edition|e-?book|gebunden|taschenbuch|broché|relié|tapa dura|tapa blanda|brossura|capa comum|capa dura)\s*,\s*(\d{1,5})\s*(?:pages|seiten|pages|páginas|pagine|sayfa)$/i;
/** A book's imprint stands near the top of its page. */
const LINES_SEEN = 400;
const MAX_LINE = 160;

/** Lines from an edition line to its imprint sentence. */
const NEAR = 3;

/**
 * Offers the page count of an edition line, and the date and publisher of an imprint sentence
 * beside it: alone, `Published March 5, 2024 by Jane Doe` is as likely a blog post's byline.
 */
export function offerImprintLines(lines: readonly Line[], used: Set<number>, fs: FieldSet): void {
  for (let i = 0, n = Math.min(lines.length, LINES_SEEN); i < n; i++) {
    const edition = readable(lines, i, used) ? EDITION.exec(cleanValue(lines[i]?.text ?? '')) : null;
    if (!edition?.[1]) continue;
    fs.offer('work.pages', Number(edition[1]), 'content', RANK.content, null, edition[0]);
    used.add(i);
    for (let j = Math.max(0, i - NEAR); j <= i + NEAR && j < lines.length; j++) {
      if (j !== i && readable(lines, j, used) && offerPublished(cleanValue(lines[j]?.text ?? ''), fs)) used.add(j);
    }
    return;
  }
}

function readable(lines: readonly Line[], i: number, used: ReadonlySet<number>): boolean {
  const l = lines[i];
  return !!l && !used.has(i) && !l.h && l.text.length <= MAX_LINE;
}

function offerPublished(t: string, fs: FieldSet): boolean {
  const pub = PUBLISHED.exec(t);
  const when = pub?.[1];
  const date = when ? findDate(when) : null;
  if (!pub?.[2] || !when || !date || date.start !== 0 || date.end < when.length - 1) return false;
  fs.offer('work.date', date.iso, 'content', RANK.content, null, when);
  fs.offer('work.publisher', cleanValue(pub[2]), 'content', RANK.content, null, pub[2]);
  return true;
}
