/**
 * `«Обитель» Захара Прилепина`: a Russian heading gives the work's title in quotes, then its
 * author in the genitive (whose book it is), and nothing after.
 */
import { nominativeName } from './normalize/russian-names';
import { cleanValue } from './text';

const QUOTED_THEN_GENITIVE = /^[«„"]([^«»„“"]{2,150})[»“"]\s+((?:\p{Lu}\.\s?){0,2}\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2})$/u;

/** The title and the author's name in the nominative, or null. */
export function quotedTitleGenitive(text: string): { title: string; people: string } | null {
  const m = QUOTED_THEN_GENITIVE.exec(text.trim());
  const people = m?.[2] ? nominativeName(m[2]) : null;
  return m?.[1] && people ? { title: cleanValue(m[1]), people } : null;
}
