import { useState } from 'preact/hooks';
import { t } from './strings';

/** A note about the whole page; the field empties once the note is added. */
export function PageNoteForm({ onAdd }: { onAdd: (note: string) => Promise<boolean> }) {
  const [note, setNote] = useState('');
  return (
    <form
      class="page-note-form"
      onSubmit={(e) => {
        e.preventDefault();
        const text = note.trim();
        if (!text) return;
        void onAdd(text).then((added) => {
          if (added) setNote('');
        });
      }}
    >
      <label>
        {t.annotations.pageNoteLabel}
        <textarea data-testid="page-note-input" value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      </label>
      <button type="submit" data-testid="add-page-note">
        {t.annotations.addPageNote}
      </button>
    </form>
  );
}
