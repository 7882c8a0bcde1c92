/**
 * Where a book's page names its author outside a record: a shelf of the author's other books
 * (`Plus de livres de David Foenkinos`, `More books by …`), the paragraph under an `About the
 * author` heading, which opens with the name, or a sentence of the description that calls the
 * person the book's author (`David Foenkinos est l'auteur de …`, `… la definisce Carola Susani in
 * questo libro`). The description names the story's characters too; what tells the author apart
 * is the shelf, the heading, or the word for the author or for this book beside the name.
 */
import type { Line } from './lines';
import { namesOnly } from './page-info';
import { NAME } from './prose-mention';
import { clean } from './text';

/** Lines searched: a book's page is short, its shelf and bio follow the description. */
const WINDOW = 300;
/** Lines after an `About the author` heading searched for its paragraph. */
const AFTER_HEADING = 3;

/** `More books by A`, `Plus de livres de A`, `Weitere Bücher von A` … in the languages read. */
const SHELF = [
  /^(?:more|other)\s+(?:books|titles|works)\s+(?:by|from)\s+(.+)$/iu,
  /^also\s+by\s+(.+)$/iu,
  /^(?:plus de|autres|d['’]autres)\s+(?:livres|titres|ouvrages|romans)\s+(?:de\s+|d['’])(.+)$/iu,
  /^(?:weitere|mehr|andere)\s+(?:bücher|titel|werke)\s+(?:von|des autors|der autorin)\s+(.+)$/iu,
  /^(?:altri|più)\s+(?:libri|titoli)\s+di\s+(.+)$/iu,
  /^(?:más|otros)\s+(?:libros|títulos)\s+de\s+(.+)$/iu,
  /^(?:mais|outros)\s+(?:livros|títulos)\s+d[eoa]\s+(.+)$/iu,
  /^(?:другие|ещё|еще)\s+книги\s+(?:автора\s+)?(.+)$/iu,
];

/** A heading for the author's biography. */
const ABOUT =
  /^(?:about the authors?|meet the author|the author|author bio(?:graphy)?|à propos de l['’]auteur|à propos de l['’]autrice|l['’]auteur|l['’]autrice|biographie|über (?:den autor|die autorin)|zum autor|zur autorin|autorenporträt|autorenportrait|der autor|die autorin|l['’]autore|l['’]autrice|sull['’]autore|sobre el autor|sobre la autora|el autor|la autora|sobre o autor|sobre a autora|o autor|a autora|об авторе|yazar hakkında|despre autor|o autorze|o autorce|o autorovi|over de auteur|over de schrijver|om författaren|om forfatteren|a szerzőről|sobre l['’]autor|sobre l['’]autora|про автора)[:.]?$/iu;

/** A word for the author, or for the book the page is about, in a sentence of its description. */
const AUTHORIAL =
  /\b(?:(?:is|was)\s+(?:the\s+)?(?:\p{L}+\s+)?author\s+of|in\s+this\s+book|est\s+l['’]aut(?:eur|rice)\s+de|dans\s+ce\s+(?:livre|roman)|ist\s+(?:der\s+)?autor(?:in)?|in\s+diesem\s+(?:buch|roman)|(?:è|e['’])\s+(?:l['’])?aut(?:ore|rice)\s+di|in\s+questo\s+(?:libro|romanzo|volume)|es\s+(?:el\s+|la\s+)?autora?\s+de|en\s+este\s+libro|(?:é|e)\s+(?:o\s+|a\s+)?autora?\s+de|(?:neste|este)\s+livro|esta\s+obra)\b/iu;

/**
 * The same in Russian and Turkish, whose letters `\b` does not see: `Евгений Водолазкин — филолог, …
 * автор романа «Соловьев и Ларионов»`, `… bu kitabında`, `… romanlarının yazarıdır`.
 */
const AUTHORIAL_WIDE =
  /(?:^|\s)(?:автор(?:ом|а)?\s+(?:романа|романов|книги|книг|повести|повестей|сборника|сборников|рассказов|бестселлера|бестселлеров|трилогии|цикла)|во?\s+(?:этой|своей|новой)\s+книге|в\s+(?:этом|своём|своем|новом)\s+романе|bu\s+(?:kitapta|kitabında|romanda|romanında|eserinde)|(?:kitab|kitap|roman|eser)\p{L}*\s+yazar\p{L}*)(?![\p{L}])/iu;

const PERSON = new RegExp(NAME, 'gu');

/** A biography's opening clause of birth, up to its comma, in the languages read. */
const BORN =
  /^(?:born|née?|geboren|nacid[oa]|nat[oa]|n[aă]scut[ăa]?|urodzon[ya]|nascid[oa]|narozen[aá]?|född|født|doğdu|роди(?:лся|лась))(?![\p{L}])[^,]{0,80},\s+/iu;

export interface AboutAuthor {
  author: string;
  quote: string;
  /** Found by the shelf or the biography's heading (not by a sentence of the description). */
  marked: boolean;
}

/** The author a book's page names in its shelf, its biography or its description. */
export function readAboutAuthor(lines: readonly Line[], skip: (i: number) => boolean, descriptionToo: boolean): AboutAuthor | null {
  const n = Math.min(lines.length, WINDOW);
  for (let i = 0; i < n; i++) {
    const text = clean(lines[i]?.text ?? '');
    if (text.length > 90 || skip(i)) continue;
    for (const re of SHELF) {
      const name = re.exec(text)?.[1]?.trim().replace(/[.:]$/, '');
      if (name && namesOnly(name)) return { author: name, quote: text, marked: true };
    }
    if (ABOUT.test(text)) {
      const bio = bioOpening(lines, i + 1);
      if (bio) return bio;
    }
  }
  return descriptionToo ? authorialSentence(lines, skip, n) : null;
}

/** The name a biography's paragraph opens with (`Penelope Lively won …`, `David Slater's sixteen …`). */
function bioOpening(lines: readonly Line[], from: number): AboutAuthor | null {
  for (let j = from; j < Math.min(lines.length, from + AFTER_HEADING); j++) {
    // `Nascut la 6 ianuarie 1946, Stelian Turlea a urmat…`: the name after a clause of birth.
    const text = clean(lines[j]?.text ?? '').replace(BORN, '');
    if (!text) continue;
    const m = /^(\p{Lu}[\p{L}'’.-]+(?:\s+(?:(?:de|da|van|von|der|del|di|le|la)\s+)?\p{Lu}[\p{L}'’.-]+){1,3}?)(?:['’]s\b|,|\s+\(|\s+\p{Ll})/u.exec(text);
    const name = m?.[1];
    if (name && namesOnly(name)) return { author: name, quote: text.slice(0, 80), marked: true };
  }
  return null;
}

/** The one person a sentence of the description names beside a word for the author or for this book. */
function authorialSentence(lines: readonly Line[], skip: (i: number) => boolean, n: number): AboutAuthor | null {
  for (let i = 0; i < n; i++) {
    const l = lines[i];
    if (l === undefined || l.h || l.quoted || skip(i) || l.text.length < 30) continue;
    for (const sentence of clean(l.text).split(/(?<=[.!?])\s+(?=\P{Ll})/u)) {
      const marker = sentence.length > 400 ? null : (AUTHORIAL.exec(sentence) ?? AUTHORIAL_WIDE.exec(sentence));
      if (!marker) continue;
      // The author is the sentence's subject, named before the word (`he is the author of … Cheese Louise` names a book).
      const names = new Set((sentence.slice(0, marker.index).match(PERSON) ?? []).filter((s) => namesOnly(s)));
      if (names.size === 1) {
        const author = [...names][0] ?? '';
        return { author, quote: sentence.slice(0, 120), marked: false };
      }
    }
  }
  return null;
}
