/**
 * The nouns that call a text a review of a work, in the languages the extractor reads. Each
 * pattern that looks for a review word builds on this one list, so that a language added here
 * reaches a heading's prefix and suffix, a title's tail and the classifier's signal alike. The
 * words a pattern adds to it are the ones that are safe only where it looks: `critique` after a
 * title (`X – Critique`) but not before one (`Critique of Pure Reason`).
 */
export const REVIEW_NOUN = String.raw`review|rezension|besprechung|recension|recensione|rese[ñn]a|resenha|compte[- ]rendu|рецензия`;

/** `Book Reviews`, `Рецензия`, `Kitap Yorumu`: nothing but a review word, perhaps after `book`. */
const REVIEW_WORD_ONLY = new RegExp(String.raw`^(?:(?:book|kitap|buch|livro|libro|livre)\s+)?(?:${REVIEW_NOUN}|yorum\p{L}*|inceleme\p{L}*)s?$`, 'iu');

export function reviewWordOnly(s: string): boolean {
  return REVIEW_WORD_ONLY.test(s.trim());
}
