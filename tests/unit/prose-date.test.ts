/** The work's year as the sentence naming it gives it. */
import { afterAll, describe, expect, it } from 'vitest';
import { collectLines } from '../../lib/extract/lines';
import { readProseDate } from '../../lib/extract/prose-date';
import { closeWindows, page } from './extract-helpers';

afterAll(closeWindows);

const year = (body: string, title: string) => readProseDate(collectLines(page(`<main>${body}</main>`)).lines, title, () => false)?.date ?? null;

describe('the year the sentence naming the work gives it', () => {
  it('reads “first published in”, “is a YEAR novel” and their likes in the languages read', () => {
    expect(year('<p>Educated, first published in 2018, is Westover’s account of her remarkable life.</p>', 'Educated')).toBe('2018');
    expect(year('<p>Eve: The Awakening is a 2015 young adult science fiction novel by Jenna Moreci.</p>', 'Eve: The Awakening')).toBe('2015');
    expect(year('<p>A Última Colônia, publicado em 2008 nos Estados Unidos, fecha a saga.</p>', 'A Última Colônia')).toBe('2008');
    expect(year('<p>Infidèles, publié en 2012, raconte Slima.</p>', 'Infidèles')).toBe('2012');
    expect(year('<p>Der Roman Lichtspiel, 2023 erschienen, erzählt von Pabst.</p>', 'Lichtspiel')).toBe('2023');
  });
  it('reads the year in brackets right after the title, or after the author the title is credited to', () => {
    expect(year('<p>What You Have Heard is True by Carolyn Forché (2019). Published by Allen Lane.</p>', 'What You Have Heard is True')).toBe('2019');
    expect(year('<p>I finally read Anzac Heroes (2016) with my class.</p>', 'Anzac Heroes')).toBe('2016');
    expect(year('<p>Anzac Heroes, which my class read (2016), was a hit.</p>', 'Anzac Heroes')).toBeNull();
  });
  it('takes no year from a sentence that does not name the work, nor from the next sentence', () => {
    expect(year('<p>Her first novel, published in 2012, won a prize. Educated is different.</p>', 'Educated')).toBeNull();
    expect(year('<p>I loved Educated. My copy was published in 2019 by Windmill.</p>', 'Educated')).toBeNull();
    expect(year('<p>Educated, first published in 2018, is a memoir.</p>', null as unknown as string)).toBeNull();
  });
});
