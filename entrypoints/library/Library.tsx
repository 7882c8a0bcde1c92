import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { AnnotationItem, Swatch, type AnnotationActions } from '@/components/AnnotationItem';
import { FieldTable } from '@/components/FieldTable';
import { UndoBar } from '@/components/UndoBar';
import { t } from '@/components/strings';
import { useLiveQuery } from '@/components/use-live-query';
import { TRASH_DAYS } from '@/lib/store/trash';
import { libraryPage, trashContents } from '@/lib/library/query';
import { sendMessage } from '@/lib/messages';
import { parseBackup, type ParsedBackup } from '@/lib/backup/format';
import { readBackupFile } from '@/lib/backup/file';
import { planImport, type ImportCounts, type ImportPlan } from '@/lib/backup/import';
import { IMPORT_KEY, type ImportProgress } from '@/lib/tab-session';
import type { OpenedDb } from '@/lib/db-open';
import type { StorageStatus } from '@/lib/messages';
import { StorageBanner, storageBannerText } from '@/components/StorageBanner';
import { errorText, failureText } from '@/components/failure-text';
import { ListView } from './ListView';
import { ReadOnlyView } from './ReadOnlyView';
import { SiteRulesView } from './SiteRulesView';
import { WorksView } from './WorksView';
import { DbContext, useDb } from './db-context';
import { parseRoute, type Route } from './route';
import type { Undo, ViewProps } from './view-props';
import { must } from '@/lib/must';

// The views read the database live; every write, an import included, goes through the
// background, which tells the pages' tabs.

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
      setState({ step: 'refused', text: t.importing.refused(errorText(e)) });
    }
  };
  // The background writes the import (it is the one writer) and says how far it got.
  useEffect(() => {
    const onChanged = (changes: Record<string, { newValue?: unknown }>) => {
      if (IMPORT_KEY in changes)
        setState((s) => (s.step === 'importing' ? { step: 'importing', progress: (changes[IMPORT_KEY]?.newValue as ImportProgress | undefined) ?? null } : s));
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
              <div class="meta">{t.library.daysLeft(daysLeft(must(p.deleted, 'the time the page was deleted')))}</div>
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
                {a.title} · {t.library.daysLeft(daysLeft(must(a.deleted, 'the time the annotation was deleted')))}
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
