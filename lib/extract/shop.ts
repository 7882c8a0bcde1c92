/**
 * A shop's page of one book: a buy button in the block around the title, and words there that
 * say what is sold is a book. Read from the heading block's lines, on the page (the extractor) or
 * in its glimpse (the prefilter).
 */

/** A shop's buy button, alone on its line. */
const BUY =
  /^(?:add to (?:basket|cart|bag)|in den warenkorb|ajouter au panier|añadir al carrito|a[ñn]adir a la cesta|adicionar ao carrinho|aggiungi al carrello|sepete ekle|в корзину)$/iu;
/** Words that say what a shop sells is a book (Turkish and Russian words take endings). */
const BOOK_WORD =
  /\b(?:books?|novels?|poems|poetry|paperback|hardcover|hardback|livros?|livres?|libros?|libri|novela|romanzo|b[üu]ch(?:er)?|roman)\b|(?:^|[^\p{L}])(?:kitab|kitap|roman|книг|роман)/iu;

export function shopOfBook(lines: readonly string[]): boolean {
  return lines.some((l) => BUY.test(l.trim())) && BOOK_WORD.test(lines.join('\n'));
}
