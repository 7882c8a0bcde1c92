import { describe, expect, it } from 'vitest';
import { OTHER_KIND_WORD } from '../../lib/extract/signals';

describe('the words by which a title calls its page something other than a review', () => {
  it.each([
    ['Q&A with Meg Mitchell Moore', true],
    ['In conversation with Ali Smith', true],
    ['Entretiens avec des romanciers', true],
    ['We need more book reviewers', true],
    ['Беседа с автором', true],
    ['Review: The Conversationalist by Jane Doe', false],
    ['The World Without You by Joshua Henkin', false],
  ])('%s → %s', (title, expected) => {
    expect(OTHER_KIND_WORD.test(title)).toBe(expected);
  });
});
