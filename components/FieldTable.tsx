import type { Extraction, FieldPath, FieldProvenance } from '@/lib/extract/schema';
import { REVIEW_FIELDS, WORK_FIELDS } from '@/lib/extract/schema';
import { t } from './strings';

export interface FieldTableProps {
  extraction: Extraction;
  /** Scrolls the page to a field's text; resolves false when it is not found there. */
  onReveal?: (field: FieldPath) => Promise<boolean>;
  revealed?: Partial<Record<FieldPath, boolean>>;
}

export function formatValue(value: unknown): string | null {
  if (value == null) return null;
  if (Array.isArray(value)) return value.length ? value.join('; ') : null;
  const s = String(value);
  return s === '' ? null : s;
}

export function provenanceText(p: FieldProvenance | undefined): string {
  if (!p) return '';
  return t.source[p.source](p.label);
}

function Section({ title, paths, props }: { title: string; paths: FieldPath[]; props: FieldTableProps }) {
  const { extraction, onReveal, revealed } = props;
  return (
    <tbody>
      <tr>
        <th colSpan={3} scope="rowgroup" class="section">{title}</th>
      </tr>
      {paths.map((path) => {
        const [group, key] = path.split('.') as ['work' | 'review', string];
        const value = formatValue((extraction[group] as Record<string, unknown>)[key]);
        const prov = extraction.fields[path];
        return (
          <tr key={path} data-testid={`field-${path}`} data-field={path} class={value == null ? 'missing' : ''}>
            <th scope="row">{t.fieldNames[path]}</th>
            <td class="value" data-testid={`value-${path}`}>
              {value == null ? <em class="missing-text">{t.missing}</em> : <span class={path === 'review.summary' ? 'summary' : ''}>{value}</span>}
              {prov && <div class="provenance" data-testid={`provenance-${path}`}>{provenanceText(prov)}</div>}
            </td>
            <td class="actions">
              {onReveal && prov?.quote && (
                <button
                  type="button"
                  data-testid={`reveal-${path}`}
                  aria-label={t.showOnPageLabel(t.fieldNames[path])}
                  onClick={() => void onReveal(path)}
                >
                  {t.showOnPage}
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
  return (
    <table class="fields" data-testid="field-table">
      <Section title={t.work} paths={WORK_FIELDS.map((f) => `work.${f}` as const)} props={props} />
      <Section title={t.review} paths={REVIEW_FIELDS.map((f) => `review.${f}` as const)} props={props} />
    </table>
  );
}
