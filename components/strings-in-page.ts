/**
 * The strings of the in-page toolbar and editor and of storage failures: apart from the rest of
 * `t` (strings.ts), because the content script runs on every page and carries only these.
 */
/** Every field's name, as the popup, the library and the in-page "Use as…" show it. */
export const FIELD_NAMES = {
  'work.title': 'Title',
  'work.authors': 'Authors',
  'work.editors': 'Editors',
  'work.affiliation': 'Affiliation',
  'work.publisher': 'Publisher',
  'work.date': 'Date',
  'work.place': 'Place',
  'work.type': 'Type',
  'work.pages': 'Pages',
  'work.keywords': 'Keywords',
  'work.isbn': 'ISBN',
  'work.doi': 'DOI',
  'work.link': 'Link',
  'work.language': 'Language',
  'review.title': 'Headline',
  'review.siteName': 'Site',
  'review.reviewer': 'Reviewer',
  'review.reviewerRole': 'Reviewer’s role',
  'review.published': 'Published',
  'review.categories': 'Categories',
  'review.summary': 'Summary',
} as const;

/** The fields the in-page toolbar's "Use as…" offers, in the order a reader looks for them. */
export const USE_AS_FIELDS = [
  'work.title',
  'work.authors',
  'work.publisher',
  'work.date',
  'work.place',
  'work.type',
  'work.pages',
  'work.keywords',
  'work.isbn',
  'work.doi',
  'review.reviewer',
] as const;

export const inPageStrings = {
  toolbarLabel: 'Highlight the selected text',
  editorLabel: 'Edit highlight',
  editHighlight: 'Highlight',
  overlapping: (n: number) => `${n} overlapping highlights`,
  highlightIn: (color: string) => `Highlight in ${color}`,
  note: 'Note',
  noteLabel: 'Note',
  tagsLabel: 'Tags',
  tagsPlaceholder: 'comma, separated',
  save: 'Save',
  saved: 'Saved.',
  delete: 'Delete',
  deleted: 'Highlight deleted.',
  undo: 'Undo',
  close: 'Close',
  saveFailed: (why: string) => `Not saved: ${why}`,
  useAs: 'Use as…',
  useAsLabel: 'Use the selected text as a field of the work or the review',
  pickPrompt: (field: string) => `Select the ${field.toLowerCase()} on the page. Esc to cancel.`,
  reattachPrompt: 'Select the text this highlight belongs to now. Esc to cancel.',
  cancel: 'Cancel',
};

/**
 * When the extension's storage fails. Each problem is a headline (what happened) and advice
 * (what the user can do), joined around what was not saved where there is such a thing.
 */
export const storageStrings = {
  quota: {
    headline: 'Storage is full',
    advice: 'Free some disk space, then try again. Nothing you saved before has been changed.',
  },
  unavailable: {
    headline: 'The extension’s storage cannot be opened',
    advice: 'Restart the browser, then try again. Nothing you saved before has been changed.',
  },
  'upgrade-failed': {
    headline: 'Your notes could not be upgraded to this version of the extension',
    advice:
      'They are safe, and you can still read them and export them from the library, but new highlights and changes cannot be saved until the upgrade succeeds. Restarting the browser tries it again. Do not remove the extension: that would delete your notes (export a backup first).',
  },
  highlightNotSaved: 'this highlight was not saved',
  changeNotSaved: 'this change was not saved',
  lastChangeNotSaved: 'your last change was not saved',
  nothingImported: 'nothing was imported',
};
