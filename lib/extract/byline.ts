/**
 * The reviewer and their role from a `By:` / `Reviewed by` line or a byline element:
 * `By: Riyaz ul Khaliq, CIGA Non-resident Research Associate` → name + role;
 * `Jane Doe (University of Leeds)` → name + role; decorations such as `(bio)` are dropped.
 */
import { looksLikePersonName } from './normalize/names';
import { clean, cleanValue } from './text';

export interface Byline {
  name: string;
  role: string | null;
  /** The name and role as written in the input (for quotes). */
  nameQuote: string;
  roleQuote: string | null;
}

/** The word a byline opens with before a name (`By`, `Von`, `Par`, `Por`, `De`, `Di`, `Door`, `Av`), in its usual cases. */
export const BY_WORD = '(?:[Bb]y|BY|[Vv]on|VON|[Pp]ar|PAR|[Pp]or|POR|[Dd]e|DE|[Dd]i|DI|[Dd]oor|DOOR|[Aa][vf]|AV)';

/** Words that say a post was posted, in the languages read (`Posted`, `Publié`, `Eingestellt`, `Geplaatst`). */
export const POSTING = 'posted|publi[ée]|post[ée]|publicado|postado|pubblicato|postato|eingestellt|ver[öo]ffentlicht|geplaatst|gepost';

/**
 * What a byline says before the name: a by-word (`By`, Dutch `Door`, Scandinavian `Av`/`Af`), after
 * a word for the review or for posting it (`Publicado por`, `Pubblicato da`, `Eingestellt von`,
 * `Recensione a cura di`, `Recensie door`); or a credit word set apart. `da` and `di` alone open Italian family names
 * (`Di Pietrantonio`), so they only count after such a word.
 */
const LEAD = new RegExp(
  `^(?:(?:book\\s+)?(?:reviewed|review|written|words|text|rezensiert|rezension|compte rendu|recensé|reseñado|recensione(?:\\s+a\\s+cura)?|a\\s+cura|recensie|besproken|geschreven|${POSTING})\\s+(?:by|von|par|por|da|di|door)|(?:by|von|par|por|door|av|af))\\s*[:：]?\\s+|^(?:reviewer|rezensent(?:in)?|autor(?:in)?|author)\\s*(?:[:：]|\\s[·•|]\\s)\\s*`,
  'i',
);
const DECORATION = /\s*[([]\s*(?:bio|biography|email|e-mail|twitter|website|profile|orcid|contact|more|read more)\s*[)\]]\s*|\s+(?:bio|email|twitter)$/gi;
/** A byline element's date line (`Publié le :`, `Published`), which names no one. */
const DATE_LABEL =
  /^(?:publi[ée]e?|published|posted|updated|mis à jour|veröffentlicht|aktualisiert|publicado|actualizado|atualizado|pubblicato|aggiornato|yayınlanma|güncelleme|опубликовано|обновлено)(?![\p{L}])/iu;
const NOT_ROLE = /\b(?:min(?:ute)?s?\s+read|\d{1,2}:\d\d|comments?|updated|published|posted|share)\b|^\d|(?:19|20)\d\d/i;

/** A blog's footer gives the time after the name: `Posted by A at 10:12 AM`, `Eingestellt von A um 10:12`, `Publicado por A às 10:12`. */
const POSTED_AT = /\s+(?:at|um|om|às|as|alle|à|a las|kl\.?|klo)\s+\d{1,2}[:.h]\d\d\b.*$/iu;

/** Parse a byline. Null when the name part does not read like a person's (or a team's) name. */
export function parseByline(raw: string): Byline | null {
  let s = clean(raw).replace(DECORATION, ' ').trim();
  s = s.replace(LEAD, '').replace(POSTED_AT, '');
  // Bylines that list a date or reading time after a middle dot or bar: keep the first part
  // without a digit, as a dateline before the name has (`BUCUREŞTI, (15.08.2018, 10:19) · A`).
  const parts = s.split(/\s+[·•|]\s+/);
  s = parts.find((p) => !/\d/.test(p)) ?? parts[0] ?? s;
  s = s.replace(/^[-–—\s]+/, '');
  if (!s) return null;
  let name = s;
  let role: string | null = null;
  const paren = /^([^()]{3,80}?)\s*\(([^()]{2,200})\)\s*[.,;]?$/.exec(s);
  if (paren && paren[1] && paren[2]) {
    name = paren[1];
    role = paren[2];
  } else {
    const cut = /,\s+|\s+[–—-]\s+/.exec(s);
    if (cut && cut.index > 0) {
      name = s.slice(0, cut.index);
      role = s.slice(cut.index + cut[0].length);
    }
  }
  name = cleanValue(name).replace(/(?<=\p{L})[\d*†‡¹²³⁴⁵⁶⁷⁸⁹⁰]+$/u, '');
  if (role !== null) {
    role = cleanValue(role);
    if (!role || NOT_ROLE.test(role) || role.length > 300) role = null;
  }
  // A digit left in the name is a date or a count the byline ran on (`Ocak 18`), never a name.
  if ((!looksLikePersonName(name) && !/^\p{Lu}/u.test(name)) || DATE_LABEL.test(name) || /\d/.test(name)) return null;
  if (name.split(/\s+/).length > 8 || name.length > 100) return null;
  return { name, role, nameQuote: name, roleQuote: role };
}
