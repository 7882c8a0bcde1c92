/** `s` as a regular expression that matches it literally (the characters a pattern gives meaning to, escaped). */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
