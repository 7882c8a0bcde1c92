import { h } from 'preact';
import type { HighlightColor, Selectors } from '@/lib/annotation';
import { describeRange } from '@/lib/anchor';
import type { Painter } from '@/lib/highlight/painter';
import { pageRefOf } from '@/lib/page-ref';
import { FORM_FIELDS, selectedRange } from '@/lib/selection';
import { frameOffset } from '@/lib/page-trees';
import type { createUiHost } from '@/components/in-page/ui-host';
import { SelectionToolbar, type UseAsField } from '@/components/in-page/SelectionToolbar';
import { PickBanner } from '@/components/in-page/PickBanner';
import type { Placement } from './placement';
import type { Transport } from '@/lib/transport';
import type { HighlightEditing } from './highlight-editing';

/** Text the reader selected when asked to (see `pick`). */
export interface Picked {
  range: AbstractRange;
  /** Where it stands, as a highlight would be anchored; null when it cannot be described. */
  selectors: Selectors | null;
}

/**
 * What the reader does with the mouse and keys: a selection gets the toolbar (colours, note,
 * "Use as…"), a click on a highlight its editor, and a pick the popup asked for takes the
 * selection. Listens on the page's document and on each same-origin frame's.
 */
export interface SelectionUi {
  /** Listens to the reader in one document (the page's or a frame's). */
  listen(doc: Document): void;
  /** Opens the toolbar for the selection in `doc`, if there is one we may highlight. */
  offer(withNote: boolean, doc: Document): boolean;
  /** Asks the reader to select text on the page; resolves with it, or null if they cancel. */
  pick(prompt: string): Promise<Picked | null>;
}

export interface SelectionUiDeps {
  doc: Document;
  ui: ReturnType<typeof createUiHost>;
  painter: Painter;
  placement: Placement;
  transport: Transport;
  editing: (close: () => void) => HighlightEditing;
  signal: AbortSignal;
  setTimeout: (fn: () => void, ms: number) => number;
  /** The open shadow roots known in a document: a selection inside them is read through them. */
  shadowRootsIn: (doc: Document) => ShadowRoot[];
  /** The toolbar's "Use as…": the selected text becomes a field's value. */
  onUseAs?: (field: UseAsField, range: AbstractRange) => Promise<void>;
}

/** Where a selection is on screen, in the page's viewport (a frame's selection is offset by its frame). */
function screenBox(top: Document, d: Document, range: AbstractRange): DOMRect {
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
  const at = frameOffset(d, top);
  return new DOMRect(box.left + at.x, box.top + at.y, box.width, box.height);
}

const startElement = (range: AbstractRange) => (range.startContainer.nodeType === 1 ? (range.startContainer as Element) : range.startContainer.parentElement);

interface ReaderEvents {
  /** Whether an event's target is in our UI: those events are the UI's own. */
  ours: (target: EventTarget | null) => boolean;
  /** After a mouseup, once the selection has settled. */
  mouseUp: () => void;
  click: (e: MouseEvent) => void;
  escape: () => void;
}

/** The reader's mouse and keys in one document, in the capture phase (a page's handlers may stop them). */
function listenToReader(d: Document, { signal, setTimeout }: Pick<SelectionUiDeps, 'signal' | 'setTimeout'>, on: ReaderEvents): void {
  const opts = { signal, capture: true } as const;
  d.addEventListener(
    'mouseup',
    (e) => {
      if (!on.ours(e.target)) setTimeout(on.mouseUp, 0);
    },
    opts,
  );
  d.addEventListener(
    'click',
    (e) => {
      if (!on.ours(e.target)) on.click(e);
    },
    opts,
  );
  d.addEventListener(
    'keydown',
    (e) => {
      if (e.key === 'Escape') on.escape();
    },
    opts,
  );
}

export function createSelectionUi(deps: SelectionUiDeps): SelectionUi {
  const { doc, ui, painter, placement } = deps;
  /** The selection the toolbar is open for, and the document it is in (the page's or a frame's). */
  let pending: { selectors: Selectors; range: AbstractRange; doc: Document } | null = null;
  /** Resolves the pick the reader was asked for, if one is open. */
  let picking: ((got: Picked | null) => void) | null = null;

  function close(): void {
    pending = null;
    painter.showSelection(null);
    ui.hide();
  }
  const editing = deps.editing(close);

  function finishPick(got: Picked | null): void {
    const done = picking;
    picking = null;
    ui.hide();
    done?.(got);
  }

  async function useAs(field: UseAsField): Promise<void> {
    if (!pending || !deps.onUseAs) return;
    await deps.onUseAs(field, pending.range);
    pending.doc.getSelection()?.removeAllRanges();
    close();
  }

  async function create(color: HighlightColor, note: string, tags: string[]): Promise<void> {
    if (!pending) return;
    const { selectors, doc: selectionDoc } = pending;
    // One id for every attempt: a retry after a lost answer must not store the highlight twice.
    const id = crypto.randomUUID();
    const record = await deps.transport.request('createHighlight', { page: pageRefOf(doc, location.href), highlight: { id, selectors, color, note, tags } });
    placement.setRecords([...placement.records, record]);
    selectionDoc.getSelection()?.removeAllRanges();
    close();
    await placement.place();
  }

  function offer(withNote: boolean, d: Document): boolean {
    const range = selectedRange(d, deps.shadowRootsIn(d));
    if (!range) return false;
    const start = startElement(range);
    if (!start || ui.contains(start) || start.closest(FORM_FIELDS)) return false;
    const described = describeRange(placement.index(), range);
    if (!described) return false;
    const rect = screenBox(doc, d, range);
    const x = Math.max(4, Math.min(rect.left, doc.documentElement.clientWidth - 300));
    const y = rect.bottom + 8;
    pending = { selectors: { quote: described.quote, position: described.position }, range, doc: d };
    // The page's own selection is not shown once focus moves into the note field: ours is.
    painter.showSelection(range);
    ui.show(
      h(SelectionToolbar, {
        x,
        y,
        avoid: { top: rect.top, bottom: rect.bottom },
        withNote,
        onCreate: create,
        onUseAs: deps.onUseAs && d === doc ? useAs : undefined,
        onClose: close,
        key: `${x},${y},${withNote}`,
      }),
    );
    return true;
  }

  /** The reader's selection, for the pick they were asked for. */
  function takePick(): void {
    const range = selectedRange(doc, []);
    if (!range) return;
    const start = startElement(range);
    if (!start || ui.contains(start)) return;
    const described = describeRange(placement.index(), range);
    finishPick({ range, selectors: described ? { quote: described.quote, position: described.position } : null });
  }

  function listen(d: Document): void {
    listenToReader(d, deps, {
      ours: (target) => ui.contains(target as Node),
      mouseUp() {
        if (picking) {
          if (d === doc) takePick();
          return;
        }
        if (!offer(false, d) && pending) close();
      },
      click(e) {
        if (picking || !d.getSelection()?.isCollapsed) return;
        const ids = painter.idsAt(e.clientX, e.clientY, e.target);
        const at = frameOffset(d, doc);
        if (ids.length) editing.open(ids, e.clientX + at.x, e.clientY + at.y);
      },
      escape: () => (picking ? finishPick(null) : close()),
    });
  }

  return {
    listen,
    offer,
    pick(prompt) {
      finishPick(null);
      close();
      return new Promise((resolve) => {
        picking = resolve;
        ui.show(h(PickBanner, { prompt, onCancel: () => finishPick(null) }));
      });
    },
  };
}
