/** A heading's dash pair whose two sides both read as names: a known given name tells the person from the title's words. */
import { afterAll, describe, expect, it } from 'vitest';
import { titleByAuthor } from '../../lib/extract/page-info';
import { extractReview } from '../../lib/extract';
import { closeWindows, page } from './extract-helpers';

afterAll(closeWindows);

const work = (body: string) => extractReview(page(`<main><article>${body}</article></main>`), 'https://example.org/2021/01/post.html').work;

describe('a heading `Name - Title` whose two sides both read as names', () => {
  it('takes the side that opens with a known given name for the person, to be confirmed by the prose', () => {
    expect(titleByAuthor('George Orwell - Boğulmamak İçin', true)).toEqual({ title: 'Boğulmamak İçin', people: 'George Orwell', unconfirmed: true });
    expect(titleByAuthor('Querida Sue – Jessica Brockmole', true)).toEqual({ title: 'Querida Sue', people: 'Jessica Brockmole', unconfirmed: true });
  });

  it('says nothing when both sides or neither open with a given name, or in a document title', () => {
    expect(titleByAuthor('Anna Karenina - Lev Tolstoj', true)).toBeNull();
    expect(titleByAuthor('Geç Kayıtlanma Hakkında Duyuru - Işık Üniversitesi Öğrenci')).toBeNull();
  });

  it('reads the author where the prose names the person again', () => {
    const w = work(
      '<h1>Kitap Tanıtım: George Orwell - Boğulmamak İçin</h1><p>George Orwell\'ın "Boğulmamak İçin" isimli kitabının kısaca konusu şöyle: sigorta satıcısı George Bowling geçmişine döner.</p>',
    );
    expect(w.authors).toEqual(['George Orwell']);
    expect(w.title).toBe('Boğulmamak İçin');
  });
});
