import { browser } from 'wxt/browser';
import { openReviewDb } from '@/lib/db-open';
import { MESSAGES, onMessage, sendMessage } from '@/lib/messages';
import { createHandlers } from './handlers';
import type { BackgroundDeps, Badge } from './context';
import { filesFor, type PagePart } from '@/lib/page-tools';

const badge: Badge = {
  async show(tabId, text, title) {
    await browser.action.setBadgeBackgroundColor({ tabId, color: '#2f6f3e' });
    await browser.action.setBadgeText({ tabId, text });
    await browser.action.setTitle({ tabId, title });
  },
  async clear(tabId) {
    // The tab may already be gone; that is not an error worth surfacing.
    await browser.action.setBadgeText({ tabId, text: '' }).catch(() => {});
    await browser.action.setTitle({ tabId, title: '' }).catch(() => {});
  },
};

/**
 * Injects a part of the page tools into a frame, with the part it runs on; each runs once
 * however often it is injected. The host access this needs is granted for the same pages as the
 * starter's matches (wxt.config.ts).
 */
async function loadPageTools(tabId: number, frameId: number, part: PagePart): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: filesFor(part) });
}

/** A message to the part of the page tools in a tab's main frame that answers it, which is loaded first if it was not. */
const askTab: NonNullable<BackgroundDeps['askTab']> = async (tabId, type, data) => {
  await loadPageTools(tabId, 0, MESSAGES[type].to);
  return sendMessage(type, data as never, { tabId, frameId: 0 }) as never;
};

export default defineBackground(() => {
  const { dispatch, forgetTab, purgeTrash, handledTypes } = createHandlers({
    // Opened now; if its upgrade fails, opened for reading only (lib/db-open).
    db: () => openReviewDb(),
    session: browser.storage.session,
    badge,
    extensionOrigin: browser.runtime.getURL('/'),
    loadPageTools,
    notifyTab: async (tabId) => {
      await askTab(tabId, 'annotationsChanged', {});
    },
    askTab,
  });

  // The worker starts often (MV3 stops idle workers), so this runs at least daily for a user.
  void purgeTrash().catch((e: unknown) => console.warn('Could not empty the trash of old records:', e));

  for (const type of handledTypes) {
    onMessage(type, (message) => dispatch(type, message.data, message.sender));
  }

  const highlightSelection = (tabId: number | undefined, withNote: boolean) => {
    if (tabId != null) void askTab(tabId, 'highlightSelection', { withNote }).catch(() => {});
  };
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: 'highlight', title: 'Highlight selection', contexts: ['selection'] });
    browser.contextMenus.create({ id: 'highlight-note', title: 'Highlight with note', contexts: ['selection'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => highlightSelection(tab?.id, info.menuItemId === 'highlight-note'));
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== 'highlight-selection') return;
    if (tab?.id != null) highlightSelection(tab.id, false);
    else void browser.tabs.query({ active: true, lastFocusedWindow: true }).then(([active]) => highlightSelection(active?.id, false));
  });

  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  browser.tabs.onUpdated.addListener((tabId, info) => {
    if (info.status === 'loading' && info.url) void forgetTab(tabId);
  });
});
