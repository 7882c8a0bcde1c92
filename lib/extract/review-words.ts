/**
 * The nouns that call a text a review of a work, in the languages the extractor reads. Each
 * pattern that looks for a review word builds on this one list, so that a language added here
 * reaches a heading's prefix and suffix, a title's tail and the classifier's signal alike. The
 * words a pattern adds to it are the ones that are safe only where it looks: `critique` after a
 * title (`X – Critique`) but not before one (`Critique of Pure Reason`).
 */
export const REVIEW_NOUN = String.raw`review|rezension|besprechung|recension|recensione|rese[ñn]a|resenha|compte[- ]rendu|рецензия|recenzj[aię]|recenz(?:e|ia|ie)|recensie|ressenya|anmeldelse|arvostelu`;

/** Words that credit a review's writer after the work it names (`Thunderhead. Reviewed by Ann Skea`). */
export const REVIEWED_BY = String.raw`recensione di|review(?:ed)? by|rezension von|rezensiert von|compte rendu par|recensé par|reseña de|reseñado por|resenha de|рецензия от`;

/** A part that only says what the page is (`Hotel Ritzi, München – Bewertung`): a review of anything. */
export const REVIEW_WORD_ALONE = new RegExp(`^(?:${REVIEW_NOUN}|bewertung|kritik|critique|avis|opinión|opinião|yorum|inceleme|отзыв)s?$`, 'i');

/** Nothing but a review word, perhaps after `book` (`Book Reviews`, `Рецензия`, `Kitap Yorumu`): a document title's tail, a record's kind. */
export function onlyReviewWords(s: string): boolean {
  return REVIEW_WORD_ALONE.test(
    s
      .trim()
      .replace(/^(?:kitap|book|buch|livro|libro|livre)\s+/i, '')
      .replace(/(?<=yorum|inceleme)(?:u|si)$/i, ''),
  );
}

const SUFFIX_REVIEW_WORD = `(?:${REVIEW_NOUN}|critique|opini[aã]o)`;
/** `(4 stars)`, `(3,5 Sterne)`: a rating in brackets. */
const RATING = String.raw`[([]\d(?:[.,]5)?(?:\s*\/\s*\d)?\s*(?:stars?|sterne|étoiles|estrelas|estrellas|stelle|звезд\p{L}*)[)\]]`;
/**
 * `X (review)`, `X - Opinião`, `X [recensione]`, `X – Rezension`, `X: Spoiler Free Review`: a review
 * word after the title, in brackets or after a dash or bar (after a colon, only a book's or a
 * spoiler-free review); a rating in brackets may follow it or stand in its place (`X (4 stars)`).
 */
export const REVIEW_SUFFIX = new RegExp(
  String.raw`\s*(?:(?:[([](?:(?:book|libro)\s+)?${SUFFIX_REVIEW_WORD}[)\]]|[–—|-]\s*(?:a\s+)?(?:(?:book|libro)\s+)?${SUFFIX_REVIEW_WORD}|:\s*(?:(?:book|spoiler[- ]free)\s+)review)(?:\s*${RATING})?|${RATING})\s*$`,
  'iu',
);

/** `Thunderhead. Reviewed by Ann Skea`: the review's writer credited after the work, who is not its author. */
const REVIEWER_CREDIT = new RegExp(`\\s*[.,;:]?\\s*(?:[–—|-]\\s*)?\\(?(?:${REVIEWED_BY})\\s+[^.!?()]{4,60}\\)?$`, 'iu');

export function withoutReviewerCredit(text: string): string {
  const m = REVIEWER_CREDIT.exec(text);
  // A credit that opens the text (`Recensione di «X»`) names the work after it: nothing is cut.
  return m && m.index > 0 ? text.slice(0, m.index) : text;
}
