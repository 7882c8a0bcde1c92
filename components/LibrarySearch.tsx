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
        <Select label={t.library.tag} any={t.library.anyTag} value={filters.tag} options={f.tags} testid="filter-tag" onChange={(tag) => onFilter({ tag })} />
        <Select
          label={t.library.color}
          any={t.library.anyColor}
          value={filters.color}
          options={f.colors}
          testid="filter-color"
          onChange={(color) => onFilter({ color })}
          names={COLOR_NAMES}
        />
        <Select
          label={t.library.site}
          any={t.library.anySite}
          value={filters.site}
          options={f.sites}
          testid="filter-site"
          onChange={(site) => onFilter({ site })}
        />
        <Select
          label={t.library.type}
          any={t.library.anyType}
          value={filters.type}
          options={f.types}
          testid="filter-type"
          onChange={(type) => onFilter({ type })}
        />
        <Select
          label={t.library.year}
          any={t.library.anyYear}
          value={filters.year}
          options={f.years}
          testid="filter-year"
          onChange={(year) => onFilter({ year })}
        />
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
