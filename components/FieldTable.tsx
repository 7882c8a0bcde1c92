import { useState } from 'preact/hooks';
import type { Extraction, FieldPath, FieldProvenance } from '@/lib/extract/schema';
import { REVIEW_FIELDS, WORK_FIELDS } from '@/lib/extract/schema';
import { effectiveFields, FIELD_PATHS, fieldInputText, parseFieldInput, pickedQuote, type Corrections, type FieldValue } from '@/lib/library/corrections';
import { t } from './strings';
import { errorText } from './failure-text';
import { FormButtons } from './FormButtons';

export interface FieldTableProps {
  extraction: Extraction | null;
  corrections?: Corrections;
  /** Scrolls the page to a field's text (`quote`: the text it was read from, or the text the reader picked); resolves false when it is not found there. */
  onReveal?: (field: FieldPath, quote: string) => Promise<boolean>;
  /** Asks the reader to select the field's value on the page. */
  onPick?: (field: FieldPath) => void;
  revealed?: Partial<Record<FieldPath, boolean>>;
  /** Saves the user's value for a field; without it the table is read-only. */
  onCorrect?: (field: FieldPath, value: FieldValue) => Promise<void>;
  onReset?: (field: FieldPath) => Promise<void>;
  /** Forgets the site rule that gave a field its value. */
  onForgetRule?: (ruleId: string) => void;
  /** Rows with no value are folded away behind one button (the popup, where space is short). */
  foldMissing?: boolean;
}

export function formatValue(value: unknown): string | null {
  if (value == null) return null;
  if (Array.isArray(value)) return value.length ? value.join('; ') : null;
  const s = typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value);
  return s === '' ? null : s;
}

/** A field's value as the page and the user's corrections give it. */
function rawValue(effective: ReturnType<typeof effectiveFields>, path: FieldPath): unknown {
  const [group, key] = path.split('.') as ['work' | 'review', string];
  return (effective[group] as Record<string, unknown>)[key];
}

export function provenanceText(p: FieldProvenance | undefined): string {
  if (!p) return '';
  return t.source[p.source](p.label);
}

function FieldEditor({
  path,
  initial,
  onSave,
  onCancel,
}: {
  path: FieldPath;
  initial: string;
  onSave: (v: FieldValue) => Promise<void>;
  onCancel: () => void;
}) {
  const [text, setText] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const long = path === 'review.summary';
  const label = t.fields.editLabel(t.fieldNames[path]);
  return (
    <form
      class="field-editor"
      onSubmit={(e) => {
        e.preventDefault();
        onSave(parseFieldInput(path, text)).catch((err: unknown) => setError(errorText(err)));
      }}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.stopPropagation();
        onCancel();
      }}
    >
      {long ? (
        <textarea
          aria-label={label}
          data-testid={`field-input-${path}`}
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
          ref={(el) => el?.focus()}
        />
      ) : (
        <input aria-label={label} data-testid={`field-input-${path}`} value={text} onInput={(e) => setText(e.currentTarget.value)} ref={(el) => el?.focus()} />
      )}
      {(path === 'work.authors' || path === 'work.editors' || path === 'work.keywords' || path === 'review.categories') && (
        <div class="hint">{t.fields.listHint}</div>
      )}
      <FormButtons saveTestid={`save-field-${path}`} cancelTestid={`cancel-field-${path}`} onCancel={onCancel} error={error} />
    </form>
  );
}

function Section({ title, paths, props, showMissing }: { title: string; paths: FieldPath[]; props: FieldTableProps; showMissing: boolean }) {
  const { extraction, corrections, onReveal, revealed, onCorrect, onReset, onForgetRule, onPick } = props;
  const [editing, setEditing] = useState<FieldPath | null>(null);
  const effective = effectiveFields(extraction, corrections);
  const shown = showMissing ? paths : paths.filter((path) => formatValue(rawValue(effective, path)) != null || editing === path);
  if (!shown.length) return null;
  return (
    <tbody>
      <tr>
        <th colSpan={3} scope="rowgroup" class="section">
          {title}
        </th>
      </tr>
      {shown.map((path) => {
        const raw = rawValue(effective, path);
        const value = formatValue(raw);
        const edited = effective.edited.has(path);
        const prov = extraction?.fields[path];
        const rule = prov?.source === 'rule' ? prov.rule : undefined;
        const picked = edited ? pickedQuote(corrections, path) : undefined;
        const quote = picked ?? (edited ? undefined : prov?.quote);
        return (
          <tr key={path} data-testid={`field-${path}`} data-field={path} class={value == null ? 'missing' : ''}>
            <th scope="row">{t.fieldNames[path]}</th>
            <td class="value" data-testid={`value-${path}`}>
              {editing === path && onCorrect ? (
                <FieldEditor
                  path={path}
                  initial={fieldInputText(raw)}
                  onCancel={() => setEditing(null)}
                  onSave={async (v) => {
                    await onCorrect(path, v);
                    // The reader may have opened another field while this one was saved.
                    setEditing((current) => (current === path ? null : current));
                  }}
                />
              ) : value == null ? (
                <em class="missing-text">{t.missing}</em>
              ) : (
                <span class={path === 'review.summary' ? 'summary' : ''}>{value}</span>
              )}
              {picked ? (
                <div class="provenance edited" data-testid={`picked-${path}`}>
                  {t.fields.picked}
                </div>
              ) : edited ? (
                <div class="provenance edited" data-testid={`edited-${path}`}>
                  {t.fields.edited}
                </div>
              ) : (
                prov && (
                  <div class="provenance">
                    <span data-testid={`provenance-${path}`}>{provenanceText(prov)}</span>
                    {onForgetRule && rule && (
                      <>
                        {' '}
                        <button
                          type="button"
                          class="link"
                          data-testid={`forget-rule-${path}`}
                          aria-label={t.rules.forgetLabel(t.fieldNames[path])}
                          onClick={() => onForgetRule(rule)}
                        >
                          {t.rules.forget}
                        </button>
                      </>
                    )}
                  </div>
                )
              )}
            </td>
            <td class="actions">
              {onReveal && quote && (
                <button
                  type="button"
                  data-testid={`reveal-${path}`}
                  aria-label={t.showOnPageLabel(t.fieldNames[path])}
                  onClick={() => void onReveal(path, quote)}
                >
                  {t.showOnPage}
                </button>
              )}
              {onPick && editing !== path && (
                <button type="button" data-testid={`pick-${path}`} aria-label={t.fields.pickLabel(t.fieldNames[path])} onClick={() => onPick(path)}>
                  {t.fields.pick}
                </button>
              )}
              {onCorrect && editing !== path && (
                <button type="button" data-testid={`edit-${path}`} aria-label={t.fields.editLabel(t.fieldNames[path])} onClick={() => setEditing(path)}>
                  {t.fields.edit}
                </button>
              )}
              {onReset && edited && (
                <button type="button" data-testid={`reset-${path}`} aria-label={t.fields.resetLabel(t.fieldNames[path])} onClick={() => void onReset(path)}>
                  {t.fields.reset}
                </button>
              )}
              {revealed?.[path] === false && <span class="not-found">{t.notOnPage}</span>}
            </td>
          </tr>
        );
      })}
    </tbody>
  );
}

export function FieldTable(props: FieldTableProps) {
  const [showMissing, setShowMissing] = useState(!props.foldMissing);
  const effective = effectiveFields(props.extraction, props.corrections);
  const missing = FIELD_PATHS.filter((path) => formatValue(rawValue(effective, path)) == null).length;
  return (
    <>
      <table class="fields" data-testid="field-table">
        <Section title={t.work} paths={WORK_FIELDS.map((f) => `work.${f}` as const)} props={props} showMissing={showMissing} />
        <Section title={t.review} paths={REVIEW_FIELDS.map((f) => `review.${f}` as const)} props={props} showMissing={showMissing} />
      </table>
      {props.foldMissing && missing > 0 && (
        <button type="button" class="link" data-testid="show-all-fields" aria-expanded={showMissing} onClick={() => setShowMissing(!showMissing)}>
          {showMissing ? t.fields.hideMissing : t.fields.showMissing(missing)}
        </button>
      )}
    </>
  );
}
