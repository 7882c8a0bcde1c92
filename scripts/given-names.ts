/**
 * Writes lib/extract/normalize/given-names.json: the given names of the languages the extractor
 * reads, taken from @faker-js/faker's per-locale name lists, so that "is this a person's name"
 * can ask whether a word is a given name rather than only whether it is capitalised.
 *
 *   npx tsx scripts/given-names.ts            write the list
 *   npx tsx scripts/given-names.ts --check    exit 1 when the committed list differs
 *
 * A name that is also one of its locale's common words in faker (`General`, `Royal`) is left out:
 * such a word opens too many headings and labels to say anything about a person.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as faker from '@faker-js/faker';
import type { LocaleDefinition } from '@faker-js/faker';
import { fold } from '../lib/extract/text';

export const NAMES_FILE = resolve('lib/extract/normalize/given-names.json');

/** faker's locales for the languages the corpus holds (Latin and Cyrillic scripts). */
const LOCALES = (
  'cs_CZ da de de_AT de_CH en en_AU en_GH en_IN en_NG en_ZA es es_MX fi fr fr_BE fr_CH hr hu it lv nb_NO nl nl_BE ' +
  'pl pt_BR pt_PT ro ro_MD ru sk sl_SI sv tr uk'
).split(' ');

function definition(locale: string): LocaleDefinition | undefined {
  return (faker as unknown as Record<string, LocaleDefinition | undefined>)[locale];
}

function firstNames(def: LocaleDefinition | undefined): string[] {
  const f = def?.person?.first_name;
  return f ? [...(f.generic ?? []), ...(f.female ?? []), ...(f.male ?? [])] : [];
}

/** The locale's own common words, lower-cased as written (`völker` is a German word, `Volker` a name). */
function commonWords(def: LocaleDefinition | undefined): Set<string> {
  const out = new Set<string>();
  for (const list of Object.values(def?.word ?? {})) for (const w of (list as string[] | undefined) ?? []) out.add(w.toLowerCase());
  return out;
}

export function buildNames(): { source: string; locales: string[]; names: string } {
  const names = new Set<string>();
  for (const locale of LOCALES) {
    const def = definition(locale);
    const words = commonWords(def);
    for (const full of firstNames(def)) {
      // `María de los Ángeles`, `Ana Luisa`: the first word is a given name on its own.
      const first = full.trim().split(/\s+/)[0] ?? '';
      if (first.length >= 2 && !words.has(first.toLowerCase())) names.add(fold(first));
    }
  }
  const pkg = JSON.parse(readFileSync(resolve('node_modules/@faker-js/faker/package.json'), 'utf8')) as { version: string };
  return { source: `@faker-js/faker ${pkg.version}`, locales: LOCALES, names: [...names].sort().join('\n') };
}

export function serialiseNames(n: ReturnType<typeof buildNames>): string {
  return `${JSON.stringify(n, null, 1)}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const built = buildNames();
  const text = serialiseNames(built);
  if (process.argv.includes('--check')) {
    if (readFileSync(NAMES_FILE, 'utf8') !== text) {
      console.error('lib/extract/normalize/given-names.json differs from a fresh build: run npx tsx scripts/given-names.ts');
      process.exit(1);
    }
    console.log('The committed given names match a fresh build.');
  } else {
    writeFileSync(NAMES_FILE, text);
    console.log(`${built.names.split('\n').length} given names written.`);
  }
}
