/** Known given names as evidence where a loose reader takes capitalised words for the work's author. */
import { afterAll, describe, expect, it } from 'vitest';
import { extractReview } from '../../lib/extract';
import { closeWindows, page } from './extract-helpers';

afterAll(closeWindows);

const work = (body: string, head = '') => extractReview(page(body, head), 'https://example.org/2015/12/post.html').work;

describe('a person the prose talks about beside a word for a book', () => {
  const review = (name: string, alone: string) =>
    `<h1>Tyll</h1><p>Eine Epoche des Umbruchs, in welcher der begabteste Erzähler seiner Generation, ${name}, seinen Helden spuken lässt.</p><p>Spannend, wendungsreich und formvollendet bezeugt ${alone} wieder einmal, was Literatur alles kann.</p>`;
  it('a known given name opens a person’s name', () => {
    expect(work(review('Daniel Kehlmann', 'Kehlmann')).authors).toEqual(['Daniel Kehlmann']);
  });
  it('two capitalised words that no known given name opens are no author', () => {
    expect(work(review('Eastern Europe', 'Europe')).authors).toEqual([]);
  });
  it('a name no list knows counts when the review keeps writing it in full', () => {
    const body =
      '<h1>Kuyucaklı Yusuf</h1><p>Hem de Sabahattin Ali romanına yorum yazmak. Sabahattin Ali romanlarında bana başka gelen bir şey var.</p><p>Romanın içinde bir hayalet olarak var hep Sabahattin Ali, seviyorum Ali’yi okumayı.</p>';
    expect(work(body).authors).toEqual(['Sabahattin Ali']);
  });
});

describe('a document title’s parts set off by dashes', () => {
  const prose = '<p>Bu kitapta yazar, tek parti döneminin şeflerini ve onların çevresini anlatıyor.</p>';
  const title = (part: string) => `<title>Tek Parti Cumhuriyet ve Şefler - ${part} - Acarindex</title>`;
  it('a part no known given name opens, which the prose never names, is a journal’s or a supplement’s name', () => {
    expect(work(prose, title('Tarih Kritik Dergisi')).authors).toEqual([]);
  });
  it('a part a known given name opens is the author', () => {
    expect(work(prose, title('Cemil Koçak')).authors).toEqual(['Cemil Koçak']);
  });
  it('a name no list knows counts once the prose names that person', () => {
    const named = '<p>Sabahattin Ali bu kitapta tek parti döneminin şeflerini anlatıyor; Ali arşivlere dayanıyor.</p>';
    expect(work(named, title('Sabahattin Ali')).authors).toEqual(['Sabahattin Ali']);
    expect(work(prose, title('Sabahattin Ali')).authors).toEqual([]);
  });
});
