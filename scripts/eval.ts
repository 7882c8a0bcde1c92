/**
 * `npm run eval`: how the extractor does on the corpus of real pages, for each split: field
 * accuracy, reviews recognised, look-alikes rejected, false alarms on ordinary pages, and the
 * tune pages that fail with what differed; and the fitted model cross-validated by site on the
 * tune split, which tells how the decision holds on sites it was not fitted on.
 *
 *   npm run eval                  figures for both splits, failures of the tune split
 *   npm run eval -- --json        one JSON object of the figures, with their 95 % intervals
 *   npm run eval -- --show-blind  also the blind split's failures (reading them to write a rule
 *                                 moves those sites to tune: scripts/corpus-split.ts)
 */
import { evaluatePage, figures, loadCorpus, loadFixtures, pageRight, SPLITS, type PageResult, type SplitFigures } from './corpus';
import { crossValidate, type CrossValidation } from './fit-classifier';
import { must } from '../lib/must';
import { wilson } from './interval';

export function evaluateCorpus(): { results: PageResult[]; bySplit: Record<string, SplitFigures> } {
  const results = loadCorpus().map(evaluatePage);
  const bySplit: Record<string, SplitFigures> = {};
  for (const split of SPLITS) bySplit[split] = figures(results.filter((r) => r.page.split === split));
  return { results, bySplit };
}

function reportCrossValidation(cv: CrossValidation): string {
  return [
    `tune, the model cross-validated by site (${cv.folds} folds; the readers were written on these pages):`,
    `  reviews recognised    ${pct(cv.recall)} (${cv.recognised}/${cv.reviews})`,
    `  look-alikes rejected  ${pct(cv.lookalikes ? 1 - cv.lookalikesTaken / cv.lookalikes : 1)} (${cv.lookalikes - cv.lookalikesTaken}/${cv.lookalikes})`,
    `  ordinary false alarms ${pct(cv.ordinary ? cv.falseAlarms / cv.ordinary : 0)} (${cv.falseAlarms}/${cv.ordinary})`,
  ].join('\n');
}

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

/** `(220/350; 95 % interval 57.7–67.8 %)`: the count, and the range of rates on such pages at large it is consistent with. */
function share([k, n]: readonly [number, number]): string {
  const [lo, hi] = wilson(k, n);
  return `(${k}/${n}; 95 % interval ${(lo * 100).toFixed(1)}–${(hi * 100).toFixed(1)} %)`;
}

/** The shares a split's figures report, as counts (right, of): printed with `share`, given intervals under `--json`. */
function shares(f: SplitFigures): Record<'recall' | 'lookalikeRejection' | 'falseAlarmRate', readonly [number, number]> {
  return {
    recall: [f.recognised, f.reviews],
    lookalikeRejection: [f.lookalikes - f.lookalikesTaken, f.lookalikes],
    falseAlarmRate: [f.falseAlarms, f.ordinary],
  };
}

function report(split: string, f: SplitFigures): string {
  const counts = shares(f);
  return [
    `${split}: ${f.pages} pages from ${f.sites} sites`,
    `  field accuracy        ${pct(f.fieldAccuracy)} (${f.fieldsRight}/${f.fieldsChecked})`,
    `  reviews recognised    ${pct(f.recall)} ${share(counts.recall)}`,
    `  look-alikes rejected  ${pct(f.lookalikeRejection)} ${share(counts.lookalikeRejection)}`,
    `  ordinary false alarms ${pct(f.falseAlarmRate)} ${share(counts.falseAlarmRate)}`,
    `  unsure (asks reader)  ${f.unsure}`,
    `  reviews missed by:    ${
      Object.entries(f.missedBecause)
        .sort((a, b) => b[1] - a[1])
        .map(([k, v]) => `${k} ${v}`)
        .join(', ') || 'none'
    }`,
    `  by field: ${Object.entries(f.byField)
      .sort()
      .map(([k, v]) => `${k.replace(/^\w+\./, '')} ${v.right}/${v.checked}`)
      .join(', ')}`,
    `  by class: ${Object.entries(f.byClass)
      .sort()
      .map(([k, v]) => `${k} ${v.right}/${v.pages}`)
      .join(', ')}`,
    `  by language: ${Object.entries(f.byLang)
      .sort()
      .map(([k, v]) => `${k} ${v.right}/${v.pages}`)
      .join(', ')}`,
  ].join('\n');
}

function failures(results: readonly PageResult[]): string {
  const lines: string[] = [];
  for (const r of results) {
    const wrongFields = r.fields.filter((f) => !f.ok);
    if (pageRight(r) && !wrongFields.length) continue;
    const p = r.page;
    const verdict = pageRight(r)
      ? ''
      : ` ${p.expected.isReview ? 'MISSED' : 'TAKEN FOR A REVIEW'} (${r.prefiltered ? 'the prefilter said no' : `confidence ${r.confidence}`})`;
    lines.push(`${p.split}/${p.site}/${p.slug} [${p.expected.class}]${verdict}`);
    for (const f of wrongFields) lines.push(`    ${f.field}: want ${JSON.stringify(f.want)} got ${JSON.stringify(f.got)}`);
  }
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { results, bySplit } = evaluateCorpus();
  const cv = crossValidate(
    results.filter((r) => r.page.split === 'tune'),
    loadFixtures().map(evaluatePage),
  );
  if (process.argv.includes('--json')) {
    const intervals95 = Object.fromEntries(
      Object.entries(bySplit).map(([split, f]) => [split, Object.fromEntries(Object.entries(shares(f)).map(([k, [right, of]]) => [k, wilson(right, of)]))]),
    );
    console.log(JSON.stringify({ ...bySplit, tuneCrossValidated: cv, intervals95 }));
  } else {
    for (const split of SPLITS) console.log(`${report(split, must(bySplit[split], 'bySplit[split]'))}\n`);
    console.log(`${reportCrossValidation(cv)}\n`);
    const shown = results.filter((r) => r.page.split === 'tune' || process.argv.includes('--show-blind'));
    const text = failures(shown);
    console.log(text ? `Pages that fail:\n${text}` : 'No page fails.');
  }
}
