/** How book blogs in several languages name the author of the work a post reviews. */
import { afterAll, describe, expect, it } from 'vitest';
import { readDiscussedAuthor } from '../../lib/extract/discussed-author';
import { collectLines } from '../../lib/extract/lines';
import { titleByAuthor } from '../../lib/extract/page-info';
import { readPublisherMention } from '../../lib/extract/publisher-lines';
import { extractReview } from '../../lib/extract';
import { closeWindows, page } from './extract-helpers';

afterAll(closeWindows);

const linesOf = (html: string) => collectLines(page(`<main>${html}</main>`)).lines;

describe('a heading `Title - Author` whose two parts both read as names', () => {
  it('takes the part that opens with an article for the title', () => {
    expect(titleByAuthor('O Livro do Amanhã - Cecelia Ahern', true)).toMatchObject({ title: 'O Livro do Amanhã', people: 'Cecelia Ahern' });
    expect(titleByAuthor('Cecelia Ahern – O Livro do Amanhã', true)).toMatchObject({ title: 'O Livro do Amanhã', people: 'Cecelia Ahern' });
    expect(titleByAuthor('La Casa de los Espíritus - Isabel Allende', true)).toMatchObject({ title: 'La Casa de los Espíritus', people: 'Isabel Allende' });
  });
  it('says nothing when neither part opens with an article', () => {
    expect(titleByAuthor('Cecelia Ahern - Ana Paula Cruz', true)).toBeNull();
  });
  it('takes a forum’s section, an exam or a work of reference for no person', () => {
    expect(titleByAuthor('General Conduct / Charter - [Updated: September 20th 2011]', true)).toBeNull();
    expect(titleByAuthor('Méthode du Sujet 3 - Baccalauréat Philosophie', true)).toBeNull();
    expect(titleByAuthor('Winkler Prins Encyclopedie: Catalogus')).toBeNull();
  });
  it('does not take single words joined by `and` for people', () => {
    expect(titleByAuthor('Poisons and Poisonings - Tony Hargreaves', true)).toMatchObject({ title: 'Poisons and Poisonings', people: 'Tony Hargreaves' });
    expect(titleByAuthor('Pride and Prejudice – Jane Austen', true)).toMatchObject({ title: 'Pride and Prejudice', people: 'Jane Austen' });
  });
  it('leaves out a rating in asterisks after the name', () => {
    expect(titleByAuthor('The Elements of Murder – John Emsley ****', true)).toMatchObject({ title: 'The Elements of Murder', people: 'John Emsley' });
  });
});

describe('a heading `Title by A` from a university or a magazine', () => {
  it('reads the author without an academic title and department, and keeps a quoted title whole', () => {
    expect(
      titleByAuthor("UCL Bookshelf: 'Anonymity: A Secret History of English Literature' by Professor John Mullan (UCL English Language & Literature)", true),
    ).toMatchObject({ title: 'Anonymity: A Secret History of English Literature', people: 'John Mullan' });
  });
  it('reads a capitalised By after a comma', () => {
    expect(titleByAuthor('The Poison Paradox, By John Timbrell', true)).toMatchObject({ title: 'The Poison Paradox', people: 'John Timbrell' });
  });
  it('keeps brackets after a name without a title, which hold an imprint', () => {
    expect(titleByAuthor('The Stager by Susan Coll (Sarah Crichton)', true)?.people).not.toBe('Susan Coll');
  });
});

describe('a column’s name before the heading’s colon', () => {
  it('reads `Column: Title, Author` when the column reads as a person’s name the prose never gives', () => {
    const doc = page(
      `<main><article><h1>Recensione Libri: In certi quartieri, Mario Valentini</h1>
      <p>TRAMA:</p><p>Una raccolta di racconti composti come il diario di città di un forestiero curioso per strade e quartieri di Palermo.</p>
      <p>RECENSIONE:</p><p>In certi quartieri è un libro che ho pescato in uno scatolone pieno di libri; a lettura finita, non posso che definirlo deludente.</p></article></main>`,
    );
    expect(extractReview(doc, 'https://example.org/tag/recensioni/page/2/').work).toMatchObject({
      title: 'In certi quartieri',
      authors: ['Mario Valentini'],
    });
  });
});

describe('a Turkish sentence’s opening words before a name', () => {
  it('does not take a conjunction and its clitic (`Hem de`) for a given name and a particle', () => {
    const lines = linesOf(
      "<p>1 Yıl rötarla mı yorum yazmak? Hem de Sabahattin Ali romanına? Evet biraz saygısızca olacak belki.</p><p>Sabahattin Ali romanlarında bana başka gelen bir şey var, sanki romanın içinde bir hayalet olarak var hep Sabahattin Ali; işte sırf bu yüzden seviyorum Ali'yi okumayı.</p>",
    );
    expect(readDiscussedAuthor(lines, () => false, null)?.author).toBe('Sabahattin Ali');
  });
});

describe('an Italian house named, then called one', () => {
  it('reads `“Ponte delle grazie” editore` and `Sellerio editore` in the prose', () => {
    const read = (text: string) => readPublisherMention(linesOf(`<p>${text}</p>`), () => false)?.publisher ?? null;
    expect(read('Profumi – scritto da Philippe Claudel, “Ponte delle grazie” editore, prima edizione 2012.')).toBe('Ponte delle grazie');
    expect(read('Il romanzo esce per Sellerio editore e si legge in una sera.')).toBe('Sellerio');
    expect(read('Ne ho parlato con il mio editore durante la fiera.')).toBeNull();
  });
});

describe('a heading `Title de Author` whose title the prose uses on its own', () => {
  const read = (heading: string, prose: string) =>
    extractReview(
      page(`<main><article><h1>${heading}</h1><p>Sinopsis: una historia basada en un crimen real.</p><p>${prose}</p></article></main>`),
      'https://example.org/2018/09/post.html',
    ).work;
  it('takes the words before `de` for the title and the name after it for the author', () => {
    expect(
      read(
        'Lo que dijo Harriet de Beryl Bainbridge',
        'Lo que dijo Harriet relata la historia de dos amigas que se dejan llevar por una influencia corrosiva, y la novela no da tregua.',
      ),
    ).toMatchObject({ title: 'Lo que dijo Harriet', authors: ['Beryl Bainbridge'] });
  });
  it('names no author when the prose repeats the whole heading (`de` is the title’s own)', () => {
    expect(
      read('La casa de Bernarda Alba', 'La casa de Bernarda Alba se representa de nuevo este verano en el teatro municipal, con un reparto joven que convence.')
        .authors,
    ).toEqual([]);
  });
});
