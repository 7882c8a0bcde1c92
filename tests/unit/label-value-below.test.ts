/** A label alone on its line takes its value from the lines below, but not a paragraph of prose. */
import { afterAll, describe, expect, it } from 'vitest';
import { findLabelLines } from '../../lib/extract/label-lines';
import { collectLines } from '../../lib/extract/lines';
import { closeWindows, page } from './extract-helpers';

afterAll(closeWindows);

const hits = (body: string) => findLabelLines(collectLines(page(body)).lines, () => true).map((h) => [h.keys[0], h.value]);

const PROSE =
  'In Soucouyant by David Chariandy (Arsenal Pulp Press), a young man whose mother suffers from early-onset dementia pieces together what really happened back home in the Caribbean when she encountered a soucouyant, or evil spirit. The mother’s compelling story begins in a village that is changed forever when it becomes a playground for American soldiers.';

describe('the value under a label left alone', () => {
  it('reads the list or the name on the line below', () => {
    expect(hits('<article><div>Tags</div><div>Fiction, Caribbean, Dementia</div></article>')).toEqual([['keywords', 'Fiction, Caribbean, Dementia']]);
  });
  it('takes no paragraph of prose: a post’s empty `Tags` is followed by its text', () => {
    expect(hits(`<article><h1>Soucouyant</h1><div>Patty Osborne</div><div>Tags</div><div><p>${PROSE}</p></div></article>`)).toEqual([]);
  });
  it('still reads a description under its own label', () => {
    const found = hits(`<table><tr><td>Description</td><td>${PROSE}</td></tr></table>`);
    expect(found.map(([k]) => k)).toEqual(['summary']);
  });
});

describe('a form’s blank', () => {
  it('names nothing, and takes no line below for its value', () => {
    expect(hits('<div><p>Název knihy: xxxxx</p><p>Autor: xxxxx</p><p>Vydání první</p></div>')).toEqual([]);
    expect(hits('<div><p>Author: N/A</p><p>Publisher: Penguin</p></div>')).toEqual([['publisher', 'Penguin']]);
    // A template's value with its blank inside.
    expect(hits('<div><p>Vydavatelství: powerprint s.r.o. pod značkou Bookla, v Praze roku xxxxx</p></div>')).toEqual([]);
  });
});
