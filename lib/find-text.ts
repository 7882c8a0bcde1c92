/**
 * Finds a piece of page text again as a DOM Range, ignoring differences in white space
 * (the page may split a value over nodes, or use &nbsp; and line breaks where the quote
 * has a plain space). Used to scroll to where an extracted field stands.
 */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);
const SPACE = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]/;

export function findText(doc: Document, needle: string, root: Node | null = doc.body): Range | null {
  const wanted = collapse(needle);
  if (!wanted || !root) return null;

  // One pass: collapsed text plus, per collapsed character, the node and offset it came from.
  const nodes: Text[] = [];
  const nodeOf: number[] = [];
  const offsetOf: number[] = [];
  let text = '';
  let lastWasSpace = true;
  const walker = doc.createTreeWalker(root, 0x4 /* SHOW_TEXT */, {
    acceptNode: (n) => (n.parentElement && SKIP.has(n.parentElement.tagName) ? 2 : 1),
  });
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const data = n.data;
    const index = nodes.push(n) - 1;
    for (let i = 0; i < data.length; i++) {
      const space = SPACE.test(data[i]!);
      if (space && lastWasSpace) continue;
      text += space ? ' ' : data[i];
      nodeOf.push(index);
      offsetOf.push(i);
      lastWasSpace = space;
    }
  }

  const at = text.indexOf(wanted);
  if (at < 0) return null;
  const end = at + wanted.length - 1;
  const range = doc.createRange();
  range.setStart(nodes[nodeOf[at]!]!, offsetOf[at]!);
  range.setEnd(nodes[nodeOf[end]!]!, offsetOf[end]! + 1);
  return range;
}

function collapse(s: string): string {
  return s.replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+/g, ' ').trim();
}
