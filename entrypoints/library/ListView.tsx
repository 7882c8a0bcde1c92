import { useState } from 'preact/hooks';
import { BulkBar, type BulkEdit } from '@/components/BulkBar';
import { ExportControls } from '@/components/ExportControls';
import { LibraryResults } from '@/components/LibraryResults';
import { LibrarySearch, NO_FILTERS, isFiltered, type LibraryFilters } from '@/components/LibrarySearch';
import { t } from '@/components/strings';
import { useLiveQuery } from '@/components/use-live-query';
import { useSelection } from '@/components/use-selection';
import { libraryExport } from '@/lib/library/export-records';
import { LIBRARY_PAGE_SIZE, libraryFacets, queryLibrary, type Facets, type LibraryQuery, type SortOrder } from '@/lib/library/query';
import { words } from '@/lib/library/search-terms';
import { sendMessage } from '@/lib/messages';
import { useDb } from './db-context';
import { pageHref } from './route';
import type { ViewProps } from './view-props';

const PAGE_STEP = LIBRARY_PAGE_SIZE;
const NO_FACETS: Facets = { tags: [], sites: [], types: [], years: [], colors: [] };

/** The library's list of pages: searched, filtered and sorted, with their annotations; a selection of them to change or export. */
export function ListView({ act, setUndo, actions }: ViewProps) {
  const db = useDb();
  const [filters, setFilters] = useState<LibraryFilters>(NO_FILTERS);
  const [sort, setSort] = useState<SortOrder>('saved');
  const [limit, setLimit] = useState(PAGE_STEP);
  const selection = useSelection();
  const [bulkTag, setBulkTag] = useState('');

  const { text, tag, color, site, type, year } = filters;
  const query: LibraryQuery = {
    text,
    sort,
    limit,
    ...(tag && { tag }),
    ...(color && { color }),
    ...(site && { site }),
    ...(type && { type }),
    ...(year && { year }),
  };
  const result = useLiveQuery(() => queryLibrary(db, query), [text, tag, color, site, type, year, sort, limit]);
  const facets = useLiveQuery(() => libraryFacets(db), []);
  const filtered = isFiltered(filters);

  const deleteSelected = () =>
    act(async () => {
      const ids = [...selection.annotations];
      const keys = [...selection.pages];
      if (ids.length) await sendMessage('trashAnnotations', { ids });
      if (keys.length) await sendMessage('trashPages', { keys });
      selection.clear();
      setUndo?.({
        text: t.library.deletedCount(ids.length + keys.length),
        run: async () => {
          if (keys.length) await sendMessage('restorePages', { keys });
          if (ids.length) await sendMessage('restoreAnnotations', { ids });
        },
      });
    });

  /** A change to every selected annotation, and to every annotation of the selected pages. */
  const editSelected = (edit: BulkEdit) =>
    act(async () => {
      const ids = new Set(selection.annotations);
      if (result.status === 'ready') for (const e of result.value.entries) if (selection.pages.has(e.page.key)) for (const a of e.annotations) ids.add(a.id);
      await sendMessage('editAnnotations', { ids: [...ids], edit });
    });

  return (
    <main class="library-list">
      <LibrarySearch
        filters={filters}
        facets={facets.status === 'ready' ? facets.value : NO_FACETS}
        sort={sort}
        onText={(value) => {
          setFilters((f) => ({ ...f, text: value }));
          setLimit(PAGE_STEP);
        }}
        onFilter={(change) => setFilters((f) => ({ ...f, ...change }))}
        onSort={setSort}
      />

      {selection.size > 0 && (
        <BulkBar
          size={selection.size}
          tagText={bulkTag}
          onTagText={setBulkTag}
          onDelete={() => void deleteSelected()}
          onEdit={(edit) => void editSelected(edit)}
          onClear={selection.clear}
        />
      )}

      <ExportControls
        label={selection.size ? t.export.exportSelection : filtered ? t.export.exportResults : t.export.exportAll}
        collect={() => libraryExport(db, query, filtered, selection)}
      />

      <LibraryResults
        result={result}
        filtered={filtered}
        words={words(text)}
        selection={selection}
        actions={actions}
        hrefOf={pageHref}
        onShowMore={() => setLimit((n) => n + PAGE_STEP)}
      />
    </main>
  );
}
