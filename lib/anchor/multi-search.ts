/**
 * All occurrences of many strings in one text, in one pass: for a page whose annotations all
 * moved, this replaces one indexOf scan of the page per annotation by one scan for all of them.
 *
 * Needles of SAMPLED units or more: each registers the hashes of its KEY-unit windows at
 * offsets 0…STEP-1; the text is hashed only at every STEP-th offset, and a window whose hash is
 * registered points at the one place where that needle could start, which is then compared.
 * Every occurrence is found exactly once (by the one sampled offset within its first STEP
 * units). Needles of KEY to SAMPLED-1 units are found with a rolling hash over every offset
 * (Rabin–Karp); shorter ones with indexOf.
 */

import { must } from '../must';

export const KEY = 16;
const STEP = 16;
export const SAMPLED = KEY + STEP - 1;
const BASE = 0x01000193;
const FILTER_BITS = 20;

function slot(h: number): number {
  return Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) >>> (32 - FILTER_BITS);
}

function hashAt(s: string, at: number): number {
  let h = 0;
  for (let j = at, end = at + KEY; j < end; j++) h = (Math.imul(h, BASE) + s.charCodeAt(j)) | 0;
  return h;
}

/** Hash → entries (needle id, offset of the window in the needle), with a bit filter in front. */
class Keys {
  readonly map = new Map<number, number[]>();
  readonly filter = new Uint8Array(1 << (FILTER_BITS - 3));

  add(h: number, id: number, offset: number): void {
    const list = this.map.get(h);
    if (list) list.push(id, offset);
    else this.map.set(h, [id, offset]);
    const s = slot(h);
    const byte = s >>> 3;
    this.filter[byte] = (this.filter[byte] ?? 0) | (1 << (s & 7));
  }

  /** Entries for a hash, or undefined (the filter answers most misses without the map). */
  get(h: number): number[] | undefined {
    const s = slot(h);
    return (this.filter[s >>> 3] ?? 0) & (1 << (s & 7)) ? this.map.get(h) : undefined;
  }
}

/** Every start offset (overlapping ones too) of each needle, in increasing order. */
export function findAll(text: string, needles: readonly string[]): number[][] {
  const out = needles.map((): number[] => []);
  const sampled = new Keys();
  const rolling = new Keys();
  needles.forEach((needle, i) => {
    if (!needle) return;
    if (needle.length >= SAMPLED) {
      for (let j = 0; j < STEP; j++) sampled.add(hashAt(needle, j), i, j);
    } else if (needle.length >= KEY) {
      rolling.add(hashAt(needle, 0), i, 0);
    } else {
      const hits = must(out[i], 'a list per needle');
      for (let o = text.indexOf(needle); o !== -1; o = text.indexOf(needle, o + 1)) hits.push(o);
    }
  });
  const last = text.length - KEY;
  if (sampled.map.size) {
    for (let p = 0; p <= last; p += STEP) {
      const entries = sampled.get(hashAt(text, p));
      if (!entries) continue;
      // Entries are (needle id, offset in the needle) pairs.
      for (let e = 0; e + 1 < entries.length; e += 2) {
        const id = entries[e] ?? 0;
        const q = p - (entries[e + 1] ?? 0);
        const needle = needles[id];
        if (q >= 0 && needle !== undefined && text.startsWith(needle, q)) out[id]?.push(q);
      }
    }
  }
  if (rolling.map.size && last >= 0) {
    let top = 1; // BASE^(KEY-1), to take the unit leaving the window out of the hash
    for (let j = 1; j < KEY; j++) top = Math.imul(top, BASE);
    let h = hashAt(text, 0);
    for (let i = 0; ; i++) {
      const entries = rolling.get(h);
      if (entries) {
        for (let e = 0; e < entries.length; e += 2) {
          const id = entries[e] ?? 0;
          const needle = needles[id];
          if (needle !== undefined && text.startsWith(needle, i)) out[id]?.push(i);
        }
      }
      if (i === last) break;
      h = (Math.imul((h - Math.imul(text.charCodeAt(i), top)) | 0, BASE) + text.charCodeAt(i + KEY)) | 0;
    }
  }
  for (const list of out) if (list.length > 1) list.sort((a, b) => a - b);
  return out;
}
