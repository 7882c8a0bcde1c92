import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/** The content script that uses the others' globals (lib/extract/handoff.ts): it goes last. */
const MAIN_CONTENT_SCRIPT = 'content-scripts/content.js';

export default defineConfig({
  hooks: {
    // WXT lists content scripts with the same options in one manifest entry, and Chromium runs
    // one entry's scripts in a single task; an entry each gives each script its own task.
    'build:manifestGenerated': (_wxt, manifest) => {
      manifest.content_scripts = manifest.content_scripts?.flatMap(({ js = [], css, ...options }) => {
        const ordered = [...js].sort((a, b) => Number(a === MAIN_CONTENT_SCRIPT) - Number(b === MAIN_CONTENT_SCRIPT));
        // The stylesheet is added before the page is parsed whichever entry lists it.
        return ordered.map((file, i) => ({ ...options, js: [file], ...(css && i === ordered.length - 1 ? { css } : {}) }));
      });
    },
  },
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: 'Review Annotator',
    description: 'Recognises reviews of books, reports and papers, extracts their fields, and keeps your highlights and notes on your machine.',
    // storage: per-tab extraction state in storage.session (survives the service worker being stopped).
    // contextMenus: "Highlight selection" and "Highlight with note" on selected text.
    permissions: ['storage', 'contextMenus'],
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
