/**
 * Where and when both content scripts run. They must agree: the detector's entry is listed
 * before the content script's (wxt.config.ts), and only scripts injected at the same time run
 * in that order, so the detector has run when the content script looks for it.
 */
export const ON_EVERY_PAGE: { matches: string[]; runAt: 'document_idle' } = {
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
};
