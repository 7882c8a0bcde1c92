import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import MarkdownIt from 'markdown-it';
import type { AnnotationRecord, HighlightColor } from '@/lib/annotation';
import type { PageRecord } from '@/lib/db';
import { emptyReview, emptyWork, type Review, type Work } from '@/lib/extract/schema';
import type { ExportEntry } from '@/lib/export/entry';
import { annotationUrl, frontMatter, mdBlock, mdInline, textFragmentUrl, toMarkdown, toMarkdownFiles, yamlString } from '@/lib/export/markdown';
import { CSV_COLUMNS, csvField, toCsv } from '@/lib/export/csv';
import { citedWorks, isbn13, kindOf, splitName } from '@/lib/export/citations';
import { bibtexEscape, bibtexTitle, toBibtex } from '@/lib/export/bibtex';
import { toCslJson } from '@/lib/export/csl';
import { toRis } from '@/lib/export/ris';
import { exportFileName, libraryExportFileName, slugify, uniqueFileNames } from '@/lib/export/filename';
import { must } from '../../lib/must';

/**
 * Golden files: each format is generated from the fixed entries below and compared byte for
 * byte with tests/fixtures/export/. After a deliberate change, regenerate them with
 *   UPDATE_GOLDEN=1 npx vitest run tests/unit/export-formats.test.ts
 * and read the diff before committing it. Besides the byte comparison, each format is read back
 * with a parser (CSV, BibTeX, YAML, JSON, RIS line rules, CommonMark) and checked field by field
 * against the entries, so a golden file cannot enshrine a wrong output unnoticed.
 */

const GOLDEN_DIR = join(__dirname, '..', 'fixtures', 'export');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

function golden(name: string, actual: string) {
  const path = join(GOLDEN_DIR, name);
  if (UPDATE) {
    mkdirSync(GOLDEN_DIR, { recursive: true });
    writeFileSync(path, actual);
  }
  expect(actual, `${name} differs from its golden file (UPDATE_GOLDEN=1 to regenerate on purpose)`).toBe(readFileSync(path, 'utf8'));
}

// ---------------------------------------------------------------------------------------------
// Fixtures

const T0 = Date.UTC(2026, 10, 20, 9, 30);
const EXPORTED_AT = new Date(Date.UTC(2026, 10, 29, 12, 0));

function page(key: string, url: string, title: string, savedAt: number): PageRecord {
  return { key, url, title, canonicalKey: null, extraction: null, corrections: {}, savedAt, updatedAt: savedAt, deleted: null };
}

let nextId = 0;
function highlight(p: PageRecord, color: HighlightColor, exact: string, note: string, tags: string[], prefix = 'before ', suffix = ' after'): AnnotationRecord {
  const n = ++nextId;
  return {
    id: `ann-${String(n).padStart(2, '0')}`,
    pageKey: p.key,
    url: p.url,
    title: p.title,
    motivation: 'highlighting',
    target: {
      quote: { type: 'TextQuoteSelector', exact, prefix, suffix },
      position: { type: 'TextPositionSelector', start: 100 * n, end: 100 * n + exact.length },
    },
    color,
    note,
    tags,
    created: T0 + n * 60_000,
    updated: T0 + n * 60_000 + (n % 2 ? 0 : 3_600_000),
    deleted: null,
  };
}

function pageNote(p: PageRecord, note: string, tags: string[]): AnnotationRecord {
  const n = ++nextId;
  return {
    id: `ann-${String(n).padStart(2, '0')}`,
    pageKey: p.key,
    url: p.url,
    title: p.title,
    motivation: 'commenting',
    target: null,
    color: null,
    note,
    tags,
    created: T0 + n * 60_000,
    updated: T0 + n * 60_000,
    deleted: null,
  };
}

const work = (w: Partial<Work>): Work => ({ ...emptyWork(), ...w });
const review = (r: Partial<Review>): Review => ({ ...emptyReview(), ...r });

// 1. A report, as in tests/fixtures/seed-review.expected.json.
const reportPage = page(
  'https://geopoliticalcompass.com/chinas-security-management-towards-central-asia/',
  'https://geopoliticalcompass.com/chinas-security-management-towards-central-asia/',
  'China’s Security Management Towards Central Asia – Geopolitical Compass',
  T0 + 4_000,
);
const NOTE_MARKDOWN = [
  '**Key point**: see [[Central Asia]] and #security, ==marked== %%hidden%%',
  '- first item',
  '    indented code?',
  '',
  '',
  '# Not a heading',
  '> not a quote',
  '1. not a list',
  '---',
  '<img src=x onerror=alert(1)> & &amp; `tick` ~~gone~~ $x$ | a | b |',
  'ends with a backslash \\',
].join('\n');
const reportEntry: ExportEntry = {
  page: reportPage,
  work: work({
    title: 'China’s Security Management Towards Central Asia',
    authors: ['Niva Yau Tsz Yan'],
    affiliation: 'OSCE Academy in Bishkek (Kyrgyzstan) and the Foreign Policy Research Institute (Philadelphia)',
    publisher: 'Foreign Policy Research Institute',
    date: '2022-04-01',
    place: 'USA',
    type: 'Report',
    pages: 66,
    keywords: ['China', 'Central Asia', 'Security', 'Soviet Union', 'East Turkistan'],
  }),
  review: review({
    title: 'China’s Security Management Towards Central Asia',
    siteName: 'Geopolitical Compass',
    reviewer: 'Riyaz ul Khaliq',
    reviewerRole: 'CIGA Non-resident Research Associate',
    published: '2022-06-13',
    categories: ['Geopolitical Compass', 'West & Centeral Asia'],
    summary:
      'This assessment of China’s evolving engagement with Central Asian republics: "security first", then trade.\nIt has 66 pages.\n\n# Chapter one — is not a heading here.',
  }),
  annotations: [
    highlight(reportPage, 'yellow', 'China’s “security first” approach, as the report puts it, "relies on" bilateral ties', NOTE_MARKDOWN, [
      'security',
      '@me/#1 [draft]|x',
    ]),
    highlight(
      reportPage,
      'green',
      'ecurity cooperation 🌏 has grown\nsteadily since 2016, with joint exercises, police training and new outposts on the border',
      '=SUM(A1)',
      ['numbers'],
      'regional s',
    ),
    pageNote(reportPage, '@channel remember the maps\nsecond line, with a comma', []),
  ],
};

// 2. A book by two authors, with an ISBN; an Arabic quote; and a second review of it (4, below).
const bookPage = page('https://reviews.example/books/steppe-and-silk', 'https://reviews.example/books/steppe-and-silk', 'Steppe & Silk — a review', T0 + 3_000);
const bookWork = work({
  title: 'Steppe & Silk: Trade, Power and 100% of the Story',
  authors: ['Aigerim Sadykova', 'Smith, Jane'],
  publisher: 'I.B. Tauris',
  date: '2021-09',
  place: 'London',
  type: 'Book',
  pages: 312,
  keywords: ['trade', 'Silk Road'],
  isbn: '978-0-7556-0123-4',
  language: 'en',
});
const bookEntry: ExportEntry = {
  page: bookPage,
  work: bookWork,
  review: review({
    title: 'Steppe & Silk — a review',
    siteName: 'Reviews Example',
    reviewer: 'Omar Haddad',
    published: '2022-01-05',
    summary: 'A history of the steppe trade.',
  }),
  annotations: [
    highlight(bookPage, 'blue', 'الأمن في آسيا الوسطى مسألة إقليمية', 'ملاحظة: مهم جدًا', ['عربي']),
    highlight(bookPage, 'pink', 'She said "no, never," twice, and then -- twice more', '-- dashes first, then a tab\there', ['quotes']),
  ],
};

// 3. A journal article with a DOI; a URL with parentheses and its own fragment.
const articlePage = page(
  'https://journal.example/reviews/water_(security)?id=7',
  'https://journal.example/reviews/water_(security)?id=7#top',
  'Review: Water Security',
  T0 + 2_000,
);
const articleEntry: ExportEntry = {
  page: articlePage,
  work: work({
    title: 'Water Security: The "Aral" Sea & a $2 Billion Question #1 — {C_x} ~50% ^\\',
    authors: ['J. K. Abdullaev', 'World Bank'],
    editors: ['Research and Development Corp'],
    publisher: 'Taylor & Francis',
    date: '2020-03-15',
    type: 'Journal article',
    pages: 24,
    doi: '10.1080/13567888.2020.1234567',
    link: 'https://doi.org/10.1080/13567888.2020.1234567',
  }),
  review: review({ title: null, siteName: null, reviewer: null }),
  annotations: [highlight(articlePage, 'purple', 'The <script>alert("x")</script> basin, - dried & salted', '@here see table 3', [])],
};

// 4. The same book reviewed on another page: cited once; no annotations (one CSV row all the same).
const bookPage2 = page('https://other.example/steppe', 'https://other.example/steppe', 'Another take on Steppe & Silk', T0 + 1_000);
const bookEntry2: ExportEntry = {
  page: bookPage2,
  work: work({
    title: 'Steppe & Silk: Trade, Power and 100% of the Story',
    authors: ['Aigerim Sadykova', 'Smith, Jane'],
    date: '2021',
    keywords: ['Kazakhstan', 'trade'],
  }),
  review: review({ siteName: 'Other Example', reviewer: 'Lena Park', published: '2023-02-01' }),
  annotations: [],
};

const ENTRIES = [reportEntry, bookEntry, articleEntry, bookEntry2];

// ---------------------------------------------------------------------------------------------
// Helpers

function splitFrontMatter(md: string): { yaml: string; body: string } {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(md);
  if (!m) throw new Error('no front matter');
  return { yaml: must(m[1], 'm[1]'), body: md.slice(m[0].length) };
}

/** Markdown rendered as GitHub would read it: CommonMark, raw HTML allowed (markdown-it would pass it through). */
function render(md: string): HTMLElement {
  const html = new MarkdownIt({ html: true, linkify: false }).render(md);
  const div = document.createElement('div');
  div.innerHTML = html;
  return div;
}

/** The text as a browser shows it: a <br> is a line break, a soft line break in the source is a space. */
function innerText(el: Node): string {
  let out = '';
  let afterBr = false;
  const walk = (n: Node) => {
    if (n.nodeName === 'BR') {
      out += '\n';
      afterBr = true;
    } else if (n.nodeType === 3) {
      const t = n.textContent ?? '';
      out += (afterBr ? t.replace(/^\n/, '') : t).replace(/\n/g, ' ');
      afterBr = false;
    } else {
      n.childNodes.forEach(walk);
    }
  };
  walk(el);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Golden files

/** A YAML mapping as parsed (in YAML 1.2 unless told), its values left for the assertions to check. */
function yamlMap(text: string, version: '1.1' | '1.2' = '1.2'): Record<string, unknown> {
  const doc: unknown = parseYaml(text, { version });
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) throw new Error(`not a YAML mapping: ${text.slice(0, 80)}`);
  return doc as Record<string, unknown>;
}

describe('golden files', () => {
  it('Markdown, one file for all', () => golden('library.golden.md', toMarkdown(ENTRIES, { exportedAt: EXPORTED_AT })));
  it('Markdown, one file per page', () => {
    const files = toMarkdownFiles(ENTRIES, { exportedAt: EXPORTED_AT });
    expect(files.map((f) => f.name)).toEqual([
      'china-s-security-management-towards-central-asia-2026-11-29.md',
      'steppe-silk-trade-power-and-100-of-the-story-2026-11-29.md',
      'water-security-the-aral-sea-a-2-billion-question-1-c-x-50-2026-11-29.md',
      'steppe-silk-trade-power-and-100-of-the-story-2026-11-29-2.md',
    ]);
    golden('page.golden.md', must(files[0], 'files[0]').content);
    golden('article.golden.md', must(files[2], 'files[2]').content);
  });
  it('CSV', () => golden('library.golden.csv', toCsv(ENTRIES)));
  it('BibTeX', () => golden('library.golden.bib', toBibtex(ENTRIES)));
  it('RIS', () => golden('library.golden.ris', toRis(ENTRIES)));
  it('CSL-JSON', () => golden('library.golden.csl.json', `${JSON.stringify(toCslJson(ENTRIES), null, 2)}\n`));
});

// ---------------------------------------------------------------------------------------------
// Markdown

describe('Markdown', () => {
  const files = toMarkdownFiles(ENTRIES, { exportedAt: EXPORTED_AT });
  const library = toMarkdown(ENTRIES, { exportedAt: EXPORTED_AT });

  it('per-page front matter parses as YAML to exactly the work’s fields', () => {
    const { yaml } = splitFrontMatter(must(files[2], 'files[2]').content);
    expect(parseYaml(yaml)).toEqual({
      title: articleEntry.work.title,
      authors: ['J. K. Abdullaev', 'World Bank'],
      editors: ['Research and Development Corp'],
      publisher: 'Taylor & Francis',
      date: '2020-03-15',
      type: 'Journal article',
      pages: 24,
      doi: '10.1080/13567888.2020.1234567',
      link: 'https://doi.org/10.1080/13567888.2020.1234567',
      url: 'https://journal.example/reviews/water_(security)?id=7#top',
      review_title: 'Review: Water Security',
      saved: new Date(articlePage.savedAt).toISOString(),
    });
    const report = yamlMap(splitFrontMatter(must(files[0], 'files[0]').content).yaml);
    expect(report).toMatchObject({
      title: reportEntry.work.title,
      authors: reportEntry.work.authors,
      affiliation: reportEntry.work.affiliation,
      publisher: 'Foreign Policy Research Institute',
      date: '2022-04-01',
      place: 'USA',
      type: 'Report',
      pages: 66,
      keywords: reportEntry.work.keywords,
      url: reportPage.url,
      reviewer: 'Riyaz ul Khaliq',
      reviewer_role: 'CIGA Non-resident Research Associate',
      review_site: 'Geopolitical Compass',
      review_published: '2022-06-13',
    });
    // The date stays the page's text: a quoted scalar is not turned into a Date.
    expect(typeof report.date).toBe('string');
    expect(yamlMap(splitFrontMatter(must(files[1], 'files[1]').content).yaml).authors).toEqual(['Aigerim Sadykova', 'Smith, Jane']);
  });

  it('the one-file export has a single front matter, about the export', () => {
    const { yaml, body } = splitFrontMatter(library);
    expect(parseYaml(yaml)).toEqual({ title: 'Review Annotator library', exported: '2026-11-29T12:00:00.000Z', page_count: 4, annotation_count: 6 });
    // No other line of the file is a bare `---` (which would be a rule or a setext heading).
    expect(body.split('\n').filter((l) => /^ {0,3}(-{3,}|={3,}|\*{3,}|_{3,})\s*$/.test(l))).toEqual([]);
  });

  it('YAML scalars read back exactly, in YAML 1.2 and 1.1', () => {
    const nasty = [
      'plain',
      '',
      ' leading and trailing ',
      'colon: here',
      '# not a comment',
      'a #hash',
      '"double" and \'single\'',
      'back\\slash',
      'line\nbreak',
      'cr\r\nlf',
      'tab\there',
      '---',
      '...',
      '- dash',
      '? question',
      '[flow]',
      '{map: 1}',
      '&anchor',
      '*alias',
      '!tag',
      '|',
      '>',
      '%YAML',
      '@at',
      '`tick`',
      'yes',
      'no',
      'null',
      '~',
      '1e3',
      '0x1F',
      '2022-04-01',
      'نص عربي',
      'emoji 🌏👩🏽‍🔬',
      'nul\u0000bell\u0007del\u007f',
      'nel\u0085ls\u2028ps\u2029',
      '\uFEFFbom',
      'ctrl\u009f',
    ];
    for (const s of nasty) {
      const line = `v: ${yamlString(s)}`;
      expect(line.includes('\n'), JSON.stringify(s)).toBe(false);
      expect(yamlMap(line).v, JSON.stringify(s)).toBe(s);
      expect(yamlMap(line, '1.1').v, JSON.stringify(s)).toBe(s);
    }
    // A lone surrogate cannot be written in YAML: it becomes U+FFFD.
    expect(yamlMap(`v: ${yamlString('a\uD800b')}`).v).toBe('a\uFFFDb');
    const fm = frontMatter([
      ['k', nasty],
      ['n', 3],
      ['empty', []],
      ['none', null],
    ]);
    expect(parseYaml(fm.slice(4, -4))).toEqual({ k: nasty, n: 3 });
  });

  it('renders user text as text: no HTML, no links, headings, lists or rules from it', () => {
    for (const md of [library, ...files.map((f) => f.content)]) {
      const { body } = splitFrontMatter(md);
      const html = new MarkdownIt({ html: true }).render(body);
      expect(html).not.toMatch(/<(img|script)\b/i);
      const root = render(body);
      expect(root.querySelectorAll('img, script, hr, table, pre, code, em, strong, s, del')).toHaveLength(0);
      // Every link is ours: to a page (with a text fragment) or to the work.
      for (const a of root.querySelectorAll('a'))
        expect(a.getAttribute('href')).toMatch(/^https:\/\/(geopoliticalcompass\.com|reviews\.example|journal\.example|other\.example|doi\.org)\//);
    }
    // Raw Markdown: no unescaped `<` (HTML), `[[` (wikilink) or `#` outside our own headings (Obsidian tag).
    for (const md of [library, ...files.map((f) => f.content)]) {
      // Our own heading marks and link destinations (`#:~:text=`) aside.
      const body = splitFrontMatter(md)
        .body.split('\n')
        .map((l) => l.replace(/^#{1,6} /, '').replace(/\]\([^)\s]*\)/g, ']'));
      for (const l of body) expect(l, l).not.toMatch(/(?<!\\)(<|\[\[|#|==|%%)/);
    }
    // The one-file export's lists are its field lists, nothing else.
    const items = [...render(splitFrontMatter(library).body).querySelectorAll('li')].map((li) => must(li.textContent, 'li.textContent').split(':')[0]);
    expect(new Set(items)).toEqual(
      new Set([
        'Authors',
        'Editors',
        'Affiliation',
        'Publisher',
        'Date',
        'Place',
        'Type',
        'Pages',
        'Keywords',
        'ISBN',
        'DOI',
        'Link',
        'Language',
        'Reviewer',
        'Review',
      ]),
    );
    const root = render(splitFrontMatter(must(files[0], 'files[0]').content).body);
    // One title, two sections (summary, annotations), three annotations: nothing from the note.
    expect([...root.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => `${h.tagName} ${h.textContent}`)).toEqual([
      'H1 China’s Security Management Towards Central Asia',
      'H2 Summary',
      'H2 Annotations',
      'H3 1 · Yellow highlight',
      'H3 2 · Green highlight',
      'H3 3 · Page note',
    ]);
    expect(root.querySelectorAll('ul, ol')).toHaveLength(0);
    expect(root.querySelectorAll('blockquote')).toHaveLength(2);
  });

  it('quotes and notes read back as typed, line breaks kept', () => {
    const root = render(splitFrontMatter(must(files[0], 'files[0]').content).body);
    const [q1, q2] = [...root.querySelectorAll('blockquote')];
    expect(innerText(must(q1, 'q1')).trim()).toBe(
      must(must(reportEntry.annotations[0], 'reportEntry.annotations[0]').target, 'reportEntry.annotations[0].target').quote.exact,
    );
    expect(innerText(must(q2, 'q2')).trim()).toBe(
      must(must(reportEntry.annotations[1], 'reportEntry.annotations[1]').target, 'reportEntry.annotations[1].target').quote.exact,
    );
    // The note: paragraphs for blank lines, line breaks within; leading spaces dropped.
    const paragraphs = [...root.querySelectorAll('p')].map((p) => innerText(p).replace(/\n$/, ''));
    const expected = NOTE_MARKDOWN.split(/\n\s*\n+/).map((para) =>
      para
        .split('\n')
        .map((l) => l.trim())
        .join('\n'),
    );
    for (const para of expected) expect(paragraphs).toContain(para);
    expect(paragraphs).toContain('=SUM(A1)');
    expect(paragraphs).toContain('@channel remember the maps\nsecond line, with a comma');
    expect(paragraphs.some((p) => p.startsWith('Tags: security, @me/#1 [draft]|x · Added 2026-11-20 09:31 UTC'))).toBe(true);
  });

  it('reads back any plain text exactly: paragraphs, lines, headings, list items (property test)', () => {
    // A small seeded generator, so that a failure can be replayed.
    let seed = 20261129;
    const rand = () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const pieces = [
      'a',
      'word',
      ' ',
      ' ',
      '\n',
      '\n\n',
      '*',
      '**',
      '_',
      '`',
      '```',
      '#',
      '# ',
      '>',
      '> ',
      '-',
      '- ',
      '+ ',
      '=',
      '==',
      '1. ',
      '2) ',
      '[',
      ']',
      '](',
      ')',
      '!',
      '<',
      '</',
      'div>',
      '<b>',
      '&',
      '&amp;',
      '&#60;',
      '|',
      '~',
      '~~',
      '$',
      '%%',
      '^',
      '\\',
      ':',
      '"',
      "'",
      '    ',
      '\t',
      'http://x.example',
      'www.a.com',
      '---',
      '***',
      '___',
      '===',
      '~~~',
      '-->',
      '[[',
      ']]',
      'é',
      '🌏',
      'نص',
    ];
    const md = new MarkdownIt({ html: true });
    for (let i = 0; i < 400; i++) {
      let text = '';
      const n = 1 + Math.floor(rand() * 14);
      for (let j = 0; j < n; j++) text += must(pieces[Math.floor(rand() * pieces.length)], 'a piece of text');
      const paragraphs = text
        .split(/\n[ \t]*\n\s*/)
        .map((p) =>
          p
            .split('\n')
            .map((l) => l.trim())
            .filter(Boolean)
            .join('\n'),
        )
        .filter(Boolean);
      const root = render(mdBlock(text));
      expect(
        [...root.children].map((el) => el.tagName),
        JSON.stringify(text),
      ).toEqual(paragraphs.map(() => 'P'));
      expect([...root.children].map(innerText), JSON.stringify(text)).toEqual(paragraphs);
      const quoted = render(mdBlock(text, '> '));
      if (paragraphs.length) {
        expect(quoted.children.length, JSON.stringify(text)).toBe(1);
        expect([...quoted.querySelectorAll('blockquote > p')].map(innerText), JSON.stringify(text)).toEqual(paragraphs);
      }
      const line = text.replace(/\s+/g, ' ').trim();
      if (line) {
        const h = render(`## ${mdInline(text)}`);
        expect(h.children.length, JSON.stringify(text)).toBe(1);
        expect(h.querySelector('h2')?.textContent, JSON.stringify(text)).toBe(line);
        const li = render(`- Label: ${mdInline(text)}`);
        expect(li.querySelectorAll('li').length, JSON.stringify(text)).toBe(1);
        expect(li.querySelector('li')?.textContent, JSON.stringify(text)).toBe(`Label: ${line}`);
      }
      expect(md.render(mdBlock(text))).not.toMatch(/<(?!\/?(p|br)\b)[a-z]/i);
    }
  });

  it('escapes Obsidian’s own syntax in user text', () => {
    const note = mdBlock('#tag [[Link]] ==mark== %%comment%% ^block');
    expect(note).toBe('\\#tag \\[\\[Link\\]\\] \\=\\=mark\\=\\= \\%\\%comment\\%\\% \\^block');
    // Single signs stay readable: "50% off = deal" needs no escape.
    expect(mdInline('50% off = deal & more')).toBe('50% off = deal & more');
    // An entity reference would be decoded: `&amp;` must show as typed.
    expect(mdInline('&amp; &#60;')).toBe('\\&amp; &\\#60;');
    expect(render(mdInline('&amp; &#60; &copy;')).textContent).toBe('&amp; &#60; &copy;\n');
  });

  it('escapes what would start a block, at the start of every line', () => {
    expect(mdBlock('- a\n+ b\n> c\n= d\n12. e\n3) f\n    g')).toBe('\\- a  \n\\+ b  \n\\> c  \n\\= d  \n12\\. e  \n3\\) f  \ng');
    expect(mdBlock('one\n\n\n two', '> ')).toBe('> one\n>\n> two');
  });

  it('renders the Arabic quote and emoji unchanged', () => {
    const root = render(splitFrontMatter(must(files[1], 'files[1]').content).body);
    expect(innerText(must(root.querySelector('blockquote'), "root.querySelector('blockquote')")).trim()).toBe('الأمن في آسيا الوسطى مسألة إقليمية');
    expect(root.textContent).toContain('ملاحظة: مهم جدًا');
    expect(render(must(files[0], 'files[0]').content).textContent).toContain('🌏');
  });

  it('links each highlight to its quote with a text fragment', () => {
    const root = render(splitFrontMatter(must(files[0], 'files[0]').content).body);
    const links = [...root.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links).toContainEqual([
      'Open at the quote',
      'https://geopoliticalcompass.com/chinas-security-management-towards-central-asia/#:~:text=China%E2%80%99s%20%E2%80%9Csecurity%20first%E2%80%9D%20approach%2C,%22relies%20on%22%20bilateral%20ties',
    ]);
    // The green highlight starts inside "security": the text directive starts at the next word.
    expect(links).toContainEqual([
      'Open at the quote',
      'https://geopoliticalcompass.com/chinas-security-management-towards-central-asia/#:~:text=cooperation%20%F0%9F%8C%8F%20has%20grown,outposts%20on%20the%20border',
    ]);
    expect(links).toContainEqual(['Open the page', reportPage.url]);
  });

  it('makes no link to a page that is not http(s)', () => {
    const p = { ...reportPage, url: 'javascript:alert(1)' };
    const e: ExportEntry = { ...reportEntry, page: p, annotations: [highlight(p, 'yellow', 'word', '', [])] };
    const md = must(toMarkdownFiles([e], { exportedAt: EXPORTED_AT })[0], 'toMarkdownFiles([e], { exportedAt: EXPORTED_AT })[0]').content;
    expect(md).not.toContain('](javascript');
    expect(render(splitFrontMatter(md).body).querySelectorAll('a')).toHaveLength(0);
    expect(annotationUrl(e, must(e.annotations[0], 'e.annotations[0]'))).toBeNull();
  });
});

describe('text fragment links', () => {
  const q = (exact: string, prefix = ' ', suffix = ' ') => ({ exact, prefix, suffix });
  it('quotes a short quote whole and a long one by its first and last words', () => {
    expect(textFragmentUrl('https://a.example/p', q('two words'))).toBe('https://a.example/p#:~:text=two%20words');
    expect(textFragmentUrl('https://a.example/p', q('one two three four five six seven eight nine ten'))).toBe(
      'https://a.example/p#:~:text=one%20two%20three%20four,seven%20eight%20nine%20ten',
    );
  });
  it('encodes the directive’s own characters (- , &) and Markdown-breaking ones', () => {
    expect(textFragmentUrl('https://a.example/p', q("a-b, c&d (e) it's!*"))).toBe('https://a.example/p#:~:text=a%2Db%2C%20c%26d%20%28e%29%20it%27s%21%2A');
  });
  it('drops words the highlight starts or ends inside', () => {
    expect(textFragmentUrl('https://a.example/p', q('ord in the middle wo', 'the w', 'rds'))).toBe('https://a.example/p#:~:text=in%20the%20middle');
    // A single partial word is kept: better a near match than none.
    expect(textFragmentUrl('https://a.example/p', q('ddl', 'mi', 'e'))).toBe('https://a.example/p#:~:text=ddl');
  });
  it('keeps the page’s fragment and replaces an old directive', () => {
    expect(textFragmentUrl('https://a.example/p#sec', q('x'))).toBe('https://a.example/p#sec:~:text=x');
    expect(textFragmentUrl('https://a.example/p#:~:text=old', q('new'))).toBe('https://a.example/p#:~:text=new');
  });
  it('gives no link for other schemes', () => {
    expect(textFragmentUrl('javascript:alert(1)', q('x'))).toBeNull();
    expect(textFragmentUrl('not a url', q('x'))).toBeNull();
  });
});

// ---------------------------------------------------------------------------------------------
// CSV

describe('CSV', () => {
  const csv = toCsv(ENTRIES);

  it('parses with a standard CSV parser to the same cells', () => {
    const rows = parseCsv(csv, { bom: true, record_delimiter: '\r\n', relax_quotes: false, relax_column_count: false });
    const page1 = [
      must(reportEntry.work.title, 'reportEntry.work.title'),
      'Niva Yau Tsz Yan',
      'Foreign Policy Research Institute',
      '2022-04-01',
      'Report',
      'Riyaz ul Khaliq',
      reportPage.title,
      reportPage.url,
    ];
    const book = [
      must(bookWork.title, 'bookWork.title'),
      'Aigerim Sadykova; Smith, Jane',
      'I.B. Tauris',
      '2021-09',
      'Book',
      'Omar Haddad',
      bookPage.title,
      bookPage.url,
    ];
    const article = [
      must(articleEntry.work.title, 'articleEntry.work.title'),
      'J. K. Abdullaev; World Bank',
      'Taylor & Francis',
      '2020-03-15',
      'Journal article',
      '',
      articlePage.title,
      articlePage.url,
    ];
    const [a1, a2, a3] = reportEntry.annotations;
    const [b1, b2] = bookEntry.annotations;
    const [c1] = articleEntry.annotations;
    const iso = (ms: number) => new Date(ms).toISOString();
    expect(rows).toEqual([
      [...CSV_COLUMNS],
      [
        ...page1,
        'Highlight',
        must(must(a1, 'a1').target, 'a1.target').quote.exact,
        NOTE_MARKDOWN,
        'security, @me/#1 [draft]|x',
        'Yellow',
        iso(must(a1, 'a1').created),
        iso(must(a1, 'a1').updated),
        'ann-01',
        annotationUrl(reportEntry, must(a1, 'a1')),
      ],
      [
        ...page1,
        'Highlight',
        must(must(a2, 'a2').target, 'a2.target').quote.exact,
        "'=SUM(A1)",
        'numbers',
        'Green',
        iso(must(a2, 'a2').created),
        iso(must(a2, 'a2').updated),
        'ann-02',
        annotationUrl(reportEntry, must(a2, 'a2')),
      ],
      [
        ...page1,
        'Page note',
        '',
        "'@channel remember the maps\nsecond line, with a comma",
        '',
        '',
        iso(must(a3, 'a3').created),
        iso(must(a3, 'a3').updated),
        'ann-03',
        reportPage.url,
      ],
      [
        ...book,
        'Highlight',
        'الأمن في آسيا الوسطى مسألة إقليمية',
        'ملاحظة: مهم جدًا',
        'عربي',
        'Blue',
        iso(must(b1, 'b1').created),
        iso(must(b1, 'b1').updated),
        'ann-04',
        annotationUrl(bookEntry, must(b1, 'b1')),
      ],
      [
        ...book,
        'Highlight',
        'She said "no, never," twice, and then -- twice more',
        "'-- dashes first, then a tab\there",
        'quotes',
        'Pink',
        iso(must(b2, 'b2').created),
        iso(must(b2, 'b2').updated),
        'ann-05',
        annotationUrl(bookEntry, must(b2, 'b2')),
      ],
      [
        ...article,
        'Highlight',
        must(must(c1, 'c1').target, 'c1.target').quote.exact,
        "'@here see table 3",
        '',
        'Purple',
        iso(must(c1, 'c1').created),
        iso(must(c1, 'c1').updated),
        'ann-06',
        annotationUrl(articleEntry, must(c1, 'c1')),
      ],
      [
        'Steppe & Silk: Trade, Power and 100% of the Story',
        'Aigerim Sadykova; Smith, Jane',
        '',
        '2021',
        '',
        'Lena Park',
        bookPage2.title,
        bookPage2.url,
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
      ],
    ]);
  });

  it('follows RFC 4180: CRLF after every record, quotes only where needed, quotes doubled', () => {
    expect(csv.startsWith('\uFEFFWork title,Authors,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\ronly')).toBe('"cr\ronly"');
    expect(csvField('')).toBe('');
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    for (const s of ['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1']) expect(csvField(s).replace(/^"|"$/g, '').startsWith(`'`), s).toBe(true);
    expect(csvField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    for (const s of ['1+1', 'a=b', ' =1', "'quoted"]) expect(csvField(s)).toBe(s);
  });
});

// ---------------------------------------------------------------------------------------------
// Citations

describe('citations', () => {
  it('cite each work once, in the order the pages come', () => {
    expect(citedWorks(ENTRIES).map((w) => [w.key, w.kind])).toEqual([
      ['nivayautszyan2022china', 'report'],
      ['aigerimsadykova2021steppe', 'book'],
      ['abdullaev2020water', 'article'],
    ]);
    // The second review of the book adds its keyword and its note.
    const book = must(citedWorks(ENTRIES)[1], 'citedWorks(ENTRIES)[1]');
    expect(book.work.keywords).toEqual(['trade', 'Silk Road', 'Kazakhstan']);
    expect(book.reviews).toEqual([
      'Reviewed by Omar Haddad, Reviews Example, 2022-01-05: https://reviews.example/books/steppe-and-silk',
      'Reviewed by Lena Park, Other Example, 2023-02-01: https://other.example/steppe',
    ]);
  });

  it('knows one work by its DOI, its ISBN in either form, or its title and year', () => {
    expect(isbn13('0-306-40615-2')).toBe('9780306406157');
    expect(isbn13('978-0-306-40615-7')).toBe('9780306406157');
    expect(isbn13('12')).toBeNull();
    const a: ExportEntry = { ...bookEntry, work: work({ title: 'One title', isbn: '0-306-40615-2' }) };
    const b: ExportEntry = { ...bookEntry, work: work({ title: 'Another title', isbn: '9780306406157' }) };
    const c: ExportEntry = { ...articleEntry, work: work({ title: 'X', doi: 'https://doi.org/10.1/ABC' }) };
    const d: ExportEntry = { ...articleEntry, work: work({ title: 'Y', doi: '10.1/abc' }) };
    const e: ExportEntry = { ...articleEntry, work: work({ title: 'Same', date: '2020' }) };
    const f: ExportEntry = { ...articleEntry, work: work({ title: 'Same', date: '2021' }) };
    expect(citedWorks([a, b, c, d, e, f]).length).toBe(4);
  });

  it('leaves out works without a title, and makes unique ASCII keys', () => {
    const untitled: ExportEntry = { ...bookEntry, work: emptyWork() };
    const arabic: ExportEntry = { ...bookEntry, work: work({ title: 'كتاب الأمن', authors: ['محمد علي'], date: '2020' }) };
    const arabic2: ExportEntry = { ...bookEntry, work: work({ title: 'كتاب آخر', date: '2020' }) };
    const accents: ExportEntry = { ...bookEntry, work: work({ title: 'Éléments de politique', authors: ['Łukasz Müller-Øberg'], date: '1999' }) };
    const keys = citedWorks([untitled, arabic, arabic2, accents]).map((w) => w.key);
    expect(keys).toEqual(['anon2020', 'anon2020a', 'lukaszmulleroberg1999elements']);
    for (const k of keys) expect(k).toMatch(/^[a-z0-9]+$/);
  });

  it('maps the type as written to a kind', () => {
    const kind = (type: string | null, extra: Partial<Work> = {}) => kindOf(work({ type, ...extra }));
    expect(kind('Report')).toBe('report');
    expect(kind('Working Paper')).toBe('report');
    expect(kind('Policy brief')).toBe('report');
    expect(kind('Book')).toBe('book');
    expect(kind('Monograph')).toBe('book');
    expect(kind('Edited volume')).toBe('edited-book');
    expect(kind('Journal article')).toBe('article');
    expect(kind('Article')).toBe('article');
    expect(kind('PhD thesis')).toBe('thesis');
    expect(kind('Dissertation')).toBe('thesis');
    expect(kind('Book chapter')).toBe('chapter');
    expect(kind('Conference paper')).toBe('conference');
    expect(kind(null, { isbn: '123' })).toBe('book');
    expect(kind('Podcast')).toBe('document');
    expect(kind(null)).toBe('document');
  });

  it('splits a name only when the page says which part is which', () => {
    expect(splitName('Smith, Jane')).toEqual({ family: 'Smith', given: 'Jane' });
    expect(splitName('J. R. R. Tolkien')).toEqual({ family: 'Tolkien', given: 'J. R. R.' });
    expect(splitName('J.K. Abdullaev')).toEqual({ family: 'Abdullaev', given: 'J.K.' });
    expect(splitName('Niva Yau Tsz Yan')).toEqual({ literal: 'Niva Yau Tsz Yan' });
    // The key reads an unsplit name as the entry does: whole, not a guessed family name.
    expect(must(citedWorks(ENTRIES)[0], 'citedWorks(ENTRIES)[0]').key).toBe('nivayautszyan2022china');
    expect(toBibtex(ENTRIES)).toContain('{Niva Yau Tsz Yan}');
    expect(splitName('Xi Jinping')).toEqual({ literal: 'Xi Jinping' });
    expect(splitName('World Bank')).toEqual({ literal: 'World Bank' });
    expect(splitName('Acme, Inc.')).toEqual({ literal: 'Acme, Inc.' });
    expect(splitName('Smith, Jr., John')).toEqual({ literal: 'Smith, Jr., John' });
  });

  describe('CSL-JSON', () => {
    const items = JSON.parse(JSON.stringify(toCslJson(ENTRIES))) as Record<string, unknown>[];
    it('has one item per work, with CSL types and variables', () => {
      expect(items.map((i) => [i.id, i.type])).toEqual([
        ['nivayautszyan2022china', 'report'],
        ['aigerimsadykova2021steppe', 'book'],
        ['abdullaev2020water', 'article-journal'],
      ]);
      expect(items[0]).toMatchObject({
        title: reportEntry.work.title,
        author: [{ literal: 'Niva Yau Tsz Yan' }],
        issued: { 'date-parts': [[2022, 4, 1]] },
        publisher: 'Foreign Policy Research Institute',
        'publisher-place': 'USA',
        'number-of-pages': 66,
        keyword: 'China, Central Asia, Security, Soviet Union, East Turkistan',
      });
      expect(items[0]).not.toHaveProperty('URL');
      expect(items[0]).not.toHaveProperty('abstract');
      expect(items[1]).toMatchObject({
        author: [{ literal: 'Aigerim Sadykova' }, { family: 'Smith', given: 'Jane' }],
        issued: { 'date-parts': [[2021, 9]] },
        ISBN: '978-0-7556-0123-4',
        'number-of-pages': 312,
        language: 'en',
      });
      expect(items[2]).toMatchObject({
        title: articleEntry.work.title,
        author: [{ family: 'Abdullaev', given: 'J. K.' }, { literal: 'World Bank' }],
        editor: [{ literal: 'Research and Development Corp' }],
        DOI: '10.1080/13567888.2020.1234567',
        URL: 'https://doi.org/10.1080/13567888.2020.1234567',
      });
      // Only CSL variables, only CSL types.
      const variables = new Set([
        'id',
        'type',
        'title',
        'author',
        'editor',
        'issued',
        'publisher',
        'publisher-place',
        'genre',
        'number-of-pages',
        'ISBN',
        'DOI',
        'URL',
        'keyword',
        'language',
        'note',
      ]);
      for (const i of items) for (const k of Object.keys(i)) expect(variables.has(k), k).toBe(true);
      expect(toCslJson([{ ...reportEntry, work: work({ title: 'T', type: 'Master’s thesis', publisher: 'U' }) }])[0]).toMatchObject({
        type: 'thesis',
        genre: 'Master’s thesis',
        publisher: 'U',
      });
    });
  });

  describe('BibTeX', () => {
    const bib = toBibtex(ENTRIES);

    it('parses with a BibTeX parser: entry types, keys and fields', () => {
      const lib = parseBibtex(bib, { english: false });
      expect(lib.errors).toEqual([]);
      expect(lib.entries.map((e) => [e.type, e.key])).toEqual([
        ['techreport', 'nivayautszyan2022china'],
        ['book', 'aigerimsadykova2021steppe'],
        ['article', 'abdullaev2020water'],
      ]);
      const [report, book, article] = lib.entries;
      expect(must(report, 'report').fields).toMatchObject({
        author: [{ name: 'Niva Yau Tsz Yan' }],
        title: reportEntry.work.title,
        year: '2022',
        month: '4',
        institution: ['Foreign Policy Research Institute'],
        address: 'USA',
        pagetotal: '66',
        note: 'Reviewed by Riyaz ul Khaliq, Geopolitical Compass, 2022-06-13: https://geopoliticalcompass.com/chinas-security-management-towards-central-asia/',
      });
      expect(must(report, 'report').fields).not.toHaveProperty('type');
      expect([...must(must(report, 'report').fields.keywords, 'report.fields.keywords')].sort()).toEqual([...reportEntry.work.keywords].sort());
      expect(must(book, 'book').fields).toMatchObject({
        author: [{ name: 'Aigerim Sadykova' }, { lastName: 'Smith', firstName: 'Jane' }],
        title: bookWork.title,
        year: '2021',
        month: '9',
        publisher: ['I.B. Tauris'],
        address: 'London',
        isbn: '978-0-7556-0123-4',
        language: 'en',
      });
      expect(must(article, 'article').fields).toMatchObject({
        author: [{ lastName: 'Abdullaev', firstName: 'J. K.' }, { name: 'World Bank' }],
        editor: [{ name: 'Research and Development Corp' }],
        // Every special character comes back as written.
        title: articleEntry.work.title,
        publisher: ['Taylor & Francis'],
        doi: '10.1080/13567888.2020.1234567',
        url: 'https://doi.org/10.1080/13567888.2020.1234567',
        note: 'Reviewed: https://journal.example/reviews/water_(security)?id=7#top',
      });
    });

    it('protects capitals: a sentence-casing reader keeps the title as written', () => {
      const lib = parseBibtex(bib);
      expect(lib.errors).toEqual([]);
      // The parser marks a braced group that starts with a command as <span class="nocase">: kept as written.
      expect(lib.entries.map((e) => must(e.fields.title, 'e.fields.title').replace(/<\/?span[^>]*>/g, ''))).toEqual(
        [reportEntry.work.title, bookWork.title, articleEntry.work.title].map((t) => must(t, 't').replace(/\s+/g, ' ')),
      );
    });

    it('escapes LaTeX’s special characters and keeps braces balanced', () => {
      expect(bibtexEscape('{a} % & $ # _ ^ ~ \\')).toBe(
        '\\textbraceleft{}a\\textbraceright{} \\% \\& \\$ \\# \\_ \\textasciicircum{} \\textasciitilde{} \\textbackslash{}',
      );
      expect(bibtexTitle('The {Aral} Sea of iPhones')).toBe('{The} {{\\textbraceleft{}Aral\\textbraceright{}}} {Sea} of {iPhones}');
      // BibTeX counts every brace, escaped or not.
      let depth = 0;
      for (const ch of bib) {
        depth += ch === '{' ? 1 : ch === '}' ? -1 : 0;
        expect(depth).toBeGreaterThanOrEqual(0);
      }
      expect(depth).toBe(0);
    });

    it('uses the type for a report or thesis whose type says more than its kind', () => {
      const wp: ExportEntry = { ...reportEntry, work: { ...reportEntry.work, type: 'Working paper' } };
      const thesis: ExportEntry = { ...bookEntry, work: work({ title: 'Borders', type: 'Master’s thesis', publisher: 'AUCA' }) };
      const lib = parseBibtex(toBibtex([wp, thesis]), { english: false });
      expect(lib.errors).toEqual([]);
      expect(lib.entries.map((e) => [e.type, e.fields.type])).toEqual([
        ['techreport', 'Working paper'],
        ['mastersthesis', 'Master’s thesis'],
      ]);
      expect(must(lib.entries[1], 'lib.entries[1]').fields.school).toEqual('AUCA');
    });
  });

  describe('RIS', () => {
    const ris = toRis(ENTRIES);
    /** RIS by its line rules: `TAG  - value`, records from TY to ER, CRLF line ends. */
    function parseRis(text: string): [string, string][][] {
      expect(text.endsWith('\r\n')).toBe(true);
      expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
      const records: [string, string][][] = [];
      let current: [string, string][] | null = null;
      for (const line of text.split('\r\n').slice(0, -1)) {
        if (line === '') {
          expect(current).toBeNull();
          continue;
        }
        const m = /^([A-Z][A-Z0-9]) {2}- (.*)$/.exec(line);
        expect(m, line).not.toBeNull();
        const [, tag, value] = must(m, 'm');
        if (tag === 'TY') {
          expect(current).toBeNull();
          current = [];
        }
        expect(current, `${tag} outside a record`).not.toBeNull();
        if (tag === 'ER') {
          expect(value).toBe('');
          records.push(must(current, 'current'));
          current = null;
        } else {
          expect(must(value, 'value').trim(), line).not.toBe('');
          must(current, 'current').push([must(tag, 'tag'), must(value, 'value')]);
        }
      }
      expect(current).toBeNull();
      return records;
    }

    it('follows the line rules, one record per work', () => {
      const records = parseRis(ris);
      expect(records).toHaveLength(3);
      expect(records[0]).toEqual([
        ['TY', 'RPRT'],
        ['AU', 'Niva Yau Tsz Yan'],
        ['TI', reportEntry.work.title],
        ['PY', '2022'],
        ['DA', '2022/04/01'],
        ['PB', 'Foreign Policy Research Institute'],
        ['CY', 'USA'],
        ['SP', '66'],
        ...reportEntry.work.keywords.map((k) => ['KW', k]),
        [
          'N1',
          'Reviewed by Riyaz ul Khaliq, Geopolitical Compass, 2022-06-13: https://geopoliticalcompass.com/chinas-security-management-towards-central-asia/',
        ],
      ]);
      const tags = (r: [string, string][], t: string) => r.filter(([k]) => k === t).map(([, v]) => v);
      expect(tags(must(records[1], 'records[1]'), 'TY')).toEqual(['BOOK']);
      expect(tags(must(records[1], 'records[1]'), 'AU')).toEqual(['Aigerim Sadykova', 'Smith, Jane']);
      expect(tags(must(records[1], 'records[1]'), 'SN')).toEqual(['978-0-7556-0123-4']);
      expect(tags(must(records[1], 'records[1]'), 'DA')).toEqual(['2021/09']);
      expect(tags(must(records[1], 'records[1]'), 'N1')).toHaveLength(2);
      expect(tags(must(records[2], 'records[2]'), 'TY')).toEqual(['JOUR']);
      expect(tags(must(records[2], 'records[2]'), 'AU')).toEqual(['Abdullaev, J. K.', 'World Bank']);
      expect(tags(must(records[2], 'records[2]'), 'ED')).toEqual(['Research and Development Corp']);
      expect(tags(must(records[2], 'records[2]'), 'DO')).toEqual(['10.1080/13567888.2020.1234567']);
      expect(tags(must(records[2], 'records[2]'), 'TI')).toEqual([articleEntry.work.title]);
      // An article's page count would read as its first page.
      expect(tags(must(records[2], 'records[2]'), 'SP')).toEqual([]);
    });

    it('keeps every value on one line', () => {
      const e: ExportEntry = { ...reportEntry, work: work({ title: 'Two\nlines', authors: ['A\r\nB'] }) };
      expect(parseRis(toRis([e]))[0]).toContainEqual(['TI', 'Two lines']);
      expect(toRis([])).toBe('');
    });
  });
});

// ---------------------------------------------------------------------------------------------
// File names

describe('file names', () => {
  const day = new Date(2026, 10, 29, 15, 0); // local time: the user's calendar day

  it('names a file after the work and the date', () => {
    expect(exportFileName('China’s Security Management Towards Central Asia', day, 'md')).toBe(
      'china-s-security-management-towards-central-asia-2026-11-29.md',
    );
    expect(libraryExportFileName(day, 'csv')).toBe('review-annotator-library-2026-11-29.csv');
    expect(exportFileName('Études & Économie', day, 'csl.json')).toBe('etudes-economie-2026-11-29.csl.json');
  });

  it('is safe on Windows, macOS and Linux', () => {
    const name = exportFileName('a/b\\c:d*e?f"g<h>i|j\u0000k\u001f. ', day, 'md');
    expect(name).toBe('a-b-c-d-e-f-g-h-i-j-k-2026-11-29.md');
    expect(exportFileName('...', day, 'md')).toBe('export-2026-11-29.md');
    expect(exportFileName('', day, 'md')).toBe('export-2026-11-29.md');
    expect(exportFileName('CON', day, 'md')).toBe('_con-2026-11-29.md');
    expect(exportFileName('x', day, '../e v')).toBe('x-2026-11-29.ev');
    for (const base of ['a/b', 'con.txt', '😀😀', ' trailing. ', 'LPT1']) {
      const n = exportFileName(base, day, 'md');
      expect(n).toMatch(/^[^/\\:*?"<>|\u0000-\u001f]+$/);
      expect(n).not.toMatch(/^[. ]|[. ]$/);
      expect(must(n.split('.')[0], "n.split('.')[0]")).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)$/i);
    }
  });

  it('keeps other scripts and limits the length', () => {
    expect(exportFileName('الأمن في آسيا الوسطى', day, 'md')).toBe('الأمن-في-آسيا-الوسطى-2026-11-29.md');
    const long = exportFileName('word '.repeat(100), day, 'md');
    expect(slugify('word '.repeat(100)).length).toBeLessThanOrEqual(80);
    expect(long).toMatch(/^(word-)+2026-11-29\.md$/);
    const cjk = slugify('安'.repeat(300));
    expect(new TextEncoder().encode(cjk).length).toBeLessThanOrEqual(150);
    expect(cjk).toBe('安'.repeat(50));
  });

  it('makes names unique', () => {
    expect(uniqueFileNames(['a-2026-11-29.md', 'b-2026-11-29.md', 'a-2026-11-29.md', 'a-2026-11-29.md'])).toEqual([
      'a-2026-11-29.md',
      'b-2026-11-29.md',
      'a-2026-11-29-2.md',
      'a-2026-11-29-3.md',
    ]);
  });
});
