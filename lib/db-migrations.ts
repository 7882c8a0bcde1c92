/**
 * What released upgrades need that today's code could change: each upgrade that reshapes stored
 * records carries its own copy of the code, as it was when that version was released, so that a
 * later change of the live format (lib/annotation-table) cannot change what an old upgrade
 * writes. (Index columns are another matter: they are derived from the records, and every
 * upgrade fills them with today's code, which is what today's queries read.)
 */

interface AnnotationV4 {
  id: string;
  pageKey: string;
  deleted: number | null;
}

/** v3 and v5: annotations grouped by their page, in the order read. */
export function groupByPageV3<A extends Pick<AnnotationV4, 'pageKey'>>(annotations: readonly A[]): Map<string, A[]> {
  const byPage = new Map<string, A[]>();
  for (const a of annotations) {
    const list = byPage.get(a.pageKey);
    if (list) list.push(a);
    else byPage.set(a.pageKey, [a]);
  }
  return byPage;
}

/** v5: a page's annotations as one row, with the ids and trash times its indexes read. */
export function packAnnotationsV5<A extends AnnotationV4>(annotations: readonly A[]): { pageKey: string; items: A[]; ids: string[]; trashed: number[] }[] {
  return [...groupByPageV3(annotations)].map(([pageKey, items]) => ({
    pageKey,
    items,
    ids: items.map((a) => a.id),
    trashed: [...new Set(items.flatMap((a) => (a.deleted == null ? [] : [a.deleted])))],
  }));
}

/** v7: each v5 row (a page's annotations) split into rows of at most 50, in order, numbered from 0, with the ids and trash times their indexes read. */
export function chunkPacksV7<A extends AnnotationV4>(
  packs: readonly { pageKey: string; items: readonly A[] }[],
): { pageKey: string; chunk: number; items: A[]; ids: string[]; trashed: number[] }[] {
  const size = 50;
  return packs.flatMap(({ pageKey, items }) =>
    Array.from({ length: Math.ceil(items.length / size) }, (_, chunk) => {
      const part = items.slice(chunk * size, (chunk + 1) * size);
      return {
        pageKey,
        chunk,
        items: part,
        ids: part.map((a) => a.id),
        trashed: [...new Set(part.flatMap((a) => (a.deleted == null ? [] : [a.deleted])))],
      };
    }),
  );
}
