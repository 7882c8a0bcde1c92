import 'fake-indexeddb/auto';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReviewDb } from '@/lib/db';
import { openReviewDb } from '@/lib/db-open';
import { StorageBanner, storageBannerText } from '@/components/StorageBanner';
import { ReadOnlyView } from '@/entrypoints/library/ReadOnlyView';
import { makeV1, V1_ANNOTATION, V1_PAGE } from './v1-fixture';

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
  vi.restoreAllMocks();
});

describe('storageBannerText', () => {
  it('says nothing when all is well, and this page’s own trouble before the background’s', () => {
    expect(storageBannerText({ state: 'ready' }, null)).toBeNull();
    expect(storageBannerText(null, null)).toBeNull();
    expect(storageBannerText({ state: 'ready' }, { state: 'write-failed', code: 'quota' })).toBe(
      'Storage is full: your last change was not saved. Free some disk space, then try again. Nothing you saved before has been changed.',
    );
    expect(storageBannerText({ state: 'read-only', code: 'upgrade-failed' }, { state: 'write-failed', code: 'quota' })).toMatch(
      /^Your notes could not be upgraded to this version of the extension\. They are safe, and you can still read them and export them from the library, but new highlights and changes cannot be saved/,
    );
    expect(storageBannerText({ state: 'unavailable', code: 'unavailable' }, null)).toBe(
      'The extension’s storage cannot be opened. Restart the browser, then try again. Nothing you saved before has been changed.',
    );
  });
});

describe('the library after a failed upgrade', () => {
  it('lists every page and annotation of the version 1 database, as text, under the banner', async () => {
    const name = `views-${Math.random()}`;
    await makeV1(name);
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    class FailingUpgradeDb extends ReviewDb {
      constructor(n: string) {
        super(n);
        this.version(3)
          .stores({})
          .upgrade(() => {
            throw new Error('upgrade step failed');
          });
      }
    }
    const { db, status } = await openReviewDb(name, (n) => new FailingUpgradeDb(n));
    render(
      <>
        <StorageBanner text={storageBannerText(status, null)} />
        <ReadOnlyView db={db} />
      </>,
      root,
    );
    await vi.waitFor(() => expect(root.querySelector('[data-testid="library-results"]')?.textContent).toBe('1 page, 1 annotation'));
    expect(root.querySelector('[data-testid="storage-banner"]')?.getAttribute('role')).toBe('alert');
    expect(root.querySelector('[data-testid="storage-banner"]')?.textContent).toMatch(/^Your notes could not be upgraded/);
    expect(root.querySelector('[data-testid="library-page"] a')?.textContent).toBe(V1_PAGE.title);
    expect(root.querySelector('[data-testid="annotation-quote"]')?.textContent).toBe(V1_ANNOTATION.target.quote.exact);
    expect(root.querySelector('[data-testid="annotation-note"]')?.textContent).toBe(V1_ANNOTATION.note);
    db.close();
  });
});
