/**
 * Authors given by their initials (`L. Pellicani`, `Е. Водолазкин`, a catalogue's `Водолазкин Е.`)
 * take the full name where the page writes it out (`Luciano Pellicani`, or inverted as a citation
 * writes it, `Gergen, Thomas`); names typed without their accents take the page's accented spelling.
 */
import { FieldSet } from './fields';
import type { Line } from './lines';
import { personName } from './normalize/names';
import { proseHas } from './signals';
import { escapeRegExp } from '../escape-regexp';

/** Lines near the top searched whatever they are (a heading's card, a caption), before the prose. */
const NEAR_TOP = 60;
const MAX_AUTHORS = 6;
/** `L. Pellicani`, `A. B. Smith`. */
const INITIALS_FIRST = /^((?:\p{Lu}\.\s*){1,3})(\p{Lu}[\p{L}'’-]+)$/u;
/** `Водолазкин Е.`, `Gergen, T.`: one initial after the family name. */
const INITIAL_AFTER = /^(\p{Lu}[\p{L}'’-]+),?\s+(\p{Lu})\.$/u;

export function spellOutInitials(lines: readonly Line[], used: ReadonlySet<number>, fs: FieldSet): void {
  const authors = fs.list('work.authors');
  const source = fs.source('work.authors');
  if (!source || !authors.length || authors.length > MAX_AUTHORS) return;
  const full = authors.map((a) => writtenOut(lines, used, a) ?? withAccents(lines, a) ?? a);
  if (full.every((n, i) => n === authors[i])) return;
  const rank = fs.rank('work.authors');
  fs.drop('work.authors');
  fs.offer('work.authors', full, source, rank, null, full.join(', '));
}

/** The name as the page writes it in full, or null. */
function writtenOut(lines: readonly Line[], used: ReadonlySet<number>, name: string): string | null {
  const parts = initialsOf(name.trim()) ?? initialsOf(personName(name).trim());
  if (!parts) return null;
  const { initials, family } = parts;
  const given = initials.map((c, i) => (i === 0 ? `${escapeRegExp(c)}\\p{Ll}+` : `(?:\\s+${escapeRegExp(c)}(?:\\p{Ll}+|\\.))?`)).join('');
  const f = escapeRegExp(family);
  const written = new RegExp(`(?<![\\p{L}])(${given})\\s+${f}(?![\\p{L}])`, 'u');
  // Inverted only in prose: near the top, `Pellicani, Le rivoluzioni` is a name and a title.
  const either = new RegExp(`(?<![\\p{L}])(?:(${given})\\s+${f}|${f},\\s+(${given}))(?![\\p{L}])`, 'u');
  const find = (re: RegExp, t: string) => {
    const hit = re.exec(t);
    const first = hit?.[1] ?? hit?.[2];
    return first ? `${first} ${family}` : null;
  };
  for (let i = 0, n = Math.min(lines.length, NEAR_TOP); i < n; i++) {
    const t = lines[i]?.text ?? '';
    const found = find(written, t.length > 3000 ? t.slice(0, 3000) : t);
    if (found) return found;
  }
  let found: string | null = null;
  proseHas(lines, used, (t) => !!(found = find(either, t)));
  return found;
}

/**
 * `Gabriel Garcia Marquez` typed without accents in the prose, `Gabriel García Márquez` in a
 * heading or card near the top: the page's own accented spelling.
 */
function withAccents(lines: readonly Line[], name: string): string | null {
  if (!/^[A-Za-z .'’-]{5,60}$/.test(name) || !/\s/.test(name)) return null;
  // The name is ASCII, so its characters are its code units.
  const pattern = name.split('').map((c) => {
    const v = ACCENTED.get(c.toLowerCase());
    if (!v) return escapeRegExp(c);
    return c === c.toLowerCase() ? `[${c}${v}]` : `[${c}${v.toUpperCase()}]`;
  });
  const re = new RegExp(`(?<![\\p{L}])${pattern.join('')}(?![\\p{L}])`, 'u');
  for (let i = 0, n = Math.min(lines.length, NEAR_TOP); i < n; i++) {
    const t = lines[i]?.text ?? '';
    const hit = re.exec(t.length > 3000 ? t.slice(0, 3000) : t);
    if (hit && hit[0] !== name) return hit[0];
  }
  return null;
}

/** The accented letters a name typed without accents may stand for. */
const ACCENTED: ReadonlyMap<string, string> = new Map([
  ['a', 'áàâäãå'],
  ['e', 'éèêë'],
  ['i', 'íìîïı'],
  ['o', 'óòôöõø'],
  ['u', 'úùûü'],
  ['n', 'ñ'],
  ['c', 'çč'],
  ['s', 'şšś'],
  ['z', 'žźż'],
  ['g', 'ğ'],
]);

function initialsOf(name: string): { initials: string[]; family: string } | null {
  const first = INITIALS_FIRST.exec(name);
  if (first?.[1] && first[2]) return { initials: first[1].match(/\p{Lu}/gu) ?? [], family: first[2] };
  const after = INITIAL_AFTER.exec(name);
  return after?.[1] && after[2] ? { initials: [after[2]], family: after[1] } : null;
}
