/**
 * The publisher as a review's own lines name it outside a record or a citation: a sentence
 * (`Published May 1st 2006 by Harry N. Abrams`, `… (2019). Published by Allen Lane.`), or a line
 * that is nothing but a publisher's name, perhaps with its year (`Luchterhand Verlag`,
 * `Little, Brown & Company/2009`).
 */
import { POST_META } from './label-lines';
import type { Line } from './lines';
import { type DateMatch, findDate } from './normalize/dates';
import { endsWithPublisherWord, HOUSE_OPENING_WORD, isLoneName } from './normalize/names';
import { cleanValue } from './text';

export interface PublisherMention {
  publisher: string;
  date: string | null;
  quote: string;
}

/** Lines read: a post names its book's imprint near its start or right after the review. */
const WINDOW = 80;
const MAX_TEXT = 2000;

/** A publisher's name: capitalised words, `&` between them (`Little, Brown & Company` stops at its comma). */
const NAME = "\\p{Lu}[\\p{L}\\p{N}.'’-]*(?:\\s+(?:&\\s+|(?:of|de|du|des|di|del|und|and)\\s+)?[\\p{Lu}\\p{N}][\\p{L}\\p{N}.'’-]*){0,5}";
/**
 * `Published <date> by `, in the languages read: the verb, perhaps a preposition, what stands
 * before `by` (group 1), up to the publisher's first capital.
 */
const PUBLISHED = new RegExp(
  `(?:^|[.!?)]\\s+|,\\s+|\\s(?:is|was|will be)\\s+(?:now\\s+)?)(?:[Ff]irst\\s+)?(?:[Pp]ublished|[Pp]ublicad[oa]|[Pp]ublié|[Pp]aru|[Pp]ubblicato|[Ee]rschienen|[Vv]eröffentlicht|[Yy]ayımlandı)\\s+(?:(?:on|in|am|im|le|en|em|il|el|в)\\s+)?((?:[^.;:!?]|\\.(?=\\S)){0,40}?)\\s*(?:by|bei|von|chez|par|por|pela|pelo|da|presso)\\s+(?=\\p{Lu})`,
  'u',
);
const NAME_AT_START = new RegExp(`^${NAME}`, 'u');
/** The bindings a sentence about a book's coming out names (`in hardback`). */
const BINDING_WORDS = 'hardback|paperback|hardcover';
/** `is published in hardback by Bloomsbury Circus`: how the book comes out, where a date may stand. */
const BINDING = new RegExp(`^(?:${BINDING_WORDS}|e-?book)$`, 'i');

export interface PublishedSentence {
  /** What stands between the verb and `by`: a date, or nothing. */
  when: string;
  date: DateMatch | null;
  /** The publisher's name as capitalised words, and the whole rest of the text after `by`. */
  name: string;
  rest: string;
  /** The sentence is the text's first. */
  first: boolean;
  quote: string;
}

/**
 * `Published May 1st 2006 by Harry N. Abrams`, `… Erschienen am 12.03.2019 bei Rowohlt`, `X by A
 * is published in hardback by Bloomsbury`; not `published in the US by`.
 */
export function readPublished(text: string): PublishedSentence | null {
  const m = PUBLISHED.exec(text);
  if (!m) return null;
  const when = m[1]?.trim() ?? '';
  const date = when ? findDate(when) : null;
  if (when && !BINDING.test(when) && (!date || !YEAR.test(when))) return null;
  const after = text.slice(m.index + m[0].length);
  const name = NAME_AT_START.exec(after)?.[0] ?? '';
  const start = m.index + m[0].length - m[0].trimStart().length;
  return {
    when,
    date: date ?? dateAfterHouse(after.slice(name.length)),
    name,
    rest: after.trim().replace(/\.$/, ''),
    first: !text.slice(0, start).trim(),
    quote: text.slice(start, m.index + m[0].length) + name,
  };
}

/** `… by Bloomsbury Circus on 14 April 2022`: the date the sentence gives after the house. */
const ON_DATE_AFTER = /^\s+(?:on|in)\s+([^.;!?]{4,30})/;

function dateAfterHouse(rest: string): DateMatch | null {
  const on = ON_DATE_AFTER.exec(rest)?.[1];
  return on && YEAR.test(on) ? findDate(on) : null;
}

/** The words a publisher's name may start with (`Editora Senac-Rio`, `Éditions du Seuil`). */
const PUBLISHER_START = /^(?:editora|edizioni|[ée]ditions|ediciones|editorial|verlag|издательство)\s/iu;
const SMALL = /^(?:of|de|du|des|di|del|da|do|und|and|la|le|el)$/;
const YEAR = /(?:1[5-9]|20)\d\d/;
const PUBLISHER_WORD_ALONE = /^(?:press|publishers?|publishing|books|verlag|[ée]ditions|editores|editorial|editora|edizioni|ediciones)$/iu;
/** A line that is a name, then perhaps `/ 2009` or `, 2009`. */
const NAME_LINE = /^([^/,:;!?]{2,50}?|[^/:;!?]{2,50}?&[^/:;!?]{2,30}?)(?:\s*[/,]\s*((?:1[5-9]|20)\d\d))?\.?$/u;

export function readPublisherMention(lines: readonly Line[], skip: (i: number) => boolean): PublisherMention | null {
  const texts: string[] = [];
  for (let i = 0, n = Math.min(lines.length, WINDOW); i < n; i++) {
    const l = lines[i];
    if (l === undefined || l.h || l.quoted || skip(i)) continue;
    const text = l.text.length > MAX_TEXT ? l.text.slice(0, MAX_TEXT) : l.text;
    // `Publié par Calystee` in a post's footer names who posted it.
    if (l.block.closest(POST_META)) continue;
    const found = publishedBy(text) ?? publisherLine(text.trim());
    if (found) return found;
    texts.push(text);
  }
  // Else the first name in the prose that ends with a word for a publisher (`Everest Yayınlarından çıkan kitap`).
  for (const text of texts) {
    const m = IN_PROSE.exec(text);
    if (m?.[1] && m[2] && (m[2] !== 'Press' || m[1].trim().includes(' '))) return { publisher: `${m[1]}${m[2].replace(/[’']$/, '')}`, date: null, quote: m[0] };
    const house = HOUSE_THEN_NAME.exec(text);
    if (house?.[1]) return { publisher: house[1], date: null, quote: house[0] };
    const binding = IN_BINDING.exec(text);
    if (binding?.[1]) return { publisher: binding[1], date: null, quote: binding[0] };
    const bracketed = houseInBrackets(text);
    if (bracketed) return bracketed;
    const reissued = reissuedBy(text);
    if (reissued) return reissued;
    const editore = NAME_THEN_EDITORE.exec(text);
    const own = (editore?.[1] ?? editore?.[2])?.trim();
    if (own) return { publisher: cleanValue(own), date: null, quote: editore?.[0] ?? own };
  }
  return null;
}

/**
 * `"Dualar Kalıcıdır"ın (Doğan Kitap)`, `Canto yo y la montaña baila (Editorial Anagrama)`, `(in Edições Saída de Emergência)`:
 * brackets that hold nothing but a house's name, as a review sets it after the book's title.
 */
const IN_BRACKETS = new RegExp(`\\((?:(?:in|em|en|chez|bei|da)\\s+)?(${NAME})\\)`, 'gu');
/** Words a house's name starts with, capitalised in brackets (`Editorial Anagrama`, `Edições Saída de Emergência`). */
const HOUSE_START = /^(?:editora|edizioni|[ée]ditions|ediciones|edições|edicions|editorial|verlag|издательство)\s/iu;
/** `Doğan Kitap`, `Alfa Kitapları`: Turkish houses named after the book; a bracket keeps the word from a title's. */
const KITAP_HOUSE = /\sKitap(?:ları)?$/u;

function houseInBrackets(text: string): PublisherMention | null {
  for (const m of text.matchAll(IN_BRACKETS)) {
    const name = m[1]?.trim() ?? '';
    if (!name.includes(' ') || !(endsWithPublisherWord(name) || HOUSE_START.test(name) || KITAP_HOUSE.test(name))) continue;
    // As HOUSE_THEN_NAME reads `editorial Anagrama`: the house's own name, without the word for a house before it.
    const own = name.replace(HOUSE_START, '');
    return { publisher: cleanValue(/^\p{Lu}/u.test(own) ? own : name), date: null, quote: m[0] };
  }
  return null;
}

/**
 * `réédité en poche par Helios`, `ripubblicato finalmente da Laterza`, `editado por Virtual Books`,
 * `reissued by Faber`: the verbs of publishing again or of a house's putting out a book, a word or
 * two of how or when, then the house. `editado por` also credits an editor: a person's name is none.
 */
const REISSUED = new RegExp(
  `(?:[Rr]ééditée?s?|[Éé]ditée?s?\\s+chez|[Rr]ipubblicat[oaie]|[Rr]istampat[oaie]|[Ee]ditad[oa]s?|[Rr]eeditad[oa]s?|[Rr]eissued|[Rr]epublished)\\s+(?:\\p{Ll}+\\s+){0,2}?(?:par|chez|da|por|pela|pelo|by)\\s+(${NAME})`,
  'u',
);

function reissuedBy(text: string): PublisherMention | null {
  const m = REISSUED.exec(text);
  const name = m?.[1]?.trim();
  if (!m || !name || (isLoneName(name) && !endsWithPublisherWord(name))) return null;
  return { publisher: cleanValue(name), date: null, quote: m[0] };
}

/** `“Ponte delle grazie” editore`, `Sellerio editore`: Italian names a house, then calls it one. */
const NAME_THEN_EDITORE = /(?:[«“"]([^«»“”"]{2,40})[»”"]|(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2}))\s+[Ee]ditore(?![\p{L}])/u;

/** `is out now in Sceptre hardback`, `published by Faber in paperback`: the house before the book's binding. */
const IN_BINDING = new RegExp(`(?<![\\p{L}])(?:in|from)\\s+(\\p{Lu}[\\p{L}’'&.-]+(?:\\s+\\p{Lu}[\\p{L}’'&.-]+){0,2})\\s+(?:${BINDING_WORDS})\\b`, 'u');

/**
 * `edizioni Einaudi`, `aux Editions 10/18`, `aux éditions de l’Iconoclaste`, `editorial Anagrama`, `la casa editrice Einaudi`,
 * `edito da Book Editore`, `in libreria per Einaudi`: the word for a publishing house, or for
 * being published by one, then its name.
 */
const HOUSE_THEN_NAME = new RegExp(
  String.raw`(?<![\p{L}])(?:${HOUSE_OPENING_WORD}|[ÉE]ditions|casa editrice|maison d[’']édition|edit[oa] da|in libreria per|uscit[oa] per|l[’']éditeur)\s+(?:de\s+(?=l[’']))?«?((?:l[’'])?[\p{Lu}\p{N}][\p{L}\p{N}’'/-]+(?:\s+(?:&\s+|(?:de|da|das|do|dos|di|du|des|del|la|le)\s+)?\p{Lu}[\p{L}’'-]+){0,2})`,
  'u',
);

/**
 * Capitalised words, then a word for a publisher (with a Turkish case ending: `Yayınlarından`,
 * `Yayınları’ndan`); one word alone before `Press` is too often a newspaper's.
 */
const IN_PROSE =
  /(\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,3}\s+)(University Press|Press|Verlag|Förlag|Forlag|Publishing|Publishers|Yayınları[’']?|Yayınevi[’']?)(?:n?[dt][ae]n|n[ıi]n)?(?![\p{L}])/u;

function publishedBy(text: string): PublisherMention | null {
  const p = readPublished(text);
  return p?.name ? { publisher: cleanValue(p.name), date: p.date?.iso ?? null, quote: p.quote } : null;
}

function publisherLine(text: string): PublisherMention | null {
  if (text.length > 60) return null;
  const m = NAME_LINE.exec(text);
  const name = m?.[1]?.trim();
  const words = name?.split(/\s+/) ?? [];
  // A name's words are capitalised (`Our favourite books` is a heading).
  if (!name || words.length > 6 || !words.every((w) => /^[\p{Lu}\p{N}&]/u.test(w) || SMALL.test(w))) return null;
  // A word for publishers alone is a section's name (`Books`), not a house's.
  if (words.length === 1 && PUBLISHER_WORD_ALONE.test(name)) return null;
  if (!endsWithPublisherWord(name) && !/(?:&\s*|\s)(?:co\.?|company)$/i.test(name) && !PUBLISHER_START.test(name)) return null;
  return { publisher: cleanValue(name), date: m?.[2] ?? null, quote: text };
}
