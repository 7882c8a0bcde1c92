// Which split a corpus site belongs to: about a third of sites are blind, chosen by a hash of the
// site's name so that nobody picks them. A site moved to tune by hand is listed in MOVED.
import { createHash } from 'node:crypto';

/** Sites moved from blind to tune because a rule was written after reading one of their pages. */
export const MOVED = new Set([]);

export function splitOf(site) {
  if (MOVED.has(site)) return 'tune';
  const h = createHash('sha1').update(site).digest();
  return h.readUInt32BE(0) % 3 === 0 ? 'blind' : 'tune';
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const s of process.argv.slice(2)) console.log(`${s} ${splitOf(s)}`);
}
