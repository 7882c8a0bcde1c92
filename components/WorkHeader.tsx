import type { Extraction } from '@/lib/extract/schema';
import { t } from './strings';

/** One line that names the detected work, or says plainly that there is none. */
export function WorkHeader({ extraction }: { extraction: Extraction | null }) {
  if (!extraction?.isReview) {
    return <p class="no-review" data-testid="no-review">{t.noReview}</p>;
  }
  const { title, authors, date, type } = extraction.work;
  const year = date?.slice(0, 4);
  return (
    <header class="work-header" data-testid="work-header">
      <div class="kicker">{t.reviewOf}</div>
      <h1 data-testid="work-title">{title ?? t.missing}</h1>
      <div class="meta">
        {[authors.join(', '), year, type].filter(Boolean).join(' · ')}
      </div>
    </header>
  );
}
