import type { ComponentChild } from 'preact';
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { AnnotationList } from '@/components/AnnotationList';
import { FieldTable } from '@/components/FieldTable';
import { WorkHeader } from '@/components/WorkHeader';
import { UndoBar } from '@/components/UndoBar';
import { StorageBanner, storageBannerText } from '@/components/StorageBanner';
import { errorText, failureText } from '@/components/failure-text';
import { t } from '@/components/strings';
import { useLiveQuery } from '@/components/use-live-query';
import type { FieldPath } from '@/lib/extract/schema';
import { effectiveFields } from '@/lib/library/corrections';
import { pageVerdict } from '@/lib/library/verdict';
import { ReviewQuestion, VerdictLine } from '@/components/ReviewQuestion';
import { PageNoteForm } from '@/components/PageNoteForm';
import { formatReference } from '@/lib/library/citation';
import { createPageStore, type PageContents } from '@/lib/store/pages';
import type { PageRecord } from '@/lib/db';
import type { AnnotationRecord } from '@/lib/annotation';
import { openReviewDb, type OpenedDb } from '@/lib/db-open';
import { collectBackup } from '@/lib/backup/import';
import { pageKey } from '@/lib/page-key';
import { ExportControls } from '@/components/ExportControls';
import { sendMessage, type StorageStatus, type TabState } from '@/lib/messages';
import { readTabSession, touchesTab } from '@/lib/tab-session';

type Load =
  { kind: 'loading' } | { kind: 'no-tab' } | { kind: 'unseen' } | { kind: 'error'; message: string } | { kind: 'ready'; tabId: number; state: TabState };

// Reads only: every write goes through the background, which tells the page's tabs.
// Opened now, while the tab's state is asked for, not after: the first read then finds it open.
// If it cannot be upgraded it is opened as it is, for reading (the banner says so).
const opening = openReviewDb();

/** The tab this popup is about: `?tabId=` when opened as a page (tests, links), else the active tab. */
async function targetTabId(): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/**
 * Closes the popup once the page has been asked to let the reader select text: the page is
 * where they work now. Opened as a tab (`?tabId=`), it stays, and shows the result live.
 */
async function stepAside(asked: Promise<unknown>): Promise<void> {
  await asked;
  if (!new URLSearchParams(location.search).has('tabId')) window.close();
}

/** What the page would be in the library, for exporting a page that was not saved. */
function unsavedPage(state: TabState): PageRecord {
  const t = Date.now();
  return {
    key: pageKey(state.url),
    url: state.url,
    title: state.title,
    canonicalKey: null,
    extraction: state.extraction,
    corrections: {},
    savedAt: t,
    updatedAt: t,
    deleted: null,
  };
}

/** The tab's state and the last failed write, read where the background keeps them (no message to a worker that may be asleep). */
async function loadTab(): Promise<{ load: Load; storage: StorageStatus }> {
  try {
    const tabId = await targetTabId();
    if (tabId == null) return { load: { kind: 'no-tab' }, storage: null };
    const { tab, problem } = await readTabSession(browser.storage.session, tabId);
    return {
      load: tab ? { kind: 'ready', tabId, state: tab } : { kind: 'unseen' },
      storage: problem ? { state: 'write-failed', code: problem.code } : null,
    };
  } catch (e) {
    return { load: { kind: 'error', message: errorText(e) }, storage: null };
  }
}

type FirstContents = { url: string; canonical: string | null; value: PageContents };

/**
 * Whether the session changed after the first read began: that read may then be stale, and the
 * change may have come before the popup listened for changes.
 */
let changedSinceFirstRead = false;
const noteChange = () => {
  changedSinceFirstRead = true;
};
browser.storage.session.onChanged.addListener(noteChange);

/**
 * Asked before the first render, so the answers are on their way while the page's script runs;
 * the page's records are read as soon as the tab and the database are known, so that the first
 * render is the full one (one layout, not a frame of placeholders and then the list).
 */
const firstLoad = Promise.all([loadTab(), opening]).then(async ([tab, opened]) => {
  let contents: FirstContents | undefined;
  if (tab.load.kind === 'ready') {
    const { url, canonical } = tab.load.state;
    // A failed read is left to the live query, which shows its error.
    contents = await createPageStore(opened.db)
      .withAnnotations({ url, canonical })
      .then(
        (value) => ({ url, canonical, value }),
        () => undefined,
      );
  }
  return { tab, opened, contents };
});

export function App() {
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [opened, setOpened] = useState<OpenedDb | null>(null);
  const [storage, setStorage] = useState<StorageStatus>(null);
  const [firstContents, setFirstContents] = useState<FirstContents | undefined>(undefined);

  // Reads of the tab can end out of order: only the latest one started is shown.
  const reads = useRef(0);
  const reload = useCallback(async () => {
    const read = ++reads.current;
    const next = await loadTab();
    if (read !== reads.current) return;
    setLoad(next.load);
    setStorage(next.storage);
  }, []);

  useLayoutEffect(() => {
    void firstLoad.then(({ tab, opened, contents }) => {
      browser.storage.session.onChanged.removeListener(noteChange);
      setFirstContents(contents);
      setOpened(opened);
      if (reads.current > 0) return;
      if (changedSinceFirstRead) {
        void reload();
        return;
      }
      setLoad(tab.load);
      setStorage(tab.storage);
    });
    // Only a change to this tab's state or to the last write's outcome is read again.
    const onChanged = (changes: Record<string, unknown>) => {
      if (shownTab.current == null || touchesTab(Object.keys(changes), shownTab.current)) void reload();
    };
    browser.storage.session.onChanged.addListener(onChanged);
    return () => browser.storage.session.onChanged.removeListener(onChanged);
  }, [reload]);
  const shownTab = useRef<number | null>(null);
  shownTab.current = load.kind === 'ready' ? load.tabId : null;

  const banner = <StorageBanner text={storageBannerText(opened?.status ?? null, storage)} />;
  if (load.kind === 'loading' || !opened)
    return (
      <main>
        <p>{t.loading}</p>
      </main>
    );
  if (load.kind === 'no-tab')
    return (
      <main>
        {banner}
        <p data-testid="no-tab">{t.noTab}</p>
      </main>
    );
  if (load.kind === 'unseen')
    return (
      <main>
        {banner}
        <p data-testid="unseen">{t.notSeenYet}</p>
      </main>
    );
  if (load.kind === 'error')
    return (
      <main>
        {banner}
        <p class="error" data-testid="error">
          {t.errorTalking(load.message)}
        </p>
      </main>
    );
  // The records read first are for the page the tab showed then, which may since have changed.
  const first = firstContents?.url === load.state.url && firstContents.canonical === load.state.canonical ? firstContents : undefined;
  return <TabView tabId={load.tabId} state={load.state} db={opened.db} banner={banner} first={first} />;
}

/** Save the page (or when it was saved), copy the work's citation, open the library. */
function PageActions({ savedAt, onSave, onCopyCitation }: { savedAt: number | null; onSave: () => void; onCopyCitation: (() => void) | null }) {
  return (
    <div class="toolbar">
      {savedAt !== null ? (
        <span data-testid="saved">{t.saved(new Date(savedAt).toLocaleString())}</span>
      ) : (
        <button type="button" class="primary" data-testid="save-page" onClick={onSave}>
          {t.savePage}
        </button>
      )}
      {onCopyCitation && (
        <button type="button" data-testid="copy-citation" onClick={onCopyCitation}>
          {t.copyCitation}
        </button>
      )}
      <button type="button" data-testid="open-library" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/library.html') })}>
        {t.openLibrary}
      </button>
    </div>
  );
}

/** For the benchmark: marks when the work, its fields and every annotation are first in the DOM. */
function useReadyMark(ready: boolean): void {
  useLayoutEffect(() => {
    if (ready && !performance.getEntriesByName('popup-ready').length) performance.mark('popup-ready');
  }, [ready]);
}

/** The page's highlights and notes, with a moment to take a deletion back. */
function PageAnnotations({
  list,
  orphans,
  tabId,
  act,
}: {
  list: AnnotationRecord[];
  orphans: string[];
  tabId: number;
  act: (fn: () => Promise<unknown>) => Promise<boolean>;
}) {
  const [undo, setUndo] = useState<string | null>(null);
  return (
    <>
      <AnnotationList
        annotations={list}
        orphans={orphans}
        onReveal={(id) => void sendMessage('revealAnnotation', { id }, tabId).catch(() => {})}
        onDelete={(id) =>
          void act(async () => {
            await sendMessage('deleteAnnotation', { id });
            setUndo(id);
          })
        }
        onEdit={(id, edit) => sendMessage('updateAnnotation', { id, edit })}
        onKeepAsPageNote={(id) => void act(() => sendMessage('orphanToPageNote', { id }))}
        onReattach={(id) => void act(() => stepAside(sendMessage('startReattach', { id }, tabId)))}
      />
      {undo && (
        <UndoBar
          text={t.annotations.deleted}
          onUndo={() =>
            void act(async () => {
              await sendMessage('restoreAnnotation', { id: undo });
              setUndo(null);
            })
          }
          onExpire={() => setUndo(null)}
        />
      )}
    </>
  );
}

function TabView({
  tabId,
  state,
  db,
  banner,
  first,
}: {
  tabId: number;
  state: TabState;
  db: OpenedDb['db'];
  banner: ComponentChild;
  first?: { value: PageContents };
}) {
  const pages = useMemo(() => createPageStore(db), [db]);
  const [revealed, setRevealed] = useState<Partial<Record<FieldPath, boolean>>>({});
  const [status, setStatus] = useState<{ text: string; error?: boolean } | null>(null);
  const ref = { url: state.url, canonical: state.canonical };
  // Live: a change made in the library, the page or another window shows here at once.
  const live = useLiveQuery(() => pages.withAnnotations(ref), [state.url, state.canonical], first);
  const ready = live.status === 'ready';

  useReadyMark(ready);

  /** Runs a change, and says so when it was not made; true when it was. */
  const act = useCallback(async (fn: () => Promise<unknown>): Promise<boolean> => {
    try {
      await fn();
      setStatus(null);
      return true;
    } catch (e) {
      setStatus({ text: failureText(e, t.storage.changeNotSaved, t.saveFailed), error: true });
      return false;
    }
  }, []);

  const reveal = useCallback(
    async (field: FieldPath, quote: string) => {
      const found = await sendMessage('revealField', { field, quote }, tabId).then(
        (r) => r.found,
        () => false,
      );
      setRevealed((r) => ({ ...r, [field]: found }));
      return found;
    },
    [tabId],
  );

  const page = live.status === 'ready' ? live.value.page : null;
  const list = live.status === 'ready' ? live.value.annotations : [];
  // The tab's own extraction is the page as it is now, with the site's rules as they are now.
  const extraction = state.extraction ?? page?.extraction ?? null;
  const corrections = page?.corrections;
  const effective = effectiveFields(extraction, corrections);
  const answer = corrections?.isReview;
  const verdict = pageVerdict(extraction, answer);
  const isReview = verdict === 'review';
  const unsure = verdict === 'unsure';
  const answerIsReview = (yes: boolean) => void act(() => sendMessage('answerIsReview', { tabId, isReview: yes }));
  const forgetRule = (id: string) => void act(() => sendMessage('forgetRules', { ids: [id] }));
  const verdictRule = answer === undefined ? extraction?.verdictRule : undefined;
  const highlights = list.filter((a) => a.motivation === 'highlighting' && !state.orphans.includes(a.id)).length;

  const copyCitation = async () => {
    try {
      await navigator.clipboard.writeText(formatReference(effective.work, state.title));
      setStatus({ text: t.citationCopied });
    } catch (e) {
      setStatus({ text: t.citationFailed(errorText(e)), error: true });
    }
  };

  // What a person opens the popup for comes first: the work, then this page's highlights and
  // notes; the fields (those found, the rest one click away) and the export after them.
  return (
    <main>
      {banner}
      {unsure ? <ReviewQuestion onAnswer={answerIsReview} /> : <WorkHeader work={effective.work} isReview={isReview} highlights={highlights} />}
      <VerdictLine answer={answer} isReview={isReview} unsure={unsure} rule={verdictRule} onAnswer={answerIsReview} onForgetRule={forgetRule} />
      <PageActions
        savedAt={page?.savedAt ?? null}
        onSave={() => void act(() => sendMessage('savePage', { tabId }))}
        onCopyCitation={isReview ? () => void copyCitation() : null}
      />
      {status && (
        <p class={status.error ? 'error' : 'status'} role={status.error ? 'alert' : 'status'} data-testid={status.error ? 'save-error' : 'status'}>
          {status.text}
        </p>
      )}
      <PageAnnotations list={list} orphans={state.orphans} tabId={tabId} act={act} />
      <PageNoteForm onAdd={(note) => act(() => sendMessage('addPageNote', { tabId, note }))} />
      {(isReview || unsure) && extraction && (
        <FieldTable
          extraction={extraction}
          corrections={corrections}
          onReveal={reveal}
          revealed={revealed}
          onCorrect={(field, value) => sendMessage('correctField', { page: { tabId }, field, value }).then(() => undefined)}
          onReset={async (field) => {
            await act(() => sendMessage('resetField', { page: { tabId }, field }));
          }}
          onForgetRule={forgetRule}
          onPick={(field) => void act(() => stepAside(sendMessage('startPick', { field }, tabId)))}
          foldMissing
        />
      )}
      <ExportControls
        label={t.export.exportPage}
        collect={async () => {
          const records = page ? await collectBackup(db, [page.key]) : { pages: [unsavedPage(state)], annotations: [] };
          return { records, base: effective.work.title ?? state.title };
        }}
      />
      <p class="page">
        <span data-testid="page-title">{state.title}</span>
        <br />
        <span data-testid="page-url">{state.url}</span>
      </p>
    </main>
  );
}
