import { useEffect, useRef, useState } from 'preact/hooks';
import { COLORS, type HighlightColor } from '@/lib/annotation';
import { COLOR_NAMES } from '@/lib/highlight/colors';
import { parseTags } from '@/lib/tags';
import { FIELD_NAMES, inPageStrings, storageStrings, USE_AS_FIELDS } from '../strings-in-page';
import { failureText } from '../failure-text';
import { FloatingDialog } from './FloatingDialog';
import type { Avoid } from './keep-in-viewport';

const t = { inPage: inPageStrings, storage: storageStrings };

export interface SelectionToolbarProps {
  x: number;
  y: number;
  /** The selection's lines, which the toolbar stands clear of. */
  avoid?: Avoid;
  /** Open with the note field showing (the "Highlight with note" command). */
  withNote?: boolean;
  onCreate: (color: HighlightColor, note: string, tags: string[]) => Promise<void>;
  /** Takes the selected text as a field's value (one of USE_AS_FIELDS). */
  onUseAs?: (field: UseAsField) => Promise<void>;
  onClose: () => void;
}

export type UseAsField = (typeof USE_AS_FIELDS)[number];

export function SelectionToolbar({ x, y, avoid, withNote = false, onCreate, onUseAs, onClose }: SelectionToolbarProps) {
  const [noteOpen, setNoteOpen] = useState(withNote);
  const [useAsOpen, setUseAsOpen] = useState(false);
  const [color, setColor] = useState<HighlightColor>('yellow');
  const [note, setNote] = useState('');
  const [tags, setTags] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const noteRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (noteOpen) noteRef.current?.focus();
  }, [noteOpen]);

  async function useAs(field: UseAsField) {
    if (!onUseAs) return;
    setBusy(true);
    setError(null);
    try {
      await onUseAs(field);
    } catch (e) {
      setError(failureText(e, t.storage.changeNotSaved, t.inPage.saveFailed));
      setBusy(false);
    }
  }

  async function create(c: HighlightColor) {
    setBusy(true);
    setError(null);
    try {
      await onCreate(c, note.trim(), parseTags(tags));
    } catch (e) {
      // The toolbar stays open with the note and tags as typed, for another try once the cause is gone.
      setError(failureText(e, t.storage.highlightNotSaved, t.inPage.saveFailed));
      setBusy(false);
    }
  }

  return (
    <FloatingDialog x={x} y={y} avoid={avoid} label={t.inPage.toolbarLabel} testid="ra-toolbar" onClose={onClose}>
      <div class="row">
        {COLORS.map((c) => (
          <button
            type="button"
            class={`swatch ${c}`}
            data-testid={`ra-color-${c}`}
            aria-label={t.inPage.highlightIn(COLOR_NAMES[c])}
            aria-pressed={noteOpen ? c === color : undefined}
            disabled={busy}
            onClick={() => (noteOpen ? setColor(c) : void create(c))}
          />
        ))}
        <button type="button" data-testid="ra-note-toggle" aria-expanded={noteOpen} onClick={() => setNoteOpen(!noteOpen)}>
          {t.inPage.note}
        </button>
        {onUseAs && (
          <button type="button" data-testid="ra-use-as" aria-label={t.inPage.useAsLabel} aria-expanded={useAsOpen} onClick={() => setUseAsOpen(!useAsOpen)}>
            {t.inPage.useAs}
          </button>
        )}
        <button type="button" data-testid="ra-close" aria-label={t.inPage.close} onClick={onClose}>
          ×
        </button>
      </div>
      {useAsOpen && (
        <div class="row use-as" role="group" aria-label={t.inPage.useAsLabel}>
          {USE_AS_FIELDS.map((field) => (
            <button type="button" key={field} data-testid={`ra-use-as-${field}`} disabled={busy} onClick={() => void useAs(field)}>
              {FIELD_NAMES[field]}
            </button>
          ))}
        </div>
      )}
      {noteOpen && (
        <div>
          <label>
            {t.inPage.noteLabel}
            <textarea ref={noteRef} data-testid="ra-note-input" value={note} onInput={(e) => setNote(e.currentTarget.value)} />
          </label>
          <label>
            {t.inPage.tagsLabel}
            <input data-testid="ra-tags-input" value={tags} placeholder={t.inPage.tagsPlaceholder} onInput={(e) => setTags(e.currentTarget.value)} />
          </label>
          <div class="row" style={{ marginTop: '6px' }}>
            <button type="button" class="primary" data-testid="ra-save" disabled={busy} onClick={() => void create(color)}>
              {t.inPage.save}
            </button>
          </div>
        </div>
      )}
      {error && (
        <div class="error" role="alert" data-testid="ra-error">
          {error}
        </div>
      )}
    </FloatingDialog>
  );
}
