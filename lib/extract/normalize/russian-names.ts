/**
 * A Russian name as prose writes it after a word for a book (`повесть Светланы Замлеловой`,
 * `роман Евгения Водолазкина`): in the genitive case. Its nominative, by the regular endings of
 * family names (-ов/-ев/-ин, -ский/-цкий) and of first names; null when the family name has
 * none of those endings, since the case of other names cannot be told from their spelling.
 */

type Gender = 'f' | 'm';

const FAMILY: readonly (readonly [RegExp, string, Gender])[] = [
  [/([сц]к)ой$/u, '$1ая', 'f'],
  [/(о[вн]|е[вн]|[иы]н)ой$/u, '$1а', 'f'],
  [/([сц]к)ого$/u, '$1ий', 'm'],
  [/(о[вн]|е[вн]|[иы]н)а$/u, '$1', 'm'],
];

/** Masculine first names whose stem changes in the genitive, so no ending rule restores them. */
const FLEETING_VOWEL: Readonly<Record<string, string>> = { Павла: 'Павел', Льва: 'Лев', Петра: 'Пётр' };

/** First names in the genitive: the feminine ones end in -ы, -и; the masculine ones in -а, -я. */
function firstName(word: string, gender: Gender): string {
  if (/^\p{Lu}\.$/u.test(word)) return word;
  if (gender === 'f') {
    if (word.endsWith('ии')) return `${word.slice(0, -1)}я`;
    if (/[ьй]и$/u.test(word)) return `${word.slice(0, -1)}я`;
    if (/[гкхжшчщ]и$/u.test(word)) return `${word.slice(0, -1)}а`;
    if (word.endsWith('ы')) return `${word.slice(0, -1)}а`;
    // `Гузели`, `Любови`: a name ending in a soft sign takes -и in the genitive.
    if (word.endsWith('и')) return `${word.slice(0, -1)}ь`;
    return word;
  }
  const fleeting = FLEETING_VOWEL[word];
  if (fleeting) return fleeting;
  // Masculine names ending in -а (Саша, Никита) decline as the feminine ones do.
  if (word.endsWith('ы') || /[гкхжшчщ]и$/u.test(word)) return `${word.slice(0, -1)}а`;
  if (word.endsWith('ия')) return `${word.slice(0, -1)}й`;
  if (/[еао]я$/u.test(word)) return `${word.slice(0, -1)}й`;
  if (word.endsWith('я')) return `${word.slice(0, -1)}ь`;
  if (word.endsWith('а')) return word.slice(0, -1);
  return word;
}

export function nominativeName(genitive: string): string | null {
  const words = genitive.trim().split(/\s+/);
  const family = words.at(-1);
  if (!family || words.length > 3) return null;
  for (const [end, repl, gender] of FAMILY) {
    if (!end.test(family)) continue;
    // `Гузель Яхина` is already nominative: a first name in the genitive ends in a vowel.
    if (gender === 'm' && words.slice(0, -1).some((w) => !/[аяыи]$|^\p{Lu}\.$/u.test(w))) return words.join(' ');
    return [...words.slice(0, -1).map((w) => firstName(w, gender)), family.replace(end, repl)].join(' ');
  }
  return null;
}
