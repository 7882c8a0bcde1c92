import { rng } from '../../scripts/rng';
import { must } from '../../lib/must';

/**
 * A long page that is not a review (a wiki-like article of invented prose), generated from a
 * seed so the benchmark and the e2e test replay the same page without a 10 MB file in git.
 *
 * The number of elements and of characters of text are targets the generator meets closely
 * (within a paragraph): each paragraph takes its share of the elements still to place as
 * inline links and emphasis, so both figures land where asked whatever the seed.
 */
export interface BigPageOptions {
  seed: number;
  /** Elements in <body>, about. */
  elements: number;
  /** Characters of text in <body>, about (markup and entities not counted). */
  textChars: number;
}

export interface BigPage {
  html: string;
  elements: number;
  textChars: number;
}

const SYLLABLES = ['ka', 'ri', 'to', 'mes', 'an', 'dor', 'vel', 'sun', 'ta', 'ber', 'lo', 'qui', 'ra', 'zen', 'hol', 'mi', 'at', 'gra', 'po', 'lis'];
const COMMON = 'the of and to in a is that for it as was with by on from at which'.split(' ');

export function bigPage({ seed, elements, textChars }: BigPageOptions): BigPage {
  const next = rng(seed);
  const pick = <T>(xs: readonly T[]): T => must(xs[Math.floor(next() * xs.length)], 'a drawn element (the list is not empty)');
  const vocab = Array.from({ length: 4000 }, () => {
    let w = '';
    for (let i = 1 + Math.floor(next() * 3); i > 0; i--) w += pick(SYLLABLES);
    return w;
  });
  const word = () => (next() < 0.35 ? pick(COMMON) : pick(vocab));
  const words = (n: number) => Array.from({ length: n }, word).join(' ');

  const parts: string[] = [];
  let els = 0;
  let chars = 0;
  const text = (s: string) => {
    chars += s.length;
    return s;
  };
  const open = (tag: string, attrs = '') => {
    els++;
    return `<${tag}${attrs}>`;
  };

  // The paragraph is the unit: ~900 characters with its share of inline elements.
  const PARA = 900;
  const sentence = (inline: number) => {
    const n = 10 + Math.floor(next() * 16);
    const ws: string[] = [];
    for (let i = 0; i < n; i++) ws.push(word());
    const out: string[] = [];
    // `inline` of the words become links or emphasis, at random places in the sentence.
    const marked = new Set<number>();
    while (marked.size < Math.min(inline, n)) marked.add(Math.floor(next() * n));
    ws.forEach((w, i) => {
      if (i === 0) w = must(w[0], 'w[0]').toUpperCase() + w.slice(1);
      if (!marked.has(i)) out.push(text(w));
      else {
        const tag = next() < 0.6 ? 'a' : next() < 0.5 ? 'em' : 'strong';
        out.push(`${open(tag, tag === 'a' ? ` href="#w${Math.floor(next() * 1e6)}"` : '')}${text(w)}</${tag}>`);
      }
    });
    chars += n; // the spaces between words and the full stop
    return out.join(' ') + '.';
  };
  const paragraph = (inline: number) => {
    const start = chars;
    const sentences: string[] = [];
    let left = inline;
    while (chars - start < PARA) {
      // The last sentence takes what is left, so the paragraph has exactly its share.
      const here = chars - start > PARA - 200 ? left : Math.min(left, Math.round(inline / 5 + next()));
      left -= here;
      if (sentences.length) chars++; // the space between sentences
      sentences.push(sentence(here));
    }
    return sentences.join(' ');
  };

  els += 2; // <article> and the <h1>
  parts.push(`<article>\n<h1>${text(`Field notes on ${words(4)}`)}</h1>\n`);
  for (let section = 0; chars < textChars; section++) {
    const paras = 4 + Math.floor(next() * 6);
    parts.push(`${open('section')}\n${open('h2')}${text(`${section + 1}. ${words(3 + Math.floor(next() * 5))}`)}</h2>\n`);
    for (let p = 0; p < paras && chars < textChars; p++) {
      // Share out the elements still to place over the paragraphs still to write (about).
      const parasLeft = Math.max(1, (textChars - chars) / PARA);
      const inline = Math.max(0, Math.round((elements - els) / parasLeft) - 1);
      const r = next();
      if (r < 0.08 && inline >= 6) {
        const items = Math.min(8, Math.floor(inline / 2));
        const li = Array.from({ length: items }, () => `  ${open('li')}${sentence(1)}</li>\n`);
        parts.push(`${open('ul')}\n${li.join('')}</ul>\n`);
      } else if (r < 0.12 && inline >= 8) {
        const rows = Math.min(6, Math.floor(inline / 4));
        const tr = Array.from(
          { length: rows },
          () =>
            `  ${open('tr')}${open('td')}${text(word())}</td>${open('td')}${sentence(0)}</td>${open('td')}${text(String(Math.floor(next() * 1e6)))}</td></tr>\n`,
        );
        parts.push(`${open('table')}\n${tr.join('')}</table>\n`);
      } else {
        parts.push(`${open('p')}${paragraph(inline)}</p>\n`);
      }
    }
    parts.push('</section>\n');
  }
  parts.push('</article>\n');
  const html =
    `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Field notes</title>\n</head>\n<body>\n` + parts.join('') + `</body>\n</html>\n`;
  return { html, elements: els, textChars: chars };
}
