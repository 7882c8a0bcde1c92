import { COLORS, type HighlightColor } from '@/lib/annotation';
import { COLOR_NAMES } from '@/lib/highlight/colors';
import { parseTags } from '@/lib/tags';
import { t } from './strings';

/** A change to many annotations at once. */
export interface BulkEdit {
  color?: HighlightColor;
  addTags?: string[];
  removeTags?: string[];
}

/** What can be done to the `size` pages and annotations selected: delete, colour, tag, or unselect them. */
export function BulkBar({
  size,
  tagText,
  onTagText,
  onDelete,
  onEdit,
  onClear,
}: {
  size: number;
  /** The tags typed to add or remove (kept by the caller, so they outlast the bar). */
  tagText: string;
  onTagText: (text: string) => void;
  onDelete: () => void;
  onEdit: (edit: BulkEdit) => void;
  onClear: () => void;
}) {
  const tags = parseTags(tagText);
  return (
    <div class="bulk-bar toolbar" role="region" aria-label={t.library.selected(size)} data-testid="bulk-bar">
      <strong>{t.library.selected(size)}</strong>
      <button type="button" data-testid="bulk-delete" onClick={onDelete}>
        {t.library.deleteSelected}
      </button>
      <label class="filter">
        <span>{t.library.setColor}</span>
        <select data-testid="bulk-color" value="" onChange={(e) => e.currentTarget.value && onEdit({ color: e.currentTarget.value as HighlightColor })}>
          <option value="">—</option>
          {COLORS.map((c) => (
            <option key={c} value={c}>
              {COLOR_NAMES[c]}
            </option>
          ))}
        </select>
      </label>
      <input
        data-testid="bulk-tag"
        aria-label={t.library.tagToAdd}
        placeholder={t.library.tagToAdd}
        value={tagText}
        onInput={(e) => onTagText(e.currentTarget.value)}
      />
      <button type="button" data-testid="bulk-add-tag" disabled={!tags.length} onClick={() => onEdit({ addTags: tags })}>
        {t.library.addTag}
      </button>
      <button type="button" data-testid="bulk-remove-tag" disabled={!tags.length} onClick={() => onEdit({ removeTags: tags })}>
        {t.library.removeTag}
      </button>
      <button type="button" data-testid="clear-selection" onClick={onClear}>
        {t.library.clearSelection}
      </button>
    </div>
  );
}
