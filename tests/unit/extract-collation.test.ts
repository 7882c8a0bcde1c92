/** A dealer's or catalogue's collation of a copy: its format and its page count in one statement. */
import { afterAll, describe, expect, it } from 'vitest';
import { offerCollation } from '../../lib/extract/collation';
import { FieldSet } from '../../lib/extract/fields';
import { collectLines } from '../../lib/extract/lines';
import { findPages } from '../../lib/extract/normalize/pages';
import { closeWindows, page } from './extract-helpers';

afterAll(closeWindows);

function pagesOf(description: string): unknown {
  const doc = page(`<main><h1>Le terre incolte</h1><p>${description}</p></main>`);
  const fs = new FieldSet();
  offerCollation(collectLines(doc).lines, new Set(), fs);
  return fs.get('work.pages') ?? null;
}

describe('a copy’s collation', () => {
  it.each([
    ['In 8 (cm 14 x 20,5), pp. 192. Firma di possesso al piatto anteriore.', 192],
    ['Note: In 8°, pp. XXIII-672. Dalla Introduzione.', 672],
    ['Lisboa. 1986. De 24x17 cm. Com 556, [iii] págs. Brochado.', 556],
    ['(22,8 x 15,7 cm); gr.-8°; XIII,380 Seiten; Halbleinwand der Zeit.', 380],
    ['8vo, 210 pp., original cloth.', 210],
  ])('%s', (text, n) => {
    expect(pagesOf(text)).toBe(n);
  });

  it('gives no one count for a set of volumes', () => {
    expect(pagesOf('(22,8 x 15,7 cm); gr.-8°; XIII,864 Seiten und XII,865,(1) Seiten; Halbleinwandbände der Zeit.')).toBeNull();
    expect(pagesOf('In 8, 2 vols., pp. 310.')).toBeNull();
  });

  it('reads no count without a format, nor one far from it', () => {
    expect(pagesOf('A novel of 320 pages about three generations of a family.')).toBeNull();
    expect(pagesOf(`In 8. ${'Una lunga descrizione della copia e della sua storia editoriale, '.repeat(3)}pp. 192.`)).toBeNull();
  });

  it('counts the pages before unnumbered leaves in brackets', () => {
    expect(findPages('Com 556, [iii] págs.')?.pages).toBe(556);
    expect(findPages('192, [4] p.')?.pages).toBe(192);
  });
});
