/**
 * A book's page repeats its title with its author in the line under the heading: `The Boy & the
 * Book by David Michael Slater`, `Tyll von Daniel Kehlmann`, `Le mystère Henri Pick, de David
 * Foenkinos`. Publishers' and shops' pages do so whatever their markup (a subheading, a
 * paragraph, a link); the repeated title is what tells the line from a story's byline.
 */
import type { Line } from './lines';
import { namesOnly, type Heading } from './page-info';
import { clean } from './text';
import { escapeRegExp } from '../escape-regexp';

/** Lines under the heading searched: the line stands beside it, above the description. */
const WINDOW = 8;
/** What joins the title to its author in the languages read. */
const JOIN = String.raw`\s*[,:–—-]?\s+(?:by|von|par|de|d['’]|di|por|door|av)\s*`;

export interface RepeatedTitle {
  people: string;
  line: number;
}

/** The line under the heading that reads `<title> by <names>` and nothing more. */
export function titleRepeatedWithAuthor(lines: readonly Line[], heading: Heading | null, title: string | null): RepeatedTitle | null {
  const t = title ? clean(title) : '';
  if (!heading || t.length < 2 || t.length > 150) return null;
  const shape = new RegExp(`^${escapeRegExp(t)}${JOIN}(.{4,120})$`, 'iu');
  for (let i = heading.index + 1, n = Math.min(lines.length, heading.index + 1 + WINDOW); i < n; i++) {
    const l = lines[i];
    if (l === undefined || l.text.length > 300) continue;
    const people = shape.exec(clean(l.text))?.[1]?.trim().replace(/[.;]$/, '');
    if (people && namesOnly(people)) return { people, line: i };
  }
  return null;
}
