import { browser } from 'wxt/browser';
import { learnFromValue } from '@/lib/site-rules/apply';
import { findText } from '@/lib/find-text';
import { mayComeFrom, onMessage, parseRequest, sendMessage, type MessageTo, type ProtocolMap, type Reply, type Request } from '@/lib/messages';
import type { FieldPath } from '@/lib/extract/schema';
import type { SiteRule } from '@/lib/site-rules/rule';
import type { PageSnapshot } from '@/lib/page-reporter';
import { FIELD_NAMES, inPageStrings } from '@/components/strings-in-page';
import type { Annotator } from './annotator';

export interface ContentParts {
  annotator: Annotator;
  reporter: { latest(): PageSnapshot | null };
  /** The site's rules changed: extract the page again with these. */
  useRules: (rules: SiteRule[]) => void;
  /** The reader picked a field's value from the page. */
  usePicked: (field: FieldPath, range: AbstractRange) => Promise<void>;
  pageRef: () => { url: string; title: string; canonical: string | null };
}

/**
 * The content script's answers to the extension's pages and worker. Messages come only from
 * them (not from another page or extension); what they hold is checked as the background checks
 * what it is sent. Returns what stops listening.
 */
export function receiveMessages({ annotator, reporter, useRules, usePicked, pageRef }: ContentParts): (() => void)[] {
  const fromExtension = (sender: { id?: string; tab?: unknown }) => sender.id === browser.runtime.id && sender.tab == null;
  const receive = <K extends MessageTo<'content'>>(type: K, handle: (data: Request<K>) => Reply<K> | Promise<Reply<K>>, refused: Reply<K>) =>
    onMessage(
      type,
      (message) =>
        (fromExtension(message.sender) && mayComeFrom(type, 'extension') ? handle(parseRequest(type, message.data)) : refused) as ReturnType<ProtocolMap[K]>,
    );
  return [
    receive(
      'revealField',
      ({ field, quote: picked }) => {
        const quote = picked ?? reporter.latest()?.extraction?.fields[field]?.quote;
        const range = quote ? findText(document, quote) : null;
        if (!range) return { found: false };
        range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const selection = document.getSelection();
        selection?.removeAllRanges();
        selection?.addRange(range);
        return { found: true };
      },
      { found: false },
    ),
    receive('locateValue', ({ field, value }) => ({ locator: learnFromValue(document, field, value) }), { locator: null }),
    receive(
      'siteRulesChanged',
      (data) => {
        useRules(data.rules);
        return { ok: true as const };
      },
      { ok: true as const },
    ),
    receive(
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
    receive(
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
    receive('revealAnnotation', ({ id }) => ({ found: annotator.reveal(id) }), { found: false }),
    receive(
      'annotationsChanged',
      async () => {
        await annotator.refresh();
        return { ok: true as const };
      },
      { ok: true as const },
    ),
    receive('highlightSelection', ({ withNote }) => ({ offered: annotator.highlightSelection(withNote) }), { offered: false }),
  ];
}
