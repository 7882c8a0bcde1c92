/**
 * The plain-data side of the extraction's shape: the provenance sources, the field lists and
 * empty values. Kept apart from schema.ts so that the extractor (which runs in every page) does
 * not pull in the validation library; schema.ts re-exports all of it.
 */
import type { Review, ReviewField, Work, WorkField } from './schema';

export const SOURCES = ['label', 'citation', 'json-ld', 'meta', 'heading', 'title', 'breadcrumb', 'byline', 'content', 'url', 'rule'] as const;

export const WORK_FIELDS: readonly WorkField[] = [
  'title',
  'authors',
  'editors',
  'affiliation',
  'publisher',
  'date',
  'place',
  'type',
  'pages',
  'keywords',
  'isbn',
  'doi',
  'link',
  'language',
];
export const REVIEW_FIELDS: readonly ReviewField[] = ['title', 'siteName', 'reviewer', 'reviewerRole', 'published', 'categories', 'summary'];

export function emptyWork(): Work {
  return {
    title: null,
    authors: [],
    editors: [],
    affiliation: null,
    publisher: null,
    date: null,
    place: null,
    type: null,
    pages: null,
    keywords: [],
    isbn: null,
    doi: null,
    link: null,
    language: null,
  };
}

export function emptyReview(): Review {
  return {
    title: null,
    siteName: null,
    reviewer: null,
    reviewerRole: null,
    published: null,
    categories: [],
    summary: null,
  };
}
