import { useState } from 'preact/hooks';
import { COLORS, type AnnotationEdit, type AnnotationRecord, type HighlightColor } from '@/lib/annotation';
import { COLOR_NAMES, PAINT } from '@/lib/highlight/colors';
import { parseTags } from '@/lib/tags';
import { Marked } from './Marked';
import { t } from './strings';
import { errorText } from './failure-text';
import { FormButtons } from './FormButtons';

/** An annotation's colour, as a bar beside it (the library's list, the popup, the trash). */
export function Swatch({ color }: { color: HighlightColor | null | undefined }) {
  return <span class="swatch" style={{ background: color ? PAINT[color] : 'transparent' }} title={color ? COLOR_NAMES[color] : ''} data-color={color ?? ''} />;
}

export interface AnnotationActions {
  onReveal?: (id: string) => void;
  onDelete: (id: string) => void;
  onEdit: (id: string, edit: AnnotationEdit) => Promise<unknown>;
  onKeepAsPageNote?: (id: string) => void;
  /** An orphan: the reader selects the text it belongs to now. */
  onReattach?: (id: string) => void;
  /** Present where annotations can be selected for a change to several at once. */
  onSelect?: (id: string, selected: boolean) => void;
}

function Editor({ a, onDone, onEdit }: { a: AnnotationRecord; onDone: () => void; onEdit: AnnotationActions['onEdit'] }) {
  const [color, setColor] = useState(a.color);
  const [note, setNote] = useState(a.note);
  const [tags, setTags] = useState(a.tags.join(', '));
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      class="annotation-editor"
      data-testid="annotation-editor"
      onSubmit={(e) => {
        e.preventDefault();
        onEdit(a.id, { ...(color ? { color } : {}), note, tags: parseTags(tags) })
          .then(onDone)
          .catch((err: unknown) => setError(errorText(err)));
      }}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.stopPropagation();
        onDone();
      }}
    >
      {a.motivation === 'highlighting' && (
        <fieldset class="colors">
          <legend>{t.annotations.color}</legend>
          {COLORS.map((c) => (
            <label key={c} class="color-choice" title={COLOR_NAMES[c]}>
              <input
                type="radio"
                name={`color-${a.id}`}
                value={c}
                checked={color === c}
                data-testid={`annotation-edit-color-${c}`}
                onChange={() => setColor(c)}
              />
              <span class="swatch" style={{ background: PAINT[c] }} />
              <span class="visually-hidden">{COLOR_NAMES[c]}</span>
            </label>
          ))}
        </fieldset>
      )}
      <label>
        {t.annotations.note}
        <textarea data-testid="annotation-edit-note" value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      </label>
      <label>
        {t.annotations.tags}
        <input data-testid="annotation-edit-tags" value={tags} placeholder={t.inPage.tagsPlaceholder} onInput={(e) => setTags(e.currentTarget.value)} />
      </label>
      <FormButtons saveTestid="annotation-edit-save" onCancel={onDone} error={error} />
    </form>
  );
}

/** One highlight or page note: its quote, colour, note and tags, and what can be done with it. */
export function AnnotationItem({
  a,
  orphan = false,
  words = [],
  selected = false,
  actions,
}: {
  a: AnnotationRecord;
  orphan?: boolean;
  words?: string[];
  selected?: boolean;
  actions: AnnotationActions;
}) {
  const [editing, setEditing] = useState(false);
  const isNote = a.motivation === 'commenting';
  const { onSelect, onReattach, onKeepAsPageNote, onReveal } = actions;
  const testid = isNote ? 'page-note' : orphan ? 'orphan' : 'annotation';
  return (
    <li class={`annotation${isNote ? ' page-note' : ''}`} data-testid={testid} data-id={a.id}>
      {onSelect && (
        <input
          type="checkbox"
          class="select"
          data-testid="select-annotation"
          aria-label={t.library.selectAnnotation(a.target?.quote.exact ?? a.note)}
          checked={selected}
          onChange={(e) => onSelect(a.id, e.currentTarget.checked)}
        />
      )}
      {!isNote && <Swatch color={a.color} />}
      <div class="body">
        {editing ? (
          <Editor a={a} onEdit={actions.onEdit} onDone={() => setEditing(false)} />
        ) : (
          <>
            {a.target && (
              <blockquote data-testid="annotation-quote">
                <Marked text={a.target.quote.exact} words={words} />
              </blockquote>
            )}
            {a.note && (
              <p class="note" data-testid="annotation-note">
                <Marked text={a.note} words={words} />
              </p>
            )}
            {a.tags.length > 0 && (
              <ul class="tags" aria-label={t.annotations.tags}>
                {a.tags.map((tag) => (
                  <li key={tag} data-testid="annotation-tag">
                    <Marked text={tag} words={words} />
                  </li>
                ))}
              </ul>
            )}
            <div class="actions">
              {orphan && onReattach && (
                <button type="button" data-testid="reattach" onClick={() => onReattach(a.id)}>
                  {t.annotations.reattach}
                </button>
              )}
              {orphan && onKeepAsPageNote && (
                <button type="button" data-testid="keep-as-page-note" onClick={() => onKeepAsPageNote(a.id)}>
                  {t.annotations.keepAsPageNote}
                </button>
              )}
              {!orphan && !isNote && onReveal && (
                <button type="button" data-testid="reveal-annotation" onClick={() => onReveal(a.id)}>
                  {t.showOnPage}
                </button>
              )}
              <button type="button" data-testid="edit-annotation" onClick={() => setEditing(true)}>
                {t.annotations.edit}
              </button>
              <button type="button" data-testid="delete-annotation" onClick={() => actions.onDelete(a.id)}>
                {t.annotations.delete}
              </button>
            </div>
          </>
        )}
      </div>
    </li>
  );
}
