import { createPainter } from '@/lib/highlight/painter';
import { focusedDocument, type EmbeddedTree } from '@/lib/page-trees';
import type { SliceOptions } from '@/lib/yield';
import { createUiHost, UI_HOST_TAG } from '@/components/in-page/ui-host';
import type { UseAsField } from '@/components/in-page/SelectionToolbar';
import { createTransport } from '@/lib/transport';
import { createPlacement } from './placement';
import { watchPage } from './page-watch';
import { createSelectionUi, type Picked } from './selection-ui';
import { createHighlightEditing } from './highlight-editing';

/**
 * The content script's highlighting, put together from its parts: the transport to the
 * background (transport.ts), placing the page's stored annotations (placement.ts), watching the
 * page for changes (page-watch.ts), and the reader's selection and highlights (selection-ui.ts,
 * highlight-editing.ts).
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

export interface Annotator {
  /** Fetches the page's annotations and places them. */
  refresh(): Promise<void>;
  /** Shadow roots and same-origin frames found on the page: watched, and listened to. */
  watch(embedded: { trees: readonly EmbeddedTree[]; frames: readonly Element[] }): void;
  /** Asks the reader to select text on the page; resolves with it, or null if they cancel. */
  pick(prompt: string): Promise<Picked | null>;
  /** From the context menu or the keyboard command: the toolbar for the selection where the focus is. */
  highlightSelection(withNote: boolean): boolean;
  /** Scrolls to a highlight and flashes it; false when it is not placed on the page. */
  reveal(id: string): boolean;
}

export function startAnnotator(doc: Document, ctx: AnnotatorContext): Annotator {
  const ui = createUiHost(doc);
  // The page's own document has our colours from highlight.css (see entrypoints/content/index.ts).
  const painter = createPainter(doc, { documentStyled: true });
  const transport = createTransport(ctx.setTimeout);
  const skip = (el: Element) => el.localName === UI_HOST_TAG;
  const placement = createPlacement({
    doc,
    painter,
    transport,
    skip,
    setTimeout: ctx.setTimeout,
    slices: ctx.slices,
    onIndex: (index) => watcher.watch(index),
    onOwnChanges: () => watcher.dropPending(),
  });
  const selection = createSelectionUi({
    doc,
    ui,
    painter,
    placement,
    transport,
    signal: ctx.signal,
    setTimeout: ctx.setTimeout,
    shadowRootsIn: (d) => watcher.shadowRootsIn(d),
    onUseAs: ctx.onUseAs,
    editing: (close) => createHighlightEditing({ doc, ui, placement, transport, setTimeout: ctx.setTimeout, close }),
  });
  const watcher = watchPage({
    doc,
    signal: ctx.signal,
    onTextChange: () => placement.textChanged(),
    onFrameLoad: () => placement.textChanged(),
    onContentSwap: () => ctx.onContentSwap?.(),
    onDocument: (d) => selection.listen(d),
  });
  selection.listen(doc);

  ctx.signal.addEventListener('abort', () => {
    placement.stop();
    watcher.stop();
    painter.clear();
    ui.remove();
  });

  return {
    refresh: () => placement.refresh(),
    watch: (embedded) => watcher.watch(embedded),
    pick: (prompt) => selection.pick(prompt),
    highlightSelection: (withNote) => selection.offer(withNote, doc.getSelection()?.isCollapsed === false ? doc : focusedDocument(doc)),
    reveal: (id) => placement.reveal(id),
  };
}
