/**
 * The critic a magazine's standfirst names as the one who reads the book, where no byline does:
 * `Holly McKenzie highly recommends a book…`, `…, Jean Rivière s’intéresse aux références…`,
 * `…,” skriver Erik Löfvendahl.` A person other than the work's author, who opens a clause of the
 * standfirst as the subject of a verb of reading or judging, or signs the quotation it gives.
 */
import { startsWithGivenName } from './normalize/given-names';
import { isPersonName } from './page-info';
import { besideHeading } from './standfirst';
import { clean, fold } from './text';

export interface LeadCritic {
  name: string;
  quote: string;
}

const LEAD_CLASS = /^(?:standfirst|chapo|dek|deck|lede|lead|ingress|intro|teaser)$/i;
const MAX_TEXT = 600;

const NAME = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}`;
/** Verbs of a critic's reading and judging, in the languages read (a character or the author acts otherwise). */
const READS =
  "(?:recommends|reviews|reads|has\\s+read|read|finds|considers|praises|assesses|examines|welcomes|admires|enjoyed|s['’]intéresse|lit|a\\s+lu|recommande|salue|analyse|examine|se\\s+penche|recense|critique|empfiehlt|liest|hat\\s+gelesen|rezensiert|bespricht|lobt|recomienda|lee|ha\\s+leído|reseña|analiza|consiglia|legge|ha\\s+letto|recensisce|analizza|recomenda|lê|leu|resenha|analisa|прочел|прочёл|прочитал[аи]?|читает|рекомендует|рецензирует|разбирает|продолжает\\s+следить|recenserar|läser|rekommenderar|anmelder|leser|anbefaler)";
/** A name opening the standfirst, a sentence of it or a clause after a comma, then within a few words a verb of reading. */
const OPENS_CLAUSE = new RegExp(String.raw`(?:^|[.!?]\s+|,\s+)(${NAME})\s+(?:\p{Ll}+\s+){0,2}?${READS}(?![\p{L}])`, 'gu');
/** `…,” writes A`: the quotation the standfirst gives, signed. */
const SIGNS_QUOTE = new RegExp(
  String.raw`[”"»«]\s*,?\s*(?:writes|says|skriver|säger|sier|schreibt|écrit|escribe|escreve|scrive|пишет)\s+(${NAME})(?![\p{L}])`,
  'u',
);

export function readLeadCritic(heading: Element, work: { title: string | null; people: readonly string[] }): LeadCritic | null {
  const text = leadText(heading);
  if (!text) return null;
  const family = new Set(work.people.map((p) => fold(p.split(/\s+/).pop() ?? '')));
  const title = fold(work.title ?? '');
  const critic = (name: string | undefined): LeadCritic | null => {
    if (!name || !isPersonName(name) || !startsWithGivenName(name)) return null;
    // `Ingrid Nolls Figuren`: the author's name in the genitive is the author's.
    const last = fold(name.split(/\s+/).pop() ?? '');
    return family.has(last) || family.has(last.replace(/s$/, '')) || title.includes(last) ? null : { name, quote: text };
  };
  const signed = critic(SIGNS_QUOTE.exec(text)?.[1]);
  if (signed) return signed;
  for (const m of text.matchAll(OPENS_CLAUSE)) {
    const found = critic(m[1]);
    if (found) return found;
  }
  return null;
}

/** The standfirst's text, from an element so classed beside the heading. */
function leadText(heading: Element): string | null {
  return besideHeading(heading, LEAD_CLASS, (el) => {
    const t = clean(el.textContent.slice(0, MAX_TEXT));
    return t.length >= 30 ? t : null;
  });
}
