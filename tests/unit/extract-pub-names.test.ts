/** What on a publication's own page is not a name: an empty label's neighbour, a title's words, a button, German's article. */
import { afterAll, describe, expect, it } from 'vitest';
import { looksLikePersonName } from '../../lib/extract/normalize/names';
import { readDiscussedAuthor } from '../../lib/extract/discussed-author';
import { collectLines } from '../../lib/extract/lines';
import { extractReview } from '../../lib/extract';
import { readPubHeader } from '../../lib/extract/pub-header';
import { must } from '../../lib/must';
import { closeWindows, page } from './extract-helpers';

afterAll(closeWindows);

describe('a name', () => {
  it('holds no exclamation, no question and no word hanging on its hyphen', () => {
    expect(looksLikePersonName('Vorwärts, Resilienz!')).toBe(false);
    expect(looksLikePersonName('Suriye- Mısır- Körfez Ülkeleri- Genel-Kürt-İran')).toBe(false);
    expect(looksLikePersonName('Wer Sind Wir?')).toBe(false);
    expect(looksLikePersonName('Anne-Marie Slaughter')).toBe(true);
  });
  it('is no button beside a publication', () => {
    expect(looksLikePersonName('PDF İndir')).toBe(false);
    expect(looksLikePersonName('Download PDF')).toBe(false);
    expect(looksLikePersonName('Pdf Herunterladen')).toBe(false);
    expect(looksLikePersonName('Thomas More')).toBe(true);
  });
});

describe('a label whose value slot is empty', () => {
  const body = (value: string) =>
    `<main><article><h1>Vorwärts, Resilienz! – Vorschläge zum Resilienzausbau in Deutschland</h1><div class="field field--name-field-autor"><div class="field__label">Autor/in:</div> <div class="field__item">${value}</div></div><div class="field field--name-field-teaser"><p>Im Weißbuch der Bundesregierung 2016 ist der Begriff der Resilienz erstmalig prominent aufgeführt, und ein Prozess, der in einen Aktionsplan mündet, umfassende Investitionen sowie gezielte Förderung könnten die Weichen stellen.</p></div></article></main>`;
  const authors = (value: string) => extractReview(page(body(value)), 'https://example.org/de/arbeitspapiere/2017/vorwaerts').work.authors;
  it('takes nothing from the next field', () => {
    expect(authors('')).toEqual([]);
  });
  it('still reads a value in its slot', () => {
    expect(authors('<a href="/de/person/1">Jana Puglierin</a>')).toEqual(['Jana Puglierin']);
  });
});

describe('the person a German text discusses', () => {
  const read = (text: string) => readDiscussedAuthor(collectLines(page(`<main>${text}</main>`)).lines, () => false, null);
  it('is not a noun after the article `der`', () => {
    expect(
      read('<p>Im Weißbuch der Bundesregierung ist der Begriff der Resilienz erstmalig aufgeführt; seither wird Resilienz überall gefordert.</p>'),
    ).toBeNull();
  });
  it('is a name the text takes up again', () => {
    expect(read('<p>In seinem neuen Buch erzählt Daniel Kehlmann vom Kino der Weimarer Zeit. Kehlmann folgt dem Regisseur nach Hollywood.</p>')?.author).toBe(
      'Daniel Kehlmann',
    );
  });
});

describe('a subtitle under a heading that ends in a question', () => {
  it('follows after a space, not a colon', () => {
    const doc = page(
      '<main><p class="kicker">Working Paper</p><h1>Le financement de la recherche sur projets : pourquoi et comment ?</h1><h2 class="subtitle">L’exemple des sciences humaines et sociales</h2><p>By Jean-Michel Roddaz</p><p>L’internationalisation croissante de la recherche constitue un des éléments essentiels de son progrès, et le financement par projets en est un moyen.</p></main>',
    );
    expect(extractReview(doc, 'https://example.org/publications/7539').work.title).toBe(
      'Le financement de la recherche sur projets: pourquoi et comment ? L’exemple des sciences humaines et sociales',
    );
  });
});

describe('a paragraph number glued to the text', () => {
  it('is left out of the summary, before an elided article too', () => {
    const doc = page(
      '<main><h1>Aux origines de l’Inag</h1><div id="docAuthor"><a href="/712">Roger Cayrel</a></div><div class="text"><p class="texte"><span class="paranumber">1</span>L’Institut national d’astronomie et de géophysique s’appuyait, au moment de sa création en 1967, sur une équipe restreinte autour de son directeur.</p></div></main>',
      '<meta name="citation_title" content="Aux origines de l’Inag"><meta name="citation_author" content="Cayrel, Roger">',
    );
    expect(extractReview(doc, 'https://example.org/708').review.summary?.startsWith('L’Institut national')).toBe(true);
  });
});

describe('a section kicker in the plural above a publication’s title', () => {
  const type = (kicker: string) =>
    readPubHeader(
      must(
        page(`<main><div class="head"><p><a href="/x">${kicker}</a></p><h1>Vorwärts, Resilienz!</h1><p>16/2017</p></div></main>`).getElementsByTagName('h1')[0],
        'h1',
      ),
    )?.type ?? null;
  it('names the publication’s kind in the singular', () => {
    expect(type('Arbeitspapiere')).toBe('Arbeitspapier');
    expect(type('Studien')).toBe('Studie');
    expect(type('Briefing Papers')).toBe('Briefing Paper');
    expect(type('Working Paper')).toBe('Working Paper');
  });
  it('but not a word that only ends like one', () => {
    expect(type('Aktuelles')).toBeNull();
  });
});
