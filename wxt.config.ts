import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export default defineConfig({
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: 'Review Annotator',
    description: 'Recognises reviews of books, reports and papers, extracts their fields, and keeps your highlights and notes on your machine.',
    // storage: per-tab extraction state in storage.session (survives the service worker being stopped).
    // contextMenus: "Highlight selection" and "Highlight with note" on selected text.
    // scripting: loading the page tools into a page that needs them (lib/page-tools.ts).
    permissions: ['storage', 'contextMenus', 'scripting'],
    // scripting.executeScript needs host access to the page; these are the pages the content
    // script already runs in, so the warning users see is the content script's.
    host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: 'Review Annotator' },
    // The library is also the options page: that is where users look for "everything I saved".
    options_ui: { page: 'library.html', open_in_tab: true },
    commands: {
      'highlight-selection': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: 'Highlight the selected text',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'review-annotator@review-annotator.invalid',
              // 140: the CSS Custom Highlight API (painting without touching the page) and the
              // data_collection_permissions key; Firefox for Android has the key from 142.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
