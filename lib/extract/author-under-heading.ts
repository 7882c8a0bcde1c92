/**
 * The lines right under a heading that name the work's author, as a review's page sets them
 * apart from its prose: `by A` (`di Gianrico Carofiglio - Sellerio`), or the name alone, maybe
 * after the post's date and before the publisher's line (`Distância de Segurança` / `14 Janeiro,
 * 2020` / `Samanta Schweblin`), and maybe after the work's title under a column's heading (`Read
 * of the week` / `South` / `Frank Owen` / `Corvus Books`). The person is the one the prose talks about.
 * An edited book's editors stand there too, on a line that marks them as such.
 */
import { BY_WORD } from './byline';
import { FieldSet, RANK } from './fields';
import type { Line } from './lines';
import { startsWithGivenName } from './normalize/given-names';
import { endsWithPublisherWord, splitNames } from './normalize/names';
import { type Heading, isPersonName, onlyDate } from './page-info';
import { authorInProse, proseRepeats, surnameAlone } from './signals';

/** `by A`, `di Gianrico Carofiglio - Sellerio`: a By word, a name, and perhaps the publisher after a dash or comma. */
const BY_NAME = new RegExp(`^${BY_WORD}\\s+(\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){1,4})(?:\\s*[-–—,]\\s+(\\p{Lu}[\\p{L}&.'’ ]{1,40}))?$`, 'u');
/** Lines read under the heading. */
const BELOW = 3;
const MAX_TITLE = 80;
const MAX_HOUSE = 50;

/** Offers the author (and the title and publisher beside it) the lines under the heading give; whether it did. */
export function authorUnderHeading(lines: readonly Line[], heading: Heading | null, used: Set<number>, fs: FieldSet): boolean {
  if (!heading || heading.index < 0 || heading.text.split(/\s+/).length > 12) return false;
  let title = -1;
  for (let j = heading.index + 1; j <= heading.index + BELOW && j < lines.length; j++) {
    const l = lines[j];
    // The name may be set as the heading's subheading.
    if (!l || (l.h && l.h <= heading.level) || used.has(j)) continue;
    const text = l.text.trim();
    // The post's date may stand between the heading and the name.
    if (onlyDate(text)) continue;
    const m = BY_NAME.exec(text);
    const house = houseOn(lines[j + 1]);
    // A name alone is a writer's where the publisher's line follows it, or where the prose uses
    // the family name on its own, as a review does its author's and never a byline's.
    const name = m?.[1]?.trim() ?? (startsWithGivenName(text) && (house || familyAlone(lines, used, text)) ? text : '');
    if (!name && title < 0 && j === heading.index + 1 && titleOn(lines, used, j, text)) {
      title = j;
      continue;
    }
    if (!name || !isPersonName(name) || !authorInProse(lines, new Set([...used, j]), [name])) return false;
    used.add(j);
    const publisher = m?.[2]?.trim() ?? house;
    if (publisher && publisher.split(/\s+/).length <= 4 && !fs.str('work.publisher'))
      fs.offer('work.publisher', publisher, 'content', RANK.heading - 1, null, publisher);
    if (house) used.add(j + 1);
    const titled = lines[title]?.text.trim();
    if (titled) {
      used.add(title);
      fs.offer('work.title', titled, 'content', RANK.heading + 1, null, titled);
    }
    return fs.offer('work.authors', [name], 'content', RANK.heading - 1, null, name);
  }
  return false;
}

/** A publisher's name alone on its line (`Corvus Books`). */
function houseOn(line: Line | undefined): string | null {
  const t = line && !line.h ? line.text.trim() : '';
  return t && t.length <= MAX_HOUSE && endsWithPublisherWord(t) ? t : null;
}

/** A work's title alone on the line under a column's heading, which the name follows and the prose repeats. */
function titleOn(lines: readonly Line[], used: ReadonlySet<number>, at: number, text: string): boolean {
  const next = lines[at + 1]?.text.trim() ?? '';
  return text.length <= MAX_TITLE && /^\p{Lu}/u.test(text) && !/[.!?]$/.test(text) && startsWithGivenName(next) && proseRepeats(lines, used, text);
}

/** The family name used in the prose without the given name (`Schweblin`), or set in capitals (`SCHWEBLIN`). */
function familyAlone(lines: readonly Line[], used: ReadonlySet<number>, name: string): boolean {
  return surnameAlone(lines, used, name) || surnameAlone(lines, used, name.toUpperCase());
}

/**
 * The work's editors on a line of their own beside its heading, marked as such (`Olivia Carpi
 * (dir.)` / `Guerres et Paix civiles…`, `A and B (eds)`): a review of an edited book names them
 * where another names the author.
 */
export function editorsBesideHeading(lines: readonly Line[], heading: Heading | null, used: Set<number>, fs: FieldSet): void {
  if (!heading || heading.index < 0) return;
  for (const j of [heading.index - 1, heading.index + 1, heading.index + 2]) {
    const l = lines[j];
    if (!l || l.h || used.has(j) || l.text.length > 120) continue;
    const list = splitNames(l.text.trim());
    if (!list.editors || !list.names.length || !list.names.every(isPersonName)) continue;
    used.add(j);
    fs.offer('work.editors', list.names, 'content', RANK.heading - 1, null, l.text.trim());
    return;
  }
}
