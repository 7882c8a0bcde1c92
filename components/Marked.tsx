import { fold } from '@/lib/library/search-terms';

/**
 * Text with the search words marked. Matching is on folded text (case and accents), like the
 * search; the marks are elements around slices of the original text, never parsed markup.
 */
export function Marked({ text, words }: { text: string; words: string[] }) {
  if (!words.length || !text) return <>{text}</>;
  const folded = foldWithMap(text);
  const hits: [number, number][] = [];
  for (const w of words) {
    for (let at = folded.text.indexOf(w); at >= 0; at = folded.text.indexOf(w, at + w.length)) {
      const start = folded.map[at];
      if (start !== undefined) hits.push([start, folded.map[at + w.length] ?? text.length]);
    }
  }
  if (!hits.length) return <>{text}</>;
  hits.sort((a, b) => a[0] - b[0]);
  const parts: (string | preact.JSX.Element)[] = [];
  let pos = 0;
  for (const [s, e] of hits) {
    if (e <= pos) continue;
    const start = Math.max(s, pos);
    if (start > pos) parts.push(text.slice(pos, start));
    parts.push(<mark key={start}>{text.slice(start, e)}</mark>);
    pos = e;
  }
  if (pos < text.length) parts.push(text.slice(pos));
  return <>{parts}</>;
}

/** The folded text and, for each of its positions, the position in the original. */
function foldWithMap(text: string): { text: string; map: number[] } {
  let out = '';
  const map: number[] = [];
  let i = 0;
  for (const ch of text) {
    const f = fold(ch);
    for (let k = 0; k < f.length; k++) map.push(i);
    out += f;
    i += ch.length;
  }
  map.push(text.length);
  return { text: out, map };
}
