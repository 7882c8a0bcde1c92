import * as v from 'valibot';
import { FIELD_PATHS } from '../library/corrections';
import type { FieldPath } from '../extract/schema';
import type { FieldLocator } from './locate';

/**
 * A site rule: what the reader taught the extension on one page of a site, applied to the
 * site's other pages before the generic extraction. Either where a field's value stands, or
 * the reader's answer to "Is this a review?".
 */
export interface SiteRule {
  id: string;
  /** The host without `www.` (siteOfUrl). */
  site: string;
  /** The pages of the site it is for: `/*`, `/review/*` where the site's addresses have a section, `/{year}/*` for a blog's dated posts. */
  paths: string;
  kind: 'field' | 'verdict';
  field: FieldPath | null;
  locator: FieldLocator | null;
  isReview: boolean | null;
  /** pageKey of the page it was learned on. */
  learnedOn: string;
  learnedAt: number;
  /** Other pages it gave a value or a verdict on (pageKeys, the first few hundred). */
  appliedTo: string[];
}

export const MAX_APPLIED = 500;

/** A site is its host (with its port, if any), without `www.`. */
export function siteOfUrl(url: string): string {
  try {
    return new URL(url).host.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** The pages of a blog whose addresses open with their year (`/2016/05/post.html`): its posts. */
export const DATED_PATHS = '/{year}/*';

/**
 * The part of a site a rule learned at `url` is for: the address's first folder when the
 * address has more below it (`/review/*`), else the whole site. A blog's post, whose address
 * opens with its year, is for the blog's other posts, not its category, tag, author or search
 * pages. Another number or a language code does not set one section apart from another.
 */
export function pathShape(url: string): string {
  let segments: string[];
  try {
    segments = new URL(url).pathname.split('/').filter(Boolean);
  } catch {
    return '/*';
  }
  const first = segments[0];
  if (segments.length < 2 || !first) return '/*';
  if (/^(?:19|20)\d\d$/.test(first)) return DATED_PATHS;
  if (/^\d+$/.test(first) || /^[a-z]{2}(?:-[a-z]{2})?$/i.test(first)) return '/*';
  return `/${first}/*`;
}

export function ruleCovers(rule: Pick<SiteRule, 'site' | 'paths'>, url: string): boolean {
  if (siteOfUrl(url) !== rule.site) return false;
  if (rule.paths === '/*') return true;
  // A blog's dated posts are the pages whose addresses have that shape too.
  if (rule.paths === DATED_PATHS) return pathShape(url) === DATED_PATHS;
  try {
    return new URL(url).pathname.startsWith(rule.paths.slice(0, -1));
  } catch {
    return false;
  }
}

/**
 * The rules that apply at `url`, one per field and one verdict: a section's rule over the whole
 * site's, and the newer of two for the same place.
 */
export function rulesFor(rules: readonly SiteRule[], url: string): SiteRule[] {
  const best = new Map<string, SiteRule>();
  for (const r of rules) {
    if (!ruleCovers(r, url)) continue;
    // A field rule always names its field (the schema refuses one that does not).
    const key = r.kind === 'verdict' ? 'verdict' : r.field;
    if (key == null) continue;
    const have = best.get(key);
    const specific = (x: SiteRule) => (x.paths === '/*' ? 0 : 1);
    if (!have || specific(r) > specific(have) || (specific(r) === specific(have) && r.learnedAt > have.learnedAt)) best.set(key, r);
  }
  return [...best.values()];
}

const Text = (max: number) => v.pipe(v.string(), v.maxLength(max));

export const FieldLocatorSchema = v.object({
  label: v.nullable(Text(200)),
  labelAt: v.nullable(v.picklist(['same', 'before', 'inline', 'after'])),
  path: v.pipe(v.array(v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]*:-?\d{1,5}$/))), v.maxLength(100)),
  root: v.picklist(['main', 'body']),
  stop: v.nullable(Text(40)),
  prefer: v.picklist(['label', 'path']),
  pathOnly: v.optional(v.literal(true)),
});

const PageKey = v.pipe(v.string(), v.maxLength(8_192), v.regex(/^https?:\/\//i, 'must be an http(s) address'));

export const SiteRuleSchema = v.pipe(
  v.object({
    id: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{8,64}$/, 'must be a rule id')),
    site: v.pipe(v.string(), v.minLength(1), v.maxLength(300)),
    paths: v.pipe(v.string(), v.regex(/^\/(?:[^/*\s]+\/)?\*$/, 'must be /*, /section/* or /{year}/*')),
    kind: v.picklist(['field', 'verdict']),
    field: v.nullable(v.picklist(FIELD_PATHS)),
    locator: v.nullable(FieldLocatorSchema),
    isReview: v.nullable(v.boolean()),
    learnedOn: PageKey,
    learnedAt: v.pipe(v.number(), v.integer(), v.minValue(0)),
    appliedTo: v.pipe(v.array(PageKey), v.maxLength(MAX_APPLIED)),
  }),
  v.check(
    (r) => (r.kind === 'field' ? r.field != null && r.locator != null : r.isReview != null),
    'a field rule needs its field and locator; a verdict rule its answer',
  ),
);
