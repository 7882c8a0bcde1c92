import { detectReview } from '@/lib/extract/composed';
import { provideExtractor } from '@/lib/extract/handoff';
import { applySiteRules, learnFromValue, readPick } from '@/lib/site-rules/apply';
import { ON_EVERY_PAGE } from './content/on-every-page';

// The extractor, in a script of its own: see lib/extract/handoff.ts.
export default defineContentScript({
  ...ON_EVERY_PAGE,
  main() {
    provideExtractor({ detect: detectReview, applySiteRules, learnFromValue, readPick });
  },
});
