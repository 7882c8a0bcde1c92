import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
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

  useEffect(() => {
    (async () => {
      const tabId = await targetTabId();
      if (tabId == null) return setLoad({ kind: 'no-tab' });
      const state = await sendMessage('getTabState', { tabId });
      setLoad(state ? { kind: 'ready', tabId, state } : { kind: 'unseen' });
    })().catch((e: unknown) => setLoad({ kind: 'error', message: String((e as Error)?.message ?? e) }));
  }, []);

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
    if (load.kind !== 'ready') return;
    try {
      const saved = await sendMessage('savePage', { tabId: load.tabId });
      setSaveError(null);
      setLoad({ ...load, state: { ...load.state, saved } });
    } catch (e) {
      setSaveError(String((e as Error)?.message ?? e));
    }
  }, [load]);

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
    </main>
  );
}
