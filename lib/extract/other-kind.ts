/**
 * What says a page is something other than a review of one work, whatever its readers found: its
 * title, heading, subheading or kicker calling it a list, an interview, an event or search results
 * (the words are in signals.ts), subheadings that are questions, a citation that gives a serial's
 * span of years or the source of a text the page reproduces, or labels explained by sentences.
 * The classifier reads it as Evidence.otherKindWord.
 */
import type { LabelHit } from './label-lines';
import { lookupLabel, type LabelKey } from './labels';
import type { Line } from './lines';
import type { Heading } from './page-info';
import { kindsHeading, OTHER_KIND_WORD, questionsAsHeadings } from './signals';

export interface OtherKindContext {
  lines: readonly Line[];
  heading: Heading | null;
  /** The document's title without its site's name, and as written. */
  title: string;
  docTitle: string;
  /** The text of the citation of the work, where the page has one. */
  citation: string | null;
  /** The labelled lines about the work. */
  hits: readonly LabelHit[];
}

/**
 * An imprint that ends with a span of years (`Essen : RWI, 2003(2004) - 2013(2014)`) is a serial's
 * or a series' record: the years its volumes came out in, not one publication's.
 */
const SERIAL_SPAN = /(?:1[5-9]|20)\d\d(?:\s?\(\d{4}\))?\s?[-–]\s?(?:(?:1[5-9]|20)\d\d(?:\s?\(\d{4}\))?)?\s*\.?$/;
/**
 * A citation that gives the source of the text the page reproduces (`Kemal Gözler, İdare Hukuku,
 * Bursa, 2003, Cilt I'den alınmıştır`, `Extrait de …`, `Source: …`): the page is an excerpt of the
 * work, not a review of it.
 */
const SOURCE_NOTE =
  /['’]?(?:d[ae]n|t[ae]n)\s+al[ıi]nm[ıi][şs]t[ıi]r|^(?:source|quelle|fonte|fuente|источник|kaynak|extrait\s+de|extraits?\s+du|tratto\s+da|taken\s+from|reprinted\s+from|excerpted\s+from|adapted\s+from)(?![\p{L}])/iu;

/** Whether the page says it is something other than a review of one work (Evidence.otherKindWord). */
export function otherKind(c: OtherKindContext): boolean {
  const { lines, heading, citation } = c;
  return (
    OTHER_KIND_WORD.test(`${c.title} ${heading?.text ?? ''} ${subheadingOf(lines, heading)} ${kickerOf(lines, heading)}`) ||
    kindsHeading(heading?.text ?? '') ||
    questionsAsHeadings(lines) ||
    searchPageTitle(c.docTitle) ||
    (citation !== null && (SERIAL_SPAN.test(citation) || SOURCE_NOTE.test(citation))) ||
    labelsExplained(c.hits)
  );
}

/** The heading right under the main one (`Interview mit Johanna Nicholls zu …`): it says what kind of page this is as the heading does. */
function subheadingOf(lines: readonly Line[], heading: Heading | null): string {
  const next = heading ? lines[heading.index + 1] : undefined;
  return heading && next && next.h > heading.level ? next.text : '';
}

/** Characters a kicker runs to: a section's name, not a sentence. */
const KICKER_MAX = 40;

/** The short line right above the heading (`Інтерв'ю`, `Interview`): a kicker names the kind of page as its heading would. */
function kickerOf(lines: readonly Line[], heading: Heading | null): string {
  const before = heading && heading.index > 0 ? lines[heading.index - 1] : undefined;
  return before && !before.h && before.text.length <= KICKER_MAX ? before.text : '';
}

/** A part of the document's title that only calls the page a search or a catalogue's browsing (`Publikationsserver - Suche`). */
const SEARCH_PAGE =
  /^(?:search(?: results)?|suche(?:rgebnis(?:se)?)?|trefferliste|recherche|résultats(?: de (?:la )?recherche)?|búsqueda|resultados(?: de (?:la )?búsqueda)?|ricerca|risultati(?: della ricerca)?|pesquisa|arama(?: sonuçları)?|поиск|результаты поиска|browse|browsing)$/i;

function searchPageTitle(title: string): boolean {
  return title
    .slice(0, 300)
    .split(/\s+[-–—|·:]\s+|\s*\|\s*/)
    .some((part) => SEARCH_PAGE.test(part.trim()));
}

/** Fields whose value is a name, a date or a word, never a sentence. */
const SHORT_KEYS: ReadonlySet<LabelKey> = new Set(['title', 'authors', 'editors', 'publisher', 'date', 'place', 'type', 'pages', 'language', 'isbn']);

/** `Uvádíme vydavatele knihy a místo vydání.`: a sentence, mostly in lower case, ending on its full stop. */
function sentence(value: string): boolean {
  const t = value.trim();
  const words = t.split(/\s+/);
  if (words.length < 5 || !/[.!?]$/.test(t)) return false;
  return words.slice(1).filter((w) => /^\p{Ll}/u.test(w)).length >= 0.6 * (words.length - 1);
}

/**
 * A help page or a guide that explains a record's fields (`Vydavatel: Uvádíme vydavatele knihy…`,
 * `Publisher: Give the publisher as it stands on the title page.`): most of its labels that name a
 * name, a date or a word are followed by a sentence instead, or a glossary gives a field's name as
 * each value.
 */
function labelsExplained(hits: readonly LabelHit[]): boolean {
  const short = hits.filter((h) => h.keys.some((k) => SHORT_KEYS.has(k)));
  const explained = short.filter((h) => sentence(h.value.split('\n')[0] ?? '')).length;
  // A glossary's `pp. – pagina’s`, `auteur – titel`: the value is itself a field's name, in lower
  // case as a glossary writes it (a shop's `Format: Paperback`, `Type: Book` are values).
  const glossed = hits.filter((h) => {
    const value = h.value.split('\n')[0]?.trim() ?? '';
    return /^\p{Ll}/u.test(value) && lookupLabel(value) !== null;
  }).length;
  return (explained >= 3 && explained * 2 >= short.length) || (glossed >= 2 && glossed * 2 >= hits.length);
}
