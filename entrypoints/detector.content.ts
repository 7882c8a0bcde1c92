import { detectReview } from '@/lib/extract/composed';
import { provideDetector } from '@/lib/extract/handoff';
import { ON_EVERY_PAGE } from './content/on-every-page';

// The extractor, in a script of its own: see lib/extract/handoff.ts.
export default defineContentScript({
  ...ON_EVERY_PAGE,
  main() {
    provideDetector(detectReview);
  },
});
