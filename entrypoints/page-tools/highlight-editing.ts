import { h } from 'preact';
import type { AnnotationEdit, AnnotationRecord } from '@/lib/annotation';
import { HighlightEditor, UndoBar } from '@/components/in-page/HighlightEditor';
import type { createUiHost } from '@/components/in-page/ui-host';
import type { Placement } from './placement';
import type { Transport } from '@/lib/transport';

/** The editor a click on a highlight opens (colour, note, tags, delete), and the undo bar a delete leaves. */
export interface HighlightEditing {
  /** Opens the editor for the highlights `ids` at a point of the page's viewport. */
  open(ids: string[], x: number, y: number): void;
}

export interface HighlightEditingDeps {
  doc: Document;
  ui: ReturnType<typeof createUiHost>;
  placement: Placement;
  transport: Transport;
  setTimeout: (fn: () => void, ms: number) => number;
  /** Closes whatever our UI shows. */
  close: () => void;
}

/** How long the undo bar stays after a delete. */
const UNDO_MS = 8000;

export function createHighlightEditing({ doc, ui, placement, transport, setTimeout, close }: HighlightEditingDeps): HighlightEditing {
  let undoTimer = 0;

  function showUndo(id: string, x: number, y: number): void {
    clearTimeout(undoTimer);
    ui.show(
      h(UndoBar, {
        x,
        y,
        onClose: close,
        onUndo: () => {
          close();
          void transport.request('restoreAnnotation', { id }).then(() => placement.refresh());
        },
      }),
    );
    undoTimer = setTimeout(close, UNDO_MS);
  }

  return {
    open(ids, x, y) {
      const items = ids.map((id) => placement.records.find((r) => r.id === id)).filter((r): r is AnnotationRecord => r != null);
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
            const updated = await transport.request('updateAnnotation', { id, edit });
            placement.setRecords(placement.records.map((r) => (r.id === id ? updated : r)));
            await placement.place();
          },
          onDelete: async (id: string) => {
            await transport.request('deleteAnnotation', { id });
            placement.setRecords(placement.records.filter((r) => r.id !== id));
            showUndo(id, px, py);
            await placement.place();
          },
        }),
      );
    },
  };
}
