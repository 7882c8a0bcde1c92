/**
 * The software a repository or library catalogue runs on says which of its pages show one item:
 * DSpace's `/handle/1/2` and `/items/<uuid>`, EPrints' `/id/eprint/12`, VuFind's `/Record/12`,
 * Koha's `opac-detail.pl`, Invenio's `/record/12`, Primo's `fulldisplay`, Blacklight's
 * `/catalog/12`; and a repository's software names itself in a `generator` meta tag. These
 * addresses are the platforms' own, the same on every site that runs them.
 */
import { allMeta, type MetaMap } from './meta';
import { pathOf } from './signals';

/** The address of one item's page on a repository or catalogue platform. */
const ITEM_PATH =
  /\/handle\/\d+(?:\.\d+)*\/\d+(?:\/|$)|\/items\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?:\/|$)|\/id\/eprint\/\d+(?:\/|$)|\/Record\/[\w.:-]+(?:\/|$)|\/cgi-bin\/koha\/opac-(?:detail|MARCdetail|ISBDdetail|showmarc)\.pl$|\/records?\/\d+(?:\/|$)|\/discovery\/fulldisplay$|\/catalog\/[\w.:-]*\d[\w.:-]*(?:\/|$)/;

/** Repository software that names itself in a `generator` meta tag (its item pages carry citation tags). */
const REPOSITORY_GENERATOR = /^\s*(?:DSpace|EPrints|Invenio|Islandora|Dataverse|Koha|VuFind)\b/i;

/** The page's address is one item's on a repository or catalogue platform. */
export function itemAddress(url: string): boolean {
  return ITEM_PATH.test(pathOf(url));
}

/** The page's address is an item's on a repository or catalogue platform, or the platform names itself. */
export function repositoryPlatform(url: string, meta: MetaMap): boolean {
  if (itemAddress(url)) return true;
  return allMeta(meta, 'generator').some((v) => REPOSITORY_GENERATOR.test(v.content));
}
