import { describe, expect, it } from 'vitest';
import { lazy } from '../../lib/lazy';

describe('lazy', () => {
  it('makes the value on first use only, also when it is undefined', () => {
    let made = 0;
    // A value that may be missing, and is: undefined is made once and kept like any other.
    const value = lazy<string | undefined>(() => {
      made++;
      return undefined;
    });
    expect(made).toBe(0);
    expect(value()).toBeUndefined();
    expect(value()).toBeUndefined();
    expect(made).toBe(1);
  });
});
