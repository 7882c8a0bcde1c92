import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createPainter, HIGHLIGHT_CSS, MARK_TAG, type Placed } from '@/lib/highlight/painter';
import { BUCKETS } from '@/lib/highlight/near-viewport';
import { PAINT } from '@/lib/highlight/colors';
import type { TextIndex } from '@/lib/anchor';
import { el, indexPage, page, rangeOf } from './anchor-helpers';
import { must } from '../../lib/must';

const MARKUP =
  '<article><p id="a">The commission met in <b>Almaty in the spring</b> and agreed to review the schedule.</p>' +
  '<p id="b">Observers noted that the border posts had been rebuilt.</p></article>';

/** A highlight of `needle` as the annotator hands it over: its range and its offsets in the page's text. */
function placedIn(index: TextIndex, id: string, color: Placed['color'], needle: string): Placed {
  const range = rangeOf(index, needle);
  const start = index.normalized.toRaw(index.normalized.text.indexOf(needle));
  return { id, color, range, start, end: start + range.toString().length };
}

function placedOn(spec: [id: string, color: Placed['color'], needle: string][]): Placed[] {
  const index = page(MARKUP);
  return spec.map(([id, color, needle]) => placedIn(index, id, color, needle));
}

const marks = () => [...document.querySelectorAll<HTMLElement>(MARK_TAG)];

afterEach(() => {
  vi.unstubAllGlobals();
  document.adoptedStyleSheets = [];
  document.body.innerHTML = '';
});

/** The path for browsers without the CSS Custom Highlight API (happy-dom has none either). */
describe('wrapping painter', () => {
  it('is chosen where the Highlight API is missing', () => {
    expect(createPainter(document).mode).toBe('wrap');
  });

  it('wraps exactly the range, across element boundaries, leaving the text unchanged', () => {
    const items = placedOn([['h1', 'green', 'met in Almaty in']]);
    const before = document.body.textContent;
    const painter = createPainter(document);
    painter.paint(items);
    expect(document.body.textContent).toBe(before);
    expect(marks().map((m) => m.textContent)).toEqual(['met in ', 'Almaty in']);
    expect(marks().every((m) => m.dataset.id === 'h1')).toBe(true);
    expect(must(marks()[0], 'marks()[0]').getAttribute('style')).toContain(PAINT.green);
  });

  it('nests overlapping highlights so that a point inside both reports both ids', () => {
    const painter = createPainter(document);
    painter.paint(
      placedOn([
        ['outer', 'yellow', 'commission met in Almaty'],
        ['inner', 'blue', 'met in'],
      ]),
    );
    const inner = must(
      marks().find((m) => m.dataset.id === 'inner' && m.textContent === 'met in'),
      "marks().find((m) => m.dataset.id === 'inner' && m.textContent === 'met in')",
    );
    expect(inner).toBeTruthy();
    expect(painter.idsAt(0, 0, must(inner.firstChild, 'inner.firstChild').parentElement)).toEqual(['inner', 'outer']);
    const outerOnly = must(
      marks().find((m) => m.dataset.id === 'outer' && must(m.textContent, 'm.textContent').includes('commission')),
      "marks().find((m) => m.dataset.id === 'outer' && m.textContent.includes('commission'))",
    );
    expect(painter.idsAt(0, 0, outerOnly)).toEqual(['outer']);
    expect(painter.idsAt(0, 0, el('#b'))).toEqual([]);
  });

  it('clear() puts the page back as it was, nested marks undone and text nodes merged', () => {
    const items = placedOn([
      ['h1', 'pink', 'Almaty in the spring and agreed'],
      ['h2', 'purple', 'border posts'],
      ['h3', 'yellow', 'in the spring'],
    ]);
    const html = document.body.innerHTML;
    const painter = createPainter(document);
    painter.paint(items);
    expect(marks().length).toBeGreaterThan(2);
    painter.clear();
    expect(marks()).toEqual([]);
    expect(document.body.innerHTML).toBe(html);
    expect(el('#b').childNodes.length).toBe(1);
  });

  it('painting again with ranges found on the painted page replaces the marks, ranges intact', () => {
    const painter = createPainter(document);
    painter.paint(
      placedOn([
        ['h1', 'yellow', 'border posts'],
        ['h2', 'green', 'in Almaty in the'],
      ]),
    );
    // As the content script does after a DOM change: index the page as it is now, marks and all.
    const index = indexPage();
    const again: Placed[] = [placedIn(index, 'h1', 'blue', 'border posts'), placedIn(index, 'h2', 'green', 'Almaty in the spring and')];
    painter.paint(again);
    expect(marks().map((m) => [m.dataset.id, m.textContent])).toEqual([
      ['h2', 'Almaty in the spring'],
      ['h2', ' and'],
      ['h1', 'border posts'],
    ]);
    expect(must(marks()[2], 'marks()[2]').getAttribute('style')).toContain(PAINT.blue);
  });

  it('a range whose ends are element boundaries wraps the text between them', () => {
    page(MARKUP);
    const range = document.createRange();
    range.setStart(el('#a'), 1); // before <b>
    range.setEnd(el('#b'), 0);
    createPainter(document).paint([{ id: 'h1', color: 'yellow', range, start: 0, end: range.toString().length }]);
    expect(marks().map((m) => m.textContent)).toEqual(['Almaty in the spring', ' and agreed to review the schedule.']);
  });

  it('a highlight within one text node splits it into three', () => {
    const painter = createPainter(document);
    painter.paint(placedOn([['h1', 'yellow', 'border']]));
    expect([...el('#b').childNodes].map((n) => n.textContent)).toEqual(['Observers noted that the ', 'border', ' posts had been rebuilt.']);
  });
});

/** A minimal registry in place of Chromium's, to check what the painter hands it. */
function stubHighlightApi() {
  const registry = new Map<string, Set<Range>>();
  class FakeHighlight extends Set<Range> {
    constructor(...ranges: Range[]) {
      super(ranges);
    }
  }
  vi.stubGlobal('Highlight', FakeHighlight);
  vi.stubGlobal('CSS', { highlights: registry });
  return registry;
}

describe('Highlight API painter', () => {
  it('is chosen where the API exists, and registers one highlight per colour without touching the DOM', () => {
    const registry = stubHighlightApi();
    const items = placedOn([
      ['h1', 'yellow', 'commission'],
      ['h2', 'yellow', 'border posts'],
      ['h3', 'blue', 'Almaty'],
    ]);
    const html = document.body.innerHTML;
    const painter = createPainter(document);
    expect(painter.mode).toBe('highlight-api');
    painter.paint(items);
    expect(document.body.innerHTML).toBe(html);
    expect([...registry.keys()].sort()).toEqual(['review-annotator-blue', 'review-annotator-yellow']);
    expect([...must(registry.get('review-annotator-yellow'), "registry.get('review-annotator-yellow')")].map(String)).toEqual(['commission', 'border posts']);
    expect(document.adoptedStyleSheets.length).toBe(1);
  });

  it('adds no stylesheet to a page with nothing to paint (adding one restyles the whole page)', () => {
    const registry = stubHighlightApi();
    createPainter(document).paint([]);
    expect(document.adoptedStyleSheets.length).toBe(0);
    expect(registry.size).toBe(0);
  });

  it('a colour with no highlights left is removed from the registry; clear() removes everything', () => {
    const registry = stubHighlightApi();
    const painter = createPainter(document);
    const items = placedOn([
      ['h1', 'green', 'commission'],
      ['h2', 'pink', 'border'],
    ]);
    painter.paint(items);
    painter.paint(items.slice(0, 1));
    expect([...registry.keys()]).toEqual(['review-annotator-green']);
    painter.clear();
    expect(registry.size).toBe(0);
    expect(document.adoptedStyleSheets.length).toBe(0);
  });

  it('finds the highlights under a point, latest first, from the caret position there', () => {
    stubHighlightApi();
    const items = placedOn([
      ['outer', 'yellow', 'commission met in'],
      ['inner', 'blue', 'met'],
    ]);
    const textNode = must(el('#a').firstChild, "el('#a').firstChild");
    const at = 'The commission me'.length;
    Object.assign(document, { caretPositionFromPoint: () => ({ offsetNode: textNode, offset: at }) });
    try {
      const painter = createPainter(document);
      painter.paint(items);
      expect(painter.idsAt(10, 10, null)).toEqual(['inner', 'outer']);
    } finally {
      Reflect.deleteProperty(document, 'caretPositionFromPoint');
    }
  });

  it('put its stylesheet back when the page replaced the adopted sheets', () => {
    stubHighlightApi();
    const painter = createPainter(document);
    const items = placedOn([['h1', 'green', 'commission']]);
    painter.paint(items);
    document.adoptedStyleSheets = [];
    painter.paint(items);
    expect(document.adoptedStyleSheets.length).toBe(1);
  });

  it('paints in an open shadow root: adopts its sheet there too, and asks for the caret inside that root', () => {
    const registry = stubHighlightApi();
    page('<p>Light text.</p><review-card></review-card>');
    const root = el('review-card').attachShadow({ mode: 'open' });
    root.innerHTML = '<p>Shadow paragraph with a claim.</p>';
    const range = rangeOf(indexPage(), 'a claim');
    const asked: unknown[] = [];
    Object.assign(document, {
      caretPositionFromPoint: (_x: number, _y: number, options: unknown) => {
        asked.push(options);
        return { offsetNode: range.startContainer, offset: range.startOffset + 1 };
      },
    });
    try {
      const painter = createPainter(document);
      painter.paint([{ id: 'in-shadow', color: 'green', range, start: 0, end: range.toString().length }]);
      expect([...must(registry.get('review-annotator-green'), "registry.get('review-annotator-green')")].map(String)).toEqual(['a claim']);
      expect(root.adoptedStyleSheets).toHaveLength(1);
      expect(root.adoptedStyleSheets[0]).toBe(document.adoptedStyleSheets[0]);
      expect(painter.idsAt(5, 5, el('review-card'))).toEqual(['in-shadow']);
      expect(asked).toEqual([{ shadowRoots: [root] }]);
      painter.clear();
      expect(root.adoptedStyleSheets).toHaveLength(0);
      expect(document.adoptedStyleSheets).toHaveLength(0);
    } finally {
      Reflect.deleteProperty(document, 'caretPositionFromPoint');
    }
  });

  it('leaves a document already styled by the manifest’s highlight.css alone, and still styles its shadow roots', () => {
    stubHighlightApi();
    page('<p>Light text with a claim.</p><review-card></review-card>');
    const root = el('review-card').attachShadow({ mode: 'open' });
    root.innerHTML = '<p>Shadow text with a claim.</p>';
    const index = indexPage();
    const painter = createPainter(document, { documentStyled: true });
    painter.paint([placedIn(index, 'light', 'blue', 'Light text'), placedIn(index, 'shadow', 'blue', 'Shadow text')]);
    expect(document.adoptedStyleSheets).toHaveLength(0);
    expect(root.adoptedStyleSheets).toHaveLength(1);
  });

  it('highlight.css, which the manifest adds to every page, has exactly the painter’s rules', () => {
    const css = readFileSync(join(__dirname, '../../lib/highlight/highlight.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    const rules = (text: string) =>
      text
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
    expect(rules(css)).toEqual(rules(HIGHLIGHT_CSS));
  });
});

type Where = 'near' | 'above' | 'below' | 'hidden';

/** The browser's IntersectionObserver, reduced to what the test reports: a screen of 800 px, with the observer's margin of a screen each way. */
class FakeObserver {
  static all: FakeObserver[] = [];
  readonly targets = new Set<Element>();
  constructor(
    readonly callback: (entries: Partial<IntersectionObserverEntry>[]) => void,
    readonly options: { rootMargin?: string },
  ) {
    FakeObserver.all.push(this);
  }
  observe(t: Element) {
    this.targets.add(t);
  }
  disconnect() {
    this.targets.clear();
  }
  report(states: [Element, Where | boolean][]) {
    const box: Record<Where, [number, number]> = { near: [100, 120], above: [-3000, -2980], below: [5000, 5020], hidden: [0, 0] };
    this.callback(
      states
        .filter(([t]) => this.targets.has(t))
        .map(([target, w]) => {
          const where: Where = w === true ? 'near' : w === false ? 'below' : w;
          const [top, bottom] = box[where];
          return {
            target,
            isIntersecting: where === 'near',
            boundingClientRect: new DOMRect(0, top, where === 'hidden' ? 0 : 600, bottom - top),
            rootBounds: new DOMRect(0, -800, 1000, 2400),
          };
        }),
    );
  }
}

describe('Highlight API painter with many highlights: only those near the viewport are registered', () => {
  const names = (registry: Map<string, Set<Range>>) => [...registry.values()].flatMap((h) => [...h].map(String)).sort();

  it('registers what the observer reports near, follows scrolling, registers all for printing, and stops on clear()', () => {
    const registry = stubHighlightApi();
    FakeObserver.all = [];
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    const items = placedOn([
      ['h1', 'yellow', 'commission'],
      ['h2', 'blue', 'Almaty'],
      ['h3', 'yellow', 'border posts'],
    ]);
    const painter = createPainter(document, { nearViewportFrom: 2 });
    painter.paint(items);
    const observer = must(FakeObserver.all[0], 'FakeObserver.all[0]');
    expect(FakeObserver.all).toHaveLength(1);
    expect(observer.options.rootMargin).toBe('100% 0px 100% 0px');
    // Each range's first and last element ('Almaty' ends inside <b>).
    expect(new Set(observer.targets)).toEqual(new Set([el('#a'), el('#a b'), el('#b')]));
    // Nothing is registered before the browser says where the elements are.
    expect(registry.size).toBe(0);

    observer.report([
      [el('#a'), true],
      [el('#a b'), true],
      [el('#b'), false],
    ]);
    expect(names(registry)).toEqual(['Almaty', 'commission']);
    // Scrolled down: the first paragraph leaves, the second comes near.
    observer.report([
      [el('#a'), false],
      [el('#a b'), false],
      [el('#b'), true],
    ]);
    expect(names(registry)).toEqual(['border posts']);
    expect([...registry.keys()]).toEqual(['review-annotator-yellow']);

    window.dispatchEvent(new Event('beforeprint'));
    expect(names(registry)).toEqual(['Almaty', 'border posts', 'commission']);
    window.dispatchEvent(new Event('afterprint'));
    expect(names(registry)).toEqual(['border posts']);

    // Painting again keeps what is registered until the observer reports on the new ranges.
    painter.paint(items.slice(1));
    expect(names(registry)).toEqual(['border posts']);
    expect(FakeObserver.all).toHaveLength(1);

    painter.clear();
    expect(registry.size).toBe(0);
    expect(observer.targets.size).toBe(0);
    window.dispatchEvent(new Event('beforeprint'));
    expect(registry.size).toBe(0);
  });

  /** 250 paragraphs with a highlight each, handed over last first; the observer watched only the ends of their runs. */
  function manyParagraphs() {
    const count = 250;
    const index = page(Array.from({ length: count }, (_, i) => `<p id="p${i}">Paragraph w${i}x of the review.</p>`).join(''));
    const items = Array.from({ length: count }, (_, i) => placedIn(index, `h${i}`, 'yellow', `w${i}x`)).reverse();
    const registry = stubHighlightApi();
    FakeObserver.all = [];
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    createPainter(document, { nearViewportFrom: 100 }).paint(items);
    const observer = must(FakeObserver.all[0], 'FakeObserver.all[0]');
    const paragraphs = Array.from({ length: count }, (_, i) => el(`#p${i}`));
    const registered = () =>
      names(registry)
        .map((q) => Number(q.slice(1, -1)))
        .sort((a, b) => a - b);
    /** Reports each watched paragraph by its number. */
    const report = (where: (i: number) => Where) => observer.report(paragraphs.map((p, i) => [p, where(i)]));
    /** Highlights per run. */
    const size = Math.ceil(count / BUCKETS);
    return { count, size, observer, paragraphs, registered, report };
  }

  it('watches only the two ends of each run of highlights in reading order, and registers the runs near the viewport', () => {
    const { count, size, observer, paragraphs, registered, report } = manyParagraphs();
    expect(size).toBeGreaterThan(1);
    // In reading order, whatever order they were handed over in: the first and last paragraph of each run.
    const watched = paragraphs.flatMap((p, i) => (i % size === 0 || i % size === size - 1 || i === count - 1 ? [i] : []));
    expect([...observer.targets].map((t) => paragraphs.indexOf(t as HTMLElement)).sort((a, b) => a - b)).toEqual(watched);
    expect(observer.targets.size).toBeLessThanOrEqual(2 * BUCKETS);

    // Paragraphs 100-110 within a screen of the viewport: every highlight there is registered,
    // with at most the rest of the runs they begin and end in.
    report((i) => (i < 100 ? 'above' : i <= 110 ? 'near' : 'below'));
    const near = registered();
    for (let i = 100; i <= 110; i++) expect(near).toContain(i);
    expect(near.length).toBeLessThanOrEqual(11 + 2 * (size - 1));
    expect(near).toEqual(Array.from({ length: near.length }, (_, k) => must(near[0], 'near[0]') + k));

    // Scrolled to the end.
    report((i) => (i < count - 5 ? 'above' : 'near'));
    expect(registered()).toContain(count - 1);
    expect(registered().every((i) => i >= count - 5 - size)).toBe(true);
  });

  it('registers a run whose first end is above the viewport and last below (the viewport inside it), and none that is hidden', () => {
    const { size, registered, report } = manyParagraphs();
    // The viewport between paragraphs 3k+1 and 3k+2, far from any run's ends: only the run
    // around it shows.
    const inside = 40 * size + 1;
    report((i) => (i <= inside ? 'above' : 'below'));
    expect(registered()).toEqual(Array.from({ length: size }, (_, k) => 40 * size + k));
    // Everything above: the viewport is past the last highlight.
    report(() => 'above');
    expect(registered()).toEqual([]);
    // Ends that take no room (display: none) are neither above nor below.
    report((i) => (i <= inside ? 'above' : i < inside + size ? 'hidden' : 'below'));
    expect(registered()).toEqual([]);
  });

  it('below the threshold every highlight is registered at once, with no observer', () => {
    const registry = stubHighlightApi();
    FakeObserver.all = [];
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    createPainter(document, { nearViewportFrom: 4 }).paint(
      placedOn([
        ['h1', 'yellow', 'commission'],
        ['h2', 'blue', 'Almaty'],
        ['h3', 'yellow', 'border posts'],
      ]),
    );
    expect(FakeObserver.all).toHaveLength(0);
    expect(names(registry)).toEqual(['Almaty', 'border posts', 'commission']);
  });
});
