import { describe, expect, it } from 'vitest';
import { escapeRegExp } from '../../lib/escape-regexp';

describe('escapeRegExp', () => {
  it('makes a pattern that matches the string as written, and nothing else', () => {
    const s = 'Dr. (J.) Smith+Jones [ed.] $5 ^|\\ *?{2}';
    const re = new RegExp(`^${escapeRegExp(s)}$`, 'u');
    expect(re.test(s)).toBe(true);
    expect(re.test(s.replace('.', 'x'))).toBe(false);
  });
});
