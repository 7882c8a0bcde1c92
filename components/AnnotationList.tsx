import type { AnnotationRecord } from '@/lib/annotation';
import { AnnotationItem, type AnnotationActions } from './AnnotationItem';
import { t } from './strings';

export interface AnnotationListProps extends AnnotationActions {
  annotations: AnnotationRecord[];
  orphans: string[];
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
      {placed.length === 0 && (
        <p class="empty" data-testid="no-highlights">
          {t.annotations.none}
        </p>
      )}
      <ul>
        {placed.map((a) => (
          <AnnotationItem key={a.id} a={a} actions={props} />
        ))}
      </ul>
      {orphans.length > 0 && (
        <>
          <h2 data-testid="orphans-heading">{t.annotations.orphansHeading(orphans.length)}</h2>
          <p class="hint">{t.annotations.orphansHint}</p>
          <ul>
            {orphans.map((a) => (
              <AnnotationItem key={a.id} a={a} orphan actions={props} />
            ))}
          </ul>
        </>
      )}
      <h2>{t.annotations.pageNotes}</h2>
      <ul>
        {notes.map((a) => (
          <AnnotationItem key={a.id} a={a} actions={props} />
        ))}
      </ul>
    </section>
  );
}
