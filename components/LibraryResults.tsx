import type { LibraryResult } from '@/lib/library/query';
import type { AnnotationActions } from './AnnotationItem';
import { EntryCard } from './EntryCard';
import { t } from './strings';
import type { Live } from './use-live-query';
import type { Selection } from './use-selection';

/** The library list's pages as they load: a count, the cards, and a button for more. */
export function LibraryResults({
  result,
  filtered,
  words,
  selection,
  actions,
  hrefOf,
  onShowMore,
}: {
  result: Live<LibraryResult>;
  filtered: boolean;
  /** The search words, marked in the cards. */
  words: string[];
  selection: Selection;
  actions: AnnotationActions;
  /** Where a page's own view is. */
  hrefOf: (pageKey: string) => string;
  onShowMore: () => void;
}) {
  if (result.status === 'loading') return <p>{t.loading}</p>;
  if (result.status === 'error')
    return (
      <p class="error" role="alert">
        {result.error.message}
      </p>
    );
  const { entries, totalPages, totalAnnotations } = result.value;
  if (!filtered && entries.length === 0)
    return (
      <p class="empty-state" data-testid="library-empty">
        {t.library.empty}
      </p>
    );
  return (
    <>
      <p class="results" role="status" data-testid="library-results">
        {t.library.results(totalPages, totalAnnotations)}
      </p>
      {filtered && entries.length === 0 && (
        <p class="empty-state" data-testid="no-results">
          {t.library.noResults}
        </p>
      )}
      <ol class="entries">
        {entries.map((e) => (
          <EntryCard
            key={e.page.key}
            entry={e}
            href={hrefOf(e.page.key)}
            words={words}
            selected={selection.pages.has(e.page.key)}
            onSelectPage={(on) => selection.selectPage(e.page.key, on)}
            selectedAnnotations={selection.annotations}
            actions={{ ...actions, onSelect: selection.selectAnnotation }}
          />
        ))}
      </ol>
      {totalPages > entries.length && (
        <p>
          {t.library.showing(entries.length, totalPages)}{' '}
          <button type="button" data-testid="show-more" onClick={onShowMore}>
            {t.library.showMore}
          </button>
        </p>
      )}
    </>
  );
}
