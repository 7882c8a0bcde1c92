import { useState } from 'preact/hooks';
import { COLORS, type AnnotationEdit, type AnnotationRecord, type HighlightColor } from '@/lib/annotation';
import { COLOR_NAMES } from '@/lib/highlight/colors';
import { parseTags } from '@/lib/tags';
import { inPageStrings, storageStrings } from '../strings-in-page';
import { failureText } from '../failure-text';
import { FloatingDialog, keepSelection } from './FloatingDialog';

const t = { inPage: inPageStrings, storage: storageStrings };

export interface HighlightEditorProps {
  x: number;
  y: number;
  /** The highlights under the click, topmost first: overlapping ones are each editable. */
  items: AnnotationRecord[];
  onSave: (id: string, edit: AnnotationEdit) => Promise<void>;
  onDelete: (id: string) => Promise<void>;
  onClose: () => void;
}

function EditItem({ item, onSave, onDelete }: { item: AnnotationRecord } & Pick<HighlightEditorProps, 'onSave' | 'onDelete'>) {
  const [color, setColor] = useState<HighlightColor>(item.color ?? 'yellow');
  const [note, setNote] = useState(item.note);
  const [tags, setTags] = useState(item.tags.join(', '));
  const [status, setStatus] = useState<{ text: string; error?: boolean } | null>(null);

  async function run(what: () => Promise<void>, done: string) {
    try {
      await what();
      setStatus({ text: done });
    } catch (e) {
      setStatus({ text: failureText(e, t.storage.changeNotSaved, t.inPage.saveFailed), error: true });
    }
  }

  return (
    <div class="item" data-testid="ra-edit-item" data-id={item.id}>
      <div class="quote">“{item.target?.quote.exact}”</div>
      <div class="row">
        {COLORS.map((c) => (
          <button
            type="button"
            class={`swatch ${c}`}
            data-testid={`ra-edit-color-${c}`}
            aria-label={COLOR_NAMES[c]}
            aria-pressed={c === color}
            onClick={() => setColor(c)}
          />
        ))}
      </div>
      <label>
        {t.inPage.noteLabel}
        <textarea data-testid="ra-edit-note" value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      </label>
      <label>
        {t.inPage.tagsLabel}
        <input data-testid="ra-edit-tags" value={tags} onInput={(e) => setTags(e.currentTarget.value)} />
      </label>
      <div class="row" style={{ marginTop: '6px' }}>
        <button
          type="button"
          class="primary"
          data-testid="ra-edit-save"
          onClick={() => void run(() => onSave(item.id, { color, note: note.trim(), tags: parseTags(tags) }), t.inPage.saved)}
        >
          {t.inPage.save}
        </button>
        <button type="button" class="danger" data-testid="ra-edit-delete" onClick={() => void run(() => onDelete(item.id), t.inPage.deleted)}>
          {t.inPage.delete}
        </button>
      </div>
      {status && (
        <div class={status.error ? 'error' : 'status'} role={status.error ? 'alert' : 'status'} data-testid="ra-edit-status">
          {status.text}
        </div>
      )}
    </div>
  );
}

export function HighlightEditor({ x, y, items, onSave, onDelete, onClose }: HighlightEditorProps) {
  return (
    <FloatingDialog x={x} y={y} label={t.inPage.editorLabel} testid="ra-editor" onClose={onClose}>
      <div class="row" style={{ justifyContent: 'space-between' }}>
        <strong>{items.length > 1 ? t.inPage.overlapping(items.length) : t.inPage.editHighlight}</strong>
        <button type="button" data-testid="ra-close" aria-label={t.inPage.close} onClick={onClose}>
          ×
        </button>
      </div>
      {items.map((item) => (
        <EditItem key={item.id} item={item} onSave={onSave} onDelete={onDelete} />
      ))}
    </FloatingDialog>
  );
}

/** After a delete: the way back, for a few seconds. */
export function UndoBar({ x, y, onUndo, onClose }: { x: number; y: number; onUndo: () => void; onClose: () => void }) {
  return (
    <div class="panel" role="status" data-testid="ra-undo-bar" style={{ left: `${x}px`, top: `${y}px` }} onMouseDown={keepSelection}>
      <div class="row">
        <span>{t.inPage.deleted}</span>
        <button type="button" data-testid="ra-undo" onClick={onUndo}>
          {t.inPage.undo}
        </button>
        <button type="button" aria-label={t.inPage.close} onClick={onClose}>
          ×
        </button>
      </div>
    </div>
  );
}
