/**
 * The pairs corpus (two review pages of each site, and a page of it that reviews nothing) and
 * what one page's corrections do for the others: well-formed, each site on the side of the split
 * its name gives, and the rules learned at least as useful on the tune pairs as when these floors
 * were last raised, breaking nothing and taking few pages that review nothing; and a site's Yes,
 * on the tune split of the main corpus, more help than harm.
 * The figures themselves: `npm run eval:rules`.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../scripts/corpus';
import { splitOf } from '../../scripts/corpus-split';
import { evaluatePairs, otherFigures, transferFigures, yesReach } from '../../scripts/eval-rules';
import { must } from '../../lib/must';

const pages = loadCorpus(resolve('tests/corpus-pairs'));
const { transfers: results, others } = evaluatePairs();

describe('the pairs corpus', () => {
  it('holds two review pages of each of its sites, a and b, and may hold one that reviews nothing, c, each site on the side of the split its name gives', () => {
    const sites = new Map<string, string[]>();
    for (const p of pages) {
      expect(p.split, p.site).toBe(splitOf(p.site));
      const letter = must(p.slug[0], 'p.slug[0]');
      expect(p.expected.isReview, `${p.site}/${p.slug}`).toBe(letter !== 'c');
      expect(new URL(p.expected.url).host.replace(/^www\./, ''), `${p.site}/${p.slug}`).toBe(p.site);
      sites.set(p.site, [...(sites.get(p.site) ?? []), letter]);
      const html = readFileSync(p.html, 'utf8');
      expect(html, p.slug).toContain('rel="canonical"');
      expect(html.match(/(?:src|href)="(?:https?:)?\/\/[^"]*"/gi)?.filter((m) => !m.startsWith('href')) ?? [], p.slug).toEqual([]);
    }
    expect(sites.size).toBeGreaterThanOrEqual(15);
    for (const [site, slugs] of sites) expect(slugs.sort().join(''), site).toMatch(/^abc?$/);
  });
});

describe('rules learned from one page’s corrections, on the site’s other page', () => {
  it('make the tune pairs’ fields righter and break none', () => {
    const f = transferFigures(results.filter((r) => r.split === 'tune'));
    expect(f.rightAfter / f.fieldsChecked).toBeGreaterThanOrEqual(0.7);
    expect(f.rightAfter - f.rightBefore).toBeGreaterThanOrEqual(33);
    expect(f.learned / f.corrected).toBeGreaterThanOrEqual(0.75);
    expect(f.broken).toBe(0);
    expect(f.recognisedAfter).toBeGreaterThanOrEqual(f.recognisedBefore);
  });

  it('take few of the site’s pages that review nothing, beyond those the extractor alone takes', () => {
    const f = otherFigures(others.filter((r) => r.split === 'tune'));
    expect(f.pages).toBeGreaterThanOrEqual(10);
    expect(f.takenAfter - f.takenBefore).toBeLessThanOrEqual(Math.floor(f.readings * 0.05));
  });

  // Extracts every page of the tune corpus twice: its time grows with the corpus.
  it('a site’s Yes answers the question on the tune corpus’s pages the extractor asks about, and takes few of its other pages for reviews', () => {
    const rows = must(yesReach(undefined, ['tune'])['tune'], "yesReach(undefined, ['tune'])['tune']");
    const of = (kind: string) =>
      must(
        rows.find((r) => r.kind === kind),
        'rows.find((r) => r.kind === kind)',
      );
    // A Yes holds where the extractor would have asked, or where the site's rules find the work
    // (lib/site-rules/apply.ts): the reviews it asks about are then taken.
    const asked = of('review').asked;
    expect(asked).toBeGreaterThan(0);
    expect(of('review').after - of('review').before).toBeGreaterThanOrEqual(asked);
    expect(of('lookalike').after).toBeLessThanOrEqual(of('lookalike').pages * 0.1);
    // A page with nothing in favour but a labelled name is asked about (classify.ts, `bare`), so a
    // site's Yes takes it: fresh event notices with an `Autor:` line are such pages.
    expect(of('ordinary').after).toBeLessThanOrEqual(of('ordinary').pages * 0.025);
  }, 90_000);
});
