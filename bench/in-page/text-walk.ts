/** The peer every in-page benchmark is measured against: one plain walk over the page's text nodes. */
export function textWalk(doc: Document): number {
  let chars = 0;
  const w = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  for (let n = w.nextNode(); n; n = w.nextNode()) chars += (n as Text).data.length;
  return chars;
}
