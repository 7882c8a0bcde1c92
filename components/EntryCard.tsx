import type { LibraryEntry } from '@/lib/library/query';
import { AnnotationItem, type AnnotationActions } from './AnnotationItem';
import { CardHead } from './CardHead';
import { Marked } from './Marked';
import { t } from './strings';

/** The work's authors, year, type and publisher, and its keywords, with the search words marked. */
function WorkLine({ entry, words: w }: { entry: LibraryEntry; words: string[] }) {
  const { work } = entry;
  const year = work.date?.match(/\d{4}/)?.[0];
  return (
    <div class="meta" data-testid="library-work">
      <Marked text={[work.authors.join(', '), year, work.type, work.publisher].filter(Boolean).join(' · ')} words={w} />
      {work.keywords.length > 0 && (
        <div class="keywords" data-testid="library-keywords">
          <Marked text={work.keywords.join(', ')} words={w} />
        </div>
      )}
    </div>
  );
}

/** A page of the library's list: its work, where and when it was saved, and its annotations that match. */
export function EntryCard({
  entry,
  href,
  words: w,
  selected,
  onSelectPage,
  selectedAnnotations,
  actions,
}: {
  entry: LibraryEntry;
  /** Where the page's own view is. */
  href: string;
  words: string[];
  selected: boolean;
  onSelectPage: (on: boolean) => void;
  selectedAnnotations: Set<string>;
  actions: AnnotationActions;
}) {
  const title = entry.work.title ?? entry.page.title;
  return (
    <li class="entry" data-testid="library-page" data-key={entry.page.key}>
      <CardHead testid="select-page" label={t.library.selectPage(title)} selected={selected} onSelect={onSelectPage}>
        <h2>
          <a href={href} data-testid="open-page">
            <Marked text={title} words={w} />
          </a>
        </h2>
        <WorkLine entry={entry} words={w} />
        <div class="meta">
          {entry.page.site ?? ''} · {t.library.savedOn(new Date(entry.page.savedAt).toLocaleDateString())}
        </div>
      </CardHead>
      {entry.annotations.length > 0 && (
        <ul class="annotations">
          {entry.annotations.map((a) => (
            <AnnotationItem key={a.id} a={a} words={w} selected={selectedAnnotations.has(a.id)} actions={actions} />
          ))}
        </ul>
      )}
    </li>
  );
}
