import type { Work } from '@/lib/extract/schema';
import { t } from './strings';

/** A compact card of the detected work (with the user's corrections), or plainly that there is none. */
export function WorkHeader({ work, isReview, highlights }: { work: Work | null; isReview: boolean; highlights: number }) {
  // None is said once, by the list of highlights below.
  const count = highlights > 0 && (
    <p class="count" data-testid="highlight-count">
      {t.highlightCount(highlights)}
    </p>
  );
  if (!isReview || !work) {
    return (
      <header class="work-header">
        <p class="no-review" data-testid="no-review">
          {t.noReview}
        </p>
        {count}
      </header>
    );
  }
  const year = work.date?.match(/\d{4}/)?.[0];
  return (
    <header class="work-header" data-testid="work-header">
      <div class="kicker">{t.reviewOf}</div>
      <h1 data-testid="work-title">{work.title ?? t.missing}</h1>
      <div class="meta" data-testid="work-meta">
        {[work.authors.join(', '), year, work.publisher, work.type].filter(Boolean).join(' · ')}
      </div>
      {count}
    </header>
  );
}
