import { t } from './strings';

/** Asks the reader whether an uncertain page is a review; the answer is kept for the page. */
export function ReviewQuestion({ onAnswer }: { onAnswer: (isReview: boolean) => void }) {
  return (
    <section class="review-question" data-testid="review-question" aria-labelledby="review-question-text">
      <p id="review-question-text" class="question">
        {t.verdict.question}
      </p>
      <div class="toolbar">
        <button type="button" class="primary" data-testid="answer-yes" onClick={() => onAnswer(true)}>
          {t.verdict.yes}
        </button>
        <button type="button" data-testid="answer-no" onClick={() => onAnswer(false)}>
          {t.verdict.no}
        </button>
      </div>
      <p class="hint">{t.verdict.hint}</p>
    </section>
  );
}

/** Says that the reader ruled the page out, with the way back. */
export function SaidNotReview({ onUndo }: { onUndo: () => void }) {
  return (
    <p class="said-no" data-testid="said-not-review">
      {t.verdict.saidNo}{' '}
      <button type="button" class="link" data-testid="answer-undo-no" onClick={onUndo}>
        {t.verdict.undoNo}
      </button>
    </p>
  );
}

/**
 * Under the work: the reader's answer with the way back, the site's rule that decided, or the
 * offer to say the extractor got it wrong. Nothing while the page asks its question.
 */
export function VerdictLine({
  answer,
  isReview,
  unsure,
  rule,
  onAnswer,
  onForgetRule,
}: {
  answer: boolean | undefined;
  isReview: boolean;
  unsure: boolean;
  rule: { id: string; site: string } | undefined;
  onAnswer: (isReview: boolean) => void;
  onForgetRule: (id: string) => void;
}) {
  if (answer === false) return <SaidNotReview onUndo={() => onAnswer(true)} />;
  if (rule)
    return (
      <p class="said-no" data-testid="verdict-rule">
        {t.verdict.byRule(isReview, rule.site)}{' '}
        <button type="button" class="link" data-testid="forget-verdict-rule" onClick={() => onForgetRule(rule.id)}>
          {t.rules.forget}
        </button>
      </p>
    );
  if (answer !== undefined || unsure) return null;
  return (
    <p class="said-no">
      <button type="button" class="link" data-testid={isReview ? 'answer-not-review' : 'answer-is-review'} onClick={() => onAnswer(!isReview)}>
        {isReview ? t.verdict.notReview : t.verdict.isReview}
      </button>
    </p>
  );
}
