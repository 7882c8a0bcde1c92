/** The library page's views, named in the address's fragment. */
export type Route = { view: 'list' } | { view: 'page'; key: string } | { view: 'trash' } | { view: 'import' } | { view: 'rules' } | { view: 'works' };

export function parseRoute(hash: string): Route {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const key = params.get('page');
  if (key) return { view: 'page', key };
  if (params.has('trash')) return { view: 'trash' };
  if (params.has('import')) return { view: 'import' };
  if (params.has('rules')) return { view: 'rules' };
  if (params.has('works')) return { view: 'works' };
  return { view: 'list' };
}

/** The address of a page's own view. */
export const pageHref = (key: string) => `#${new URLSearchParams({ page: key })}`;
