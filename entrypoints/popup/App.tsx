import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { AnnotationList } from '@/components/AnnotationList';
import { FieldTable } from '@/components/FieldTable';
import { WorkHeader } from '@/components/WorkHeader';
import { t } from '@/components/strings';
import type { FieldPath } from '@/lib/extract/schema';
import { sendMessage, type TabState } from '@/lib/messages';

type Load =
  | { kind: 'loading' }
  | { kind: 'no-tab' }
  | { kind: 'unseen' }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; tabId: number; state: TabState };

/** The tab this popup is about: `?tabId=` when opened as a page (tests, links), else the active tab. */
async function targetTabId(): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export function App() {
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [revealed, setRevealed] = useState<Partial<Record<FieldPath, boolean>>>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const [undo, setUndo] = useState<string | null>(null);
  const [pageNote, setPageNote] = useState('');

  const reload = useCallback(async () => {
    try {
      const tabId = await targetTabId();
      if (tabId == null) return setLoad({ kind: 'no-tab' });
      const state = await sendMessage('getTabState', { tabId });
      setLoad(state ? { kind: 'ready', tabId, state } : { kind: 'unseen' });
    } catch (e) {
      setLoad({ kind: 'error', message: String((e as Error)?.message ?? e) });
    }
  }, []);

  useEffect(() => void reload(), [reload]);

  useEffect(() => {
    if (!undo) return;
    const timer = setTimeout(() => setUndo(null), 8000);
    return () => clearTimeout(timer);
  }, [undo]);

  const act = useCallback(
    async (fn: () => Promise<unknown>) => {
      try {
        await fn();
        setSaveError(null);
      } catch (e) {
        setSaveError(String((e as Error)?.message ?? e));
      }
      await reload();
    },
    [reload],
  );

  const reveal = useCallback(
    async (field: FieldPath) => {
      if (load.kind !== 'ready') return false;
      const found = await sendMessage('revealField', { field }, load.tabId)
        .then((r) => r.found)
        .catch(() => false);
      setRevealed((r) => ({ ...r, [field]: found }));
      return found;
    },
    [load],
  );

  const save = useCallback(async () => {
    if (load.kind === 'ready') await act(() => sendMessage('savePage', { tabId: load.tabId }));
  }, [load, act]);

  if (load.kind === 'loading') return <main><p>{t.loading}</p></main>;
  if (load.kind === 'no-tab') return <main><p data-testid="no-tab">{t.noTab}</p></main>;
  if (load.kind === 'unseen') return <main><p data-testid="unseen">{t.notSeenYet}</p></main>;
  if (load.kind === 'error') return <main><p class="error" data-testid="error">{t.errorTalking(load.message)}</p></main>;

  const { state } = load;
  return (
    <main>
      <WorkHeader extraction={state.extraction} />
      <p class="page">
        <span data-testid="page-title">{state.title}</span>
        <br />
        <span data-testid="page-url">{state.url}</span>
      </p>
      <div class="toolbar">
        {state.saved ? (
          <span data-testid="saved">{t.saved(new Date(state.saved.savedAt).toLocaleString())}</span>
        ) : (
          <button type="button" class="primary" data-testid="save-page" onClick={() => void save()}>
            {t.savePage}
          </button>
        )}
        {saveError && <span class="error" data-testid="save-error">{t.saveFailed(saveError)}</span>}
      </div>
      {state.extraction?.isReview && (
        <FieldTable extraction={state.extraction} onReveal={reveal} revealed={revealed} />
      )}
      <AnnotationList
        annotations={state.annotations}
        orphans={state.orphans}
        onReveal={(id) => void sendMessage('revealAnnotation', { id }, load.tabId).catch(() => {})}
        onDelete={(id) => void act(async () => { await sendMessage('deleteAnnotation', { id }); setUndo(id); })}
        onKeepAsPageNote={(id) => void act(() => sendMessage('orphanToPageNote', { id }))}
      />
      {undo && (
        <div class="toolbar" role="status" data-testid="undo-bar">
          <span>{t.annotations.deleted}</span>
          <button type="button" data-testid="undo" onClick={() => void act(async () => { await sendMessage('restoreAnnotation', { id: undo }); setUndo(null); })}>
            {t.annotations.undo}
          </button>
        </div>
      )}
      <form
        class="page-note-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (!pageNote.trim()) return;
          void act(async () => { await sendMessage('addPageNote', { tabId: load.tabId, note: pageNote.trim() }); setPageNote(''); });
        }}
      >
        <label>
          {t.annotations.pageNoteLabel}
          <textarea data-testid="page-note-input" value={pageNote} onInput={(e) => setPageNote(e.currentTarget.value)} />
        </label>
        <button type="submit" data-testid="add-page-note">{t.annotations.addPageNote}</button>
      </form>
    </main>
  );
}
