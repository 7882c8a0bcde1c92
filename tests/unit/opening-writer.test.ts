import { afterAll, describe, expect, it } from 'vitest';
import { collectLines } from '../../lib/extract/lines';
import { readOpeningWriter } from '../../lib/extract/opening-writer';
import { closeWindows, page } from './extract-helpers';

afterAll(closeWindows);

const read = (body: string) => {
  const { lines } = collectLines(page(`<main>${body}</main>`));
  const heading = lines.findIndex((l) => l.h > 0);
  return readOpeningWriter(lines, heading + 1, () => false)?.author ?? null;
};

describe('the writer a review’s opening names', () => {
  it('reads Swedish, Dutch and Polish verbs of writing', () => {
    expect(
      read('<h3>Porslinsfasaderna</h3><p>Sven Olov Karlsson har skrivit en mustig och delvis bisarr roman som utspelar sig i samhället Eriksfors.</p>'),
    ).toBe('Sven Olov Karlsson');
    expect(read('<h1>De kleine keizer</h1><p>Martin Bril schreef een boek over zijn jeugd dat ik in een adem heb uitgelezen, en dat zegt wat.</p>')).toBe(
      'Martin Bril',
    );
    expect(read('<h1>Empuzjon</h1><p>Olga Tokarczuk napisała powieść grozy, która dzieje się w sanatorium w Görbersdorfie w 1913 roku.</p>')).toBe(
      'Olga Tokarczuk',
    );
  });
  it('reads a full name as the subject of a verb of writing, in the languages read', () => {
    expect(read('<h3>Caixa 19</h3><p>Claire-Louise Bennett escreve uma obra que parece uma longa carta para uma amiga: há algo sobre sua vida.</p>')).toBe(
      'Claire-Louise Bennett',
    );
    expect(
      read(
        '<h1>Solide</h1><p>Wieder einmal beweist Ursula Poznanski, dass sie Thriller schreiben kann. Allerdings scheint mir dieser neue Wurf etwas weniger spannend.</p>',
      ),
    ).toBe('Ursula Poznanski');
    expect(
      read(
        '<h1>RESENHA: FINALE</h1><p>Meus amigos, que final, que história, que livro, que leitura tão boa de verdade.</p><p>Gostaria de começar essa resenha agradecendo a Stephanie Garber por ter escrito essa fantasia INCRÍVEL.</p>',
      ),
    ).toBe('Stephanie Garber');
  });

  it('leaves a quoted critic, a person spoken of and a verb without its object', () => {
    expect(
      read('<h1>Stoner</h1><p>Morris Dickstein of the New York Times wrote that it was the greatest American novel you have never heard of.</p>'),
    ).toBeNull();
    expect(
      read('<h1>Schreibend verbinden</h1><p>Eine Autorin, die ich sehr schätze, schrieb mir einmal, dass Schreiben verbindet, auch über Grenzen hinweg.</p>'),
    ).toBeNull();
    expect(
      read('<h1>July 2023 Book Review</h1><p>I love everything Ali Hazelwood has written - they are a bit formulaic, but they are so fun to read.</p>'),
    ).toBeNull();
  });

  it('reads only the opening, up to the next heading', () => {
    expect(
      read(
        '<h1>Semana oitenta e seis</h1><p>As novidades da semana chegam às livrarias com muitos títulos esperados por todos.</p><h3>O último suspiro do mouro, de Salman Rushdie</h3><p>Em 1988, o aiatolá Khomeini condenou Salman Rushdie à morte por ter escrito um livro.</p>',
      ),
    ).toBeNull();
  });
});
