import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isGivenName, startsWithGivenName } from '../../lib/extract/normalize/given-names';
import { buildNames, NAMES_FILE, serialiseNames } from '../../scripts/given-names';

describe('given names', () => {
  it('knows the common given names of the languages read, however they are written', () => {
    for (const w of ['Olivia', 'OLIVIA', 'Jose', 'José', 'João', 'Mehmet', 'Ayşe', 'Jiří', 'Łukasz', 'Олег', 'Олександр', 'Мария', 'Ingrid', 'Sven']) {
      expect(isGivenName(w), w).toBe(true);
    }
  });

  it('does not take a heading word, a common word or a particle written small for one', () => {
    for (const w of ['General', 'Royal', 'Charter', 'Méthode', 'Catalogus', 'Conduct', 'van', 'de', 'olivia', 'O']) {
      expect(isGivenName(w), w).toBe(false);
    }
  });

  it('reads the first word of a name that is not an initial', () => {
    expect(startsWithGivenName('Olivia Laing')).toBe(true);
    expect(startsWithGivenName('J. Olivia Smith')).toBe(true);
    expect(startsWithGivenName('H.G. Wells')).toBe(false);
    expect(startsWithGivenName('General Conduct')).toBe(false);
    expect(startsWithGivenName('')).toBe(false);
  });

  it('is the list a fresh build from faker gives (npx tsx scripts/given-names.ts)', () => {
    expect(readFileSync(NAMES_FILE, 'utf8')).toBe(serialiseNames(buildNames()));
  });
});
