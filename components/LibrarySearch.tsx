import type { HighlightColor } from '@/lib/annotation';
import { COLOR_NAMES } from '@/lib/highlight/colors';
import type { Facets, SortOrder } from '@/lib/library/query';
import { Select } from './Select';
import { t } from './strings';

/** What the library's list is narrowed to; '' is any. */
export interface LibraryFilters {
  text: string;
  tag: string;
  color: HighlightColor | '';
  site: string;
  type: string;
  year: string;
}

export const NO_FILTERS: LibraryFilters = { text: '', tag: '', color: '', site: '', type: '', year: '' };

/** Whether any filter narrows the list. */
export function isFiltered(f: LibraryFilters): boolean {
  return Boolean(f.text.trim() || f.tag || f.color || f.site || f.type || f.year);
}

/** The filters offered, in the order shown: each narrows by one index the facets list the values of. */
const FILTERS = [
  { key: 'tag', facet: 'tags', label: 'tag', any: 'anyTag' },
  { key: 'color', facet: 'colors', label: 'color', any: 'anyColor' },
  { key: 'site', facet: 'sites', label: 'site', any: 'anySite' },
  { key: 'type', facet: 'types', label: 'type', any: 'anyType' },
  { key: 'year', facet: 'years', label: 'year', any: 'anyYear' },
] as const satisfies readonly { key: Exclude<keyof LibraryFilters, 'text'>; facet: keyof Facets; label: keyof typeof t.library; any: keyof typeof t.library }[];

/** The library's search box, its filters (offering the values in `facets`) and its sort order. */
export function LibrarySearch({
  filters,
  facets,
  sort,
  onText,
  onFilter,
  onSort,
}: {
  filters: LibraryFilters;
  facets: Facets;
  sort: SortOrder;
  onText: (text: string) => void;
  onFilter: (change: Partial<LibraryFilters>) => void;
  onSort: (sort: SortOrder) => void;
}) {
  const f = facets;
  return (
    <search class="library-search">
      <input
        type="search"
        data-testid="library-search"
        aria-label={t.library.searchLabel}
        placeholder={t.library.search}
        value={filters.text}
        onInput={(e) => onText(e.currentTarget.value)}
      />
      <div class="filters" role="group" aria-label={t.library.filters}>
        {FILTERS.map(({ key, facet, label, any }) => (
          <Select
            key={key}
            label={t.library[label]}
            any={t.library[any]}
            value={filters[key]}
            options={f[facet]}
            testid={`filter-${key}`}
            onChange={(value) => onFilter({ [key]: value })}
            names={key === 'color' ? COLOR_NAMES : undefined}
          />
        ))}
        <label class="filter">
          <span>{t.library.sort}</span>
          <select data-testid="library-sort" value={sort} onChange={(e) => onSort(e.currentTarget.value as SortOrder)}>
            <option value="saved">{t.library.sortSaved}</option>
            <option value="workDate">{t.library.sortWorkDate}</option>
            <option value="title">{t.library.sortTitle}</option>
          </select>
        </label>
        {isFiltered(filters) && (
          <button type="button" data-testid="clear-filters" onClick={() => onFilter(NO_FILTERS)}>
            {t.library.clearFilters}
          </button>
        )}
      </div>
    </search>
  );
}
