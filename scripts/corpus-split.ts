/**
 * Which split a corpus site belongs to: about a third of the sites are blind, chosen by a hash
 * of the site's name (its host without `www.`) so that nobody picks them.
 *
 *   npx tsx scripts/corpus-split.ts example.org …   prints each site's split
 */
import { createHash } from 'node:crypto';

/** Sites moved from blind to tune because a rule was written after reading one of their pages. */
export const MOVED: ReadonlySet<string> = new Set([
  'analitika.in.ua',
  'blog.openlibrary.org',
  'blog.repec.org',
  'boards.ie',
  'bookla.cz',
  'daselektronikerforum.de',
  'dusanpolansky.cz',
  'ensie.nl',
  'hfboards.hockeysfuture.com',
  'labophilo.blogspot.com',
  'lyvres.fr',
  'minervanewscrispiano.blogspot.com',
  'nuim.libguides.com',
  'wjfw.com',
]);

/**
 * A random tenth of the blind sites (those whose SHA-1 of `study15:SITE` is 0 modulo 10), moved
 * to tune with their pages to be read at once: what the extractor misses on sites it was not
 * written on, seen in a sample nobody chose.
 */
export const STUDIED: ReadonlySet<string> = new Set([
  '119.78.100.153',
  '3dsattv.ru',
  '921kibu.wordpress.com',
  'afribary.com',
  'airuniversity.af.edu',
  'austlit.edu.au',
  'beathesbibliotek.no',
  'beta.ararat.vic.gov.au',
  'biobiochile.cl',
  'blogdopauloruch.com',
  'blogg130.rssing.com',
  'bogmarkedet.dk',
  'books-by-isbn.com',
  'cartasdeunlector.com',
  'castellon.elperiodicodeaqui.com',
  'cupcakesandmiracles.com',
  'de.wikiup.org',
  'der-kleine-horror-garten.de',
  'detdigitalefolkebibliotek.dk',
  'diepresse.com',
  'digismak.com',
  'docs.yolo.scapegoat.dev',
  'edenmillswritersfestival.ca',
  'eltrapezi.com',
  'forumtriumphchepassione.com',
  'georgeweinstein.com',
  'giuneitesti.com',
  'ideas.repec.org',
  'ilfoglio.it',
  'kulttuuri.se',
  'labyrinthbooks.wordpress.com',
  'lapunkt.ro',
  'librairie-gallimard.com',
  'm.livreshebdo.fr',
  'maisondeschefs.com',
  'marxandphilosophy.org.uk',
  'mjporterauthor.blog',
  'mlsnavarecka.cz',
  'noon.com',
  'outlookindia.com',
  'oxford.universitypressscholarship.com',
  'pghcitypaper.com',
  'politiken.dk',
  'polityka.pl',
  'posepartage.fr',
  'prozanostra.com',
  'przeglad-czytelniczy.blogspot.com',
  'pt.m.wikipedia.org',
  'publishers.org.nz',
  'readinggroupchoices.com',
  'reviews.libraryjournal.com',
  'revistadelauniversidad.mx',
  'revistavatra.org',
  'ricettediunamamma.it',
  'saiia.org.za',
  'salentolibri.com',
  'sidsbookblog.blogspot.com',
  'sipri.org',
  'sormlandsbygden.se',
  'spd-nordwalde.de',
  'stronakobiet.pl',
  't24.com.tr',
  'tenterdentowncouncil.gov.uk',
  'tgrthaber.com',
  'thebookthisweek.wordpress.com',
  'thehindu.com',
  'thenordar.com',
  'thetimes.co.uk',
  'valeriebakingwithannaolson.com',
  'vejasp.abril.com.br',
  'woodworkersjournal.com',
  'wp.vinduet.no',
  'writingtipsoasis.com',
  'xsales.ro',
]);

/**
 * Half of the pairs corpus's blind sites added in one round (those whose SHA-1 of `study16:SITE`
 * is even), moved to tune to be read at once: why a reader's corrections teach so little on sites
 * nobody wrote a rule on. The other half stays blind to measure what that reading changed.
 */
export const STUDIED_PAIRS: ReadonlySet<string> = new Set([
  'domi-czyta.pl',
  'historynerdsunited.com',
  'koloknet.hu',
  'leestafel.info',
  'leregardlibre.com',
  'piie.com',
  'therestingwillow.com',
  'writeandwatch.com',
]);

export function splitOf(site: string): 'tune' | 'blind' {
  if (MOVED.has(site) || STUDIED.has(site) || STUDIED_PAIRS.has(site)) return 'tune';
  const h = createHash('sha1').update(site).digest();
  return h.readUInt32BE(0) % 3 === 0 ? 'blind' : 'tune';
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const s of process.argv.slice(2)) console.log(`${s} ${splitOf(s)}`);
}
