import { useState } from 'preact/hooks';

/** Pages and annotations ticked in a list, as Preact state. */
export interface Selection {
  pages: Set<string>;
  annotations: Set<string>;
  /** How many are ticked, pages and annotations together. */
  size: number;
  selectPage: (key: string, on: boolean) => void;
  selectAnnotation: (id: string, on: boolean) => void;
  clear: () => void;
}

export function useSelection(): Selection {
  const [annotations, setAnnotations] = useState<Set<string>>(new Set());
  const [pages, setPages] = useState<Set<string>>(new Set());
  const toggle = (set: Set<string>, update: (s: Set<string>) => void, id: string, on: boolean) => {
    const next = new Set(set);
    if (on) next.add(id);
    else next.delete(id);
    update(next);
  };
  return {
    pages,
    annotations,
    size: annotations.size + pages.size,
    selectPage: (key, on) => toggle(pages, setPages, key, on),
    selectAnnotation: (id, on) => toggle(annotations, setAnnotations, id, on),
    clear: () => {
      setAnnotations(new Set());
      setPages(new Set());
    },
  };
}
