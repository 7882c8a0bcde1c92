import { createSlicer, type SliceOptions } from '../yield';
import { anchorSteps, type AnchorResult } from './anchor';
import type { AnchorTarget } from './selectors';
import { indexSteps, type TextIndex, type TextIndexOptions } from './text-index';

export interface Placement {
  index: TextIndex;
  /** In the order of the targets; null for one that could not be placed (as anchorAll). */
  results: (AnchorResult | null)[];
}

/**
 * buildTextIndex + anchorAll, in slices of `budgetMs` that give the event loop a turn between
 * them (see lib/yield.ts): the same results as the synchronous pair on the same DOM, without
 * one long task on a large page. A page that fits one budget is done in the caller's task.
 *
 * Pass `index` to reuse one built since the page last changed. The caller must abort the
 * signal when the page's text changes before the promise settles: the walk and the ranges
 * would no longer fit the page. It then rejects with the signal's reason.
 */
export function anchorInSlices(
  root: Node,
  targets: readonly AnchorTarget[],
  opts: TextIndexOptions & SliceOptions & { index?: TextIndex | null } = {},
): Promise<Placement> {
  const slicer = createSlicer(opts);
  return slicer.run(
    (function* () {
      const index = opts.index ?? (yield* indexSteps(root, opts, slicer.due));
      const results = yield* anchorSteps(index, targets, slicer.due);
      return { index, results };
    })(),
  );
}
