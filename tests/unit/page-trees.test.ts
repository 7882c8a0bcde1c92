import { describe, expect, it } from 'vitest';
import { pageTrees, pageTreeSteps } from '@/lib/page-trees';

/** A page of many elements with open shadow roots (one nested in another) and a frame. */
function page(): Document {
  const doc = document.implementation.createHTMLDocument('trees');
  for (let i = 0; i < 3000; i++) {
    const p = doc.createElement('p');
    p.textContent = `paragraph ${i}`;
    doc.body.append(p);
    if (i % 1000 === 500) {
      const host = doc.createElement('div');
      const root = host.attachShadow({ mode: 'open' });
      const inner = doc.createElement('span');
      root.append(inner);
      if (i === 1500) inner.attachShadow({ mode: 'open' }).append(doc.createElement('b'));
      doc.body.append(host);
    }
  }
  doc.body.append(doc.createElement('iframe'));
  return doc;
}

describe('pageTreeSteps', () => {
  it('paused at every check, finds the same trees and frames, in the same order, as the walk at once', () => {
    const doc = page();
    const atOnce = pageTrees(doc);
    expect(atOnce.trees).toHaveLength(4);
    expect(atOnce.frames).toHaveLength(1);
    const steps = pageTreeSteps(doc, () => true);
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses++;
    // 3,000 paragraphs and more, checked every 512 elements.
    expect(pauses).toBeGreaterThanOrEqual(5);
    expect(step.value.trees).toEqual(atOnce.trees);
    expect(step.value.frames).toEqual(atOnce.frames);
  });
});
