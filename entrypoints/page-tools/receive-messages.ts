import { sendMessage } from '@/lib/messages';
import { answerMessage } from '@/lib/page-messages';
import { findText } from '@/lib/find-text';
import type { FieldPath } from '@/lib/extract/schema';
import { FIELD_NAMES, inPageStrings } from '@/components/strings-in-page';
import type { Annotator } from './annotator';

export interface HighlighterParts {
  annotator: Annotator;
  /** The reader picked a field's value from the page. */
  usePicked: (field: FieldPath, range: AbstractRange) => Promise<void>;
  pageRef: () => { url: string; title: string; canonical: string | null };
}

/** The highlighter's answers to the extension's pages and worker. Returns what stops listening. */
export function receiveMessages({ annotator, usePicked, pageRef }: HighlighterParts): (() => void)[] {
  return [
    answerMessage(
      'revealField',
      ({ quote }) => {
        const range = findText(document, quote);
        if (!range) return { found: false };
        range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const selection = document.getSelection();
        selection?.removeAllRanges();
        selection?.addRange(range);
        return { found: true };
      },
      { found: false },
    ),
    answerMessage(
      'startPick',
      ({ field }) => {
        void annotator
          .pick(inPageStrings.pickPrompt(FIELD_NAMES[field]))
          .then((got) => got && usePicked(field, got.range))
          .catch(() => {});
        return { ok: true as const };
      },
      { ok: true as const },
    ),
    answerMessage(
      'startReattach',
      ({ id }) => {
        void annotator
          .pick(inPageStrings.reattachPrompt)
          .then(async (got) => {
            if (!got?.selectors) return;
            await sendMessage('reattachAnnotation', { page: pageRef(), id, selectors: got.selectors });
            document.getSelection()?.removeAllRanges();
            await annotator.refresh();
          })
          .catch(() => {});
        return { ok: true as const };
      },
      { ok: true as const },
    ),
    answerMessage('revealAnnotation', ({ id }) => ({ found: annotator.reveal(id) }), { found: false }),
    answerMessage(
      'annotationsChanged',
      async () => {
        await annotator.refresh();
        return { ok: true as const };
      },
      { ok: true as const },
    ),
    answerMessage('highlightSelection', ({ withNote }) => ({ offered: annotator.highlightSelection(withNote) }), { offered: false }),
  ];
}
