import { useState } from 'preact/hooks';
import { t } from '@/components/strings';
import { useLiveQuery } from '@/components/use-live-query';
import { Swatch } from '@/components/AnnotationItem';
import { downloadFiles } from '@/components/download';
import { sendMessage } from '@/lib/messages';
import { siteOf } from '@/lib/db';
import { matcherFor, words } from '@/lib/library/search-terms';
import { aloneChoice } from '@/lib/works/identity';
import { loadWorks, type WorkEntry } from '@/lib/works/works';
import { WORK_EXPORTS, type WorkExport } from '@/lib/export/names';
import { useDb } from './db-context';
import { Select } from '@/components/Select';
import { CardHead } from '@/components/CardHead';

type Act = (fn: () => Promise<unknown>) => Promise<void>;

/** Everything a work's card shows, for the search. */
function textsOf(w: WorkEntry): string[] {
  const out = [w.work.title, ...w.work.authors, ...w.work.editors, ...w.work.keywords, w.work.publisher, w.work.isbn, w.work.doi];
  for (const e of w.entries) {
    out.push(e.page.title, e.review.reviewer, e.review.siteName, siteOf(e.page.url));
    for (const a of e.annotations) out.push(a.target?.quote.exact ?? null, a.note, ...a.tags);
  }
  return out.filter((s): s is string => !!s);
}

/** Each work once, with every saved page that reviews it and all their highlights and notes; merge, split, export. */
export function WorksView({ act }: { act: Act }) {
  const db = useDb();
  const live = useLiveQuery(() => loadWorks(db), []);
  const [text, setText] = useState('');
  const [site, setSite] = useState('');
  const [tag, setTag] = useState('');
  const [selected, setSelected] = useState<Set<string>>(new Set());
  if (live.status !== 'ready')
    return (
      <main>
        <p>{live.status === 'error' ? live.error.message : t.loading}</p>
      </main>
    );
  const all = live.value;
  const sites = [...new Set(all.flatMap((w) => w.entries.map((e) => siteOf(e.page.url))))].sort();
  const tags = [...new Set(all.flatMap((w) => w.entries.flatMap((e) => e.annotations.flatMap((a) => a.tags))))].sort();
  const matches = matcherFor(words(text));
  const shown = all.filter(
    (w) =>
      matches(textsOf(w)) &&
      (!site || w.entries.some((e) => siteOf(e.page.url) === site)) &&
      (!tag || w.entries.some((e) => e.annotations.some((a) => a.tags.includes(tag)))),
  );
  const merge = () =>
    act(async () => {
      const pageKeys = all.filter((w) => selected.has(w.id)).flatMap((w) => w.entries.map((e) => e.page.key));
      await sendMessage('chooseWork', { pageKeys, work: `manual:${crypto.randomUUID()}` });
      setSelected(new Set());
    });
  return (
    <main class="works" data-testid="works-view">
      <h2>{t.works.heading}</h2>
      <p class="hint">{t.works.hint}</p>
      <search class="library-search">
        <input
          type="search"
          data-testid="works-search"
          aria-label={t.works.searchLabel}
          placeholder={t.library.search}
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
        />
        <div class="filters">
          <Select label={t.library.site} value={site} any={t.library.anySite} options={sites} testid="works-site" onChange={setSite} />
          <Select label={t.library.tag} value={tag} any={t.library.anyTag} options={tags} testid="works-tag" onChange={setTag} />
        </div>
      </search>
      {selected.size > 0 && (
        <div class="toolbar" role="toolbar" aria-label={t.library.selected(selected.size)}>
          <span>{t.library.selected(selected.size)}</span>
          <button type="button" data-testid="merge-works" disabled={selected.size < 2} onClick={() => void merge()}>
            {t.works.merge}
          </button>
        </div>
      )}
      {all.length === 0 && (
        <p class="empty-state" data-testid="works-empty">
          {t.works.empty}
        </p>
      )}
      <ul class="entries">
        {shown.map((w) => (
          <WorkCard
            key={w.id}
            w={w}
            act={act}
            selected={selected.has(w.id)}
            onSelect={(on) => {
              const next = new Set(selected);
              if (on) next.add(w.id);
              else next.delete(w.id);
              setSelected(next);
            }}
          />
        ))}
      </ul>
    </main>
  );
}

function WorkCard({ w, act, selected, onSelect }: { w: WorkEntry; act: Act; selected: boolean; onSelect: (on: boolean) => void }) {
  const [format, setFormat] = useState<WorkExport>('markdown');
  const { work } = w;
  const year = work.date?.match(/\d{4}/)?.[0];
  const title = work.title ?? w.entries[0]?.page.title ?? '';
  const exportWork = () =>
    act(async () => {
      const { workFiles } = await import('@/lib/export/work-bundle');
      downloadFiles(workFiles(format, w));
    });
  return (
    <li class="entry" data-testid="work-card" data-work={w.id}>
      <CardHead testid="select-work" label={t.works.select(title)} selected={selected} onSelect={onSelect}>
        <h2 data-testid="work-card-title">{title}</h2>
        <div class="meta">
          {[work.authors.join(', '), year, work.publisher, work.isbn && `ISBN ${work.isbn}`, work.doi && `DOI ${work.doi}`].filter(Boolean).join(' · ')}
        </div>
      </CardHead>
      <p class="meta" data-testid="work-review-count">
        {t.works.reviews(w.entries.length)}
      </p>
      <ul class="work-reviews">
        {w.entries.map((e) => (
          <li key={e.page.key} data-testid="work-review" data-key={e.page.key}>
            <a href={`#${new URLSearchParams({ page: e.page.key })}`}>{e.review.title ?? e.page.title}</a>
            <div class="meta">{[siteOf(e.page.url), e.review.reviewer, e.review.published].filter(Boolean).join(' · ')}</div>
            {w.entries.length > 1 && (
              <button
                type="button"
                class="link"
                data-testid="split-work"
                onClick={() => void act(() => sendMessage('chooseWork', { pageKeys: [e.page.key], work: aloneChoice(e.page.key) }))}
              >
                {t.works.split}
              </button>
            )}
            <div class="annotations">
              <ul>
                {e.annotations.map((a) => (
                  <li key={a.id} class="annotation" data-testid="work-annotation">
                    <Swatch color={a.color} />
                    <div class="body">
                      {a.target && <blockquote data-testid="work-annotation-quote">{a.target.quote.exact}</blockquote>}
                      {a.note && <p class="note">{a.note}</p>}
                    </div>
                  </li>
                ))}
              </ul>
            </div>
          </li>
        ))}
      </ul>
      <div class="export toolbar" role="group" aria-label={t.works.exportLabel(title)}>
        <label class="filter">
          <span>{t.export.format}</span>
          <select data-testid="work-export-format" value={format} onChange={(e) => setFormat(e.currentTarget.value as WorkExport)}>
            {WORK_EXPORTS.map((f) => (
              <option key={f} value={f}>
                {t.works.formats[f]}
              </option>
            ))}
          </select>
        </label>
        <button type="button" data-testid="export-work" onClick={() => void exportWork()}>
          {t.works.export}
        </button>
      </div>
    </li>
  );
}
