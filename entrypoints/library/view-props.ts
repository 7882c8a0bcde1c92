import type { AnnotationActions } from '@/components/AnnotationItem';

/** An offer to take back what was just done, shown until it expires or the view changes. */
export type Undo = { text: string; run: () => Promise<unknown> } | null;

/** What the library page gives its views. */
export interface ViewProps {
  /** Runs a change and shows its failure, if any. */
  act: (fn: () => Promise<unknown>) => Promise<void>;
  setUndo?: (u: Undo) => void;
  actions: AnnotationActions;
}
