import { describe, expect, it } from 'vitest';
import { MessageError, parseRequest } from '@/lib/messages';
import { emptyReview, emptyWork } from '@/lib/extract/schema';

const extraction = {
  url: 'https://example.org/r',
  isReview: true,
  confidence: 0.9,
  work: { ...emptyWork(), title: 'A Book', authors: ['A. Writer'], pages: 120 },
  review: emptyReview(),
  fields: { 'work.title': { source: 'heading' as const, quote: 'A Book' } },
};

describe('parseRequest', () => {
  it('accepts a well-formed pageSeen and returns it', () => {
    const data = { url: 'https://example.org/r', title: 'Review', canonical: null, extraction };
    expect(parseRequest('pageSeen', data)).toEqual(data);
    expect(parseRequest('pageSeen', { ...data, extraction: null }).extraction).toBeNull();
  });

  it.each([
    ['a missing payload', undefined, /pageSeen.*\(payload\)/],
    ['a string payload', 'hello', /\(payload\)/],
    ['a non-web URL', { url: 'javascript:alert(1)', title: 't', canonical: null, extraction: null }, /url: must be an http\(s\) URL/],
    ['a title of the wrong type', { url: 'https://a.b/', title: 42, canonical: null, extraction: null }, /title/],
    [
      'a negative page count',
      { url: 'https://a.b/', title: 't', canonical: null, extraction: { ...extraction, work: { ...extraction.work, pages: -3 } } },
      /extraction\.work\.pages/,
    ],
    [
      'an unknown field path',
      { url: 'https://a.b/', title: 't', canonical: null, extraction: { ...extraction, fields: { 'work.__proto__x': { source: 'label' } } } },
      /extraction\.fields/,
    ],
    ['a confidence above 1', { url: 'https://a.b/', title: 't', canonical: null, extraction: { ...extraction, confidence: 7 } }, /confidence/],
    ['a huge title', { url: 'https://a.b/', title: 'x'.repeat(10_000), canonical: null, extraction: null }, /title/],
  ])('rejects %s with a clear error', (_name, data, pattern) => {
    expect(() => parseRequest('pageSeen', data)).toThrow(MessageError);
    expect(() => parseRequest('pageSeen', data)).toThrow(pattern);
  });

  it('rejects a tab id that is not a whole non-negative number', () => {
    expect(() => parseRequest('savePage', { tabId: '3' })).toThrow(/tabId/);
    expect(() => parseRequest('savePage', { tabId: 1.5 })).toThrow(/tabId/);
    expect(parseRequest('savePage', { tabId: 3 })).toEqual({ tabId: 3 });
  });

  it('rejects a field that is not one of the extraction fields', () => {
    expect(() => parseRequest('revealField', { field: 'work.secret', quote: 'Acme' })).toThrow(/field/);
    expect(parseRequest('revealField', { field: 'work.publisher', quote: 'Acme' })).toEqual({ field: 'work.publisher', quote: 'Acme' });
  });

  it('rejects an unknown message type', () => {
    expect(() => parseRequest('dropDatabase' as never, {})).toThrow(/unknown message type "dropDatabase"/);
  });
});

describe('messages to the page tools', () => {
  it('are checked like the others', () => {
    expect(parseRequest('revealField', { field: 'work.title', quote: 'Dune' })).toEqual({ field: 'work.title', quote: 'Dune' });
    expect(() => parseRequest('revealField', { field: 'work.secret', quote: 'Dune' })).toThrow(/invalid "revealField" message: field/);
    expect(() => parseRequest('revealField', { field: 'work.title' })).toThrow(/invalid "revealField" message: quote/);
    expect(() => parseRequest('highlightSelection', { withNote: 'yes' })).toThrow(/withNote/);
  });
});
