import { describe, expect, it } from 'vitest';
import { anchor, anchorAll, describeRange, normalizeText } from '@/lib/anchor';
import { describeText, el, indexPage, page, prose, rangeOf, textAt } from './anchor-helpers';
import { must } from '../../lib/must';

const P1 = 'The commission met in Almaty in the spring and agreed to review the customs schedule line by line.';
const P2 = 'Observers noted that the border posts on the eastern frontier had been rebuilt with new funds.';
const P3 = 'Trade across the passes grew quickly, although the figures remain disputed by several ministries.';
const P4 = 'In the end the envoys signed a charter that left most questions for a later council to settle.';

const article = (...paras: string[]) => `<article>${paras.map((p) => `<p>${p}</p>`).join('\n')}</article>`;

/** Describes `needle` on `before`, then anchors it on `after` (a fresh index). */
function carry(before: string, needle: string, after: string, nth = 0) {
  page(before);
  const target = describeText(needle, nth);
  const index = page(after);
  return { index, target, result: anchor(index, target) };
}

describe('anchor: the page as it was', () => {
  it('within one text node', () => {
    const index = page(article(P1, P2));
    const d = must(describeRange(index, rangeOf(index, 'border posts on the eastern')), "describeRange(index, rangeOf(index, 'border posts on the eastern'))");
    const r = must(anchor(indexPage(), d), 'anchor(indexPage(), d)');
    expect([r.start, r.end, r.method, r.score]).toEqual([d.position.start, d.position.end, 'position', 1]);
    expect(r.range.toString()).toBe('border posts on the eastern');
  });

  it('across inline elements', () => {
    const index = page('<p>The <a href="#">commission</a> met in <b>Almaty <i>in the</i></b> spring and agreed.</p>');
    const d = must(
      describeRange(index, rangeOf(index, 'commission met in Almaty in the spring')),
      "describeRange(index, rangeOf(index, 'commission met in Almaty in the spring'))",
    );
    const r = must(anchor(indexPage(), d), 'anchor(indexPage(), d)');
    expect(r.method).toBe('position');
    expect(r.range.toString()).toBe('commission met in Almaty in the spring');
    expect(r.range.startContainer.textContent).toBe('commission');
  });

  it('across block elements: the boundary is one newline in the index and one space in the quote', () => {
    const index = page(article(P1, P2));
    const d = must(
      describeRange(index, rangeOf(index, 'line by line. Observers noted')),
      "describeRange(index, rangeOf(index, 'line by line. Observers noted'))",
    );
    // Block newline, the page's own "\n" between the paragraphs, block newline: nothing collapsed.
    expect(index.text.slice(d.position.start, d.position.end)).toBe('line by line.\n\n\nObservers noted');
    const r = must(anchor(indexPage(), d), 'anchor(indexPage(), d)');
    expect([r.start, r.end]).toEqual([d.position.start, d.position.end]);
    expect(r.range.toString()).toBe('line by line.\nObservers noted'); // the added newlines are in no node
  });

  it('across table cells and rows', () => {
    const index = page('<table><tr><th>Year</th><th>Tariff</th></tr><tr><td>2019</td><td>12%</td></tr><tr><td>2020</td><td>9%</td></tr></table>');
    expect(index.text).toBe('Year\nTariff\n2019\n12%\n2020\n9%');
    const d = must(describeRange(index, rangeOf(index, '12% 2020')), "describeRange(index, rangeOf(index, '12% 2020'))");
    const r = must(anchor(indexPage(), d), 'anchor(indexPage(), d)');
    expect(r.range.toString()).toBe('12%2020');
    expect(must(r.range.startContainer.parentElement, 'r.range.startContainer.parentElement').tagName).toBe('TD');
  });

  it('across list items', () => {
    const index = page('<ul><li>Customs union</li><li>Border defence</li><li>Organised crime</li></ul>');
    const d = must(
      describeRange(index, rangeOf(index, 'union Border defence Organised')),
      "describeRange(index, rangeOf(index, 'union Border defence Organised'))",
    );
    expect(d.quote.exact).toBe('union Border defence Organised');
    const r = must(anchor(indexPage(), d), 'anchor(indexPage(), d)');
    expect(r.method).toBe('position');
    expect(r.range.toString()).toBe('unionBorder defenceOrganised');
  });

  it('across <br>', () => {
    const index = page('<p><b>Title:</b> The Steppe and the Sea<br><b>Publisher:</b> Silk Road Press<br>Pages: 312</p>');
    const d = must(describeRange(index, rangeOf(index, 'Sea Publisher: Silk')), "describeRange(index, rangeOf(index, 'Sea Publisher: Silk'))");
    expect(index.text.slice(d.position.start, d.position.end)).toBe('Sea\nPublisher: Silk');
    expect(must(anchor(indexPage(), d), 'anchor(indexPage(), d)').range.toString()).toBe('SeaPublisher: Silk');
  });

  it('entities are text: &amp; &lt; &eacute; &mdash;', () => {
    const index = page('<p>Smith &amp; Jones &lt;eds.&gt; caf&eacute; culture &mdash; a study</p>');
    const d = must(
      describeRange(index, rangeOf(index, '& Jones <eds.> café culture —')),
      "describeRange(index, rangeOf(index, '& Jones <eds.> café culture —'))",
    );
    expect(d.quote.exact).toBe('& Jones <eds.> café culture —');
    expect(must(anchor(indexPage(), d), 'anchor(indexPage(), d)').method).toBe('position');
  });
});

describe('anchor: the page changed', () => {
  it('&nbsp; and runs of white space: re-rendered with other spacing, still found', () => {
    const { index, result } = carry(
      '<p>Date/Place:&nbsp;April&nbsp;1,   2022 /\n   Tashkent, Uzbekistan</p>',
      'April 1, 2022 / Tashkent',
      '<div>\n  <p>Date/Place: April 1, 2022 / Tashkent, Uzbekistan</p>\n</div>',
    );
    expect(must(result, 'result').method).toBe('quote');
    expect(textAt(index, result)).toBe('April 1, 2022 / Tashkent');
    expect(must(result, 'result').range.toString()).toBe('April 1, 2022 / Tashkent');
  });

  it('a sentence inserted before: found by its quote, at its new offsets', () => {
    const { index, target, result } = carry(article(P1, P2, P3), 'the figures remain disputed', article('A new opening sentence.', P1, P2, P3));
    expect(must(result, 'result').method).toBe('quote');
    expect(must(result, 'result').start).toBe(target.position.start + 'A new opening sentence.\n\n\n'.length);
    expect(textAt(index, result)).toBe('the figures remain disputed');
  });

  it('a paragraph moved to the end', () => {
    const { index, result } = carry(article(P1, P2, P3, P4), 'border posts on the eastern frontier', article(P1, P3, P4, P2));
    expect(must(result, 'result').method).toBe('quote');
    expect(textAt(index, result)).toBe('border posts on the eastern frontier');
    expect(must(result, 'result').range.startContainer.parentElement).toBe(document.querySelectorAll('p')[3]);
  });

  it('a word changed inside the quote: found approximately, covering the new wording', () => {
    const quote = 'agreed to review the customs schedule line by line';
    const { index, result } = carry(article(P1, P2), quote, article(P1.replace('customs', 'tariff'), P2));
    expect(must(result, 'result').method).toBe('fuzzy');
    expect(textAt(index, result)).toBe('agreed to review the tariff schedule line by line');
    expect(must(result, 'result').score).toBeGreaterThan(0.85);
  });

  it('a word changed and a paragraph inserted above', () => {
    const quote = 'Trade across the passes grew quickly, although the figures remain disputed';
    const changed = article(P4, P1, P2, P3.replace('quickly', 'steadily'));
    const { index, result } = carry(article(P1, P2, P3), quote, changed);
    expect(must(result, 'result').method).toBe('fuzzy');
    expect(textAt(index, result)).toBe('Trade across the passes grew steadily, although the figures remain disputed');
  });

  it('the quote deleted: an orphan (null)', () => {
    const { result } = carry(article(P1, P2, P3), 'border posts on the eastern frontier', article(P1, P3));
    expect(result).toBeNull();
  });

  it('the quote deleted while the same short words stand elsewhere in other company: null, not a wrong place', () => {
    const before = '<p>At dawn the caravan reached the river and the salt road.</p><p>Later, merchants praised the salt road for its wells.</p>';
    page(before);
    const target = describeText('the salt road', 0);
    const index = page('<p>At dawn the caravan reached the river.</p><p>Later, merchants praised the salt road for its wells.</p>');
    expect(anchor(index, target)).toBeNull();
  });

  it('a short quote with a word changed is not guessed', () => {
    const { result } = carry(
      '<p>He bought the red car in May.</p><p>Nothing else happened.</p>',
      'the red car',
      '<p>He bought the blue car in May.</p><p>Nothing else happened.</p>',
    );
    expect(result).toBeNull();
  });

  it('text inside CSS-hidden and aria-hidden elements is anchored; once hidden by the attribute it is an orphan', () => {
    const markup = (attr: string) => `<p>${P1}</p><div ${attr}><p>${P2}</p></div><p>${P3}</p>`;
    const { index, target, result } = carry(markup('style="display:none"'), 'rebuilt with new funds', markup('aria-hidden="true"'));
    expect(must(result, 'result').method).toBe('position');
    expect(textAt(index, result)).toBe('rebuilt with new funds');
    expect(anchor(page(markup('hidden')), target)).toBeNull();
  });

  it('text nodes split and wrapped in inline marks (the fallback painter) keep every offset', () => {
    page(article(P1, P2));
    const targets = ['customs schedule line', 'posts on the eastern frontier'].map((q) => describeText(q));
    // Wrap "schedule" and part of "eastern" the way the wrapping painter does.
    for (const [word, from, to] of [
      ['schedule', 0, 8],
      ['eastern', 2, 5],
    ] as const) {
      const p = must(
        [...document.querySelectorAll('p')].find((e) => must(e.textContent, 'e.textContent').includes(word)),
        "[...document.querySelectorAll('p')].find((e) => e.textContent.includes(word))",
      );
      const text = p.firstChild as Text;
      const at = text.data.indexOf(word) + from;
      const middle = text.splitText(at);
      middle.splitText(to - from);
      const mark = document.createElement('review-annotator-mark');
      middle.replaceWith(mark);
      mark.append(middle);
    }
    const index = indexPage();
    anchorAll(index, targets).forEach((r, i) => {
      expect([must(r, 'r').start, must(r, 'r').end, must(r, 'r').method]).toEqual([
        must(must(targets[i], 'targets[i]').position, 'targets[i].position').start,
        must(must(targets[i], 'targets[i]').position, 'targets[i].position').end,
        'position',
      ]);
    });
  });

  it('our own UI inserted in the middle of the text changes nothing', () => {
    page(article(P1, P2));
    const target = describeText('line by line. Observers');
    el('p').insertAdjacentHTML('beforeend', '<review-annotator-ui><p>Colours Note Tags</p></review-annotator-ui>');
    const r = must(anchor(indexPage(), target), 'anchor(indexPage(), target)');
    expect([r.start, r.end, r.method]).toEqual([target.position.start, target.position.end, 'position']);
  });
});

describe('anchor: repeated text', () => {
  const repeated = (lead: string) =>
    `<p>${lead}</p><p>First review: the author argues well. Read more</p><p>Second review: the author argues badly. Read more</p><p>Third review: the author argues at length. Read more</p>`;

  it('resolved by context, after the page shifted', () => {
    page(repeated('Reviews of the week.'));
    const target = describeText('Read more', 1);
    expect(target.quote.prefix).toContain('argues badly.');
    const index = page(repeated('Reviews of the week, now with a longer introduction that moves everything.'));
    const r = must(anchor(index, target), 'anchor(index, target)');
    expect(r.method).toBe('quote');
    expect(must(r.range.startContainer.parentElement, 'r.range.startContainer.parentElement').textContent).toContain('Second review');
  });

  it('resolved by position when the context is the same for hundreds of units', () => {
    const block = `<p>${prose(7, 80)}</p>`;
    page(`<h1>Notes</h1>${block}${block}${block}<p>End.</p>`);
    const target = describeText(prose(7, 80).slice(100, 160), 1);
    // 256 units of context cannot tell the middle copy apart: the position does.
    const index = page(`<h1>Notes, updated</h1>${block}${block}${block}<p>End.</p>`);
    const r = must(anchor(index, target), 'anchor(index, target)');
    expect(r.method).toBe('quote');
    expect(r.start).toBe(target.position.start + ', updated'.length);
  });

  it('an ambiguous quote with no context and no usable position is rejected', () => {
    const index = page(repeated('Reviews of the week.'));
    const quoteOnly = { quote: { type: 'TextQuoteSelector' as const, exact: 'Read more', prefix: '', suffix: '' } };
    expect(anchor(index, quoteOnly)).toBeNull();
    // A position exactly between two copies cannot tell them apart either.
    const first = index.normalized.text.indexOf('Read more');
    const second = index.normalized.text.indexOf('Read more', first + 1);
    const middle = Math.round((index.normalized.toRaw(first) + index.normalized.toRaw(second)) / 2);
    expect(anchor(index, { ...quoteOnly, position: { type: 'TextPositionSelector', start: middle, end: middle + 9 } })).toBeNull();
    // One copy left: no doubt.
    expect(textAt(page('<p>Only once. Read more</p>'), anchor(indexPage(), quoteOnly))).toBe('Read more');
  });

  it('a very common short quote (thousands of copies) is still placed by its context, quickly', () => {
    const filler = Array.from({ length: 400 }, (_, i) => `<p>Item ${i}: the river, the road and the market of the town.</p>`).join('');
    page(`${filler}<p>Only here does the old ferry cross.</p>${filler}`);
    const target = describeText('the', 1600); // 400 × 4 in the filler, then "does the old ferry"
    expect(target.quote.prefix.endsWith('Only here does ')).toBe(true);
    const index = page(`<p>New first line.</p>${filler}<p>Only here does the old ferry cross.</p>${filler}`);
    const t0 = performance.now();
    const r = must(anchor(index, target), 'anchor(index, target)');
    expect(performance.now() - t0).toBeLessThan(500);
    expect(index.text.slice(r.start - 15, r.end + 4)).toBe('Only here does the old');
  });

  it('a table row inserted above: the stored position now holds the same value from another row; context wins', () => {
    const row = (name: string, v: string) => `<tr><td>${name}</td><td>${v}</td></tr>`;
    const table = (...rows: string[]) => `<table>${rows.join('')}</table>`;
    page(table(row('Kazakhstan', 'Yes'), row('Uzbekistan', 'Yes'), row('Tajikistan', 'No')));
    const target = describeText('Yes', 1);
    const index = page(table(row('Kyrgyzstan', 'Yes'), row('Kazakhstan', 'Yes'), row('Uzbekistan', 'Yes'), row('Tajikistan', 'No')));
    const r = must(anchor(index, target), 'anchor(index, target)');
    expect(
      must(
        must(r.range.startContainer.parentElement, 'r.range.startContainer.parentElement').previousElementSibling,
        'r.range.startContainer.parentElement.previousElementSibling',
      ).textContent,
    ).toBe('Uzbekistan');
  });
});

describe('anchor: scripts and symbols', () => {
  const cases: [string, string, string][] = [
    ['emoji (surrogate pairs)', 'We loved it 😀👍🏽 and the cover 🎨 too, said the readers.', 'loved it 😀👍🏽 and the cover 🎨'],
    ['combining marks', 'Le cafe\u0301 du coin et la re\u0301sistance de\u0301crite par l’auteur.', 'cafe\u0301 du coin et la re\u0301sistance'],
    ['CJK', '中华人民共和国与中亚五国的关系在过去十年中迅速发展，贸易额大幅增长。', '中亚五国的关系在过去十年'],
    ['right-to-left', '<span dir="rtl">הספר עוסק בהיסטוריה של אסיה המרכזית ובקשרי המסחר</span>', 'בהיסטוריה של אסיה'],
    ['Arabic', '<span dir="rtl">يتناول الكتاب تاريخ آسيا الوسطى وعلاقاتها التجارية مع الصين</span>', 'آسيا الوسطى وعلاقاتها'],
  ];
  for (const [name, text, quote] of cases) {
    it(`${name}: round trip, then found after a paragraph is inserted above`, () => {
      const index = page(`<p>${P1}</p><p>${text}</p>`);
      const d = must(describeRange(index, rangeOf(index, quote)), 'describeRange(index, rangeOf(index, quote))');
      expect(d.quote.exact).toBe(quote);
      const same = must(anchor(indexPage(), d), 'anchor(indexPage(), d)');
      expect([same.start, same.end, same.method]).toEqual([d.position.start, d.position.end, 'position']);
      const moved = page(`<p>${P2}</p><p>${P1}</p><p>${text}</p>`);
      const r = must(anchor(moved, d), 'anchor(moved, d)');
      expect(r.method).toBe('quote');
      expect(textAt(moved, r)).toBe(quote);
      expect(r.range.toString()).toBe(quote);
    });
  }

  it('positions count UTF-16 units: an emoji counts 2', () => {
    const index = page('<p>😀 abc</p>');
    const d = must(describeRange(index, rangeOf(index, 'abc')), "describeRange(index, rangeOf(index, 'abc'))");
    expect(d.position).toEqual({ type: 'TextPositionSelector', start: 3, end: 6 });
  });
});

describe('anchor: long selections', () => {
  const paras = Array.from({ length: 30 }, (_, i) => `Paragraph ${i}: ${prose(100 + i, 30)}.`);

  it('several KB, round trip and after a paragraph is inserted above', () => {
    const index = page(article(...paras));
    const r0 = must(
      index.toRange(index.text.indexOf('Paragraph 3:'), index.text.indexOf('Paragraph 25:') + 20),
      "index.toRange(index.text.indexOf('Paragraph 3:'), index.text.indexOf('Paragraph 25:') + 20)",
    );
    const d = must(describeRange(index, r0), 'describeRange(index, r0)');
    expect(d.quote.exact.length).toBeGreaterThan(4000);
    expect(must(anchor(indexPage(), d), 'anchor(indexPage(), d)').method).toBe('position');
    const moved = page(article('Inserted.', ...paras));
    const r = must(anchor(moved, d), 'anchor(moved, d)');
    expect(r.method).toBe('quote');
    expect(r.start).toBe(d.position.start + 'Inserted.\n\n\n'.length);
  });

  it('several KB with words changed in the middle: head and tail found, middle checked', () => {
    page(article(...paras));
    const idx = indexPage();
    const d = must(
      describeRange(
        idx,
        must(
          idx.toRange(idx.text.indexOf('Paragraph 3:'), idx.text.indexOf('Paragraph 25:') + 20),
          "idx.toRange(idx.text.indexOf('Paragraph 3:'), idx.text.indexOf('Paragraph 25:') + 20)",
        ),
      ),
      "describeRange(idx, idx.toRange(idx.text.indexOf('Paragraph 3:'), idx.text.indexOf('Paragraph 25:') + 20))",
    );
    const edited = paras.map((p, i) => (i === 10 ? p.replace(/archive|state|border/g, 'XX') + ' An added sentence.' : p));
    const index = page(article(...edited));
    const r = must(anchor(index, d), 'anchor(index, d)');
    expect(r.method).toBe('fuzzy');
    expect(must(textAt(index, r), 'textAt(index, r)').startsWith('Paragraph 3:')).toBe(true);
    expect(must(textAt(index, r), 'textAt(index, r)').endsWith(d.quote.exact.slice(-40))).toBe(true);
    expect(textAt(index, r)).toContain('An added sentence.');
    // The middle replaced by other text: the ends alone are not enough.
    const gutted = paras.map((p, i) => (i > 5 && i < 23 ? `Other ${i}: ${prose(900 + i, 30)}.` : p));
    expect(anchor(page(article(...gutted)), d)).toBeNull();
  });
});

describe('anchorAll and target forms', () => {
  it('places many annotations against one index, in order, null for the ones it cannot place', () => {
    page(article(P1, P2, P3, P4));
    const targets = ['customs schedule', 'eastern frontier', 'figures remain', 'later council'].map((q) => describeText(q));
    const index = page(article(P1, P3, P4));
    const results = anchorAll(index, [...targets, { quote: { type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' } }]);
    expect(results.map((r) => textAt(index, r))).toEqual(['customs schedule', null, 'figures remain', 'later council', null]);
  });

  it('accepts a W3C list of selectors, and ignores an invalid position', () => {
    page(article(P1, P2));
    const { quote, position } = describeText('eastern frontier');
    const index = indexPage();
    expect(must(anchor(index, [must(position, 'position'), quote]), 'anchor(index, [position, quote])').method).toBe('position');
    expect(textAt(index, anchor(index, { quote, position: { type: 'TextPositionSelector', start: -5, end: 1e9 } }))).toBe('eastern frontier');
    expect(anchor(index, [must(position, 'position')])).toBeNull();
  });

  it('normalises stored quotes written by other tools (raw white space)', () => {
    const index = page(article(P1, P2));
    const r = anchor(index, { quote: { type: 'TextQuoteSelector', exact: 'line by line.\n\n   Observers', prefix: 'schedule ', suffix: ' noted' } });
    expect(normalizeText(index.text.slice(must(r, 'r').start, must(r, 'r').end))).toBe('line by line. Observers');
  });
});
