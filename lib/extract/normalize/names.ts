/**
 * Splitting a list of people as written into names.
 * Splits on `;` and line breaks always; on `and`/`&` and commas only where they separate people:
 * `Niva Yau Tsz Yan` is one person, `Smith, John` is one person (inverted), `Smith, John; Doe, Jane`
 * two, `A. Korsakova, J. Smith and K. Lee` three, `Centre for Peace and Security` one organisation.
 */
import { clean, cleanValue, fold, stripWrappingQuotes } from '../text';

/** Words that make a string an organisation rather than a person. */
const ORG =
  /\b(?:institut\w*|cent(?:re|er)|universit\w*|college|school|press|council|foundation|stiftung|ministry|office|department|association|society|company|companhia|compa[ñn][ií]a|compagnie|gesellschaft|group|bank|agency|commission|committee|program(?:me)?|research|studies|policy|affairs|academy|network|initiative|forum|services?|organi[sz]ation|project|trust|fund|board|team|editors|editorial|staff|observatory|lab(?:oratory)?|inc|ltd|llc|gmbh|government|parliament|union|nations|bureau|partners|alliance|coalition|international|centro|zentrum|studi|estudios|estudos|études|instituto|istituto|fundaci[oó]n|funda[cç][aã]o|fondazione|fondation|verein|verlag|editora|editorial|edizioni|[ée]ditions|yay[ıi]n\w*|house|gemeinde|landkreis|kreis|stadt|municipality|county|province|commune|municipio|comune|belediyesi|prefeitura|c[âa]mara|ayuntamiento|mairie|rathaus|governo|gobierno|minist[eé]rio|ministerio|ministero|minist[eè]re|secretar[ií]a|diputaci[oó]n|bakanl[ıi]ğ[ıi]|администраци\w*|министерств\w*|правительств\w*|издательств\w*|университет\w*|институт\w*|[üu]niversite\w*|vakf\w*)\b/i;

/** `Various authors`, and a shop's link to `All authors`, in the languages we read: no one's name. */
const VARIOUS =
  /^(?:various(?: authors)?|various contributors|autori vari|aa\.?\s?vv\.?|vv\.?\s?aa\.?|varios autores|vários autores|divers auteurs|collectif|diverse autoren|verschiedene autoren|коллектив авторов|çeşitli yazarlar|all authors|все авторы|tous les auteurs|alle autoren|todos los autores|todos os autores|tutti gli autori|tüm yazarlar)$/i;
const HONORIFIC = /^(?:dr|prof|professor|mr|mrs|ms|mx|sir|dame|rev|hon|ambassador|gen|col|capt)\.?\s+/i;
/** Academic titles written with their full stop (`Doç. Dr.`, `Yrd. Doç.`, `Dr. Öğr. Üyesi`, `Dott.ssa`, `Dra.`, `Dipl.-Ing.`). */
const TITLE_ABBREVIATION = /^(?:(?:doç|yrd|öğr|gör|arş|dott|dra|lic|mtr[oa]|dipl\.-ing|ing)\.|(?:dott|prof)\.ssa|üyesi)\s+/iu;
const SUFFIX = /^(?:jr|sr|ii|iii|iv|phd|ph\.d|md|dphil|esq|obe|mbe|cbe|frs)\.?$/i;
const EDITOR_MARK = /\s*(?:\(\s*(?:eds?|editors?|hrsg|dir|coord|comp)\.?\s*\)|,?\s+(?:eds?|hrsg|dirs?)\.?)\s*$/i;
/** A newspaper's byline that names its newsroom, not a person (`Escrito por Redacción`, `Von Redaktion`, `By Staff`). */
const NEWSROOM =
  /^(?:(?:la|die|a|the)\s+)?(?:redacci[oó]n|reda[cç][aã]o|r[ée]daction|redaktion|redazione|redaksiyon|редакция|staff(?:\s+writers?)?|editorial\s+staff|newsroom|news\s+desk)$/iu;
const ETAL = /,?\s+(?:et\s+al\.?|and\s+others|u\.\s*a\.|et\s+coll?\.?)\s*$/i;
/** `John Williams, John McGahern (Introduction by)`: a shop's list names other contributors by their part; only the writers stay. */
export function withoutOtherParts(s: string): string {
  if (!s.includes('(')) return s;
  return s.replace(OTHER_PART, '').trim();
}

/** A name followed by its part in the book when that part is not writing it (introduction, translation, illustration). */
const OTHER_PART =
  /(?:^|\s*(?:[,;&]|\band\b|\bund\b|\bet\b|\by\b|\be\b|\bve\b|\bи\b))\s*[^,;()]{2,60}?\s*\((?:introduction|intro|foreword|afterword|preface|translat\w*|illustrat\w*|narrat\w*|read by|cover|photograph\w*|contributor|notes?|vorwort|nachwort|übersetz\w*|illustr\w*|traduc\w*|tradu\w*|préface|postface|prólogo|prefacio|prefazione|introduzione|перевод\w*|предисловие|иллюстр\w*|çeviri\w*|çevirmen|önsöz)[^()]{0,20}\)/giu;
/**
 * A catalogue's later statement of responsibility, after a semicolon, names who illustrated,
 * translated or prefaced the work (`António Torrado ; il. Melo Frazão`, `; trad. de …`,
 * `; [иллюстрации …`): they did not write it.
 */
const OTHER_STATEMENT =
  /^\[?(?:il{1,2}(?:us(?:tr)?)?\.|ilustr?\.|illustr\.|trad\.|transl\.|pref\.|пер\.|ил\.|худож\.|çev\.|(?:illustrated|translated|introduced) by|(?:ilustraciones|ilustrações|illustrations|illustrazioni|il·lustracions|traducción|tradução|traduction|traduzione|traducció|traducere|prefacio|prefácio|préface|prefazione|pròleg) (?:de|di|by|par|da|do|din)|(?:übersetzt|vertaald|översatt|oversat|oversatt) (?:von|door|av|af)|(?:übersetzung|vertaling|przekład|tłumaczenie|překlad|preklad|käännös|fordítás)(?:\s*:|\s+(?:von|door|z|ze)(?![\p{L}]))|перевод|иллюстрации|çeviren|resimleyen)(?![\p{L}])/iu;
/** `(bio)`, `(Autor)`, `(все книги)`: a note or a link to more by the same person set after a name. */
const DECORATION =
  /\s*[([]\s*(?:bio|biography|email|e-mail|twitter|website|profile|orcid|contact|author|autor|autora|auteur|autore|yazar|автор|(?:all|more) books|more by this author|все книги(?: автора)?|tous ses livres|alle (?:titel|bücher)|tüm kitapları|todos sus libros|todos os livros|tutti i libri)\s*[)\]]\s*/gi;

export interface NameList {
  names: string[];
  /** The list was marked as editors (`(eds.)`, `ed.`). */
  editors: boolean;
}

function words(s: string): string[] {
  return s.split(/\s+/).filter(Boolean);
}

/** Looks like a person's name written in full: 2–6 words, no digits. */
function isFullName(s: string): boolean {
  const w = words(s);
  return w.length >= 2 && w.length <= 6 && !/\d/.test(s);
}

function tidy(name: string): string {
  let n = cleanValue(stripWrappingQuotes(name.replace(DECORATION, ' ')));
  n = n.replace(/^(?:by|par|von|por)\s+/i, '');
  for (let i = 0; i < 4; i++) n = n.replace(HONORIFIC, '').replace(TITLE_ABBREVIATION, '');
  return cleanValue(n);
}

/** Split one `;`-free part on commas, keeping inverted `Surname, Given` pairs together. */
function splitCommas(part: string): string[] {
  const pieces = part.split(/\s*,\s*/).filter(Boolean);
  if (pieces.length < 2) return pieces;
  // Glue suffixes (Jr., PhD) back onto the name before them.
  const glued: string[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i];
    if (p === undefined) continue;
    const family = glued.at(-1);
    if (!SUFFIX.test(p) || family === undefined) {
      glued.push(p);
      continue;
    }
    let name = `${family}, ${p}`;
    // `Nye, Jr., Joseph S.`: a family name, its suffix, then the given names.
    const given = pieces[i + 1];
    if (words(family).length === 1 && given !== undefined) {
      name += `, ${given}`;
      i++;
    }
    glued[glued.length - 1] = name;
  }
  if (glued.length < 2) return glued;
  // `Anna Korsakova, John Smith`: every piece a full name.
  if (glued.every(isFullName)) return glued;
  // `Althoff, Jochen, Sabine Föllinger`: the first name inverted (as a bibliography's first entry is), the others not.
  const [family = '', given = '', ...others] = glued;
  if (others.length && words(family).length === 1 && words(given).length <= 2 && !/\d/.test(given) && others.every(isFullName))
    return [`${family}, ${given}`, ...others];
  // `Smith, John` or `Smith, J., Doe, K.`: an even number of short pieces pair up as Surname, Given.
  if (glued.length % 2 === 0 && glued.every((p) => words(p).length <= 3 && !/\d/.test(p))) {
    const pairs: string[] = [];
    for (let i = 0; i < glued.length; i += 2) pairs.push(`${glued[i]}, ${glued[i + 1]}`);
    return pairs;
  }
  return glued;
}

/** The words that join the last two names of a list, in the languages read. */
export const NAME_AND: readonly string[] = ['and', '&', 'und', 'et', 'y', 'e', 've', 'и', 'és'];
const AND_SPLIT = new RegExp(String.raw`\s*,?\s+(?:${NAME_AND.join('|')})\s+|\s*&\s*`, 'i');

/** Split on `and` / `&` (and the same words in a few languages) where both sides are people. */
function splitAnd(part: string): string[] {
  const pieces = part.split(AND_SPLIT).filter(Boolean);
  if (pieces.length < 2) return [part];
  // Only where both sides read as names: `Casa de Velázquez y Compañía` stays whole.
  return pieces.every((p) => /^\p{Lu}/u.test(p.trim())) ? pieces : [part];
}

/** A catalogue heading's life dates: `Weigert, Hans W., 1902-1983`, `Kemal, Yaşar (1923-2015)`. */
const LIFE_DATES = /,?\s*\(?(?:\d{4}\??\s*-\s*(?:\d{4}\??)?|[bd]\.\s*\d{4})\)?\.?(?=\s*,|\s*$)/u;
/** A catalogue heading's role after the name: `…, editor.`, `…, translator.`. */
const HEADING_ROLE =
  /(?:,\s*|(?<=\d-)\s+)(editors?|compilers?|eds?\.|hrsg\.|herausgeber(?:in)?|éditeur scientifique|directeur de publication|editore|curatore|редактор|editör|author|authors|verfasser(?:in)?|auteur|autor|autore|yazar|автор|translators?|trans\.|tr\.|übersetzer(?:in)?|traducteur|traductor|tradutor|traduttore|переводчик|çevirmen|illustrators?|contributor|writer of [^,]+)\.?\s*$/iu;
const EDITOR_ROLE = /^(?:editors?|compilers?|eds?\.|hrsg\.|herausgeber|éditeur|directeur|editore|curatore|редактор|editör)/i;
const AUTHOR_ROLE = /^(?:authors?|verfasser|auteur|autor|autore|yazar|автор)/i;

/**
 * A library catalogue's heading for a person, with its life dates and role taken off: the name,
 * and whether the role makes them an editor; null for a role that is neither author nor editor.
 */
function catalogueHeading(part: string): { name: string; editor: boolean } | null {
  const role = HEADING_ROLE.exec(part);
  const bare = role ? part.slice(0, role.index) : part;
  const name = bare.replace(LIFE_DATES, '').trim();
  const r = role?.[1] ?? '';
  if (role && !EDITOR_ROLE.test(r) && !AUTHOR_ROLE.test(r)) return null;
  return { name, editor: EDITOR_ROLE.test(r) };
}

/**
 * Names in a list as written. Organisations stay whole; `et al.`, honorifics, `(bio)` and
 * editor marks are removed (an editor mark sets `editors`).
 */
const GLUED = /(?<=\p{Ll}{3})(?=\p{Lu}\p{Ll})/gu;

export function splitNames(raw: string): NameList {
  // A rating glued to the name (`William Kent Krueger*****`) is no part of it.
  let s = clean(raw.replace(/\s*\n\s*/g, '; ').replace(/[*★☆⭐]+/gu, ' ')).replace(DECORATION, ' ');
  let editors = false;
  if (EDITOR_MARK.test(s)) {
    editors = true;
    s = s.replace(EDITOR_MARK, '');
  }
  s = s.replace(ETAL, '').replace(/^(?:by|par|von|por)\s+/i, '');
  s = withoutOtherParts(s);
  // `Mustafa İsenReyhan İsen`: names in elements set side by side with no space between them
  // (the page's style spaces them). A name has no capital after three small letters (`McDonald`,
  // `MacArthur`, `DiCaprio` have fewer).
  s = s.replace(GLUED, '; ');
  const out: string[] = [];
  let headings = 0;
  let editorHeadings = 0;
  for (const raw of s.split(/\s*[;\n|]\s*|\s+\/\s+|\s+·\s+/).flatMap(dashedNames)) {
    if (!raw.trim() || NEWSROOM.test(raw.trim()) || OTHER_STATEMENT.test(raw.trim())) continue;
    const heading = /,/.test(raw) && (LIFE_DATES.test(raw) || HEADING_ROLE.test(raw)) ? catalogueHeading(raw) : undefined;
    if (heading === null) continue;
    if (heading) {
      headings++;
      if (heading.editor) editorHeadings++;
    }
    const semi = heading ? heading.name : raw;
    if (ORG.test(semi)) {
      out.push(semi);
      continue;
    }
    for (const andPart of splitAnd(semi)) {
      for (const p of splitCommas(andPart)) out.push(p);
    }
  }
  const seen = new Set<string>();
  const names: string[] = [];
  for (const n of out) {
    const t = tidy(n);
    if (!t || !/\p{L}/u.test(t) || t.length > 200 || VARIOUS.test(t)) continue;
    const k = t.toLowerCase();
    if (seen.has(k)) continue;
    seen.add(k);
    names.push(t);
    if (names.length >= 50) break;
  }
  return { names, editors: editors || (headings > 0 && editorHeadings === headings) };
}

/** `Alessio Bombaci - Stanford J. Shaw`: full names set apart by a dash are two people. */
function dashedNames(part: string): string[] {
  const pieces = part.split(/\s+[–-]\s+/);
  return pieces.length > 1 && pieces.every((p) => isFullName(p) && /^\p{Lu}/u.test(p) && !ORG.test(p)) ? pieces : [part];
}

/**
 * A person's name in reading order: `Baranetskyi, Dmytro` → `Dmytro Baranetskyi`, `Smith, J. A.,
 * Jr.` → `J. A. Smith Jr.` Organisations and names without one comma stay as written.
 */
export function personName(raw: string): string {
  const name = shouted(withoutTitles(raw));
  // `Андреева Татьяна Васильевна`: family name first, before the given name and patronymic.
  const ru = /^(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\s+(\p{Lu}\p{Ll}+)\s+(\p{Lu}\p{Ll}+(?:вич|вна|ична|инична|ич))$/u.exec(name.trim());
  if (ru) return `${ru[2]} ${ru[3]} ${ru[1]}`;
  // `Ефимова В. В.`, `Smith J. A.`: a family name followed by initials.
  // The last initial's full stop may have been taken for the end of a sentence (`Богданова О.А`).
  const initials = /^(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\s+((?:\p{Lu}\.\s*){1,3}|(?:\p{Lu}\.\s*){1,2}\p{Lu})$/u.exec(name.trim());
  if (initials) {
    const [, family = '', given = ''] = initials;
    return `${given.trim().replace(/(?<=\p{Lu})$/u, '.')} ${family}`;
  }
  // `Р.Э.Распэ`, `A.K.J Carroll`: initials run into the family name, or the last one's full stop lost.
  const run =
    /^((?:\p{Lu}\.){1,3})(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)$/u.exec(name.trim()) ??
    /^((?:\p{Lu}\.){1,2}\p{Lu})\s+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)$/u.exec(name.trim());
  if (run?.[1] && run[2]) return `${run[1].endsWith('.') ? run[1] : `${run[1]}.`} ${run[2]}`;
  const m = /^([^,]+),\s*([^,]+?)(?:,\s*([^,]+))?$/.exec(name.trim());
  if (!m || ORG.test(name) || /\d/.test(name)) return name;
  const [, family, bracketed, suffix] = m as unknown as [string, string, string, string | undefined];
  // `Joseph S. Nye, Jr.` is in reading order already; `Nye, Jr., Joseph S.` puts the suffix second.
  if (SUFFIX.test(bracketed.trim())) return suffix === undefined ? name : `${suffix.trim()} ${family.trim()}, ${bracketed.trim()}`;
  // `Shaw, (C.A.)`: the given name or initials in brackets.
  const given = bracketed.replace(/^\((.+)\)$/, '$1');
  if (suffix !== undefined && !SUFFIX.test(suffix.trim())) return name;
  if (words(family).length > 4 || words(given).length > 4 || !/^\p{L}/u.test(given)) return name;
  return `${given.trim()} ${family.trim()}${suffix ? ` ${suffix.trim()}` : ''}`;
}

/** Words that name an academic institution (`Université d’Ottawa`, `Universidade Federal do Paraná`, `Grammar School`). */
export const INSTITUTION =
  /(?:Universi|Üniversite|Университет|College|Collège|Colegio|Hochschule|Institut|École|Escola|Escuela|Scuola|School|Academy|Akademi|Академи)/iu;

/** `Dr. Sascha Ruppert-Karakas`, `Prof. Dr. Anna Weber`: the name without the academic titles before it (`Dr. Seuss` keeps his). */
function withoutTitles(raw: string): string {
  let n = raw.trim();
  for (let i = 0; i < 4; i++) n = n.replace(HONORIFIC, '').replace(TITLE_ABBREVIATION, '');
  return n !== raw.trim() && words(n).length >= 2 ? n : raw;
}

/** `MARGARET PRESSER`, `ЕФИМОВА В. В.`: a name set in capitals, written as names are. */
function shouted(raw: string): string {
  // `Alexander TROCCHI`: a family name set in capitals beside a given name that is not.
  const name = /\p{Ll}/u.test(raw)
    ? raw.replace(/(?<![\p{L}])(\p{Lu})(\p{Lu}{2,})(?![\p{L}.])/gu, (w: string, a: string, rest: string) => (/^[IVX]+$/.test(w) ? w : a + rest.toLowerCase()))
    : raw;
  if (/\p{Ll}/u.test(name) || !/\p{Lu}{2}/u.test(name) || ORG.test(name) || name.split(/[\s,]+/).filter(Boolean).length < 2) return name;
  return name.toLowerCase().replace(/(^|[\s'’.,-])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/** Whether a name is one of `people`, however either is written (`Noll, Ingrid`, `INGRID NOLL`). */
export function personAmong(people: readonly string[]): (name: string) => boolean {
  const known = new Set(people.map((p) => fold(personName(p))));
  return (name) => known.has(fold(personName(name)));
}

/** True when the string reads like a person's name (used to accept bylines). */
export function looksLikePersonName(s: string): boolean {
  const t = s.trim();
  if (t.length < 3 || t.length > 80 || /\d|@|https?:/.test(t)) return false;
  // `Vorwärts, Resilienz!`, `Suriye- Mısır- Körfez`: an exclamation, a question or a word left
  // hanging on its hyphen belongs to a title or a list, never to a name.
  if (/[!?¡¿]|\p{L}-(?:\s|$)/u.test(t) || UI_WORD.test(t)) return false;
  const w = words(t);
  if (w.length < 1 || w.length > 7) return false;
  if (ORG.test(t)) return false;
  // Most words capitalised; particles (de, van, ul, bin, al-) may be lower case.
  const caps = w.filter((x) => /^[\p{Lu}]/u.test(x)).length;
  return caps >= Math.max(1, Math.ceil(w.length / 2)) && /^[\p{Lu}]/u.test(w[0] ?? '');
}

/** A button's words beside a publication (`PDF İndir`, `Download PDF`): never a name. */
const UI_WORD = /(?<![\p{L}])(?:pdf|epub|download|downloads|indir|i̇ndir|télécharger|descargar|baixar|scarica|herunterladen|скачать)(?![\p{L}])/iu;

/** Two to four capitalised words (particles aside): a line that is nothing but a name. */
const LONE_NAME = /^\p{Lu}[\p{L}.'’-]*(?:\s+(?:(?:de|van|von|der|den|da|di|du|la|le|ul|bin|al)\s+)?\p{Lu}[\p{L}.'’-]*){1,3}$/u;

export function isLoneName(s: string): boolean {
  return LONE_NAME.test(s) && looksLikePersonName(s);
}

/**
 * Words for a publishing house that open its name, as prose also writes them before it
 * (`editorial Anagrama`, `bij uitgeverij Koppernik`, `в издательстве АСТ`).
 */
export const HOUSE_OPENING_WORD = String.raw`[ée]ditions|editorial|editora|edizioni|ediciones|edicions|editura|[Ww]ydawnictw(?:o|a|u|ie)|uitgeverij|förlaget|forlaget|nakladatelství|издательств[оае]`;

/**
 * Words for a publishing house, in the languages read: the last word of its name (`Martı Yayınları`,
 * `Princeton University Press`) or the first (`Editorial Planeta`, `Verlag C.H. Beck`).
 */
export const HOUSE_WORD = String.raw`press|publishers?|publishing|books|verlag|editores|editore|edições|förlag|forlag|kiadó|yayın(?:ları|evi)|видавництво|${HOUSE_OPENING_WORD}`;

/** The last word of a publisher's name: told from a person's. */
const PUBLISHER_END = new RegExp(`(?:${HOUSE_WORD})$`, 'iu');

export function endsWithPublisherWord(s: string): boolean {
  return PUBLISHER_END.test(s.trim());
}

export function isOrganisation(s: string): boolean {
  return ORG.test(s);
}

/** A list of people's names and nothing else (`A. Korsakova and J. Smith`, `Smith, J. A.; Doe, K.`). */
export function looksLikeNameList(s: string): boolean {
  // `John McGowan. Democracy's Children`: a full stop after a word ends the names.
  if (/\p{Ll}{2,}\.\s+[\p{Lu}«“"„]/u.test(s)) return false;
  const t = s.replace(/\s*\((?:eds?|hrsg)\.?\)\s*$/i, '').replace(/,?\s+eds?\.?$/i, '');
  const parts = t.split(/\s*(?:;|,?\s+and\s+|\s+&\s+)\s*/);
  return parts.every(
    (p) =>
      !p.split(/,\s*/).some((x) => TITLE_START.test(x)) &&
      !SMALL_WORD.test(p) &&
      (looksLikePersonName(p) || /^\p{Lu}[\p{L}'’-]+,\s+(?:\p{Lu}[\p{L}'’.-]*\s*){1,3}$/u.test(p)),
  );
}

/** Whether `s` holds a word in small letters that is no name's particle (`libro`, `zorluyor`): a sentence's or a title's, not a name's. */
export function hasSmallWord(s: string): boolean {
  return SMALL_WORD.test(s);
}

/** An article, with which a title begins and a name does not. */
const TITLE_START = /^(?:The|An?|Die|Der|Das|Les?|La|El|Il|Lo|Los|Las|Gli|Une?|Eine?|Os|As)\s/u;
/** A word in small letters that is no name's particle: a title has them, a list of names has not. */
const SMALL_WORD =
  /\s(?!(?:de|del|della|dei|der|den|van|von|da|das|do|dos|di|du|la|le|ul|bin|bint|ibn|ben|al|el|y|e|ten|ter|zu|af|and|und|et|eds?|hrsg)(?:[\s.,]|$))\p{Ll}{2,}/u;
