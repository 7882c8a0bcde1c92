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
  'daselektronikerforum.de',
  'dusanpolansky.cz',
  'ensie.nl',
  'hfboards.hockeysfuture.com',
  'labophilo.blogspot.com',
  'lyvres.fr',
  'minervanewscrispiano.blogspot.com',
  'wjfw.com',
]);

export function splitOf(site: string): 'tune' | 'blind' {
  if (MOVED.has(site)) return 'tune';
  const h = createHash('sha1').update(site).digest();
  return h.readUInt32BE(0) % 3 === 0 ? 'blind' : 'tune';
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const s of process.argv.slice(2)) console.log(`${s} ${splitOf(s)}`);
}
