import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { anchor, anchorAll, describeRange, normalizeText, type Selectors, type TextIndex } from '@/lib/anchor';
import { indexPage, page } from './anchor-helpers';
import { rng } from '../../scripts/rng';
import { must } from '../../lib/must';

const DIRS = ['tests/fixtures', 'tests/fixtures/pages', 'tests/fixtures/extract'];
const FILES = DIRS.flatMap((d) =>
  readdirSync(resolve(d))
    .filter((f) => f.endsWith('.html'))
    .map((f) => join(d, f)),
);

/** The markup inside <body>, read from a fixture file (test data, not user input). */
function bodyOf(file: string): string {
  const html = readFileSync(resolve(file), 'utf8');
  return /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
}

/** Random ranges: from a text offset or an element boundary, to another one up to ~600 units later. */
function randomRanges(index: TextIndex, count: number, seed: number): Range[] {
  const next = rng(seed);
  const elements = [...document.body.querySelectorAll('*')];
  const out: Range[] = [];
  const { nodes } = index;
  while (out.length < count) {
    const r = document.createRange();
    if (next() < 0.2 && elements.length) {
      // On an element: before one of its children.
      const e = must(elements[Math.floor(next() * elements.length)], 'elements[Math.floor(next() * elements.length)]');
      r.setStart(e, Math.floor(next() * (e.childNodes.length + 1)));
    } else {
      const n = must(nodes[Math.floor(next() * nodes.length)], 'nodes[Math.floor(next() * nodes.length)]');
      r.setStart(n, Math.floor(next() * (n.data.length + 1)));
    }
    const startT = index.offsetAt(r.startContainer, r.startOffset, 'start');
    const [en, eo] = index.pointAt(Math.min(index.text.length, startT + 1 + Math.floor(next() ** 2 * 600)), 'end');
    if (next() < 0.15 && en.parentNode) {
      const parent = en.parentNode;
      r.setEnd(parent, Array.prototype.indexOf.call(parent.childNodes, en) + 1);
    } else r.setEnd(en, eo);
    out.push(r);
  }
  return out;
}

describe('describe then anchor, on every fixture page', () => {
  it('covers all the fixture folders', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(30);
  });

  FILES.forEach((file, fileNo) => {
    it(`${file}: 60 random ranges come back at exactly the same offsets`, () => {
      const index = page(bodyOf(file));
      let described = 0;
      const targets: Selectors[] = [];
      for (const range of randomRanges(index, 60, 1000 + fileNo)) {
        const d = describeRange(index, range);
        if (!d) continue;
        described++;
        // The quote is the normalised text at the position.
        expect(normalizeText(index.text.slice(d.position.start, d.position.end))).toBe(d.quote.exact);
        targets.push(d);
      }
      // Some ranges hold only white space or skipped text (templates, scripts); most do not.
      expect(described).toBeGreaterThan(10);

      // Unchanged page, fresh index: exactly the same offsets, by position.
      const fresh = indexPage();
      const results = anchorAll(fresh, targets);
      results.forEach((r, i) => {
        expect(r, `range ${i}`).not.toBeNull();
        expect([must(r, 'r').start, must(r, 'r').end, must(r, 'r').method]).toEqual([
          must(must(targets[i], 'targets[i]').position, 'targets[i].position').start,
          must(must(targets[i], 'targets[i]').position, 'targets[i].position').end,
          'position',
        ]);
      });

      // Without the position: the same place, or null when the quote's context cannot tell the
      // copies apart. Never another place.
      for (const t of targets) {
        const r = anchor(fresh, { quote: t.quote });
        if (r) expect([r.start, r.end]).toEqual([must(t.position, 't.position').start, must(t.position, 't.position').end]);
      }

      // A paragraph added at the top: every quote is found, shifted by exactly the added text.
      const old = fresh.text;
      document.body.insertAdjacentHTML('afterbegin', '<p>An editor’s note added at the top of the page.</p>');
      const shifted = indexPage();
      const delta = shifted.text.length - old.length;
      expect(shifted.text.endsWith(old)).toBe(true);
      anchorAll(shifted, targets).forEach((r, i) => {
        expect(r, `range ${i} after the insertion`).not.toBeNull();
        expect([must(r, 'r').start, must(r, 'r').end]).toEqual([
          must(must(targets[i], 'targets[i]').position, 'targets[i].position').start + delta,
          must(must(targets[i], 'targets[i]').position, 'targets[i].position').end + delta,
        ]);
      });
    });
  });
});
