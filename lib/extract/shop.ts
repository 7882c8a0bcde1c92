/**
 * A shop's page of one book: a buy button in the block around the title, and words there that
 * say what is sold is a book. Read from the heading block's lines, on the page (the extractor) or
 * in its glimpse (the prefilter).
 */

/** A shop's buy button, alone on its line, in the languages read. */
const BUY =
  /^(?:add to (?:basket|cart|bag)|buy now|buy this book|in den warenkorb|jetzt kaufen|ajouter au panier|añadir al carrito|a[ñn]adir a la cesta|comprar ahora|adicionar ao carrinho|comprar agora|aggiungi al carrello|sepete ekle|hemen al|в корзину|купить)$/iu;

/** A line or button's text that puts the item in a basket. */
export function isBuyText(text: string): boolean {
  const t = text.trim().replace(/[!.]+$/, '');
  return t.length <= 40 && BUY.test(t);
}

/** Words that say what a shop sells is a book (Turkish and Russian words take endings). */
const BOOK_WORD =
  /\b(?:books?|novels?|poems|poetry|paperback|hardcover|hardback|livros?|livres?|libros?|libri|novela|romanzo|b[üu]ch(?:er)?|roman)\b|(?:^|[^\p{L}])(?:kitab|kitap|roman|книг|роман)/iu;

export function shopOfBook(lines: readonly string[]): boolean {
  return lines.some(isBuyText) && BOOK_WORD.test(lines.join('\n'));
}
