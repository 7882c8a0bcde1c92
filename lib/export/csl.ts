/** CSL-JSON, the citation format Zotero and citeproc read. */
import type { ExportEntry } from './entry';
import { citedWorks, cleanDoi, cslDate, genreOf, oneLine, splitName, type CslItem, type WorkKind } from './citations';

const CSL_TYPE: Record<WorkKind, string> = {
  book: 'book',
  'edited-book': 'book',
  report: 'report',
  article: 'article-journal',
  thesis: 'thesis',
  chapter: 'chapter',
  conference: 'paper-conference',
  document: 'document',
};

export function toCslJson(entries: ExportEntry[]): CslItem[] {
  return citedWorks(entries).map(({ key, kind, work, reviews }) => {
    // citedWorks keeps only works with a title.
    const item: CslItem = { id: key, type: CSL_TYPE[kind], title: oneLine(work.title ?? '') };
    if (work.authors.length) item.author = work.authors.map(splitName);
    if (work.editors.length) item.editor = work.editors.map(splitName);
    const issued = cslDate(work.date);
    if (issued) item.issued = issued;
    if (work.publisher) item.publisher = work.publisher;
    if (work.place) item['publisher-place'] = work.place;
    const genre = genreOf(kind, work);
    if (genre) item.genre = genre;
    if (work.pages != null) item['number-of-pages'] = work.pages;
    if (work.isbn) item.ISBN = work.isbn;
    if (work.doi) item.DOI = cleanDoi(work.doi);
    if (work.link) item.URL = work.link;
    if (work.keywords.length) item.keyword = work.keywords.join(', ');
    if (work.language) item.language = work.language;
    item.note = reviews.join('\n');
    return item;
  });
}
