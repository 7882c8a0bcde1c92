import { describe, expect, it, vi } from 'vitest';
import { createPageReporter, type PageSnapshot } from '@/lib/page-reporter';
import { must } from '../../lib/must';

const snap = (title: string): PageSnapshot => ({ url: 'https://ex.org/', title, canonical: null, extraction: null });

describe('createPageReporter', () => {
  it('sends a snapshot once, and again only when the page says something new', async () => {
    let title = 'A';
    const sent: string[] = [];
    const r = createPageReporter({ inspect: () => snap(title), send: (s) => Promise.resolve(void sent.push(s.title)) });
    await r.runNow();
    await r.runNow();
    title = 'B';
    await r.runNow();
    expect(sent).toEqual(['A', 'B']);
  });

  it('debounces scheduled runs', async () => {
    vi.useFakeTimers();
    try {
      const inspect = vi.fn(() => snap('A'));
      const r = createPageReporter({ inspect, send: async () => {}, debounceMs: 300 });
      r.schedule();
      r.schedule();
      vi.advanceTimersByTime(299);
      r.schedule();
      expect(inspect).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(300);
      expect(inspect).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('retries a failed send (the service worker may be waking up) and then succeeds', async () => {
    let calls = 0;
    const r = createPageReporter({
      inspect: () => snap('A'),
      send: () => (++calls < 3 ? Promise.reject(new Error('Could not establish connection')) : Promise.resolve()),
      retryDelaysMs: [1, 1, 1],
    });
    await r.runNow();
    expect(calls).toBe(3);
    await r.runNow();
    expect(calls).toBe(3);
  });

  it('gives up after its retries without throwing, and survives an inspector that throws', async () => {
    const send = vi.fn(() => Promise.reject(new Error('gone')));
    const r = createPageReporter({ inspect: () => snap('A'), send, retryDelaysMs: [1] });
    await expect(r.runNow()).resolves.toBeUndefined();
    expect(send).toHaveBeenCalledTimes(2);
    const broken = createPageReporter({
      inspect: () => {
        throw new Error('odd page');
      },
      send,
    });
    await expect(broken.runNow()).resolves.toBeUndefined();
  });

  it('does nothing once stopped', async () => {
    const send = vi.fn(async () => {});
    const r = createPageReporter({ inspect: () => snap('A'), send });
    r.stop();
    await r.runNow();
    expect(send).not.toHaveBeenCalled();
  });

  it('an inspection that takes several tasks: a newer one started meanwhile is the one sent, and the older is dropped', async () => {
    const sent: string[] = [];
    const pending: ((s: PageSnapshot) => void)[] = [];
    const r = createPageReporter({
      inspect: () => new Promise<PageSnapshot>((resolve) => pending.push(resolve)),
      send: (s) => Promise.resolve(void sent.push(s.title)),
    });
    const older = r.runNow();
    const newer = r.runNow();
    must(pending[1], 'pending[1]')(snap('after the swap'));
    await newer;
    must(pending[0], 'pending[0]')(snap('before the swap'));
    await older;
    expect(sent).toEqual(['after the swap']);
  });

  it('an inspection that rejects (the script was stopped mid-way) sends nothing and does not throw', async () => {
    const send = vi.fn(async () => {});
    const r = createPageReporter({ inspect: () => Promise.reject(new Error('invalidated')), send });
    await expect(r.runNow()).resolves.toBeUndefined();
    expect(send).not.toHaveBeenCalled();
  });
});
