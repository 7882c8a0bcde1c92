import { ExportControls } from '@/components/ExportControls';
import { t } from '@/components/strings';
import { useLiveQuery } from '@/components/use-live-query';
import { collectBackup } from '@/lib/backup/import';
import type { ReviewDb } from '@/lib/db';
import { LIBRARY_EXPORT_BASE } from '@/lib/export/filename';

/**
 * The library when the database could only be opened as it is on disk (its upgrade failed):
 * every saved page and annotation, read whole, and the export of all of it. The search, filters
 * and actions need the current schema's indexes and writes, so they are not offered.
 */
export function ReadOnlyView({ db }: { db: ReviewDb }) {
  const records = useLiveQuery(() => collectBackup(db), []);
  if (records.status === 'loading')
    return (
      <main>
        <p>{t.loading}</p>
      </main>
    );
  if (records.status === 'error')
    return (
      <main>
        <p class="error" role="alert">
          {records.error.message}
        </p>
      </main>
    );
  const pages = records.value.pages.filter((p) => p.deleted == null).sort((a, b) => b.savedAt - a.savedAt);
  const live = records.value.annotations.filter((a) => a.deleted == null);
  return (
    <main class="library-list" data-testid="library-read-only">
      <ExportControls label={t.export.exportAll} collect={async () => ({ records: await collectBackup(db), base: LIBRARY_EXPORT_BASE })} />
      <p class="results" role="status" data-testid="library-results">
        {t.library.results(pages.length, live.length)}
      </p>
      <ol class="entries">
        {pages.map((p) => (
          <li key={p.key} class="entry" data-testid="library-page" data-key={p.key}>
            <h2>
              <a href={p.url} target="_blank" rel="noopener noreferrer">
                {p.extraction?.work.title ?? p.title}
              </a>
            </h2>
            <div class="meta">{t.library.savedOn(new Date(p.savedAt).toLocaleDateString())}</div>
            <ul class="annotations">
              {live
                .filter((a) => a.pageKey === p.key)
                .map((a) => (
                  <li key={a.id} class="annotation" data-testid="annotation">
                    {a.target && <blockquote data-testid="annotation-quote">{a.target.quote.exact}</blockquote>}
                    {a.note && (
                      <p class="note" data-testid="annotation-note">
                        {a.note}
                      </p>
                    )}
                    {a.tags.length > 0 && <p class="meta">{a.tags.join(', ')}</p>}
                  </li>
                ))}
            </ul>
          </li>
        ))}
      </ol>
    </main>
  );
}
