/**
 * The topics a publication's own page files it under, as think tanks and institutes set them
 * around its title: a small box of links (`<div class="tags">`, `…--tax-wrap`, `field-tags`,
 * `entry-cat`) beside the heading. They are the work's keywords there; on a review they are the
 * review's categories, which other readers give.
 */
import { hasClassWord, headerBlock } from './header-lines';
import { cleanValue } from './text';

/** A class word that names a box of topics (split on spaces, hyphens and underscores). */
const TOPIC_CLASS = /^(?:tags?|topics?|keywords?|subjects?|themes?|issues?|categor(?:y|ies)|cats?|tax|taxonomy|terms?)$/i;
const MAX_TAGS = 15;
const MAX_TAG = 60;

export interface TopicTags {
  tags: string[];
  quote: string;
}

/** The topic links of the block around the heading, or null where it has no such box. */
export function readTopicTags(heading: Element): TopicTags | null {
  const block = headerBlock(heading);
  const boxes = block.getElementsByTagName('*');
  for (let i = 0; i < boxes.length && i < 200; i++) {
    const box = boxes[i];
    if (!box || box.contains(heading) || heading.contains(box) || !hasClassWord(box, TOPIC_CLASS)) continue;
    const tags = linkTexts(box);
    if (tags) return { tags, quote: tags.join(', ') };
  }
  return null;
}

/** The box's link texts, when the box holds nothing but a few short links. */
function linkTexts(box: Element): string[] | null {
  const links = Array.from(box.getElementsByTagName('a'));
  if (!links.length || links.length > MAX_TAGS) return null;
  const out: string[] = [];
  for (const a of links) {
    const t = cleanValue(a.textContent);
    if (!t || t.length > MAX_TAG || !/\p{L}/u.test(t)) return null;
    if (!out.includes(t)) out.push(t);
  }
  // Separators aside (`,`, `·`, `|`), the box's text is its links'.
  const bare = (s: string) => s.replace(SEPARATORS, '').length;
  return bare(box.textContent) - links.reduce((n, a) => n + bare(a.textContent), 0) <= 2 ? out : null;
}

const SEPARATORS = /[\s,;·•|/]+/g;
