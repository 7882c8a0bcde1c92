import { COLORS, type HighlightColor } from '../annotation';
import { PAINT } from './colors';

/**
 * The names our highlights have in a document's highlight registry, and the `::highlight()`
 * rules that paint them (highlight.css holds the same rules for the page's own document).
 */
const PREFIX = 'review-annotator';

/** The highlight that holds every range of one colour. */
export function colorHighlight(c: HighlightColor): string {
  return `${PREFIX}-${c}`;
}

/** The highlight a flashed range is shown in for a moment. */
export const FLASH_HIGHLIGHT = `${PREFIX}-flash`;

/** The highlight that shows the selection being annotated while focus is in our form. */
export const SELECTION_HIGHLIGHT = `${PREFIX}-selection`;

export const HIGHLIGHT_CSS =
  COLORS.map((c) => `::highlight(${colorHighlight(c)}) { background-color: ${PAINT[c]}; }`).join('\n') +
  `\n::highlight(${FLASH_HIGHLIGHT}) { background-color: rgba(255, 120, 0, 0.75); }` +
  `\n::highlight(${SELECTION_HIGHLIGHT}) { background-color: rgba(60, 120, 220, 0.35); }`;
