import type { StorageErrorCode } from './storage-errors';
import type { TabState } from './messages';

/**
 * What the background keeps in `storage.session`: each tab's state (its extraction, which
 * highlights are orphans) and the last write that failed. Extension pages read it there
 * directly: the popup then opens without waking a stopped service worker for a message.
 */
export const tabKey = (tabId: number) => `tab:${tabId}`;
export const PROBLEM_KEY = 'storage:problem';
/** Where an import in progress says how far it got (ImportProgress), for the library to show. */
export const IMPORT_KEY = 'import:progress';
export interface ImportProgress {
  phase: 'checking' | 'writing';
  pages: number;
  annotations: number;
}

export interface WriteProblem {
  code: StorageErrorCode;
  at: number;
}

interface SessionReader {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
}

export async function readTabSession(session: SessionReader, tabId: number): Promise<{ tab: TabState | null; problem: WriteProblem | null }> {
  const got = await session.get([tabKey(tabId), PROBLEM_KEY]);
  return { tab: (got[tabKey(tabId)] as TabState | undefined) ?? null, problem: (got[PROBLEM_KEY] as WriteProblem | undefined) ?? null };
}

/** Whether a change to the session touched what a view of this tab shows. */
export function touchesTab(changedKeys: string[], tabId: number): boolean {
  return changedKeys.includes(tabKey(tabId)) || changedKeys.includes(PROBLEM_KEY);
}
