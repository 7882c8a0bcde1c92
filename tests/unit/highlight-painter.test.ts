import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createPainter, HIGHLIGHT_CSS, MARK_TAG, type Placed } from '@/lib/highlight/painter';
import { PAINT } from '@/lib/highlight/colors';
import { el, indexPage, page, rangeOf } from './anchor-helpers';

const MARKUP =
  '<article><p id="a">The commission met in <b>Almaty in the spring</b> and agreed to review the schedule.</p>' +
  '<p id="b">Observers noted that the border posts had been rebuilt.</p></article>';

function placedOn(spec: [id: string, color: Placed['color'], needle: string][]): Placed[] {
  const index = page(MARKUP);
  return spec.map(([id, color, needle]) => ({ id, color, range: rangeOf(index, needle) }));
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
    expect(marks()[0]!.getAttribute('style')).toContain(PAINT.green);
  });

  it('nests overlapping highlights so that a point inside both reports both ids', () => {
    const painter = createPainter(document);
    painter.paint(placedOn([
      ['outer', 'yellow', 'commission met in Almaty'],
      ['inner', 'blue', 'met in'],
    ]));
    const inner = marks().find((m) => m.dataset.id === 'inner' && m.textContent === 'met in')!;
    expect(inner).toBeTruthy();
    expect(painter.idsAt(0, 0, inner.firstChild!.parentElement)).toEqual(['inner', 'outer']);
    const outerOnly = marks().find((m) => m.dataset.id === 'outer' && m.textContent!.includes('commission'))!;
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
    painter.paint(placedOn([['h1', 'yellow', 'border posts'], ['h2', 'green', 'in Almaty in the']]));
    // As the content script does after a DOM change: index the page as it is now, marks and all.
    const index = indexPage();
    const again: Placed[] = [
      { id: 'h1', color: 'blue', range: rangeOf(index, 'border posts') },
      { id: 'h2', color: 'green', range: rangeOf(index, 'Almaty in the spring and') },
    ];
    painter.paint(again);
    expect(marks().map((m) => [m.dataset.id, m.textContent])).toEqual([
      ['h2', 'Almaty in the spring'],
      ['h2', ' and'],
      ['h1', 'border posts'],
    ]);
    expect(marks()[2]!.getAttribute('style')).toContain(PAINT.blue);
  });

  it('a range whose ends are element boundaries wraps the text between them', () => {
    page(MARKUP);
    const range = document.createRange();
    range.setStart(el('#a'), 1); // before <b>
    range.setEnd(el('#b'), 0);
    createPainter(document).paint([{ id: 'h1', color: 'yellow', range }]);
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
    expect([...registry.get('review-annotator-yellow')!].map(String)).toEqual(['commission', 'border posts']);
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
    const items = placedOn([['h1', 'green', 'commission'], ['h2', 'pink', 'border']]);
    painter.paint(items);
    painter.paint(items.slice(0, 1));
    expect([...registry.keys()]).toEqual(['review-annotator-green']);
    painter.clear();
    expect(registry.size).toBe(0);
    expect(document.adoptedStyleSheets.length).toBe(0);
  });

  it('finds the highlights under a point, latest first, from the caret position there', () => {
    stubHighlightApi();
    const items = placedOn([['outer', 'yellow', 'commission met in'], ['inner', 'blue', 'met']]);
    const textNode = el('#a').firstChild!;
    const at = 'The commission me'.length;
    (document as any).caretPositionFromPoint = () => ({ offsetNode: textNode, offset: at });
    try {
      const painter = createPainter(document);
      painter.paint(items);
      expect(painter.idsAt(10, 10, null)).toEqual(['inner', 'outer']);
    } finally {
      delete (document as any).caretPositionFromPoint;
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
    (document as any).caretPositionFromPoint = (_x: number, _y: number, options: unknown) => {
      asked.push(options);
      return { offsetNode: range.startContainer, offset: range.startOffset + 1 };
    };
    try {
      const painter = createPainter(document);
      painter.paint([{ id: 'in-shadow', color: 'green', range }]);
      expect([...registry.get('review-annotator-green')!].map(String)).toEqual(['a claim']);
      expect(root.adoptedStyleSheets).toHaveLength(1);
      expect(root.adoptedStyleSheets[0]).toBe(document.adoptedStyleSheets[0]);
      expect(painter.idsAt(5, 5, el('review-card'))).toEqual(['in-shadow']);
      expect(asked).toEqual([{ shadowRoots: [root] }]);
      painter.clear();
      expect(root.adoptedStyleSheets).toHaveLength(0);
      expect(document.adoptedStyleSheets).toHaveLength(0);
    } finally {
      delete (document as any).caretPositionFromPoint;
    }
  });

  it('leaves a document already styled by the manifest’s highlight.css alone, and still styles its shadow roots', () => {
    stubHighlightApi();
    page('<p>Light text with a claim.</p><review-card></review-card>');
    const root = el('review-card').attachShadow({ mode: 'open' });
    root.innerHTML = '<p>Shadow text with a claim.</p>';
    const index = indexPage();
    const painter = createPainter(document, { documentStyled: true });
    painter.paint([{ id: 'light', color: 'blue', range: rangeOf(index, 'Light text') }, { id: 'shadow', color: 'blue', range: rangeOf(index, 'Shadow text') }]);
    expect(document.adoptedStyleSheets).toHaveLength(0);
    expect(root.adoptedStyleSheets).toHaveLength(1);
  });

  it('highlight.css, which the manifest adds to every page, has exactly the painter’s rules', () => {
    const css = readFileSync(join(__dirname, '../../lib/highlight/highlight.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    const rules = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);
    expect(rules(css)).toEqual(rules(HIGHLIGHT_CSS));
  });
});

/** The browser's IntersectionObserver, reduced to what the test reports. */
class FakeObserver {
  static all: FakeObserver[] = [];
  readonly targets = new Set<Element>();
  constructor(readonly callback: (entries: { target: Element; isIntersecting: boolean }[]) => void, readonly options: { rootMargin?: string }) {
    FakeObserver.all.push(this);
  }
  observe(t: Element) {
    this.targets.add(t);
  }
  disconnect() {
    this.targets.clear();
  }
  report(states: [Element, boolean][]) {
    this.callback(states.filter(([t]) => this.targets.has(t)).map(([target, isIntersecting]) => ({ target, isIntersecting })));
  }
}

describe('Highlight API painter with many highlights: only those near the viewport are registered', () => {
  const names = (registry: Map<string, Set<Range>>) => [...registry.values()].flatMap((h) => [...h].map(String)).sort();

  it('registers what the observer reports near, follows scrolling, registers all for printing, and stops on clear()', () => {
    const registry = stubHighlightApi();
    FakeObserver.all = [];
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    const items = placedOn([['h1', 'yellow', 'commission'], ['h2', 'blue', 'Almaty'], ['h3', 'yellow', 'border posts']]);
    const painter = createPainter(document, { nearViewportFrom: 2 });
    painter.paint(items);
    const observer = FakeObserver.all[0]!;
    expect(FakeObserver.all).toHaveLength(1);
    expect(observer.options.rootMargin).toBe('100% 0px 100% 0px');
    // Each range's first and last element ('Almaty' ends inside <b>).
    expect(new Set(observer.targets)).toEqual(new Set([el('#a'), el('#a b'), el('#b')]));
    // Nothing is registered before the browser says where the elements are.
    expect(registry.size).toBe(0);

    observer.report([[el('#a'), true], [el('#a b'), true], [el('#b'), false]]);
    expect(names(registry)).toEqual(['Almaty', 'commission']);
    // Scrolled down: the first paragraph leaves, the second comes near.
    observer.report([[el('#a'), false], [el('#a b'), false], [el('#b'), true]]);
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

  it('below the threshold every highlight is registered at once, with no observer', () => {
    const registry = stubHighlightApi();
    FakeObserver.all = [];
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    createPainter(document, { nearViewportFrom: 4 }).paint(placedOn([['h1', 'yellow', 'commission'], ['h2', 'blue', 'Almaty'], ['h3', 'yellow', 'border posts']]));
    expect(FakeObserver.all).toHaveLength(0);
    expect(names(registry)).toEqual(['Almaty', 'border posts', 'commission']);
  });
});
