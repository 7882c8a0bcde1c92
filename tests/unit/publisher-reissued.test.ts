/** The publisher where a review says the book was put out again or by whom (`réédité en poche par Helios`). */
import { afterAll, describe, expect, it } from 'vitest';
import { collectLines } from '../../lib/extract/lines';
import { readPublisherMention } from '../../lib/extract/publisher-lines';
import { closeWindows, page } from './extract-helpers';

afterAll(closeWindows);

const publisher = (p: string) => readPublisherMention(collectLines(page(`<main><p>${p}</p></main>`)).lines, () => false)?.publisher ?? null;

describe('a house that published a book again, or put it out', () => {
  it.each([
    ['Publié d’abord chez ActuSF en grand format, il a été récemment réédité en poche par Helios au prix de 7.90 euros.', 'Helios'],
    ['Denis Mack Smith, il grande storico di Oxford, è stato ripubblicato finalmente da Laterza nella sua opera più importante.', 'Laterza'],
    ['O livro "Madrugada", de Jozyclécio Mégda, 1ª Edição, 91 páginas, editado por Virtual Books traz poesias.', 'Virtual Books'],
    ['The novel was reissued by Faber in 2019, with a new afterword.', 'Faber'],
  ])('%s', (p, name) => {
    expect(publisher(p)).toBe(name);
  });

  it('takes no person: `editado por` also credits an editor', () => {
    expect(publisher('Una antología de cuentos editada por Juan Pérez García, con prólogo del autor.')).toBeNull();
  });
});
