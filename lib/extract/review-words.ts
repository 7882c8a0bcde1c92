/**
 * The nouns that call a text a review of a work, in the languages the extractor reads. Each
 * pattern that looks for a review word builds on this one list, so that a language added here
 * reaches a heading's prefix and suffix, a title's tail and the classifier's signal alike. The
 * words a pattern adds to it are the ones that are safe only where it looks: `critique` after a
 * title (`X – Critique`) but not before one (`Critique of Pure Reason`).
 */
export const REVIEW_NOUN = String.raw`review|rezension|besprechung|recension|recensione|rese[ñn]a|resenha|compte[- ]rendu|рецензия`;
