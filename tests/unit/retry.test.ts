import { describe, expect, it } from 'vitest';
import { retrying } from '@/lib/retry';

describe('retrying', () => {
  const waits: number[] = [];
  const wait = (ms: number) => {
    waits.push(ms);
    return Promise.resolve();
  };

  it('tries again after each delay while the error is worth it, and returns the first success', async () => {
    waits.length = 0;
    let calls = 0;
    const fn = () => (++calls < 3 ? Promise.reject(new Error('Could not establish connection')) : Promise.resolve('sent'));
    await expect(retrying(fn, [0, 250, 1000], { wait, retryable: () => true })).resolves.toBe('sent');
    expect(calls).toBe(3);
    expect(waits).toEqual([250]);
  });

  it('throws at once an error not worth retrying, and the last error once the delays run out', async () => {
    let calls = 0;
    const refused = () => {
      calls++;
      return Promise.reject(new Error('refused'));
    };
    await expect(retrying(refused, [0, 0], { wait, retryable: (e) => !/refused/.test(String(e)) })).rejects.toThrow('refused');
    expect(calls).toBe(1);
    calls = 0;
    await expect(retrying(refused, [0, 0], { wait, retryable: () => true })).rejects.toThrow('refused');
    expect(calls).toBe(3);
  });
});
