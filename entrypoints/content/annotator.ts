import { h } from 'preact';
import type { AnnotationEdit, AnnotationRecord, HighlightColor, Selectors } from '@/lib/annotation';
import { anchorInSlices, buildTextIndex, describeRange, type AnchorResult, type TextIndex } from '@/lib/anchor';
import { createPainter, MARK_TAG, type Placed } from '@/lib/highlight/painter';
import { sendMessage } from '@/lib/messages';
import { retrying } from '@/lib/retry';
import { yieldToEventLoop, type SliceOptions } from '@/lib/yield';
import { pageRefOf } from '@/lib/page-ref';
import { selectedRange } from '@/lib/selection';
import { focusedDocument, frameOffset, type EmbeddedTree } from '@/lib/page-trees';
import { createUiHost, UI_HOST_TAG } from '@/components/in-page/ui-host';
import { SelectionToolbar, type UseAsField } from '@/components/in-page/SelectionToolbar';
import { PickBanner } from '@/components/in-page/PickBanner';
import { HighlightEditor, UndoBar } from '@/components/in-page/HighlightEditor';

/**
 * The content script's highlighting: the selection toolbar, the editor, and placing the
 * page's stored annotations again after every load and every change of the page.
 */
export interface AnnotatorContext {
  setTimeout: (fn: () => void, ms: number) => number;
  signal: AbortSignal;
  /** Called when the page adds or removes elements in its body (not ours): its content may have been replaced. */
  onContentSwap?: () => void;
  /** How placement is sliced; tests set a budget and a way to yield they control. */
  slices?: Pick<SliceOptions, 'budgetMs' | 'yieldToEventLoop'>;
  /** The toolbar's "Use as…": the selected text becomes a field's value. */
  onUseAs?: (field: UseAsField, range: AbstractRange) => Promise<void>;
}

/** Text the reader selected when asked to (see `pick`). */
export interface Picked {
  range: AbstractRange;
  /** Where it stands, as a highlight would be anchored; null when it cannot be described. */
  selectors: Selectors | null;
}

/** Records in a reply beyond which reading it is left a task of its own (see refresh). */
const MANY_RECORDS = 200;

export function startAnnotator(doc: Document, ctx: AnnotatorContext) {
  const ui = createUiHost(doc);
  // The page's own document has our colours from highlight.css (see entrypoints/content/index.ts).
  const painter = createPainter(doc, { documentStyled: true });
  let records: AnnotationRecord[] = [];
  let placed = new Map<string, Placed>();
  let lastOrphans = '';
  let pending: Selectors | null = null;
  let pendingRange: AbstractRange | null = null;
  /** Resolves the pick the reader was asked for, if one is open. */
  let picking: ((got: Picked | null) => void) | null = null;
  /** The document whose selection `pending` describes: the page's or a frame's. */
  let selectionDoc = doc;
  let undoTimer = 0;

  const isOurs = (el: Element) => el.tagName.toLowerCase() === UI_HOST_TAG;
  const page = () => pageRefOf(doc, location.href);
  // One index of the page's text, built when needed and dropped when the page's text changes:
  // a selection does not walk a large page again when nothing changed since the last one.
  let cachedIndex: TextIndex | null = null;
  const index = (): TextIndex => {
    if (cachedIndex) return cachedIndex;
    cachedIndex = buildTextIndex(doc.body, { skip: isOurs });
    watch(cachedIndex);
    return cachedIndex;
  };

  /** Retries a message when the service worker is starting or was just restarted. */
  const send = <T>(fn: () => Promise<T>): Promise<T> =>
    // A stopped worker is started again by the next message: the first retry goes at once.
    retrying(fn, [0, 250, 1000], {
      wait: (ms) => new Promise((r) => ctx.setTimeout(() => r(undefined), ms)),
      // A refusal from the background is final; only a lost connection is worth retrying.
      retryable: (e) => /establish connection|receiving end|message port closed|message channel closed|No response/i.test(String((e as Error)?.message)),
    });

  /** The placement in flight: a newer one, or a change of the page's text, stops it before it paints. */
  let placing: AbortController | null = null;
  const stopPlacing = () => placing?.abort();

  /**
   * Places and paints the highlights, in slices on a large page (see anchorInSlices). Resolves
   * once painted, or once stopped by a newer placement or a change of the page's text.
   */
  async function place(): Promise<void> {
    stopPlacing();
    const run = (placing = new AbortController());
    const highlights = records.filter((r) => r.target && r.color);
    let results: (AnchorResult | null)[] = [];
    if (highlights.length) {
      try {
        const done = await anchorInSlices(
          doc.body,
          highlights.map((r) => r.target!),
          { skip: isOurs, index: cachedIndex, signal: run.signal, ...ctx.slices },
        );
        cachedIndex = done.index;
        watch(done.index);
        results = done.results;
      } catch (e) {
        if (run.signal.aborted) return;
        throw e;
      }
    }
    if (run.signal.aborted) return;
    placed = new Map();
    const orphans: string[] = [];
    highlights.forEach((r, i) => {
      const hit = results[i];
      if (hit) placed.set(r.id, { id: r.id, color: r.color as HighlightColor, range: hit.range, start: hit.start, end: hit.end });
      else orphans.push(r.id);
    });
    painter.paint([...placed.values()]);
    if (painter.mode === 'wrap') {
      // Wrapping (the fallback painter) splits text nodes: those changes are ours, not the
      // page's, but the index's nodes are no longer the page's.
      observer.takeRecords();
      cachedIndex = null;
    }
    const key = `${location.href}|${orphans.join(',')}|${placed.size}`;
    if (key !== lastOrphans) {
      lastOrphans = key;
      void send(() => sendMessage('anchoringReport', { url: location.href, placed: [...placed.keys()], orphans })).catch(() => {});
    }
  }

  async function refresh(): Promise<void> {
    records = await send(() => sendMessage('listAnnotations', { page: page() }));
    // Reading a reply of 2,000 records is a task's worth on a slow CPU (with the garbage
    // collector's steps it sets off): then the placement starts in a task of its own. A few
    // records are read in no time, and are painted in the task that got them.
    if (records.length > MANY_RECORDS) await (ctx.slices?.yieldToEventLoop ?? yieldToEventLoop)();
    await place();
  }

  function close(): void {
    pending = null;
    pendingRange = null;
    painter.showSelection(null);
    ui.hide();
  }

  function finishPick(got: Picked | null): void {
    const done = picking;
    picking = null;
    ui.hide();
    done?.(got);
  }

  /** Asks the reader to select text on the page; resolves with it, or null if they cancel. */
  function pick(prompt: string): Promise<Picked | null> {
    finishPick(null);
    close();
    return new Promise((resolve) => {
      picking = resolve;
      ui.show(h(PickBanner, { prompt, onCancel: () => finishPick(null) }));
    });
  }

  async function useAs(field: UseAsField): Promise<void> {
    if (!pendingRange || !ctx.onUseAs) return;
    await ctx.onUseAs(field, pendingRange);
    selectionDoc.getSelection()?.removeAllRanges();
    close();
  }

  async function create(color: HighlightColor, note: string, tags: string[]): Promise<void> {
    if (!pending) return;
    const selectors = pending;
    // One id for every attempt: a retry after a lost answer must not store the highlight twice.
    const id = crypto.randomUUID();
    const record = await send(() => sendMessage('createHighlight', { page: page(), highlight: { id, selectors, color, note, tags } }));
    records = [...records, record];
    selectionDoc.getSelection()?.removeAllRanges();
    close();
    await place();
  }

  /** Where a selection is on screen, in the page's viewport (a frame's selection is offset by its frame). */
  function screenBox(d: Document, range: AbstractRange): DOMRect {
    let live: Range | null = typeof (range as Range).getBoundingClientRect === 'function' ? (range as Range) : null;
    if (!live) {
      live = d.createRange();
      try {
        live.setStart(range.startContainer, range.startOffset);
        live.setEnd(range.endContainer, range.endOffset);
      } catch {
        live.selectNodeContents(range.startContainer);
      }
    }
    const box = live.getBoundingClientRect();
    const at = frameOffset(d, doc);
    return new DOMRect(box.left + at.x, box.top + at.y, box.width, box.height);
  }

  /** Opens the toolbar for the current selection, if there is one we may highlight. */
  function offerToolbar(withNote = false, d: Document = doc): boolean {
    const range = selectedRange(
      d,
      [...watched].filter((t): t is ShadowRoot => t.nodeType === 11 && t.ownerDocument === d),
    );
    if (!range) return false;
    const start = range.startContainer.nodeType === 1 ? (range.startContainer as Element) : range.startContainer.parentElement;
    if (
      !start ||
      ui.contains(start) ||
      start.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"]')
    )
      return false;
    const described = describeRange(index(), range);
    if (!described) return false;
    const rect = screenBox(d, range);
    const x = Math.max(4, Math.min(rect.left, doc.documentElement.clientWidth - 300));
    const y = rect.bottom + 8;
    pending = { quote: described.quote, position: described.position };
    pendingRange = range;
    selectionDoc = d;
    // The page's own selection is not shown once focus moves into the note field: ours is.
    painter.showSelection(range);
    const avoid = { top: rect.top, bottom: rect.bottom };
    ui.show(
      h(SelectionToolbar, {
        x,
        y,
        avoid,
        withNote,
        onCreate: create,
        onUseAs: ctx.onUseAs && d === doc ? useAs : undefined,
        onClose: close,
        key: `${x},${y},${withNote}`,
      }),
    );
    return true;
  }

  function openEditor(ids: string[], x: number, y: number): void {
    const items = ids.map((id) => records.find((r) => r.id === id)).filter((r): r is AnnotationRecord => r != null);
    if (!items.length) return;
    const px = Math.max(4, Math.min(x, doc.documentElement.clientWidth - 350));
    const py = Math.max(4, Math.min(y + 12, doc.documentElement.clientHeight - 260));
    ui.show(
      h(HighlightEditor, {
        x: px,
        y: py,
        items,
        key: ids.join(','),
        onClose: close,
        onSave: async (id: string, edit: AnnotationEdit) => {
          const updated = await send(() => sendMessage('updateAnnotation', { id, edit }));
          records = records.map((r) => (r.id === id ? updated : r));
          await place();
        },
        onDelete: async (id: string) => {
          await send(() => sendMessage('deleteAnnotation', { id }));
          records = records.filter((r) => r.id !== id);
          showUndo(id, px, py);
          await place();
        },
      }),
    );
  }

  function showUndo(id: string, x: number, y: number): void {
    clearTimeout(undoTimer);
    ui.show(
      h(UndoBar, {
        x,
        y,
        onClose: close,
        onUndo: () => {
          close();
          void send(() => sendMessage('restoreAnnotation', { id })).then(() => refresh());
        },
      }),
    );
    undoTimer = ctx.setTimeout(close, 8000);
  }

  /** The reader's selection, for the pick they were asked for. */
  function takePick(): void {
    const range = selectedRange(doc, []);
    if (!range) return;
    const start = range.startContainer.nodeType === 1 ? (range.startContainer as Element) : range.startContainer.parentElement;
    if (!start || ui.contains(start)) return;
    const described = describeRange(index(), range);
    finishPick({ range, selectors: described ? { quote: described.quote, position: described.position } : null });
  }

  /** The person's mouse and keys, on the page's document and on each same-origin frame's. */
  function listen(d: Document): void {
    const opts = { signal: ctx.signal, capture: true } as const;
    d.addEventListener(
      'mouseup',
      (e) => {
        if (ui.contains(e.target as Node)) return;
        // Let the selection settle first.
        ctx.setTimeout(() => {
          if (picking) {
            if (d === doc) takePick();
            return;
          }
          if (!offerToolbar(false, d) && pending) close();
        }, 0);
      },
      opts,
    );
    d.addEventListener(
      'click',
      (e) => {
        if (picking || ui.contains(e.target as Node) || !d.getSelection()?.isCollapsed) return;
        const ids = painter.idsAt(e.clientX, e.clientY, e.target);
        const at = frameOffset(d, doc);
        if (ids.length) openEditor(ids, e.clientX + at.x, e.clientY + at.y);
      },
      opts,
    );
    d.addEventListener('keydown', (e) => e.key === 'Escape' && (picking ? finishPick(null) : close()), opts);
  }

  /**
   * The content script's one watch on the page: re-places highlights when its text changes,
   * and tells the caller when it replaced content. Our UI and our marks are not the page's.
   */
  let replaceTimer = 0;
  const inOurs = (n: Node) => {
    const el = n instanceof Element ? n : n.parentElement;
    return el != null && (el.closest(MARK_TAG) != null || el.closest(UI_HOST_TAG) != null);
  };
  const observer = new MutationObserver((mutations) => {
    let textChanged = false;
    let swapped = false;
    for (const m of mutations) {
      if (inOurs(m.target)) continue;
      if (m.type === 'characterData') textChanged = true;
      for (const n of [...m.addedNodes, ...m.removedNodes]) {
        if (n instanceof Element && (n.tagName.toLowerCase() === MARK_TAG || isOurs(n))) continue;
        textChanged = true;
        if (n.nodeType === 1 && (m.target.getRootNode() !== doc || doc.body?.contains(m.target))) swapped = true;
      }
    }
    if (textChanged) {
      cachedIndex = null;
      stopPlacing();
    }
    if (swapped) ctx.onContentSwap?.();
    if (textChanged) schedulePlace();
  });
  const observed = { childList: true, subtree: true, characterData: true } as const;
  observer.observe(doc.documentElement, observed);
  listen(doc);

  function schedulePlace(): void {
    if (!records.length) return;
    clearTimeout(replaceTimer);
    replaceTimer = ctx.setTimeout(() => void place(), 300);
  }

  /**
   * Shadow roots and same-origin frames are trees of their own: each is observed, and each
   * frame's document gets our listeners, once. A frame that loads (again) brings a new document.
   */
  const watched = new Set<EmbeddedTree>();
  const frameElements = new WeakSet<Element>();
  function watch({ trees, frames }: { trees: readonly EmbeddedTree[]; frames: readonly Element[] }): void {
    for (const tree of trees) {
      if (watched.has(tree)) continue;
      watched.add(tree);
      try {
        observer.observe(tree, observed);
        if (tree.nodeType === 9) listen(tree as Document);
      } catch {
        // A frame torn down meanwhile.
      }
    }
    for (const frame of frames) {
      if (frameElements.has(frame)) continue;
      frameElements.add(frame);
      frame.addEventListener(
        'load',
        () => {
          cachedIndex = null;
          for (const t of watched) if (t.nodeType === 9 && !(t as Document).defaultView) watched.delete(t);
          ctx.onContentSwap?.();
          schedulePlace();
        },
        { signal: ctx.signal },
      );
    }
  }
  ctx.signal.addEventListener('abort', () => {
    stopPlacing();
    observer.disconnect();
    painter.clear();
    ui.remove();
  });

  return {
    refresh,
    watch,
    pick,
    /** From the context menu or the keyboard command: the selection where the focus is. */
    highlightSelection(withNote: boolean): boolean {
      return offerToolbar(withNote, doc.getSelection()?.isCollapsed === false ? doc : focusedDocument(doc));
    },
    reveal(id: string): boolean {
      const p = placed.get(id);
      if (!p) return false;
      (p.range.startContainer instanceof Element ? p.range.startContainer : p.range.startContainer.parentElement)?.scrollIntoView({ block: 'center' });
      painter.flash(id);
      return true;
    },
  };
}
