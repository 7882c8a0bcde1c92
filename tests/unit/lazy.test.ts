import { describe, expect, it } from 'vitest';
import { lazy } from '../../lib/lazy';

describe('lazy', () => {
  it('makes the value on first use only, also when it is undefined', () => {
    let made = 0;
    const value = lazy(() => {
      made++;
      return undefined;
    });
    expect(made).toBe(0);
    expect(value()).toBeUndefined();
    expect(value()).toBeUndefined();
    expect(made).toBe(1);
  });
});
