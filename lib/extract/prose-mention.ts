/**
 * The work as a review's own sentences name it: a title set in italics or quotes and its
 * author (`…in <i>Ironside</i>, by Fen Flack, …`, `«Roma», di Alberto Angela`, `E. Lockhart's <i>We
 * Were Liars</i>`), or a kind of
 * book and its author (`the new novel by Anita Shreve`, `le dernier livre de Nicolas Jounin`).
 */
import { type Line, RUN_ITALIC } from './lines';
import { lookupLabel } from './labels';
import { isLoneName } from './normalize/names';
import { nominativeName } from './normalize/russian-names';
import { PAGE_UNIT } from './normalize/pages';
import { isPersonName, titleByAuthor, WRITTEN_BY } from './page-info';
import { DETERMINER_FIRST } from './opening-writer';
import { cleanValue, mainTitle } from './text';
import { lazy } from '../lazy';
import { escapeRegExp } from '../escape-regexp';

export interface ProseMention {
  title: string | null;
  author: string;
  quote: string;
}

/** Lines read: a review names its book early. */
const WINDOW = 40;
const MAX_TEXT = 3000;
/** A person's name as prose writes it: two to four capitalised words, with the particles names carry. */
export const NAME = "\\p{Lu}[\\p{L}.'’-]+(?:\\s+(?:(?:de|do|dos|del|della|van|von|der|den|da|di|du|la|le|ul|bin|al)\\s+)?\\p{Lu}[\\p{L}.'’-]*){1,3}";
const BY = '(?:by|de|di|von|par|por|от)';
/** `by A`, French `d’Hervé Le Tellier` (`de` elided before a vowel), Catalan `d’en Gabriel Josipovici`. */
const BY_NAME = `(?:${BY}\\s+|d[’']en\\s+|d[’'])(${NAME})`;
/** Right after a title: `, by A`, ` de A`, `» di A`. */
const afterTitle = lazy(() => new RegExp(`^[»”"’]?\\s*[,(]?\\s*${BY_NAME}`, 'u'));
/** Words for a book, then (within a few words) its author. */
const bookBy = lazy(
  () =>
    new RegExp(
      `\\b(?:books?|novels?|memoirs?|biography|study|collection|anthology|volume|monograph|livres?|romans?|essai|recueil|libros?|novelas?|romanzi|romanzo|saggio|livros?|romances?|Buch|Romane?|Band|Studie|книга|книгу|роман|монография|kitab[ıi])\\s+(?:[\\p{Ll}\\p{N}'’,-]+\\s+){0,4}${BY_NAME}`,
      'u',
    ),
);
/** Right before a title: `E. Lockhart's <i>We Were Liars</i>`, Turkish `Orhan Pamuk'un «Kar» romanı`. */
const ownerBefore = lazy(() => new RegExp(`(${NAME})(?:['’]s|['’]n?[ıiuü]n)\\s+[«“"„‘]?$`, 'u'));
const QUOTED = /[«“"„‘]([^«»“”"„‘’]{3,150})[»”"’]/gu;

export function readProseMention(lines: readonly Line[], skip: (i: number) => boolean): ProseMention | null {
  for (let i = 0, n = Math.min(lines.length, WINDOW); i < n; i++) {
    const l = lines[i];
    if (l === undefined || l.h || skip(i)) continue;
    const found = mentionOn(l);
    if (found) return found;
  }
  return null;
}

/** The first way of naming a work and its author that the line's prose uses. */
function mentionOn(l: Line): ProseMention | null {
  const text = l.text.length > MAX_TEXT ? l.text.slice(0, MAX_TEXT) : l.text;
  return titledMention(l, text) ?? russianMention(text) ?? appositiveMention(text) ?? titleCommaMention(text) ?? titledBookMention(text) ?? bookMention(text);
}

/**
 * How many different authors the opening prose names with a work, counted up to `max`: a
 * review names its book's, a round-up or an archive of reviews names one after another.
 */
export function proseMentionAuthors(lines: readonly Line[], skip: (i: number) => boolean, max = 2): number {
  const seen = new Set<string>();
  for (let i = 0, n = Math.min(lines.length, WINDOW); i < n && seen.size < max; i++) {
    const l = lines[i];
    if (l === undefined || l.h || skip(i)) continue;
    const found = mentionOn(l);
    if (found) seen.add(found.author.split(/\s+/).pop()?.toLowerCase() ?? '');
  }
  return seen.size;
}

/** Russian words for a book, in the cases that precede its author's name in the genitive. */
const RU_BOOK_WORD =
  '(?:[Кк]ниг[аиуе]|[Рр]оман[аеу]?|[Пп]овест[ьи]|[Рр]ассказ[аы]?|[Сс]борник[аеу]?|[Мм]онографи[яиюей]|[Пп]ьес[аыу]|[Тт]рилоги[яию]|[Ээ]сс[еэ])';
/** `повесть Светланы Замлеловой «Блудные дети»`: a word for a book, its author in the genitive, the title. */
const RUSSIAN_BOOK = new RegExp(
  `(?:^|[^\\p{L}])${RU_BOOK_WORD}\\s+((?:\\p{Lu}\\.\\s?){0,2}\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+){0,2})\\s+[«„"]([^«»“”"„]{2,150})[»“"]`,
  'u',
);

/** `прочёл повесть «Про любовь» Валерия Михайлова`: the word for a book, the title, then its author in the genitive. */
const RUSSIAN_BOOK_AFTER = new RegExp(
  `(?:^|[^\\p{L}])${RU_BOOK_WORD}\\s+[«„"]([^«»“”"„]{2,150})[»“"]\\s+((?:\\p{Lu}\\.\\s?){0,2}\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+){1,2})(?![\\p{L}])`,
  'u',
);

/** A word of a title in Latin letters (`A`, `INC.`, `iPhuck`, `10`), as Russian prose leaves a foreign title unquoted. */
const LATIN_WORD = "[A-Za-z0-9+&'’.-]+";
/**
 * `выходит новый роман Виктора Пелевина.`, `новый роман Виктора Пелевина A Sinistra`: a word for a
 * book and its author's given and family names in the genitive, then the sentence's end, a lower-case
 * word, or a title in Latin letters.
 */
const RUSSIAN_BOOK_BARE = new RegExp(
  `(?:^|[^\\p{L}])${RU_BOOK_WORD}\\s+([А-ЯЁ][а-яё]+\\s+[А-ЯЁ][а-яё]+)(?:\\s+((?=[A-Z])${LATIN_WORD}(?:\\s+(?=${LATIN_WORD.slice(0, -1)}*[A-Za-z])${LATIN_WORD}){0,5}))?(?=\\s*[.,;:!?)—–]|\\s+[а-яё]|\\s*$)`,
  'u',
);

function russianMention(text: string): ProseMention | null {
  const m = RUSSIAN_BOOK.exec(text);
  const author = m?.[1] ? nominativeName(m[1]) : null;
  if (author && m?.[2]) return { title: cleanValue(m[2]), author, quote: m[1] ?? author };
  const after = RUSSIAN_BOOK_AFTER.exec(text);
  const named = after?.[2] ? nominativeName(after[2]) : null;
  if (named && after?.[1]) return { title: cleanValue(after[1]), author: named, quote: after[2] ?? named };
  const bare = RUSSIAN_BOOK_BARE.exec(text);
  const bareName = bare?.[1] ? nominativeName(bare[1]) : null;
  return bareName ? { title: bare?.[2] ? cleanValue(bare[2]) : null, author: bareName, quote: bare?.[1] ?? bareName } : null;
}

/** A title in italics or quotes, its author right after it. */
function titledMention(l: Line, text: string): ProseMention | null {
  const spans: [number, number][] = [];
  for (const r of l.runs ?? []) if (r.k & RUN_ITALIC && r.e <= text.length) spans.push([r.s, r.e]);
  QUOTED.lastIndex = 0;
  for (let m = QUOTED.exec(text); m; m = QUOTED.exec(text)) spans.push([m.index + 1, m.index + 1 + (m[1] ?? '').length]);
  for (const [s, e] of spans) {
    const title = cleanValue(text.slice(s, e));
    if (title.length < 2 || !/^[\p{Lu}\p{N}]/u.test(title)) continue;
    const m = afterTitle().exec(text.slice(e, e + 120)) ?? ownerBefore().exec(text.slice(Math.max(0, s - 80), s));
    const author = m?.[1] && trimName(m[1]);
    if (author) return { title, author, quote: author };
  }
  return null;
}

/** `another Matt Haig book`, `the new Anita Shreve novel`. */
const nameBook = lazy(() => new RegExp(`\\b(?:an?|another|the|new|latest|this)\\s+(${NAME})\\s+(?:book|novel|memoir|thriller)\\b`, 'u'));
/**
 * The author's name standing for their book: `le nouveau Joël Dicker`, `il nuovo Alessandro
 * Baricco`, `el último Arturo Pérez-Reverte`, `the new Stephen King is`, Turkish `ilk Hakan Günday
 * romanı` (a first Hakan Günday novel). A word saying the book is new, the last or the first one
 * read comes before the name, so that a title a sentence gives (`Kürk Mantolu Madonna romanı`) is
 * not taken for its author; the name ends the phrase.
 */
const nameForBook = lazy(
  () =>
    new RegExp(
      `(?:\\b(?:[Ll]e|[Dd]u|[Aa]u)\\s+(?:nouveau|dernier)|\\b(?:[Ii]l|[Dd]el|[Nn]el|[Aa]l)\\s+(?:nuovo|ultimo)|\\b(?:[Ee]l|[Dd]el|[Aa]l)\\s+(?:nuevo|último)|\\b[Tt]he\\s+(?:new|latest))\\s+(${NAME})(?=\\s*[.,;:!?»”"]|\\s+(?:is|was|has|pour|est|a|è|ha|es)(?![\\p{L}])|\\s*$)|(?:^|\\s)(?:[İi]lk|[Ss]on|[Yy]eni|[İi]kinci|[Bb]ir)\\s+(${NAME})\\s+(?:roman|kitab|öykü)[ıi](?![\\p{L}])`,
      'u',
    ),
);

/** The author a phrase names in place of their book (`le nouveau Joël Dicker`), or null. */
export function nameForBookAuthor(text: string): string | null {
  const m = nameForBook().exec(text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text);
  const raw = m?.[1] ?? m?.[2];
  return raw ? trimName(raw) : null;
}

/** A word for the writer, a few small words, then the name: `del autor vasco Fernando Aramburu`, `yazar Orhan Pamuk’un`, `des Erfolgsautors Daniel Kehlmann`. */
const writerNamed = lazy(
  () =>
    new RegExp(
      `(?:\\b(?:author|novelist|autor|autora|auteur|autrice|autore|escritor|escritora|scrittore|scrittrice|écrivaine?|romanci(?:er|ère)|yazar|Autorin|Schriftsteller(?:in)?|писател[ья]|автор[а]?)|\\p{Ll}+autors?)\\s+(?:[\\p{Ll}'’-]+\\s+){0,2}(${NAME})`,
      'u',
    ),
);
/**
 * The name, then its owner's book: `Deborah Levy’s fourth novel`, `Tristan Leperlier dans son
 * ouvrage récent`, `Daniel Kehlmann in seinem neuen Roman`, `Fernando Aramburu en su novela`.
 */
const nameHisBook = lazy(
  () =>
    new RegExp(
      `(${NAME})(?:[’']s|,?\\s+(?:in|dans|en|nel|nella|em|no|na)\\s+(?:his|her|their|son|sa|su|suo|sua|seu|seinem|ihrem))\\s+(?:(?:new|latest|recent|debut|first|second|third|fourth|fifth|dernier|nouveau|premier|nueva?|última?|primera?|nuovo|ultimo|primo|novo|neuen|jüngsten|ersten)\\s+)?(?:book|novel|memoir|biography|study|collection|ouvrage|livre|roman|essai|récit|libro|novela|ensayo|romanzo|saggio|livro|romance|Buch|Roman|Band|Studie)\\b`,
      'u',
    ),
);
/** A possessive or a demonstrative before a word for the book: its author's, or the one reviewed. */
const THIS_OR_HIS = "(?:his|her|their|this|son|sa|cette|ce|cet|su|esta|este|suo|sua|questo|questa|quest['’]|seu|seinem|ihrem|diesem|zijn|haar|deze|dit)";
/** Prepositions of `in this novel`, `with her new book`. */
const IN_WITH = '(?:in|with|dans|avec|en|con|nel|nella|col|em|com|mit|met)';
/** What may qualify the book between the possessive and its noun. */
const WHICH_BOOK =
  '(?:(?:new|latest|recent|debut|first|second|third|last|dernier|nouveau|premier|nueva|nuevo|última|último|primera|nuovo|ultimo|primo|novo|nova|primeiro|neuen|jüngsten|ersten|letzten|nieuwe|laatste|eerste)\\s+)?';
/** Words for a book after such a possessive. */
const BOOK_NOUN = '(?:book|novel|memoir|biography|ouvrage|livre|roman|récit|libro|novela|romanzo|livro|romance|obra|Buch|Roman|boek)';
/**
 * `Philippe Pollet-Villard dresse dans son dernier roman`, `Fernanda Melchor muestra en esta
 * novela`, `Juli Zeh zeigt uns in ihrem Roman`: the name, a verb or two, then `in his/this
 * (new) book`. The verb between sets it apart from `Kehlmann in seinem neuen Roman`, read above.
 */
const nameDoesInBook = lazy(
  () => new RegExp(`(${NAME})(?:\\s+\\p{Ll}[\\p{Ll}’'-]*){1,2},?\\s+${IN_WITH}\\s+${THIS_OR_HIS}\\s+${WHICH_BOOK}${BOOK_NOUN}(?![\\p{L}])`, 'u'),
);
/** `Con esta novela, Irene Solà obtuvo…`, `Avec ce roman, A signe…`: the book first, its author after the comma. */
const inBookName = lazy(
  () =>
    new RegExp(
      `(?:^|[.!?]\\s+)(?:In|With|Dans|Avec|En|Con|Nel|Nella|Col|Em|Com|Mit|Met)\\s+${THIS_OR_HIS}\\s+${WHICH_BOOK}${BOOK_NOUN}\\s*,\\s*(${NAME})`,
      'u',
    ),
);
/**
 * `I sin nya biografi vill Henrik Arnstad…`, `In seinem neuen Roman erzählt Daniel Kehlmann…`, `In
 * zijn nieuwe roman beschrijft A…`: German, Dutch and the Scandinavian languages put the verb
 * second, so a sentence opening on `in his (new) book` names the author right after its verb.
 */
const inBookVerbName = lazy(
  () =>
    new RegExp(
      `(?:^|[.!?]\\s+)(?:I|In|Med|Mit|Met)\\s+(?:sin|sitt|sina|hans|hennes|deras|denna|denne|detta|seinem|ihrem|diesem|zijn|haar|hun|deze|dit)\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:bok|boken|roman|romanen|biografi|debutroman|diktsamling|novellsamling|essäsamling|Buch|Roman|Debüt|Biografie|Erzählband|boek|biografie|debuut)\\s+\\p{Ll}[\\p{Ll}’'-]*\\s+(${NAME})`,
      'u',
    ),
);
/** The work's authorship as a past participle: `verfaßt von Jörg Fisch`, `written by A`, `écrit par A`, `geschreven door A`. */
const writtenBy = lazy(() => new RegExp(`\\b${WRITTEN_BY}\\s+(${NAME})`, 'u'));
/**
 * `Written by Komal Mehta, the story revolves…`: a sentence opening on the participle, the clause
 * going on after the name. Alone on a line, `Written by A` is a post's byline.
 */
const writtenByOpening = lazy(
  () =>
    new RegExp(
      `(?:^|[.!?]\\s+)(?:Written|Verfass?t|Verfaßt|Geschrieben|Écrite?|Escrit[oa]|Scritt[oa]|Написан[аоы]?)\\s+(?:by|von|par|por|da|от)\\s+(${NAME}),\\s+\\p{Ll}`,
      'u',
    ),
);
/** `Yılmaz Gürbüz, Çanakkale Savaşı'nı anlattığı bu romanında`: the name, then (a few words on) `this novel of his`. */
const nameThisBookTr = lazy(() => new RegExp(`(${NAME}),?\\s+(?:[\\p{L}'’]+\\s+){0,4}(?:bu|son|yeni|ilk)\\s+(?:roman|kitab|kitap|eser)[\\p{Ll}]*`, 'u'));
/** A Turkish case ending after a name: `Orhan Pamuk’un`, `Ayşe Kulin'in`. */
const CASE_ENDING = /['’](?:n?[ıiuü]n|[ıiuü]|n?[ae]|y[ae]|d[ae]n?|t[ae]n?)$/u;

/** `дебютный роман Гузель Яхиной`: a word for a book, then its author in the genitive, ending the line. */
const RUSSIAN_KICKER = new RegExp(`(?:^|\\s)${RU_BOOK_WORD}\\s+(\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\p{Ll}+)\\s*$`, 'u');

/** The author a short line over a heading names (`a novel by A`, `дебютный роман Гузель Яхиной`). */
export function kickerAuthor(text: string): string | null {
  if (text.length > 120) return null;
  const ru = RUSSIAN_KICKER.exec(text);
  return bookMention(text)?.author ?? (ru?.[1] ? nominativeName(ru[1]) : null);
}

/** What the prose may call the author before the name: `by author-illustrator Ryan T. Higgins`. */
const ROLE =
  '(?:(?:debut|first-time|bestselling|award-winning|acclaimed)\\s+)?(?:author(?:-illustrator)?|writer|novelist|illustrator|poet|historian|journalist)\\s+';
/** What the writer is, in the prose's own words, before the name: `by the lecturer and essayist Namwali Serpell`. */
const DESCRIBED = '(?:the|an?)\\s+(?:[\\p{Ll}-]+\\s+){1,4}';
/**
 * `Hotel Bruce, a picture book for ages 5-8 by author-illustrator Ryan T. Higgins`, `Hamnet, the
 * new novel by Maggie O’Farrell`, `The Furrows, the second novel by the lecturer and essayist Namwali
 * Serpell`: a title in capitals, then, set off by a comma, the kind of book and its author.
 */
const appositive = lazy(
  () =>
    new RegExp(
      `((?:\\p{Lu}[\\p{L}'’-]*\\s+(?:(?:of|the|and|in|a|an|to|for|on|with|at)\\s+){0,2}){0,7}\\p{Lu}[\\p{L}'’-]*),\\s+(?:an?|the|his|her|their)\\s+(?:[\\p{Ll}-]+\\s+){0,3}(?:book|novel|memoir|biography|collection|thriller|story|study)\\s+(?:[\\p{Ll}\\p{N}'’,-]+\\s+){0,4}by\\s+(?:${ROLE}|${DESCRIBED})?(${NAME})`,
      'u',
    ),
);

/** A match whose first group is the title and whose second is its author's name. */
function titleThenAuthor(m: RegExpExecArray | null): ProseMention | null {
  const author = m?.[2] && trimName(m[2]);
  const title = m?.[1] ? cleanValue(m[1]) : '';
  return author && title && title !== author ? { title, author, quote: author } : null;
}

function appositiveMention(text: string): ProseMention | null {
  return titleThenAuthor(appositive().exec(text));
}

/**
 * `un bel romanzo come Il Figlio di Philip Meyer`, `la novela Patria de Fernando Aramburu`, `the
 * novel Horse by Geraldine Brooks`: a word for the book, its title unquoted (opening with a
 * capital, no punctuation), then its author.
 */
const bookTitleBy = lazy(
  () =>
    new RegExp(
      `\\b(?:book|novel|memoir|livre|roman|libro|novela|romanzo|livro|romance|Buch|Roman|kitab[ıi])\\s+(?:(?:come|como|comme|like|wie)\\s+)?(\\p{Lu}[^\\s,.;:!?()«»“”"„]*(?:\\s+[^\\s,.;:!?()«»“”"„]+){0,8}?)\\s+${BY_NAME}`,
      'u',
    ),
);

/**
 * `Patria, de Fernando Aramburu, explica…`, `…como Los Asquerosos, la última obra de Santiago
 * Lorenzo.`: a sentence opens with the title (or names it after `como`, `like`), then after a comma
 * the kind of book and its author, or its author alone; a clause or the sentence goes on after the name.
 */
const titleCommaAuthor = lazy(
  () =>
    new RegExp(
      `(?:^|[.!?]\\s+|\\s(?:como|come|comme|like)\\s+)(\\p{Lu}[^\\s,.;:!?()«»“”"„]*(?:\\s+[^\\s,.;:!?()«»“”"„]+){0,7}),\\s+(?:(?:la|el|il|le|o|a|un|una|um|uma|the|an?|su|sua|seu|son|sa|his|her)\\s+(?:[\\p{Ll}-]+\\s+){0,3}(?:obra|novela|libro|romanzo|roman|livre|livro|romance|novel|book|ensayo|saggio|essai)\\s+(?:[\\p{Ll}-]+\\s+){0,2})?${BY_NAME}(?=\\s*[,.;]|\\s+\\p{Ll})`,
      'u',
    ),
);

function titleCommaMention(text: string): ProseMention | null {
  return titleThenAuthor(titleCommaAuthor().exec(text));
}

function titledBookMention(text: string): ProseMention | null {
  return titleThenAuthor(bookTitleBy().exec(text));
}

function bookMention(text: string): ProseMention | null {
  for (const re of [bookBy(), nameBook(), nameHisBook(), writerNamed(), writtenBy(), writtenByOpening(), nameThisBookTr()]) {
    const m = re.exec(text);
    const author = m?.[1] && trimName(m[1]);
    if (author) return { title: null, author, quote: author };
  }
  // `Die Autorin hat in ihrem ersten Roman`: a capitalised noun after an article is no name.
  for (const re of [nameDoesInBook(), inBookName(), inBookVerbName()]) {
    const m = re.exec(text);
    const author = m?.[1] && !DETERMINER_FIRST.test(m[1]) && trimName(m[1]);
    if (author) return { title: null, author, quote: m[0].trim() };
  }
  const author = nameForBookAuthor(text);
  return author ? { title: null, author, quote: author } : null;
}

/**
 * `Em O primeiro leitor, Luiz Schwarcz reconstitui…`, `In Concrete Promises, Karim Haddad traces…`:
 * a blurb's opening names the work (as the page's heading gives it), then its author, then a verb.
 */
export function readTitleOpening(lines: readonly Line[], title: string, skip: (i: number) => boolean): ProseMention | null {
  if (title.length < 3 || title.length > 150) return null;
  // The prose names the work by its title without the subtitle.
  const named = escapeRegExp(mainTitle(title));
  const re = new RegExp(`(?:^|[.!?]\\s+)(?:In|Em|En|Dans|Nel|Nella|Mit|В|Во)\\s+[«“"„]?${named}[»”"]?\\s*,\\s+(${NAME})\\s+\\p{Ll}`, 'u');
  for (let i = 0, n = Math.min(lines.length, WINDOW); i < n; i++) {
    const l = lines[i];
    if (l === undefined || l.h || skip(i)) continue;
    const m = re.exec(l.text.length > MAX_TEXT ? l.text.slice(0, MAX_TEXT) : l.text);
    const author = m?.[1] && trimName(m[1]);
    if (author) return { title, author, quote: author };
  }
  return null;
}

/** Words of a heading tried as the work's title: a heading may go on after it (`POSTED Blog Tour and Giveaway!`). */
const HEADING_WORDS = 10;

/** `phrase` matched whatever its letters' case, as a pattern (a name beside it keeps its case). */
function anyCase(phrase: string): string {
  return Array.from(phrase)
    .map((c) => {
      if (/\s/.test(c)) return '\\s+';
      const [lo, up] = [c.toLowerCase(), c.toUpperCase()];
      return lo !== up && lo.length === 1 && up.length === 1 ? `[${lo}${up}]` : escapeRegExp(c);
    })
    .join('');
}

/** Words that put a work's author after it; `de`, `di` and `par` also join a title's own words (`Formulário de Requerimento Geral`). */
const BY_EN = '(?:by|von)';
const BY_ANY = "(?:by|von|de|di|da|do|par|por|(?=d['’]))";

/** What the prose may call the work between its author's name and its title (`debut novel`). */
const KIND_OF_BOOK = '(?:(?:new|latest|debut|first|second|third|recent|acclaimed)\\s+)?(?:(?:novel|book|memoir|collection|thriller|story)\\s+)?';

/** How the prose names a work's author beside a title: each pattern and where its title and name are. */
function besideTitle(title: string, whole: boolean): [RegExp, number, number][] {
  const by = whole ? BY_ANY : BY_EN;
  return [
    // `Jaq Hazell’s My Life As a Bench`, `Malena Watrous’ debut novel If You Follow Me`, `Sabahattin Ali'nin Kürk Mantolu Madonna`.
    [new RegExp(`(${NAME})(?:['’]s|(?<=s)['’]|['’]n?[ıiuü]n)\\s+${KIND_OF_BOOK}[«“"„]?(${title})(?![\\p{L}])`, 'u'), 2, 1],
    // `reading Posted by John David Anderson`.
    [new RegExp(`(?<![\\p{L}])(${title})[»”"]?,?\\s+${by}\\s*(?:d['’])?(${NAME})`, 'u'), 1, 2],
    // `(Michael Connelly, Le Poète. Ed. du Seuil.)`: a citation, the author first.
    [new RegExp(`(?:^|[([]\\s*)(${NAME}),\\s+[«“"„]?(${title})(?![\\p{L}])`, 'u'), 2, 1],
  ];
}

/**
 * `I recently finished reading Posted by John David Anderson`, `Jaq Hazell’s My Life As a Bench
 * is…`, `(Michael Connelly, Le Poète. …)`: the prose names, with its author, the work whose
 * title opens the post's heading.
 */
export function readHeadingTitleInProse(lines: readonly Line[], heading: string, skip: (i: number) => boolean): ProseMention | null {
  const words = heading
    .replace(/[*★☆]+/g, ' ')
    .trim()
    .split(/\s+/)
    .slice(0, HEADING_WORDS);
  // Only the lines that hold the heading's first word are searched.
  const first = (words[0] ?? '').toLowerCase();
  const texts: string[] = [];
  for (let i = 0, n = Math.min(lines.length, WINDOW); i < n; i++) {
    const l = lines[i];
    if (l === undefined || l.h || skip(i)) continue;
    const text = l.text.length > MAX_TEXT ? l.text.slice(0, MAX_TEXT) : l.text;
    if (first && text.toLowerCase().includes(first)) texts.push(text);
  }
  if (!texts.length) return null;
  for (let k = words.length; k >= 1; k--) {
    const phrase = words
      .slice(0, k)
      .join(' ')
      .replace(/[\s,.:;!?]+$/u, '');
    if (phrase.length < 4 || !/^[\p{L}\p{N}]/u.test(phrase)) continue;
    for (const [re, t, n] of besideTitle(anyCase(phrase), k === words.length)) {
      for (const text of texts) {
        const m = re.exec(text);
        const said = m?.[t];
        const name = m?.[n];
        const author = name ? trimName(name) : null;
        if (said && author && /^[\p{Lu}\p{N}]/u.test(said)) return { title: cleanValue(said), author, quote: author };
      }
    }
  }
  return null;
}

/** A capitalised word that starts a sentence before a name of two or more words (`Reviewing Deborah Levy’s novel`). */
const SENTENCE_START =
  /^(?:\p{Lu}\p{Ll}+(?:ing|ed)|In|On|At|With|For|From|About|After|Like|Unlike|And|But|So|Also|Then|Dans|Avec|Selon|Et|Mais|Con|Según|Pero|Mit|Und|Aber|Nel|Ma)\s+(?=\p{Lu}\S*\s+\p{Lu})/u;

/** The name without a sentence's full stop, and only when it reads as a person's. */
function trimName(raw: string): string | null {
  const name = raw
    // A full stop after a word (not an initial's) ends the sentence and the name.
    .replace(/(?<=\p{Ll}{2})\.\s.*$/u, '')
    .replace(/(?<=\p{L}{2})[.,]$/u, '')
    .replace(CASE_ENDING, '')
    // `author C.M. Waggoner’s earlier novel`: the possessive is no part of the name.
    .replace(/(?<=\p{L})['’]s$/u, '')
    .replace(SENTENCE_START, '')
    .trim();
  return isPersonName(name) ? name : null;
}

export interface ProseImprint {
  title: string;
  publisher: string;
  date: string | null;
  pages: number | null;
  /** The author, when the sentence names them (`Newman’s second novel, Title (…)`). */
  author: string | null;
  quote: string;
}

/** `(Avid Reader Press, 352 pages, $15)`, `(Riverhead, 2022)`: an imprint in brackets after a title. */
const IMPRINT = new RegExp(
  String.raw`\s\((\p{Lu}[^(),]{1,60}?),\s*(?:((?:1[5-9]|20)\d\d)\s*,?\s*)?(?:(\d{2,4})\s*(?:pp|${PAGE_UNIT})\s*,?\s*)?(?:[$£€]\s?[\d.,]+|(?:1[5-9]|20)\d\d)?\s*\)`,
  'u',
);
/** Small words a title keeps in lower case. */
const SMALL = /^(?:a|an|the|of|and|or|in|on|at|to|for|from|with|by|de|la|le|les|el|los|das|der|die|und|et|y|e|di|del|du|des|il|lo|o|a)$/i;

/**
 * A newspaper review's way of naming the work in its prose: the title, then its imprint in
 * brackets (`Newman’s second novel, Drowning: The Rescue of Flight 1421 (Avid Reader Press, 352
 * pages, $15), is…`).
 */
export function readProseImprint(lines: readonly Line[], skip: (i: number) => boolean): ProseImprint | null {
  for (let i = 0, n = Math.min(lines.length, WINDOW); i < n; i++) {
    const l = lines[i];
    if (l === undefined) continue;
    if (l.h || skip(i)) continue;
    const text = l.text.length > MAX_TEXT ? l.text.slice(0, MAX_TEXT) : l.text;
    const caption = coverCaption(text);
    if (caption) return caption;
    const m = IMPRINT.exec(text);
    if (!m?.[1] || !(m[2] || m[3] || /[$£€]/.test(m[0]))) continue;
    const title = titleAfterBookWord(text.slice(0, m.index)) ?? titleBefore(text.slice(0, m.index));
    // `Irene Solà (Malla, 1990)`: a person's birthplace and year, not a work's imprint.
    if (!title || (m[2] && !m[3] && !/[$£€]/.test(m[0]) && isPersonName(title))) continue;
    const author = possessor(text.slice(0, m.index), lines, n) ?? nameBeforeTitle(text.slice(0, m.index), title);
    return { title, publisher: cleanValue(m[1]), date: m[2] ?? null, pages: m[3] ? Number(m[3]) : null, author, quote: m[0].trim() };
  }
  return null;
}

/**
 * A book cover's caption, as newspapers run it: `“The Last White Man,” a novel by Moshin Hamid.
 * (Riverhead Books)`, `This cover image released by Riverhead shows "Title" by A. (Riverhead via AP)`,
 * `"Wo der Teufel ruht" von Craig Russell ist im Aufbau Verlag erschienen. (Foto: Aufbau Verlag)`.
 */
const CAPTION = lazy(
  () =>
    new RegExp(
      `^(?:this (?:book )?cover (?:image|art) (?:released|provided) by [^"“]{2,60}? shows\\s+)?[“"]([^"“”]{2,150}?)[,.]?[”"],?\\s+(?:(?:an?|the)\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:novel|book|memoir|biography|collection|history|thriller|study)\\s+)?(?:by|von)\\s+(${NAME})(?:\\.?\\s*\\((\\p{Lu}[^()]{1,60}?)(?:\\s+via\\s+AP)?\\)|\\s+ist\\s+(?:im|bei|beim)\\s+(\\p{Lu}[^().]{1,60}?)\\s+erschienen)\\.?(?:\\s*\\((?:Foto|Bild|Photo|Image)\\b[^()]{0,60}\\))?$`,
      'iu',
    ),
);

function coverCaption(text: string): ProseImprint | null {
  if (text.length > 300) return null;
  const m = CAPTION().exec(text.trim());
  const title = m?.[1] ? cleanValue(m[1]) : '';
  const author = m?.[2] ? trimName(m[2]) : null;
  const publisher = m?.[3] ?? m?.[4];
  if (!m || !publisher || !title || !author) return null;
  return { title, publisher: cleanValue(publisher), date: null, pages: null, author, quote: m[0] };
}

/** A word for a book, then a title in sentence case up to the imprint: `Em seu livro Muncle Trogg: O menor gigante do mundo`. */
const AFTER_BOOK_WORD =
  /(?:^|\s)(?:book|novel|memoir|livro|romance|libro|novela|livre|roman|romanzo|Buch|Roman|kitab[ıi]|книг[аеуи]|роман[аеу]?)\s+([\p{Lu}«“"][^.!?()]{1,150})$/u;

function titleAfterBookWord(text: string): string | null {
  const m = AFTER_BOOK_WORD.exec(text.trimEnd());
  const t = m?.[1] ? cleanValue(m[1]) : '';
  return t.length >= 2 ? t : null;
}

/** The title-cased words that end the text (`…, Drowning: The Rescue of Flight 1421`). */
function titleBefore(text: string): string | null {
  const words = text.trimEnd().split(/\s+/);
  const out: string[] = [];
  for (let k = words.length - 1; k >= 0 && out.length < 20; k--) {
    const w = words[k];
    if (w === undefined) continue;
    if (/[,;]$/.test(w) || (/[.!?]$/.test(w) && out.length)) break;
    if (/^[\p{Lu}\p{N}«“"]/u.test(w) || (SMALL.test(w) && out.length)) out.unshift(w);
    else break;
  }
  // `…an eye on The Sabermetric Revolution (…)`: a small word keeps its capital at a title's start.
  while (out[0] !== undefined && SMALL.test(out[0]) && !/^\p{Lu}/u.test(out[0])) out.shift();
  const t = cleanValue(out.join(' '));
  return out.length && t.length >= 2 && !/['’]s$/.test(out.at(-1) ?? '') ? t : null;
}

/** `Jørn Lier Horst – Hylkiöt (Otava, 2019)`: a line of its own that names the same title with its author, as a heading would. */
function nameBeforeTitle(before: string, title: string): string | null {
  const named = before.length <= 200 ? titleByAuthor(before) : null;
  return named && !named.editors && cleanValue(named.title) === title ? named.people : null;
}

/** `Newman’s second novel, …`: the family name before the title, completed from the prose (`T.J. Newman`). */
function possessor(text: string, lines: readonly Line[], n: number): string | null {
  const m =
    /(\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3})['’]s\s+(?:[\p{Ll}\d]+\s+){0,3}(?:novel|book|memoir|debut|thriller|collection|study|biography|history)\b/u.exec(
      text,
    );
  const name = m?.[1];
  if (!name) return null;
  if (name.includes(' ')) return isLoneName(name) ? name : null;
  const full = new RegExp(`((?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,3})${name}(?![\\p{L}])`, 'u');
  for (let i = 0; i < n; i++) {
    const line = lines[i];
    if (line === undefined) continue;
    const f = full.exec(line.text.slice(0, MAX_TEXT));
    const candidate = f ? `${(f[1] ?? '').trim()} ${name}` : null;
    if (candidate && isLoneName(candidate)) return candidate;
  }
  return null;
}

/**
 * `…da una libreria. Autrice: Mariapia Veladiano, edizioni Einaudi (€16,00).`: a label for the
 * author set inside a paragraph, after a sentence's end, and a name right after it.
 */
const INLINE_LABEL = /(?:^|[.!?]\s+)(\p{Lu}\p{Ll}{2,20}(?:\s\p{Ll}{2,10})?)\s?:\s+(\p{Lu}[^,.;:()]{2,60}?)(?=\s*[,.;(]|$)/gu;

export function readInlineAuthor(lines: readonly Line[], skip: (i: number) => boolean): ProseMention | null {
  for (let i = 0, n = Math.min(lines.length, WINDOW); i < n; i++) {
    const l = lines[i];
    if (l === undefined || l.h || skip(i)) continue;
    const text = l.text.length > MAX_TEXT ? l.text.slice(0, MAX_TEXT) : l.text;
    for (const m of text.matchAll(INLINE_LABEL)) {
      const [label, value] = [m[1], m[2]?.trim()];
      if (m.index === 0 || !label || !value || !lookupLabel(label)?.includes('authors')) continue;
      if (isPersonName(value)) return { title: null, author: value, quote: value };
    }
  }
  return null;
}
