import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { AnnotationItem, Swatch, type AnnotationActions } from '@/components/AnnotationItem';
import { FieldTable } from '@/components/FieldTable';
import { Marked } from '@/components/Marked';
import { UndoBar } from '@/components/UndoBar';
import { t } from '@/components/strings';
import { useLiveQuery } from '@/components/use-live-query';
import { COLORS, type HighlightColor } from '@/lib/annotation';
import { TRASH_DAYS } from '@/lib/annotation-store';
import { COLOR_NAMES } from '@/lib/highlight/colors';
import {
  LIBRARY_PAGE_SIZE,
  libraryFacets,
  libraryPage,
  queryLibrary,
  trashContents,
  type LibraryEntry,
  type LibraryQuery,
  type SortOrder,
} from '@/lib/library/query';
import { words } from '@/lib/library/search-terms';
import { parseTags } from '@/lib/tags';
import { sendMessage } from '@/lib/messages';
import { ExportControls } from '@/components/ExportControls';
import { LIBRARY_EXPORT_BASE } from '@/lib/export/filename';
import { parseBackup, type ParsedBackup } from '@/lib/backup/format';
import { readBackupFile } from '@/lib/backup/file';
import { collectBackup, planImport, type ImportCounts, type ImportPlan } from '@/lib/backup/import';
import { IMPORT_KEY, type ImportProgress } from '@/lib/tab-session';
import { effectiveFields } from '@/lib/library/corrections';
import { withoutIndexColumns, type ReviewDb } from '@/lib/db';
import type { OpenedDb } from '@/lib/db-open';
import type { StorageStatus } from '@/lib/messages';
import { StorageBanner, storageBannerText } from '@/components/StorageBanner';
import { failureText } from '@/components/failure-text';
import { ReadOnlyView } from './ReadOnlyView';
import { SiteRulesView } from './SiteRulesView';
import { WorksView } from './WorksView';
import { Select } from '@/components/Select';
import { DbContext, useDb } from './db-context';

// The views read the database live; every write, an import included, goes through the
// background, which tells the pages' tabs.
const PAGE_STEP = LIBRARY_PAGE_SIZE;

type Route = { view: 'list' } | { view: 'page'; key: string } | { view: 'trash' } | { view: 'import' } | { view: 'rules' } | { view: 'works' };

function parseRoute(hash: string): Route {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const key = params.get('page');
  if (key) return { view: 'page', key };
  if (params.has('trash')) return { view: 'trash' };
  if (params.has('import')) return { view: 'import' };
  if (params.has('rules')) return { view: 'rules' };
  if (params.has('works')) return { view: 'works' };
  return { view: 'list' };
}

const pageHref = (key: string) => `#${new URLSearchParams({ page: key })}`;

type Undo = { text: string; run: () => Promise<unknown> } | null;

export function Library({ opened, storage }: { opened: OpenedDb; storage: StorageStatus }) {
  return (
    <DbContext.Provider value={opened.db}>
      <LibraryPage opened={opened} storage={storage} />
    </DbContext.Provider>
  );
}

function LibraryPage({ opened, storage }: { opened: OpenedDb; storage: StorageStatus }) {
  const db = opened.db;
  const [route, setRoute] = useState<Route>(() => parseRoute(location.hash));
  const [undo, setUndo] = useState<Undo>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    // An undo offer belongs to the view it was made in: another view, and it is gone.
    const onHash = () => {
      setRoute(parseRoute(location.hash));
      setUndo(null);
    };
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);

  const act = async (fn: () => Promise<unknown>) => {
    try {
      await fn();
      setError(null);
    } catch (e) {
      setError(failureText(e, t.storage.changeNotSaved, t.saveFailed));
    }
  };

  const annotationActions: AnnotationActions = {
    onDelete: (id) =>
      void act(async () => {
        await sendMessage('trashAnnotations', { ids: [id] });
        setUndo({ text: t.annotations.deleted, run: () => sendMessage('restoreAnnotations', { ids: [id] }) });
      }),
    onEdit: (id, edit) => sendMessage('updateAnnotation', { id, edit }),
  };

  return (
    <div class="library-shell">
      <header class="library-header">
        <h1>
          <a href="#" data-testid="library-home">
            {t.library.title}
          </a>
        </h1>
        <nav>
          <a href="#works" data-testid="show-works" aria-current={route.view === 'works' ? 'page' : undefined}>
            {t.works.heading}
          </a>
          <a href="#rules" data-testid="show-rules" aria-current={route.view === 'rules' ? 'page' : undefined}>
            {t.siteRules.heading}
          </a>
          <a href="#import" data-testid="show-import" aria-current={route.view === 'import' ? 'page' : undefined}>
            {t.importing.heading}
          </a>
          <a href="#trash" data-testid="show-trash" aria-current={route.view === 'trash' ? 'page' : undefined}>
            {t.library.trash}
          </a>
        </nav>
      </header>
      <StorageBanner text={storageBannerText(opened.status, storage)} />
      {error && (
        <p class="error" role="alert" data-testid="library-error">
          {error}
        </p>
      )}
      {opened.status.state === 'read-only' && <ReadOnlyView db={db} />}
      {opened.status.state === 'ready' && route.view === 'list' && <ListView act={act} setUndo={setUndo} actions={annotationActions} />}
      {opened.status.state === 'ready' && route.view === 'page' && <PageView pageKey={route.key} act={act} setUndo={setUndo} actions={annotationActions} />}
      {opened.status.state === 'ready' && route.view === 'trash' && <TrashView act={act} />}
      {opened.status.state === 'ready' && route.view === 'import' && <ImportView />}
      {opened.status.state === 'ready' && route.view === 'rules' && <SiteRulesView act={act} />}
      {opened.status.state === 'ready' && route.view === 'works' && <WorksView act={act} />}
      {undo && (
        <UndoBar
          text={undo.text}
          onUndo={() =>
            void act(async () => {
              await undo.run();
              setUndo(null);
            })
          }
          onExpire={() => setUndo(null)}
        />
      )}
    </div>
  );
}

interface ViewProps {
  act: (fn: () => Promise<unknown>) => Promise<void>;
  setUndo?: (u: Undo) => void;
  actions: AnnotationActions;
}

function ListView({ act, setUndo, actions }: ViewProps) {
  const db = useDb();
  const [text, setText] = useState('');
  const [tag, setTag] = useState('');
  const [color, setColor] = useState<HighlightColor | ''>('');
  const [site, setSite] = useState('');
  const [type, setType] = useState('');
  const [year, setYear] = useState('');
  const [sort, setSort] = useState<SortOrder>('saved');
  const [limit, setLimit] = useState(PAGE_STEP);
  const [selectedAnnotations, setSelectedAnnotations] = useState<Set<string>>(new Set());
  const [selectedPages, setSelectedPages] = useState<Set<string>>(new Set());
  const [bulkTag, setBulkTag] = useState('');

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
  const marked = words(text);
  const filtered = Boolean(text.trim() || tag || color || site || type || year);
  const selectionSize = selectedAnnotations.size + selectedPages.size;

  const toggle = (set: Set<string>, update: (s: Set<string>) => void, id: string, on: boolean) => {
    const next = new Set(set);
    if (on) next.add(id);
    else next.delete(id);
    update(next);
  };
  const clearSelection = () => {
    setSelectedAnnotations(new Set());
    setSelectedPages(new Set());
  };

  const deleteSelected = () =>
    act(async () => {
      const ids = [...selectedAnnotations];
      const keys = [...selectedPages];
      if (ids.length) await sendMessage('trashAnnotations', { ids });
      if (keys.length) await sendMessage('trashPages', { keys });
      clearSelection();
      setUndo?.({
        text: t.library.deletedCount(ids.length + keys.length),
        run: async () => {
          if (keys.length) await sendMessage('restorePages', { keys });
          if (ids.length) await sendMessage('restoreAnnotations', { ids });
        },
      });
    });

  /** A change to every selected annotation, and to every annotation of the selected pages. */
  const editSelected = (edit: { color?: HighlightColor; addTags?: string[]; removeTags?: string[] }) =>
    act(async () => {
      const ids = new Set(selectedAnnotations);
      if (result.status === 'ready') for (const e of result.value.entries) if (selectedPages.has(e.page.key)) for (const a of e.annotations) ids.add(a.id);
      await sendMessage('editAnnotations', { ids: [...ids], edit });
    });

  const f = facets.status === 'ready' ? facets.value : { tags: [], sites: [], types: [], years: [], colors: [] };
  const empty = result.status === 'ready' && !filtered && result.value.entries.length === 0;

  return (
    <main class="library-list">
      <search class="library-search">
        <input
          type="search"
          data-testid="library-search"
          aria-label={t.library.searchLabel}
          placeholder={t.library.search}
          value={text}
          onInput={(e) => {
            setText(e.currentTarget.value);
            setLimit(PAGE_STEP);
          }}
        />
        <div class="filters" role="group" aria-label={t.library.filters}>
          <Select label={t.library.tag} any={t.library.anyTag} value={tag} options={f.tags} testid="filter-tag" onChange={setTag} />
          <Select
            label={t.library.color}
            any={t.library.anyColor}
            value={color}
            options={f.colors}
            testid="filter-color"
            onChange={setColor}
            names={COLOR_NAMES}
          />
          <Select label={t.library.site} any={t.library.anySite} value={site} options={f.sites} testid="filter-site" onChange={setSite} />
          <Select label={t.library.type} any={t.library.anyType} value={type} options={f.types} testid="filter-type" onChange={setType} />
          <Select label={t.library.year} any={t.library.anyYear} value={year} options={f.years} testid="filter-year" onChange={setYear} />
          <label class="filter">
            <span>{t.library.sort}</span>
            <select data-testid="library-sort" value={sort} onChange={(e) => setSort(e.currentTarget.value as SortOrder)}>
              <option value="saved">{t.library.sortSaved}</option>
              <option value="workDate">{t.library.sortWorkDate}</option>
              <option value="title">{t.library.sortTitle}</option>
            </select>
          </label>
          {filtered && (
            <button
              type="button"
              data-testid="clear-filters"
              onClick={() => {
                setText('');
                setTag('');
                setColor('');
                setSite('');
                setType('');
                setYear('');
              }}
            >
              {t.library.clearFilters}
            </button>
          )}
        </div>
      </search>

      {selectionSize > 0 && (
        <div class="bulk-bar toolbar" role="region" aria-label={t.library.selected(selectionSize)} data-testid="bulk-bar">
          <strong>{t.library.selected(selectionSize)}</strong>
          <button type="button" data-testid="bulk-delete" onClick={() => void deleteSelected()}>
            {t.library.deleteSelected}
          </button>
          <label class="filter">
            <span>{t.library.setColor}</span>
            <select
              data-testid="bulk-color"
              value=""
              onChange={(e) => e.currentTarget.value && void editSelected({ color: e.currentTarget.value as HighlightColor })}
            >
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
            value={bulkTag}
            onInput={(e) => setBulkTag(e.currentTarget.value)}
          />
          <button
            type="button"
            data-testid="bulk-add-tag"
            disabled={!parseTags(bulkTag).length}
            onClick={() => void editSelected({ addTags: parseTags(bulkTag) })}
          >
            {t.library.addTag}
          </button>
          <button
            type="button"
            data-testid="bulk-remove-tag"
            disabled={!parseTags(bulkTag).length}
            onClick={() => void editSelected({ removeTags: parseTags(bulkTag) })}
          >
            {t.library.removeTag}
          </button>
          <button type="button" data-testid="clear-selection" onClick={clearSelection}>
            {t.library.clearSelection}
          </button>
        </div>
      )}

      <ExportControls
        label={selectionSize ? t.export.exportSelection : filtered ? t.export.exportResults : t.export.exportAll}
        collect={async () => {
          const records = selectionSize
            ? await selectedRecords(db, selectedPages, selectedAnnotations)
            : filtered
              ? recordsOf((await queryLibrary(db, { ...query, limit: undefined })).entries)
              : await collectBackup(db);
          // A selection or a result of one page is named after its work; the whole library after the library.
          const live = records.pages.filter((p) => p.deleted == null);
          const only =
            (selectionSize || filtered) && live.length === 1 ? (effectiveFields(live[0]!.extraction, live[0]!.corrections).work.title ?? live[0]!.title) : null;
          return { records, base: only ?? LIBRARY_EXPORT_BASE };
        }}
      />

      {result.status === 'loading' && <p>{t.loading}</p>}
      {result.status === 'error' && (
        <p class="error" role="alert">
          {result.error.message}
        </p>
      )}
      {empty && (
        <p class="empty-state" data-testid="library-empty">
          {t.library.empty}
        </p>
      )}
      {result.status === 'ready' && !empty && (
        <>
          <p class="results" role="status" data-testid="library-results">
            {t.library.results(result.value.totalPages, result.value.totalAnnotations)}
          </p>
          {filtered && result.value.entries.length === 0 && (
            <p class="empty-state" data-testid="no-results">
              {t.library.noResults}
            </p>
          )}
          <ol class="entries">
            {result.value.entries.map((e) => (
              <EntryCard
                key={e.page.key}
                entry={e}
                words={marked}
                selected={selectedPages.has(e.page.key)}
                onSelectPage={(on) => toggle(selectedPages, setSelectedPages, e.page.key, on)}
                selectedAnnotations={selectedAnnotations}
                actions={{ ...actions, onSelect: (id, on) => toggle(selectedAnnotations, setSelectedAnnotations, id, on) }}
              />
            ))}
          </ol>
          {result.value.totalPages > result.value.entries.length && (
            <p>
              {t.library.showing(result.value.entries.length, result.value.totalPages)}{' '}
              <button type="button" data-testid="show-more" onClick={() => setLimit((n) => n + PAGE_STEP)}>
                {t.library.showMore}
              </button>
            </p>
          )}
        </>
      )}
    </main>
  );
}

/** The records of what a query shows: its pages, and the annotations it matched. */
function recordsOf(entries: LibraryEntry[]): ParsedBackup {
  return { pages: entries.map((e) => withoutIndexColumns(e.page)), annotations: entries.flatMap((e) => e.annotations) };
}

/** Selected pages with all their annotations, and selected annotations of other pages. */
async function selectedRecords(db: ReviewDb, pages: Set<string>, annotations: Set<string>): Promise<ParsedBackup> {
  const picked = (await db.annotations.bulkGet([...annotations])).filter((a) => a != null && a.deleted == null).map((a) => a!);
  const keys = [...new Set([...pages, ...picked.map((a) => a.pageKey)])];
  const records = await collectBackup(db, keys);
  const ids = new Set(picked.map((a) => a.id));
  return { pages: records.pages, annotations: records.annotations.filter((a) => pages.has(a.pageKey) || ids.has(a.id)) };
}

type ImportState =
  | { step: 'choose' }
  | { step: 'reading' }
  | { step: 'preview'; name: string; text: string; backup: ParsedBackup; plan: ImportPlan }
  | { step: 'importing'; progress: ImportProgress | null }
  | { step: 'done'; text: string }
  | { step: 'refused'; text: string };

/** Choose a file, see what it would change, then import it whole or not at all. */
function ImportView() {
  const db = useDb();
  const [state, setState] = useState<ImportState>({ step: 'choose' });
  const choose = async (file: File) => {
    setState({ step: 'reading' });
    try {
      const text = await readBackupFile(file);
      const backup = parseBackup(text, 0);
      setState({ step: 'preview', name: file.name, text, backup, plan: await planImport(db, backup) });
    } catch (e) {
      setState({ step: 'refused', text: t.importing.refused(String((e as Error)?.message ?? e)) });
    }
  };
  // The background writes the import (it is the one writer) and says how far it got.
  useEffect(() => {
    const onChanged = (changes: Record<string, { newValue?: unknown }>) => {
      if (IMPORT_KEY in changes)
        setState((s) => (s.step === 'importing' ? { step: 'importing', progress: (changes[IMPORT_KEY]!.newValue as ImportProgress | undefined) ?? null } : s));
    };
    browser.storage.session.onChanged.addListener(onChanged);
    return () => browser.storage.session.onChanged.removeListener(onChanged);
  }, []);
  const apply = async (text: string) => {
    setState({ step: 'importing', progress: null });
    try {
      const done = await sendMessage('importBackup', { text });
      const written = (c: ImportCounts) => c.new + c.changed;
      setState({
        step: 'done',
        text: written(done.pages) + written(done.annotations) ? t.importing.done(written(done.pages), written(done.annotations)) : t.importing.nothing,
      });
    } catch (e) {
      setState({ step: 'refused', text: failureText(e, t.storage.nothingImported, t.importing.refused) });
    }
  };
  return (
    <main class="import-view" data-testid="import-view">
      <h2>{t.importing.heading}</h2>
      <label>
        {t.importing.choose}
        <input
          type="file"
          accept=".json,.gz,application/json,application/ld+json,application/gzip"
          data-testid="import-file"
          onChange={(e) => {
            const f = e.currentTarget.files?.[0];
            // Cleared, so that choosing the same file again is a change too.
            e.currentTarget.value = '';
            if (f) void choose(f);
          }}
        />
      </label>
      {state.step === 'reading' && <p role="status">{t.importing.reading}</p>}
      {state.step === 'importing' && (
        <p role="status" data-testid="import-progress">
          {state.progress?.phase === 'writing' ? t.importing.writing(state.progress.pages, state.progress.annotations) : t.importing.checking}
        </p>
      )}
      {state.step === 'preview' && (
        <div class="import-preview" data-testid="import-preview">
          <p>{t.importing.preview}</p>
          <ul>
            <li data-testid="import-pages">{t.importing.counts(t.importing.pages, state.plan.pages)}</li>
            <li data-testid="import-annotations">{t.importing.counts(t.importing.annotations, state.plan.annotations)}</li>
            {backupRules(state.backup) > 0 && <li data-testid="import-rules">{t.importing.counts(t.siteRules.heading, state.plan.siteRules)}</li>}
          </ul>
          <div class="toolbar">
            <button type="button" class="primary" data-testid="import-confirm" onClick={() => void apply(state.text)}>
              {t.importing.confirm}
            </button>
            <button type="button" onClick={() => setState({ step: 'choose' })}>
              {t.importing.cancel}
            </button>
          </div>
        </div>
      )}
      {state.step === 'done' && (
        <p class="status" role="status" data-testid="import-done">
          {state.text}
        </p>
      )}
      {state.step === 'refused' && (
        <p class="error" role="alert" data-testid="import-error">
          {state.text}
        </p>
      )}
    </main>
  );
}

const backupRules = (b: ParsedBackup) => b.siteRules?.length ?? 0;

function WorkLine({ entry, words: w }: { entry: LibraryEntry; words: string[] }) {
  const { work } = entry;
  const year = work.date?.match(/\d{4}/)?.[0];
  return (
    <div class="meta" data-testid="library-work">
      <Marked text={[work.authors.join(', '), year, work.type, work.publisher].filter(Boolean).join(' · ')} words={w} />
      {work.keywords.length > 0 && (
        <div class="keywords" data-testid="library-keywords">
          <Marked text={work.keywords.join(', ')} words={w} />
        </div>
      )}
    </div>
  );
}

function EntryCard({
  entry,
  words: w,
  selected,
  onSelectPage,
  selectedAnnotations,
  actions,
}: {
  entry: LibraryEntry;
  words: string[];
  selected: boolean;
  onSelectPage: (on: boolean) => void;
  selectedAnnotations: Set<string>;
  actions: AnnotationActions;
}) {
  const title = entry.work.title ?? entry.page.title;
  return (
    <li class="entry" data-testid="library-page" data-key={entry.page.key}>
      <div class="entry-head">
        <input
          type="checkbox"
          data-testid="select-page"
          aria-label={t.library.selectPage(title)}
          checked={selected}
          onChange={(e) => onSelectPage(e.currentTarget.checked)}
        />
        <div class="entry-title">
          <h2>
            <a href={pageHref(entry.page.key)} data-testid="open-page">
              <Marked text={title} words={w} />
            </a>
          </h2>
          <WorkLine entry={entry} words={w} />
          <div class="meta">
            {entry.page.site ?? ''} · {t.library.savedOn(new Date(entry.page.savedAt).toLocaleDateString())}
          </div>
        </div>
      </div>
      {entry.annotations.length > 0 && (
        <ul class="annotations">
          {entry.annotations.map((a) => (
            <AnnotationItem key={a.id} a={a} words={w} selected={selectedAnnotations.has(a.id)} actions={actions} />
          ))}
        </ul>
      )}
    </li>
  );
}

function PageView({ pageKey, act, setUndo, actions }: ViewProps & { pageKey: string }) {
  const db = useDb();
  const entry = useLiveQuery(() => libraryPage(db, pageKey), [pageKey]);
  if (entry.status === 'loading')
    return (
      <main>
        <p>{t.loading}</p>
      </main>
    );
  if (entry.status === 'error')
    return (
      <main>
        <p class="error" role="alert">
          {entry.error.message}
        </p>
      </main>
    );
  const e = entry.value;
  if (!e || e.page.deleted != null) {
    return (
      <main>
        <p data-testid="page-not-found">{t.library.notFound}</p>
        <a href="#">{t.library.back}</a>
      </main>
    );
  }
  const highlights = e.annotations.filter((a) => a.motivation === 'highlighting');
  const notes = e.annotations.filter((a) => a.motivation === 'commenting');
  return (
    <main class="page-view" data-testid="page-view">
      <a href="#" class="back">
        {t.library.back}
      </a>
      <h2 data-testid="work-title">{e.work.title ?? e.page.title}</h2>
      <div class="toolbar">
        <a href={e.page.url} target="_blank" rel="noopener noreferrer" data-testid="open-original">
          {t.library.openOriginal}
        </a>
        <button
          type="button"
          data-testid="delete-page"
          onClick={() =>
            void act(async () => {
              await sendMessage('trashPages', { keys: [pageKey] });
              setUndo?.({ text: t.library.deletedCount(1), run: () => sendMessage('restorePages', { keys: [pageKey] }) });
              location.hash = '';
            })
          }
        >
          {t.library.deletePage}
        </button>
      </div>
      <FieldTable
        extraction={e.page.extraction}
        corrections={e.page.corrections}
        onCorrect={(field, value) => sendMessage('correctField', { page: { pageKey }, field, value }).then(() => undefined)}
        onReset={(field) => act(() => sendMessage('resetField', { page: { pageKey }, field }))}
      />
      <section class="annotations">
        <h2>{t.annotations.heading(highlights.length)}</h2>
        <ul>
          {highlights.map((a) => (
            <AnnotationItem key={a.id} a={a} actions={actions} />
          ))}
        </ul>
        <h2>{t.annotations.pageNotes}</h2>
        <ul>
          {notes.map((a) => (
            <AnnotationItem key={a.id} a={a} actions={actions} />
          ))}
        </ul>
      </section>
    </main>
  );
}

function daysLeft(deleted: number): number {
  return Math.max(0, Math.ceil((deleted + TRASH_DAYS * 86_400_000 - Date.now()) / 86_400_000));
}

function TrashView({ act }: { act: ViewProps['act'] }) {
  const db = useDb();
  const trash = useLiveQuery(() => trashContents(db), []);
  if (trash.status !== 'ready')
    return (
      <main>
        <p>{trash.status === 'error' ? trash.error.message : t.loading}</p>
      </main>
    );
  const { pages, annotations } = trash.value;
  return (
    <main class="trash" data-testid="trash-view">
      <h2>{t.library.trash}</h2>
      <p class="hint">{t.library.trashHint(TRASH_DAYS)}</p>
      {(pages.length > 0 || annotations.length > 0) && (
        <button type="button" data-testid="empty-trash" onClick={() => confirm(t.library.emptyTrashConfirm) && void act(() => sendMessage('emptyTrash', {}))}>
          {t.library.emptyTrash}
        </button>
      )}
      {pages.length === 0 && annotations.length === 0 && (
        <p class="empty-state" data-testid="trash-empty">
          {t.library.trashEmpty}
        </p>
      )}
      <ul class="trash-list">
        {pages.map((p) => (
          <li key={p.key} data-testid="trash-page" class="trash-item">
            <div class="body">
              <strong>{t.library.deletedPage}: </strong>
              {p.extraction?.work.title ?? p.title}
              <div class="meta">{t.library.daysLeft(daysLeft(p.deleted!))}</div>
            </div>
            <button type="button" data-testid="restore-page" onClick={() => void act(() => sendMessage('restorePages', { keys: [p.key] }))}>
              {t.library.restore}
            </button>
          </li>
        ))}
        {annotations.map((a) => (
          <li key={a.id} data-testid="trash-annotation" class="trash-item">
            <Swatch color={a.color} />
            <div class="body">
              {a.target && <blockquote>{a.target.quote.exact}</blockquote>}
              {a.note && <p class="note">{a.note}</p>}
              <div class="meta">
                {a.title} · {t.library.daysLeft(daysLeft(a.deleted!))}
              </div>
            </div>
            <button type="button" data-testid="restore-annotation" onClick={() => void act(() => sendMessage('restoreAnnotations', { ids: [a.id] }))}>
              {t.library.restore}
            </button>
          </li>
        ))}
      </ul>
    </main>
  );
}
