/**
 * Whether a page is about a film, a show, a staging or a record rather than a publication: the
 * words for their people and parts (a director, a cast, a screenplay, a trailer) in its lines.
 */
import type { Line } from './lines';

/** Lines read, from the page's start. */
const WINDOW = 300;
/** Characters of a line read. */
const SPAN = 2_000;
/** Characters read in all: a film's or a record's credits stand near the top of its page. */
const BUDGET = 20_000;

/** The words, in the languages read. */
const PERFORMANCE =
  /(?:directed by|director|starring|cast|actors?|actress(?:es)?|distributor|trailer|screenplay|cinematograph\p{L}*|runtime|running time|box office|movies?|films?|episodes?|albums?|tracks?|soundtrack|stage[ds]?|theat(?:re|er)|regie|regisseur\p{L}*|darsteller\p{L}*|schauspieler\p{L}*|verleih|drehbuch|kinostart|kino|besetzung|réalisateur|réalisatrice|réalisé par|acteurs?|actrices?|distributeur|cinéma|long-métrage|casting|scénario|bande-annonce|mise en scène|dirigid[ao] por|película|actor(?:es)?|actriz|tráiler|reparto|guion|estreno|protagonizad[ao]|regia|regista|attori|attore|attrice|sceneggiatura|filme|direção|atriz|ator(?:es)?|elenco|roteiro|yönetmen\p{L}*|oyuncu\p{L}*|sinema|senaryo|фильм\p{L}*|режисс[её]р\p{L}*|в ролях|акт[её]р\p{L}*|актрис\p{L}*|сценари\p{L}*|кино)(?![\p{L}])/gu;

const LETTER = /\p{L}/u;

/** Distinct words for a film's, a show's or a record's people and parts among the page's lines. */
export function performanceWords(lines: readonly Line[]): number {
  const seen = new Set<string>();
  let left = BUDGET;
  for (let i = 0, n = Math.min(lines.length, WINDOW); i < n && left > 0; i++) {
    const line = lines[i];
    if (line === undefined) continue;
    const span = Math.min(SPAN, left);
    left -= Math.min(line.text.length, span);
    const t = (line.text.length > span ? line.text.slice(0, span) : line.text).toLowerCase();
    for (const m of t.matchAll(PERFORMANCE)) if (!LETTER.test(t.charAt(m.index - 1))) seen.add(m[0].replace(/s$/, ''));
  }
  return seen.size;
}
