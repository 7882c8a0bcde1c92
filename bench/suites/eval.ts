import type { Figures } from '../harness';
import { evaluateCorpus } from '../../scripts/eval';

/** The extractor on the corpus of real pages, per split; the targets are the issue's, on the blind split. */
export function evalSuite(): Figures {
  const { bySplit } = evaluateCorpus();
  const figures: Figures = {};
  for (const [split, f] of Object.entries(bySplit)) {
    const blind = split === 'blind';
    figures[`eval.${split}.fieldAccuracy`] = { value: f.fieldAccuracy, unit: 'share', floor: blind ? 0.9 : 0.95 };
    figures[`eval.${split}.reviewsRecognised`] = { value: f.recall, unit: 'share', ...(blind ? { floor: 0.95 } : {}) };
    figures[`eval.${split}.lookalikesRejected`] = { value: f.lookalikeRejection, unit: 'share', ...(blind ? { floor: 0.95 } : {}) };
    figures[`eval.${split}.ordinaryFalseAlarms`] = { value: f.falseAlarmRate, unit: 'share', target: 0.005 };
    figures[`eval.${split}.pages`] = { value: f.pages, unit: 'count' };
  }
  return figures;
}
