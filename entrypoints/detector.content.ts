import { detectReview } from '@/lib/extract/composed';
import { provideDetector } from '@/lib/extract/handoff';

// The extractor, in a script of its own: see lib/extract/handoff.ts.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main() {
    provideDetector(detectReview);
  },
});
