/** The normalizers, on every example string the issue gives and a few more. */
import { describe, expect, it } from 'vitest';
import { parseByline } from '../../lib/extract/byline';
import { namesOnly } from '../../lib/extract/page-info';
import { labelParts, lookupLabel } from '../../lib/extract/labels';
import { personAmong, personName } from '../../lib/extract/normalize/names';
import { nominativeName } from '../../lib/extract/normalize/russian-names';
import { findDate, normalizeDate, parseDatePlace } from '../../lib/extract/normalize/dates';
import { findDoi, findIsbn } from '../../lib/extract/normalize/ids';
import { splitNames } from '../../lib/extract/normalize/names';
import { findPages, parsePages } from '../../lib/extract/normalize/pages';
import { clean, cleanValue, sharesWord, stripTrailingPunct, stripWrappingQuotes } from '../../lib/extract/text';
import { splitList } from '../../lib/extract/label-fields';

describe('dates', () => {
  it.each([
    ['2019', '2019'],
    ['2022', '2022'],
    ['2022-04', '2022-04'],
    ['2022-04-01', '2022-04-01'],
    ['1 April 2022', '2022-04-01'],
    ['April 1, 2022', '2022-04-01'],
    ['04/2022', '2022-04'],
    ['April 2022', '2022-04'],
    ['Spring 2021', '2021'],
    ['Winter 2020/21', '2020'],
    ['2022-06-13T09:12:44+00:00', '2022-06-13'],
    ['2021/09/30', '2021-09-30'],
    ['March 7th, 2023', '2023-03-07'],
    ['July 18th, 2022', '2022-07-18'],
    ['30 September 2021', '2021-09-30'],
    ['29 Aralık 2015 Salı', '2015-12-29'],
    ['martedì 25 agosto 2020', '2020-08-25'],
    ['12 de março de 2019', '2019-03-12'],
    ['24 сентября 2019 г.', '2019-09-24'],
    ['Temmuz 2016', '2016-07'],
    ['maggio 2018', '2018-05'],
    ['Apr. 1, 2022', '2022-04-01'],
    ['1er avril 2022', '2022-04-01'],
    ['1. April 2022', '2022-04-01'],
    ['12 augustus 2021', '2021-08-12'],
    ['3. desember 2020', '2020-12-03'],
    ['15 de setiembre de 2019', '2019-09-15'],
    ['4 Maret 2020', '2020-03-04'],
    ['12 Agustus 2021', '2021-08-12'],
    ['13.06.2022', '2022-06-13'],
    ['December 2021 / Tokyo', '2021-12'],
    // Months in Portuguese, Italian, Russian (nominative and genitive) and Turkish (with and without its letters).
    ['12 de novembro de 2012', '2012-11-12'],
    ['4 maggio 2019', '2019-05-04'],
    ['ноябрь 2012', '2012-11'],
    ['5 ноября 2012 г.', '2012-11-05'],
    ['3 Kasım 2015', '2015-11-03'],
    ['AGUSTOS 2016', '2016-08'],
    // Months of Dutch, the Scandinavian languages, Polish, Czech, Slovak, Finnish, Hungarian, Romanian,
    // Catalan and Ukrainian, in the case a date puts them in.
    ['27 januari 2022', '2022-01-27'],
    ['den 3 mars 2021', '2021-03-03'],
    ['12. marts 2020', '2020-03-12'],
    ['12 stycznia 2020', '2020-01-12'],
    ['Data wydania: październik 2019', '2019-10'],
    ['5. května 2018', '2018-05-05'],
    ['7. októbra 2017', '2017-10-07'],
    ['12. tammikuuta 2020', '2020-01-12'],
    ['2020. január 12.', '2020-01-12'],
    ['3 noiembrie 2015', '2015-11-03'],
    ["12 d'octubre de 2020", '2020-10-12'],
    ['4 de gener de 2019', '2019-01-04'],
    ['12 січня 2020 р.', '2020-01-12'],
    // A word before a year that is no month's name does not hide the date after it.
    ['Chapter 3, 2020, first published May 4, 2021', '2021-05-04'],
  ])('%s → %s', (input, iso) => {
    expect(normalizeDate(input)).toBe(iso);
  });

  it('finds no date where there is none', () => {
    expect(normalizeDate('Report')).toBeNull();
    expect(normalizeDate('66 pages')).toBeNull();
    expect(findDate('')).toBeNull();
  });

  it('reads `April 1, 2022 / USA` as a date and a place', () => {
    expect(parseDatePlace('April 1, 2022 / USA')).toEqual({ date: '2022-04-01', place: 'USA', dateQuote: 'April 1, 2022', placeQuote: 'USA' });
  });

  it('reads a place before the date, and a date alone', () => {
    expect(parseDatePlace('London, 2019')).toMatchObject({ date: '2019', place: 'London' });
    expect(parseDatePlace('Spring 2021')).toMatchObject({ date: '2021', place: null });
    expect(parseDatePlace('April\u00a01,\u00a02022 / USA')).toMatchObject({ date: '2022-04-01', place: 'USA' });
  });
});

describe('pages', () => {
  it.each([
    ['66', 66],
    ['66 pp.', 66],
    ['66\u00a0pp.', 66],
    ['xii + 310 pages', 310],
    ['310 p.', 310],
    ['pp. 310', 310],
    ['254 PAGES', 254],
    ['xiv + 312 pages', 312],
    ['Pp. xiv + 312', 312],
    ['1,024 pages', 1024],
    ['412 pages', 412],
    ['38 S.', 38],
    ['pp. 211-213', 3],
    ['iv-47 p.', 47],
    ['xvi-319 pages', 319],
  ])('%s → %d', (input, n) => {
    expect(parsePages(input)).toBe(n);
  });

  it.each([
    ['Rosinante, 368 sider, 299,95 kr', 368],
    ['Bonniers, 412 sidor', 412],
    ['Argo, 320 stran, 398 Kč', 320],
    ['Prometheus, 256 blz., € 22,99', 256],
    ['Querido, 184 pagina’s', 184],
    ['Otava, 290 sivua', 290],
    ['Magvető, 350 oldal', 350],
  ])('finds the page count in %s, in the word for pages of its language', (text, n) => {
    expect(findPages(text)?.pages).toBe(n);
  });

  it('finds a page count inside a citation and not in a price', () => {
    expect(findPages('Almaty: Silk Road Press, 2019. xiv + 312 pages. $35.00 paper.')?.pages).toBe(312);
    expect(findPages('$35.00 paper')).toBeNull();
    expect(parsePages('Report')).toBeNull();
  });
});

describe('names', () => {
  const names = (s: string) => splitNames(s).names;
  it('keeps a many-part name whole', () => expect(names('Niva Yau Tsz Yan')).toEqual(['Niva Yau Tsz Yan']));
  it('keeps an inverted name whole', () => expect(names('Smith, John')).toEqual(['Smith, John']));
  it('leaves out a catalogue’s later statement of who illustrated or translated', () => {
    expect(names('António Torrado, Maria Alberta Menéres ; il. Melo Frazão')).toEqual(['António Torrado', 'Maria Alberta Menéres']);
    expect(names('Jane Doe ; translated by John Roe')).toEqual(['Jane Doe']);
    expect(names('Олег Рой ; [иллюстрации О. Юдина')).toEqual(['Олег Рой']);
  });

  it('splits on and / &', () => {
    expect(names('Karim Haddad and Lucía Ferreira-Ramos')).toEqual(['Karim Haddad', 'Lucía Ferreira-Ramos']);
    expect(names('Mehmet Yılmaz & Elif Demir')).toEqual(['Mehmet Yılmaz', 'Elif Demir']);
  });
  it('splits on semicolons', () => {
    expect(names('Nguyen Thi Lan; Robert Ellison; Park Ji-hoon')).toEqual(['Nguyen Thi Lan', 'Robert Ellison', 'Park Ji-hoon']);
    expect(names('Smith, John; Doe, Jane')).toEqual(['Smith, John', 'Doe, Jane']);
  });
  it('splits on commas between full names, with an Oxford comma', () => {
    expect(names('Anna Korsakova, John Smith, and Kim Lee')).toEqual(['Anna Korsakova', 'John Smith', 'Kim Lee']);
    expect(names('Ruth Abebe, Kwame Mensah, Li Wei & Sara Lindholm')).toEqual(['Ruth Abebe', 'Kwame Mensah', 'Li Wei', 'Sara Lindholm']);
  });
  it('pairs inverted names', () => expect(names('Smith, J., Doe, K.')).toEqual(['Smith, J.', 'Doe, K.']));
  it('keeps organisations whole', () => {
    expect(names('Centre for Peace and Security')).toEqual(['Centre for Peace and Security']);
    expect(names('Institute for Maritime Affairs, Hanoi')).toEqual(['Institute for Maritime Affairs, Hanoi']);
  });
  it('drops et al., honorifics and (bio); marks editors', () => {
    expect(names('A. Korsakova et al.')).toEqual(['A. Korsakova']);
    expect(names('Dr. Jane Doe (bio)')).toEqual(['Jane Doe']);
    // Academic titles in other languages, several in a row.
    expect(names('Yrd. Doç. Dr. Kürşad Turan')).toEqual(['Kürşad Turan']);
    expect(names('Dott.ssa Maria Rossi')).toEqual(['Maria Rossi']);
    expect(names('Ingrid Rembold')).toEqual(['Ingrid Rembold']);
    expect(splitNames('Marta Nowak and Piotr Zieliński (eds.)')).toEqual({ names: ['Marta Nowak', 'Piotr Zieliński'], editors: true });
  });
  it('splits lines of a multi-line value', () => expect(names('Johanna Weiss\nLukas Brandt')).toEqual(['Johanna Weiss', 'Lukas Brandt']));
});

describe('a byline that names the newsroom', () => {
  it.each(['Redacción', 'Redaktion', 'La Rédaction', 'Staff', 'Редакция'])('%s is no person', (byline) => {
    expect(splitNames(byline).names).toEqual([]);
  });
  it('keeps the people beside it', () => expect(splitNames('Redacción; Ana Nieto').names).toEqual(['Ana Nieto']));
});

describe('Russian names in the genitive', () => {
  it.each([
    ['Светланы Замлеловой', 'Светлана Замлелова'],
    ['Гузель Яхиной', 'Гузель Яхина'],
    ['Гузели Яхиной', 'Гузель Яхина'],
    ['Е. Рождественской', 'Е. Рождественская'],
    ['Евгения Водолазкина', 'Евгений Водолазкин'],
    ['Ольги Славниковой', 'Ольга Славникова'],
    ['Андрея Белого', null],
    ['Игоря Волгина', 'Игорь Волгин'],
    ['Марии Степановой', 'Мария Степанова'],
    ['Михаила Шишкина', 'Михаил Шишкин'],
    ['Саши Соколова', 'Саша Соколов'],
    ['Павла Басинского', 'Павел Басинский'],
    ['Льва Данилкина', 'Лев Данилкин'],
    ['Гузель Яхина', 'Гузель Яхина'],
  ])('%s → %s', (genitive, nominative) => {
    expect(nominativeName(genitive)).toBe(nominative);
  });
});

describe('text cleaning', () => {
  it('cleans non-breaking and zero-width spaces', () => {
    expect(clean('  East\u00a0Turkistan\u00a0 ')).toBe('East Turkistan');
    expect(clean('a\u200b b\n\tc')).toBe('a b c');
  });
  it('collapses every odd space and drops invisible marks, wherever they stand', () => {
    // A seeded walk over strings of plain and odd spacing: the cleaned form has single plain spaces only.
    const parts = ['a', 'B', ' ', '  ', '\u00a0', '\u200b', '\u00ad', '\u200e', '\n', '\t', '\u3000', 'é', '.'];
    let seed = 7;
    for (let n = 0; n < 500; n++) {
      let s = '';
      for (let k = 0; k < 12; k++) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        s += parts[seed % parts.length] ?? '';
      }
      const c = clean(s);
      expect(c).not.toMatch(/[^\S ]| {2}|^ | $|[\u00ad\u200b\u200e]/);
      expect(c.replace(/ /g, '')).toBe(s.replace(/[\s\u200b\u00ad\u200e]/g, ''));
    }
    expect(clean(' plain words stay ')).toBe('plain words stay');
  });
  it('strips wrapping smart quotes but keeps apostrophes', () => {
    expect(stripWrappingQuotes('“Energy Corridors in the Eastern Mediterranean”')).toBe('Energy Corridors in the Eastern Mediterranean');
    expect(stripWrappingQuotes('"Plain"')).toBe('Plain');
    expect(stripWrappingQuotes('China’s Security')).toBe('China’s Security');
  });
  it('strips trailing punctuation but keeps abbreviation dots', () => {
    expect(stripTrailingPunct('Pacific Strategy Forum.')).toBe('Pacific Strategy Forum');
    expect(stripTrailingPunct('PLA;')).toBe('PLA');
    expect(stripTrailingPunct('978-83-66561-20-5.')).toBe('978-83-66561-20-5');
    expect(stripTrailingPunct('Smith, J.')).toBe('Smith, J.');
    expect(stripTrailingPunct('Harrow & Finch Ltd.')).toBe('Harrow & Finch Ltd.');
    expect(cleanValue(' / USA ')).toBe('USA');
  });
  it('splits keyword lists', () => {
    expect(splitList('China, Central Asia, Security, Soviet Union, East Turkistan\u00a0')).toEqual([
      'China',
      'Central Asia',
      'Security',
      'Soviet Union',
      'East Turkistan',
    ]);
    expect(splitList('natural gas; Eastern Mediterranean; Cyprus; EastMed pipeline;')).toEqual([
      'natural gas',
      'Eastern Mediterranean',
      'Cyprus',
      'EastMed pipeline',
    ]);
  });
});

describe('identifiers', () => {
  it('finds ISBNs as written', () => {
    expect(findIsbn('ISBN: 978-1-78738-114-8')?.isbn).toBe('978-1-78738-114-8');
    expect(findIsbn('ISBN 978-9966-123-45-9')?.isbn).toBe('978-9966-123-45-9');
    expect(findIsbn('0-19-852663-6')?.isbn).toBe('0-19-852663-6');
    expect(findIsbn('call 555-1234')).toBeNull();
    // A template's number with placeholders for its last groups.
    expect(findIsbn('ISBN 978-80-7568-XXX-X')).toBeNull();
    expect(findIsbn('978-80-7568-XXX-X')).toBeNull();
    expect(findIsbn('ISBN 0-19-852663-X.')?.isbn).toBe('0-19-852663-X');
  });
  it('finds DOIs without the resolver or prefix', () => {
    expect(findDoi('https://doi.org/10.5555/psf.2022.007')).toBe('10.5555/psf.2022.007');
    expect(findDoi('doi:10.31235/bcep.2021.14')).toBe('10.31235/bcep.2021.14');
    expect(findDoi('no doi here')).toBeNull();
  });
});

describe('bylines', () => {
  it('splits name and role', () => {
    expect(parseByline('By: Riyaz ul Khaliq, CIGA Non-resident Research Associate')).toMatchObject({
      name: 'Riyaz ul Khaliq',
      role: 'CIGA Non-resident Research Associate',
    });
    expect(parseByline('Reviewed by Henrik Sørensen, University of Southern Denmark')).toMatchObject({
      name: 'Henrik Sørensen',
      role: 'University of Southern Denmark',
    });
    expect(parseByline('Jane Doe (University of Leeds)')).toMatchObject({ name: 'Jane Doe', role: 'University of Leeds' });
    expect(parseByline('Recensie door Marjet Maks')).toMatchObject({ name: 'Marjet Maks' });
  });
  it('drops decorations, dates and footnote marks', () => {
    expect(parseByline('Natalia Orlova (bio)')).toMatchObject({ name: 'Natalia Orlova', role: null });
    expect(parseByline('Tomás Herrera · 2 May 2023 · 9 min read')).toMatchObject({ name: 'Tomás Herrera', role: null });
    expect(parseByline('Dana Whitaker1')).toMatchObject({ name: 'Dana Whitaker', role: null });
    // A dateline before the name, its parts set apart by middle dots.
    expect(parseByline('BUCUREŞTI, (15.08.2018, 10:19) · Stelian Turlea · 241 afișări')).toMatchObject({ name: 'Stelian Turlea' });
  });
  it('takes a page’s buttons and a word for a book for no name', () => {
    expect(namesOnly('In den Warenkorb')).toBe(false);
    expect(namesOnly('Yorum Gönder')).toBe(false);
    expect(namesOnly('Kitap Mühendisi')).toBe(false);
    expect(namesOnly('Yusuf Özoğlu')).toBe(true);
  });
  it('reads the by-words of other languages, and posting words before them', () => {
    expect(parseByline('Av Preben Jordal')).toMatchObject({ name: 'Preben Jordal' });
    expect(parseByline('Door Jan de Vries')).toMatchObject({ name: 'Jan de Vries' });
    expect(parseByline('Pubblicato da Silvia Rossi')).toMatchObject({ name: 'Silvia Rossi' });
    expect(parseByline('Recensione a cura di Silvia M.')).toMatchObject({ name: 'Silvia M.' });
    // `Di` alone opens an Italian family name.
    expect(parseByline('Di Pietrantonio Donatella')).toMatchObject({ name: 'Di Pietrantonio Donatella' });
  });
  it('drops a blog footer’s time after the name, and takes no name with a digit in it', () => {
    expect(parseByline('Eingestellt von Jörg Petzold um 10:12')).toMatchObject({ name: 'Jörg Petzold' });
    expect(parseByline('Posted by Jane Doe at 7:05 PM')).toMatchObject({ name: 'Jane Doe' });
    expect(parseByline('Ocak 18')).toBeNull();
  });
  it('passes over a credit word set apart before the name', () => {
    expect(parseByline('Author · Inga Velde · Research Department')).toMatchObject({ name: 'Inga Velde' });
    expect(parseByline('Rezensentin | Moni Egger')).toMatchObject({ name: 'Moni Egger' });
  });
});

describe('label vocabulary', () => {
  it.each([
    ['Author:', ['authors']],
    ['Author(s)', ['authors']],
    ['Authors', ['authors']],
    ['Written by', ['authors']],
    ['Editor(s)', ['editors']],
    ['Edited by', ['editors']],
    ['Affiliation', ['affiliation']],
    ['Institution', ['affiliation']],
    ['Publisher', ['publisher']],
    ['Organization', ['publisher']],
    ['Organization/Publisher', ['publisher']],
    ['NUMBER OF PAGES ', ['pages']],
    ['Number  of\u00a0pages:', ['pages']],
    ['Sayfa Sayısı', ['pages']],
    ['Published by', ['publisher']],
    ['Think tank', ['publisher']],
    ['Date', ['date']],
    ['Publication Date', ['date']],
    ['Published', ['date']],
    ['Year', ['date']],
    ['Date/Place', ['date', 'place']],
    ['Place', ['place']],
    ['Place of publication', ['place']],
    ['Type', ['type']],
    ['Type of Literature', ['type']],
    ['Content Type', ['type']],
    ['Document type', ['type']],
    ['Format', ['type']],
    ['Pages', ['pages']],
    ['Number of Pages', ['pages']],
    ['No. of pages', ['pages']],
    ['Length', ['pages']],
    ['Extent', ['pages']],
    ['Keywords', ['keywords']],
    ['Tags', ['keywords']],
    ['Topics', ['keywords']],
    ['Subjects', ['keywords']],
    ['ISBN', ['isbn']],
    ['DOI', ['doi']],
    ['Link', ['link']],
    ['URL', ['link']],
    ['Source', ['link']],
    ['Language', ['language']],
    ['Reviewed by', ['reviewer']],
    ['Reviewer', ['reviewer']],
    ['By', ['reviewer']],
    ['Verlag', ['publisher']],
    ['Éditeur', ['publisher']],
    ['YAZARI', ['authors']],
    ['ESERİN ADI', ['title']],
    ['SAYFA SAYISI', ['pages']],
    ['BASIM YERİ ve YILI', ['place', 'date']],
    ['Lugar y fecha', ['place', 'date']],
    ['Auflage/ Erscheinungsjahr', ['date']],
    ['Název', ['title']],
    ['Počet stran', ['pages']],
    ['Nakladatelství', ['publisher']],
    ['Liczba stron', ['pages']],
    ['Wydawnictwo', ['publisher']],
    ['Författare', ['authors']],
    ['Förlag', ['publisher']],
    ['Sidetal', ['pages']],
    ['Kiadó', ['publisher']],
    ['Oldalszám', ['pages']],
    ['Editura', ['publisher']],
    ['Număr de pagini', ['pages']],
    ['Títol', ['title']],
    ['Видавництво', ['publisher']],
    ['Кількість сторінок', ['pages']],
    ['Titel', ['title']],
  ])('%s', (label, keys) => {
    expect(lookupLabel(label)).toEqual(keys);
  });
  it('gives each part of a combined label its field, or none for a series or an edition', () => {
    expect(labelParts('Издательство, серия')).toEqual(['publisher', null]);
    expect(labelParts('Ort/Verlag/Jahr')).toEqual(['place', 'publisher', 'date']);
    expect(labelParts('Reihe/Serie')).toBeNull();
  });
  it('rejects words that are not labels', () => {
    expect(lookupLabel('Note')).toBeNull();
    expect(lookupLabel('Journal')).toBeNull();
    expect(lookupLabel('Genre')).toBeNull();
    expect(lookupLabel('Contributors')).toBeNull();
    expect(lookupLabel('This assessment of China’s evolving engagement')).toBeNull();
  });
});

describe('personName', () => {
  it('puts inverted names in reading order and leaves the rest as written', () => {
    expect(personName('Baranetskyi, Dmytro')).toBe('Dmytro Baranetskyi');
    expect(personName('Smith, J. A., Jr.')).toBe('J. A. Smith Jr.');
    expect(personName('van der Berg, Anna')).toBe('Anna van der Berg');
    expect(personName('Riyaz ul Khaliq')).toBe('Riyaz ul Khaliq');
    expect(personName('Institute of Regional Studies, Islamabad')).toBe('Institute of Regional Studies, Islamabad');
    expect(personName('Prefeitura de São José dos Campos, Secretaria de Mobilidade')).toBe('Prefeitura de São José dos Campos, Secretaria de Mobilidade');
    expect(personName('Ministerio de Cultura, Madrid')).toBe('Ministerio de Cultura, Madrid');
    expect(personName('Smith, John, Oxford')).toBe('Smith, John, Oxford');
    expect(personName('Андреева Татьяна Васильевна')).toBe('Татьяна Васильевна Андреева');
    expect(personName('Ефимова В. В.')).toBe('В. В. Ефимова');
    expect(personName('Anna Maria Schmidt')).toBe('Anna Maria Schmidt');
  });

  it('keeps a suffix after the comma where it belongs: in reading order already, or family, suffix, given', () => {
    expect(personName('Joseph S. Nye, Jr.')).toBe('Joseph S. Nye, Jr.');
    expect(personName('Nye, Jr., Joseph S.')).toBe('Joseph S. Nye, Jr.');
    expect(splitNames('Nye, Jr., Joseph S.').names).toEqual(['Nye, Jr., Joseph S.']);
    expect(splitNames('Nye, Jr., Joseph S.; Doe, Jane').names).toEqual(['Nye, Jr., Joseph S.', 'Doe, Jane']);
  });
});

describe('one of the work’s people, however written', () => {
  it('matches a name inverted, in capitals or with other accents as the same person', () => {
    const ofWork = personAmong(['Noll, Ingrid', 'Hervé Le Tellier']);
    expect(ofWork('Ingrid Noll')).toBe(true);
    expect(ofWork('INGRID NOLL')).toBe(true);
    expect(ofWork('Herve Le Tellier')).toBe(true);
    expect(ofWork('Ann Skea')).toBe(false);
  });
});

describe('two strings sharing a word', () => {
  it('counts only words of the given length, across case and accents', () => {
    expect(sharesWord('Old Bergen Museum', 'Norway – Bergen', 3)).toBe(true);
    expect(sharesWord('Scar on the Moon', 'The Scar', 4)).toBe(true);
    expect(sharesWord('Scar on the Moon', 'The Sun', 4)).toBe(false);
    expect(sharesWord('Élan vital', 'ELAN', 4)).toBe(true);
  });
});
