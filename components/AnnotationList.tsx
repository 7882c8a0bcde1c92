import type { AnnotationRecord } from '@/lib/annotation';
import { COLOR_NAMES, PAINT } from '@/lib/highlight/colors';
import { t } from './strings';

export interface AnnotationListProps {
  annotations: AnnotationRecord[];
  orphans: string[];
  onReveal: (id: string) => void;
  onDelete: (id: string) => void;
  onKeepAsPageNote: (id: string) => void;
}

function Tags({ tags }: { tags: string[] }) {
  if (!tags.length) return null;
  return (
    <ul class="tags" aria-label={t.annotations.tags}>
      {tags.map((tag) => <li key={tag} data-testid="annotation-tag">{tag}</li>)}
    </ul>
  );
}

function Highlight({ a, orphan, props }: { a: AnnotationRecord; orphan: boolean; props: AnnotationListProps }) {
  return (
    <li class="annotation" data-testid={orphan ? 'orphan' : 'annotation'} data-id={a.id}>
      <span class="swatch" style={{ background: a.color ? PAINT[a.color] : 'transparent' }} title={a.color ? COLOR_NAMES[a.color] : ''} />
      <div class="body">
        <blockquote data-testid="annotation-quote">{a.target?.quote.exact}</blockquote>
        {a.note && <p class="note" data-testid="annotation-note">{a.note}</p>}
        <Tags tags={a.tags} />
        <div class="actions">
          {orphan ? (
            <button type="button" data-testid="keep-as-page-note" onClick={() => props.onKeepAsPageNote(a.id)}>{t.annotations.keepAsPageNote}</button>
          ) : (
            <button type="button" data-testid="reveal-annotation" onClick={() => props.onReveal(a.id)}>{t.showOnPage}</button>
          )}
          <button type="button" data-testid="delete-annotation" onClick={() => props.onDelete(a.id)}>{t.annotations.delete}</button>
        </div>
      </div>
    </li>
  );
}

/** The page's highlights, those that could not be placed (orphans) apart, and its page notes. */
export function AnnotationList(props: AnnotationListProps) {
  const orphanIds = new Set(props.orphans);
  const highlights = props.annotations.filter((a) => a.motivation === 'highlighting');
  const placed = highlights.filter((a) => !orphanIds.has(a.id));
  const orphans = highlights.filter((a) => orphanIds.has(a.id));
  const notes = props.annotations.filter((a) => a.motivation === 'commenting');
  return (
    <section class="annotations" data-testid="annotation-list">
      <h2>{t.annotations.heading(placed.length)}</h2>
      {placed.length === 0 && <p class="empty">{t.annotations.none}</p>}
      <ul>{placed.map((a) => <Highlight key={a.id} a={a} orphan={false} props={props} />)}</ul>
      {orphans.length > 0 && (
        <>
          <h2 data-testid="orphans-heading">{t.annotations.orphansHeading(orphans.length)}</h2>
          <p class="hint">{t.annotations.orphansHint}</p>
          <ul>{orphans.map((a) => <Highlight key={a.id} a={a} orphan props={props} />)}</ul>
        </>
      )}
      <h2>{t.annotations.pageNotes}</h2>
      <ul>
        {notes.map((a) => (
          <li key={a.id} class="annotation page-note" data-testid="page-note" data-id={a.id}>
            <div class="body">
              <p class="note">{a.note}</p>
              <div class="actions">
                <button type="button" data-testid="delete-annotation" onClick={() => props.onDelete(a.id)}>{t.annotations.delete}</button>
              </div>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
