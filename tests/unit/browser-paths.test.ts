/**
 * Code that takes one path in Chromium and another in Firefox (or in older versions of either),
 * by feature detection: each path is run here, with the other browser's API stubbed in. The
 * painter's two paths (Highlight API, wrapping) are in highlight-painter.test.ts.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BackupError, parseBackup } from '@/lib/backup/format';
import { createPainter } from '@/lib/highlight/painter';
import { selectedRange } from '@/lib/selection';
import { el, indexPage, page, rangeOf } from './anchor-helpers';
import { must } from '../../lib/must';

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  document.getSelection()?.removeAllRanges();
  document.body.innerHTML = '';
});

/** A range's text, where it is a live Range; anything else as it is, so that it fails the comparison. */
function textOf(r: AbstractRange | null): string | AbstractRange | null {
  return r instanceof Range ? r.toString() : r;
}

describe('reading the selection', () => {
  it('with getComposedRanges (Chromium 137+, Firefox 142+): asks with the shadow roots named, and gets the range inside them', () => {
    page('<p>Light text.</p><review-card></review-card>');
    const root = el('review-card').attachShadow({ mode: 'open' });
    root.innerHTML = '<p>Shadow claim here.</p>';
    const live = rangeOf(indexPage(), 'claim');
    const inside = { startContainer: live.startContainer, startOffset: live.startOffset, endContainer: live.endContainer, endOffset: live.endOffset };
    const asked: unknown[] = [];
    const sel = must(document.getSelection(), 'document.getSelection()');
    // What a browser answers from the document's side: a range on the host.
    const onHost = document.createRange();
    onHost.selectNode(el('review-card'));
    sel.removeAllRanges();
    sel.addRange(onHost);
    // happy-dom has no getComposedRanges: the test gives the selection one, and takes it away after.
    Object.assign(sel, {
      getComposedRanges: (options: unknown) => {
        asked.push(options);
        // happy-dom's StaticRange is not built from the dictionary; the fields are what is read.
        return [{ ...inside, collapsed: false }];
      },
    });
    try {
      const got = must(selectedRange(document, [root]), 'selectedRange(document, [root])');
      expect(asked).toEqual([{ shadowRoots: [root] }]);
      expect(got.startContainer).toBe(inside.startContainer);
      expect([got.startOffset, got.endOffset]).toEqual([inside.startOffset, inside.endOffset]);
    } finally {
      Reflect.deleteProperty(sel, 'getComposedRanges');
    }
  });

  it('without it (older browsers), or when it throws (the early signature): the plain range, and nothing when collapsed', () => {
    page('<p>Only light text in this page.</p>');
    const range = rangeOf(indexPage(), 'light text');
    const sel = must(document.getSelection(), 'document.getSelection()');
    sel.removeAllRanges();
    sel.addRange(range);
    expect(typeof Reflect.get(sel, 'getComposedRanges')).not.toBe('function');
    expect(textOf(selectedRange(document, []))).toBe('light text');
    Object.assign(sel, {
      getComposedRanges: () => {
        throw new TypeError('Argument 1 is not a ShadowRoot');
      },
    });
    try {
      expect(textOf(selectedRange(document, [document.createElement('div').attachShadow({ mode: 'open' })]))).toBe('light text');
    } finally {
      Reflect.deleteProperty(sel, 'getComposedRanges');
    }
    sel.collapseToStart();
    expect(selectedRange(document, [])).toBeNull();
  });
});

describe('finding the highlight under a click', () => {
  it('with caretRangeFromPoint only (Chromium before 128, Safari): the same answer as with caretPositionFromPoint', () => {
    const registry = new Map<string, Set<Range>>();
    vi.stubGlobal(
      'Highlight',
      class extends Set<Range> {
        constructor(...ranges: Range[]) {
          super(ranges);
        }
      },
    );
    vi.stubGlobal('CSS', { highlights: registry });
    page('<p id="a">The commission met in Almaty in the spring.</p>');
    const range = rangeOf(indexPage(), 'Almaty');
    const text = must(el('#a').firstChild, "el('#a').firstChild");
    expect('caretPositionFromPoint' in document).toBe(false);
    Object.assign(document, {
      caretRangeFromPoint: () => {
        const r = document.createRange();
        r.setStart(text, 'The commission met in Alm'.length);
        return r;
      },
    });
    try {
      const painter = createPainter(document);
      painter.paint([{ id: 'h1', color: 'yellow', range, start: 0, end: range.toString().length }]);
      expect(painter.idsAt(1, 1, el('#a'))).toEqual(['h1']);
    } finally {
      Reflect.deleteProperty(document, 'caretRangeFromPoint');
    }
  });
});

describe('a broken backup says where it breaks, in either engine’s words', () => {
  const broken = '{\n  "type": "AnnotationCollection",\n  "items": [}\n';
  const where = (message: string) => {
    vi.spyOn(JSON, 'parse').mockImplementation(() => {
      throw new SyntaxError(message);
    });
    try {
      parseBackup(broken);
    } catch (e) {
      expect(e).toBeInstanceOf(BackupError);
      return (e as Error).message;
    }
    throw new Error('parseBackup accepted a broken file');
  };

  it('Firefox: “at line L column C of the JSON data”', () => {
    expect(where('JSON.parse: unexpected character at line 3 column 13 of the JSON data')).toMatch(/^the file is not JSON \(line 3, column 13\): /);
  });

  it('V8: “at position N”, turned into a line and a column', () => {
    expect(where(`Unexpected token '}', "...  "items": [}" is not valid JSON at position ${broken.indexOf('}')}`)).toMatch(
      /^the file is not JSON \(line 3, column 13\): /,
    );
  });
});
