import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FieldTable } from '@/components/FieldTable';
import { AnnotationList } from '@/components/AnnotationList';
import { Marked } from '@/components/Marked';
import { SelectionToolbar } from '@/components/in-page/SelectionToolbar';
import { MessageError } from '@/lib/messages';
import { emptyReview, emptyWork, type Extraction } from '@/lib/extract/schema';
import type { AnnotationRecord } from '@/lib/annotation';
import { must } from '../../lib/must';

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const byTestId = (id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`);
const all = (id: string) => [...root.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];
async function click(el: Element | null) {
  if (!el) throw new Error('nothing to click');
  await act(() => (el as HTMLElement).click());
}
async function type(el: Element | null, value: string) {
  const input = el as HTMLInputElement;
  await act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

const extraction: Extraction = {
  url: 'https://r.example/1',
  isReview: true,
  confidence: 0.9,
  work: { ...emptyWork(), title: 'Caravans of the Steppe', authors: ['A. Sadykova'], pages: 312 },
  review: { ...emptyReview(), reviewer: 'B. Nurlanov' },
  fields: { 'work.title': { source: 'heading' }, 'work.authors': { source: 'label', label: 'Author', quote: 'A. Sadykova' } },
};

describe('FieldTable', () => {
  it('shows extracted values with their provenance, missing ones as missing', async () => {
    await act(() => render(<FieldTable extraction={extraction} />, root));
    expect(must(byTestId('value-work.authors'), "byTestId('value-work.authors')").textContent).toBe('A. Sadykovalabel “Author”');
    expect(must(byTestId('provenance-work.title'), "byTestId('provenance-work.title')").textContent).toBe('page heading');
    expect(must(byTestId('value-work.isbn'), "byTestId('value-work.isbn')").textContent).toBe('missing');
    // Read-only without a save handler.
    expect(byTestId('edit-work.title')).toBeNull();
  });

  it('a correction wins over the extracted value, is marked as edited, and offers a reset', async () => {
    const onReset = vi.fn(async () => {});
    await act(() =>
      render(<FieldTable extraction={extraction} corrections={{ work: { authors: ['X. Y', 'Z. W'] } }} onCorrect={async () => {}} onReset={onReset} />, root),
    );
    expect(must(byTestId('value-work.authors'), "byTestId('value-work.authors')").textContent).toContain('X. Y; Z. W');
    expect(must(byTestId('edited-work.authors'), "byTestId('edited-work.authors')").textContent).toBe('edited by you');
    expect(byTestId('provenance-work.authors')).toBeNull();
    expect(byTestId('reset-work.title')).toBeNull();
    await click(byTestId('reset-work.authors'));
    expect(onReset).toHaveBeenCalledWith('work.authors');
  });

  it('edits a field in place: a list is split on semicolons, pages read as a number', async () => {
    const onCorrect = vi.fn(async () => {});
    await act(() => render(<FieldTable extraction={extraction} onCorrect={onCorrect} />, root));
    await click(byTestId('edit-work.authors'));
    const input = byTestId('field-input-work.authors') as HTMLInputElement;
    expect(input.value).toBe('A. Sadykova');
    await type(input, 'A. Sadykova;  B. Nurlanov ;');
    await act(() => (input.form as HTMLFormElement).requestSubmit());
    expect(onCorrect).toHaveBeenLastCalledWith('work.authors', ['A. Sadykova', 'B. Nurlanov']);
    await click(byTestId('edit-work.pages'));
    await type(byTestId('field-input-work.pages'), 'xii + 312 pp.');
    await click(byTestId('save-field-work.pages'));
    expect(onCorrect).toHaveBeenLastCalledWith('work.pages', 312);
  });

  it('a save that ends after the reader opened another field leaves that field’s editor open', async () => {
    let finish = () => {};
    const onCorrect = vi.fn(() => new Promise<void>((r) => (finish = r)));
    await act(() => render(<FieldTable extraction={extraction} onCorrect={onCorrect} />, root));
    await click(byTestId('edit-work.title'));
    await click(byTestId('save-field-work.title'));
    await click(byTestId('edit-work.pages'));
    await act(async () => {
      finish();
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(byTestId('save-field-work.pages')).not.toBeNull();
  });

  it('a refused save keeps the editor open and says why', async () => {
    const onCorrect = vi.fn(() => Promise.reject(new Error('invalid "correctField" message: value: too long')));
    await act(() => render(<FieldTable extraction={extraction} onCorrect={onCorrect} />, root));
    await click(byTestId('edit-work.title'));
    await click(byTestId('save-field-work.title'));
    await act(() => new Promise((r) => setTimeout(r, 0)));
    expect(must(root.querySelector('[role=alert]'), "root.querySelector('[role=alert]')").textContent).toContain('too long');
    expect(byTestId('field-input-work.title')).not.toBeNull();
  });
});

const record = (id: string, over: Partial<AnnotationRecord>): AnnotationRecord => ({
  id,
  pageKey: 'https://r.example/1',
  url: 'https://r.example/1',
  title: 'R',
  motivation: 'highlighting',
  target: { quote: { type: 'TextQuoteSelector', exact: `quote ${id}`, prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 0, end: 7 } },
  color: 'yellow',
  note: '',
  tags: [],
  created: 1,
  updated: 1,
  deleted: null,
  ...over,
});

describe('AnnotationList', () => {
  const actions = () => ({ onDelete: vi.fn(), onEdit: vi.fn(() => Promise.resolve({})), onReveal: vi.fn(), onKeepAsPageNote: vi.fn() });

  it('puts placed highlights, orphans and page notes in their own sections; user text stays text', async () => {
    const a = actions();
    const list = [
      record('a1', { note: '<img src=x onerror=alert(1)>', tags: ['</li>'] }),
      record('a2', {}),
      record('n1', { motivation: 'commenting', target: null, color: null, note: 'about the page' }),
    ];
    await act(() => render(<AnnotationList annotations={list} orphans={['a2']} {...a} />, root));
    expect(all('annotation').map((e) => e.dataset.id)).toEqual(['a1']);
    expect(all('orphan').map((e) => e.dataset.id)).toEqual(['a2']);
    expect(all('page-note').map((e) => e.dataset.id)).toEqual(['n1']);
    expect(must(byTestId('annotation-note'), "byTestId('annotation-note')").textContent).toBe('<img src=x onerror=alert(1)>');
    expect(root.querySelector('img')).toBeNull();
    expect(must(byTestId('annotation-tag'), "byTestId('annotation-tag')").textContent).toBe('</li>');
    await click(must(all('orphan')[0], "all('orphan')[0]").querySelector('[data-testid=keep-as-page-note]'));
    expect(a.onKeepAsPageNote).toHaveBeenCalledWith('a2');
    await click(must(all('annotation')[0], "all('annotation')[0]").querySelector('[data-testid=reveal-annotation]'));
    expect(a.onReveal).toHaveBeenCalledWith('a1');
  });

  it('edits colour, note and tags of a highlight', async () => {
    const a = actions();
    await act(() => render(<AnnotationList annotations={[record('a1', { note: 'old', tags: ['x'] })]} orphans={[]} {...a} />, root));
    await click(byTestId('edit-annotation'));
    await click(byTestId('annotation-edit-color-blue'));
    await type(byTestId('annotation-edit-note'), 'new note');
    await type(byTestId('annotation-edit-tags'), 'x, method , method');
    await click(byTestId('annotation-edit-save'));
    expect(a.onEdit).toHaveBeenCalledWith('a1', { color: 'blue', note: 'new note', tags: ['x', 'method'] });
  });

  it('says there are no highlights yet when there are none', async () => {
    await act(() => render(<AnnotationList annotations={[]} orphans={[]} {...actions()} />, root));
    expect(byTestId('no-highlights')).not.toBeNull();
  });
});

describe('SelectionToolbar', () => {
  it('a highlight the background could not store: the storage message shows, and the note and tags typed stay for another try', async () => {
    let attempts = 0;
    const saved: unknown[] = [];
    const onCreate = vi.fn((color: string, note: string, tags: string[]) => {
      // What crosses the message channel: name, message and own fields of the background's MessageError.
      if (++attempts === 1)
        return Promise.reject(
          Object.assign(new Error(new MessageError('Storage is full: this change was not saved.', 'quota').message), {
            name: 'MessageError',
            code: 'quota',
          }),
        );
      saved.push({ color, note, tags });
      return Promise.resolve();
    });
    const onClose = vi.fn();
    render(<SelectionToolbar x={10} y={10} onCreate={onCreate} onClose={onClose} />, root);
    await click(byTestId('ra-note-toggle'));
    await type(byTestId('ra-note-input'), 'my long note');
    await type(byTestId('ra-tags-input'), 'one, two');
    await click(byTestId('ra-save'));
    await vi.waitFor(() =>
      expect(byTestId('ra-error')?.textContent).toBe(
        'Storage is full: this highlight was not saved. Free some disk space, then try again. Nothing you saved before has been changed.',
      ),
    );
    expect(byTestId('ra-error')?.getAttribute('role')).toBe('alert');
    expect((byTestId('ra-note-input') as HTMLTextAreaElement).value).toBe('my long note');
    expect((byTestId('ra-tags-input') as HTMLInputElement).value).toBe('one, two');
    expect((byTestId('ra-save') as HTMLButtonElement).disabled).toBe(false);
    expect(onClose).not.toHaveBeenCalled();

    await click(byTestId('ra-save'));
    await vi.waitFor(() => expect(saved).toEqual([{ color: 'yellow', note: 'my long note', tags: ['one', 'two'] }]));
  });

  it('any other refusal is shown in its own words', async () => {
    render(<SelectionToolbar x={10} y={10} onCreate={() => Promise.reject(new Error('a page may only send its own address'))} onClose={() => {}} />, root);
    await click(byTestId('ra-color-green'));
    await vi.waitFor(() => expect(byTestId('ra-error')?.textContent).toBe('Not saved: a page may only send its own address'));
  });
});

describe('Marked', () => {
  it('marks search words in the original text, across case and accents, as elements not markup', async () => {
    await act(() =>
      render(
        <p>
          <Marked text="Über <b>uber</b> and ÜBERtax" words={['uber']} />
        </p>,
        root,
      ),
    );
    expect([...root.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Über', 'uber', 'ÜBER']);
    expect(root.querySelector('b')).toBeNull();
    expect(root.textContent).toBe('Über <b>uber</b> and ÜBERtax');
  });
});
