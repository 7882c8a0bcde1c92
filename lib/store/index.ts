import type { ReviewDb } from '../db';
import { createAnnotationStore, type AnnotationStore } from './annotations';
import { createCorrectionStore, type CorrectionStore } from './corrections';
import { createPageStore, type PageStore } from './pages';
import { createTrashStore, type TrashStore } from './trash';

/**
 * What the background writes the library through, in four parts. Every write is one transaction
 * and each method resolves only once it has committed, so a caller's acknowledgement means
 * stored. Extension pages that only read take the part they read (createPageStore).
 */
export interface Store {
  pages: PageStore;
  annotations: AnnotationStore;
  trash: TrashStore;
  corrections: CorrectionStore;
}

export function createStore(db: ReviewDb, now: () => number = Date.now, newId?: () => string): Store {
  return {
    pages: createPageStore(db, now),
    annotations: createAnnotationStore(db, now, newId),
    trash: createTrashStore(db, now),
    corrections: createCorrectionStore(db, now),
  };
}
