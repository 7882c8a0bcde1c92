/**
 * Which pages review the same work. A work is known by its DOI or ISBN when a page gives one;
 * otherwise by its title (main title, folded) with its first author's family name, and its
 * year where the pages give one. A page without an identifier joins the work whose pages
 * share its title and author; two works with different identifiers stay apart (two editions,
 * a translation) even when their titles match. The reader's own choices (a merge, a split) come
 * before all of this.
 */
import type { Work } from '../extract/schema';
import { cleanDoi, isbn13 } from '../export/citations';
import { personName } from '../extract/normalize/names';
import { must } from '../must';

export interface WorkIdentity {
  /** `doi:…` and `isbn:…` (ISBN-13), as compared. */
  ids: string[];
  /** Folded main title and the first author's family name; null without a title. */
  titleKey: string | null;
  year: string | null;
}

/** Letters and digits only, lower case, accents off. */
function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** `The Quiet Shore: A Novel` and `The quiet shore` are one title: the main title, without a leading article. */
function mainTitle(title: string): string {
  const main = title.split(/\s*[:：]\s+|\s+[–—-]\s+|\.\s+(?=\p{Lu})/u)[0] ?? title;
  return fold(main).replace(/^(?:the|a|an|le|la|les|l|der|die|das|el|los|las|il|lo)\s+/, '');
}

/** The family name of a person as a list gives them (`Doe, Jane` or `Jane Doe`). */
function familyName(name: string): string {
  const words = fold(personName(name)).split(' ').filter(Boolean);
  return words.at(-1) ?? '';
}

export function identityOf(work: Work): WorkIdentity {
  const ids: string[] = [];
  if (work.doi) ids.push(`doi:${cleanDoi(work.doi).toLowerCase()}`);
  if (work.isbn) {
    const isbn = isbn13(work.isbn);
    if (isbn) ids.push(`isbn:${isbn}`);
  }
  const title = work.title ? mainTitle(work.title) : '';
  const first = work.authors[0] ?? work.editors[0];
  return {
    ids,
    titleKey: title ? `${title}|${first ? familyName(first) : ''}` : null,
    year: work.date?.match(/\b\d{4}\b/)?.[0] ?? null,
  };
}

export interface WorkGroup {
  /** Stable while the pages' identifiers stay: the reader's choice, else the work's first identifier or title key. */
  id: string;
  pageKeys: string[];
}

/** A reader's choice that keeps a page apart from every other. */
export const aloneChoice = (pageKey: string) => `alone:${pageKey}`;

/**
 * The works of some pages. `choices` maps a page to the work the reader put it in (a merge
 * gives several pages one choice; a split gives one page `aloneChoice`).
 */
export function groupWorks(items: readonly { key: string; work: Work }[], choices: ReadonlyMap<string, string> = new Map()): WorkGroup[] {
  const chosen = new Map<string, string[]>();
  const auto: { key: string; identity: WorkIdentity }[] = [];
  for (const item of items) {
    const choice = choices.get(item.key);
    if (choice) chosen.set(choice, [...(chosen.get(choice) ?? []), item.key]);
    else auto.push({ key: item.key, identity: identityOf(item.work) });
  }

  const parent = auto.map((_, i) => i);
  const root = (i: number): number => {
    const up = parent[i];
    return up === undefined || up === i ? i : (parent[i] = root(up));
  };
  const page = (i: number) => must(auto[i], 'a page being grouped');
  const union = (a: number, b: number) => {
    const ra = root(a);
    const rb = root(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };

  // Pages sharing an identifier.
  const byId = new Map<string, number>();
  auto.forEach(({ identity }, i) => {
    for (const id of identity.ids) {
      const seen = byId.get(id);
      if (seen === undefined) byId.set(id, i);
      else union(seen, i);
    }
  });

  // A page without one joins the pages with its title and author, of a year that does not disagree.
  const byTitle = new Map<string, number[]>();
  auto.forEach(({ identity }, i) => {
    if (identity.titleKey) byTitle.set(identity.titleKey, [...(byTitle.get(identity.titleKey) ?? []), i]);
  });
  const yearsAgree = (a: string | null, b: string | null) => a == null || b == null || a === b;
  auto.forEach(({ identity }, i) => {
    if (identity.ids.length || !identity.titleKey) return;
    const peers = (byTitle.get(identity.titleKey) ?? []).filter((j) => j !== i && yearsAgree(identity.year, page(j).identity.year));
    const identified = new Set(peers.filter((j) => page(j).identity.ids.length).map(root));
    // Two identified works with this title (two editions): which one is meant is not known.
    for (const j of peers) if (identified.size <= 1 || !page(j).identity.ids.length) union(i, j);
  });

  const groups = new Map<number, number[]>();
  auto.forEach((_, i) => groups.set(root(i), [...(groups.get(root(i)) ?? []), i]));
  const out: WorkGroup[] = [...chosen].map(([id, pageKeys]) => ({ id, pageKeys }));
  const taken = new Set(out.map((g) => g.id));
  for (const members of groups.values()) {
    const ids = members.flatMap((i) => page(i).identity.ids).sort();
    const lead = page(must(members[0], 'a member of a group'));
    const first = lead.identity;
    const year = members.map((i) => page(i).identity.year).find((y) => y != null) ?? '';
    let id = ids[0] ?? (first.titleKey ? `title:${first.titleKey}|${year}` : `page:${lead.key}`);
    for (let n = 2; taken.has(id); n++) id = `${id.replace(/#\d+$/, '')}#${n}`;
    taken.add(id);
    out.push({ id, pageKeys: members.map((i) => page(i).key) });
  }
  return out;
}
