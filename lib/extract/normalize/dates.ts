/**
 * Dates as pages write them → ISO 8601 at the precision given: `2022`, `2022-04`, `2022-04-01`.
 * `Spring 2021` → `2021`; `04/2022` → `2022-04`; `April 1, 2022 / USA` → a date and a place.
 * Month names are data: adding a language means adding a row.
 */
import { cleanValue, sameLength } from '../text';
import { lazy } from '../../lazy';

/**
 * Each month's names and abbreviations in the languages read, lower case, January first. Where a language
 * writes a date's month in another case than the month's name (Russian, Ukrainian, Polish, Czech,
 * Slovak, Finnish: `12 stycznia 2020`, `12. tammikuuta 2020`), both forms.
 */
const MONTH_ROWS: readonly string[] = [
  'january jan janvier janv januar jänner enero gennaio janeiro ocak января январь januari stycznia styczeń styczen ledna leden januára január tammikuuta tammikuu ianuarie gener січня січень',
  'february feb febr février févr februar febrero febbraio fevereiro şubat subat февраля февраль februari lutego luty února únor februára február helmikuuta helmikuu februarie febrer лютого лютий',
  'march mar mars märz marzo março marco mart марта март maart marts marca marzec března březen marec március maaliskuuta maaliskuu martie març березня березень maret',
  'april apr avril avr abril aprile nisan апреля апрель kwietnia kwiecień kwiecien dubna duben apríla apríl április huhtikuuta huhtikuu aprilie квітня квітень',
  'may mai mayo maggio maio mayıs mayis мая май mei maj maja května květen mája máj május toukokuuta toukokuu maig травня травень',
  'june jun juin juni junio giugno junho haziran июня июнь czerwca czerwiec června červen júna jún június kesäkuuta kesäkuu iunie juny червня червень',
  'july jul juillet juil juli julio luglio julho temmuz июля июль lipca lipiec července červenec júla júl július heinäkuuta heinäkuu iulie juliol липня липень',
  'august aug août agosto ağustos agustos августа август augusti sierpnia sierpień sierpien srpna srpen augusta augusztus elokuuta elokuu agost серпня серпень augustus agustus',
  'september sep sept septembre septiembre settembre setembro eylül eylul сентября сентябрь września wrzesień wrzesien září septembra szeptember syyskuuta syyskuu septembrie setembre вересня вересень setiembre',
  'october oct octobre oktober okt octubre ottobre outubro ekim октября октябрь października październik pazdziernik října říjen októbra október lokakuuta lokakuu octombrie жовтня жовтень',
  'november nov novembre noviembre novembro kasım kasim ноября ноябрь listopada listopad listopadu novembra marraskuuta marraskuu noiembrie листопада листопад',
  'december dec décembre déc dezember dez diciembre dicembre dezembro aralık aralik декабря декабрь grudnia grudzień grudzien prosince prosinec decembra joulukuuta joulukuu decembrie desembre грудня грудень desember',
];
const SEASONS = [
  'spring',
  'summer',
  'autumn',
  'fall',
  'winter',
  'printemps',
  'été',
  'automne',
  'hiver',
  'frühling',
  'frühjahr',
  'sommer',
  'herbst',
  'early',
  'late',
  'mid',
];

const MONTHS = new Map<string, number>();
MONTH_ROWS.forEach((row, i) => {
  for (const name of row.split(' ')) MONTHS.set(name, i + 1);
});
const YEAR = '(1[4-9]\\d\\d|20\\d\\d)';
const ANY_YEAR = new RegExp(YEAR);
/**
 * A word where a month's name stands, looked up in MONTHS when a pattern matches: one pattern of
 * every month name of every language is slow to compile, case-folded letter by letter.
 */
const M = `(\\p{L}+)\\.?`;
const D = '(\\d{1,2})(?:st|nd|rd|th|er|º|\\.)?';

interface Pattern {
  re: RegExp;
  build: (m: RegExpExecArray) => string | null;
}

const pad = (n: number) => `${n < 10 ? '0' : ''}${n}`;
const ymd = (y: string | undefined, mo: number, d?: number) => {
  if (!y || mo < 1 || mo > 12) return null;
  if (d === undefined) return `${y}-${pad(mo)}`;
  if (d < 1 || d > 31) return null;
  return `${y}-${pad(mo)}-${pad(d)}`;
};
const month = (s: string | undefined) => (s ? (MONTHS.get(s.toLowerCase()) ?? 0) : 0);

/** Ordered from most to least precise; the first that matches wins. */
const patterns = lazy((): readonly Pattern[] => [
  // 2022-04-01, 2022/04/01, 2022.04.01, with or without a time after it
  { re: new RegExp(`(?<![\\d.])${YEAR}[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)`, 'gu'), build: (m) => ymd(m[1], Number(m[2]), Number(m[3])) },
  // April 1, 2022 · Apr. 1st 2022
  { re: new RegExp(`(?<![\\p{L}])${M}\\s+${D},?\\s+${YEAR}(?!\\d)`, 'giu'), build: (m) => ymd(m[3], month(m[1]), Number(m[2])) },
  // 1 April 2022 · 1st of April, 2022 · 1. April 2022 · 1er avril 2022 · 1 de abril de 2022
  {
    re: new RegExp(`(?<![\\d])${D}\\s+(?:of\\s+|de\\s+|d['’]\\s*)?${M},?\\s+(?:de\\s+)?${YEAR}(?!\\d)`, 'giu'),
    build: (m) => ymd(m[3], month(m[2]), Number(m[1])),
  },
  // 2022. április 1. (Hungarian: the year first)
  { re: new RegExp(`(?<![\\d.])${YEAR}\\.\\s+${M}\\s+(\\d{1,2})\\.?(?!\\d)`, 'giu'), build: (m) => ymd(m[1], month(m[2]), Number(m[3])) },
  // 01/04/2022 (day first unless that cannot be), 04-01-2022
  {
    re: new RegExp(`(?<![\\d./-])(\\d{1,2})([-/.])(\\d{1,2})\\2${YEAR}(?!\\d)`, 'gu'),
    build: (m) => {
      const a = Number(m[1]),
        b = Number(m[3]);
      if (a > 12) return ymd(m[4], b, a);
      if (b > 12) return ymd(m[4], a, b);
      return m[2] === '/' ? ymd(m[4], a, b) : ymd(m[4], b, a); // US slashes, European dots and dashes
    },
  },
  // 2022-04 (not followed by another -dd)
  { re: new RegExp(`(?<![\\d.])${YEAR}-(\\d{2})(?![\\d-])`, 'gu'), build: (m) => ymd(m[1], Number(m[2])) },
  // 04/2022, 4.2022
  { re: new RegExp(`(?<![\\d./-])(\\d{1,2})[/.]${YEAR}(?!\\d)`, 'gu'), build: (m) => ymd(m[2], Number(m[1])) },
  // April 2022, Apr. 2022, avril 2022, April, 2022
  { re: new RegExp(`(?<![\\p{L}])${M},?\\s+(?:de\\s+)?${YEAR}(?!\\d)`, 'giu'), build: (m) => ymd(m[2], month(m[1])) },
  // Spring 2021, Winter 2020/21
  { re: new RegExp(`(?<![\\p{L}])(?:${SEASONS.join('|')})(?:\\s*[-/]\\s*(?:${SEASONS.join('|')}))?,?\\s+${YEAR}(?!\\d)`, 'giu'), build: (m) => m[1] ?? null },
  // a bare year
  { re: new RegExp(`(?<![\\d\\p{L}.,/-])${YEAR}(?![\\d])`, 'gu'), build: (m) => m[1] ?? null },
]);

export interface DateMatch {
  /** ISO 8601 at the precision given. */
  iso: string;
  /** Where the date stands in the input string. */
  start: number;
  end: number;
}

/** The first date found in `s`, at the most precise reading, or null. */
export function findDate(s: string): DateMatch | null {
  const text = sameLength(s.length > 400 ? s.slice(0, 400) : s);
  // Every pattern needs a year: most lines have none, and are left at once.
  if (!ANY_YEAR.test(text)) return null;
  for (const p of patterns()) {
    // A match may be no date (a word that is no month's name before a year): the next may be.
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
      const iso = p.build(m);
      if (iso) return { iso, start: m.index, end: m.index + m[0].length };
      p.re.lastIndex = m.index + 1;
    }
  }
  return null;
}

const SLASHED = /(?:^|[^\d./-])(\d{1,2})\/(\d{1,2})\/(1[4-9]\d\d|20\d\d)(?!\d)/;

/**
 * `02/08/2010` is read month first, as in English; a page in another language writes the day
 * first. `iso` is the date read from `quote`; returns it corrected for the page's language.
 */
export function dayFirstIn(lang: string, iso: string, quote: string): string {
  if (!lang || /^en\b/i.test(lang)) return iso;
  const m = SLASHED.exec(quote);
  if (!m) return iso;
  const a = Number(m[1]),
    b = Number(m[2]);
  if (a > 12 || b > 12 || a === b || iso !== ymd(m[3], a, b)) return iso;
  return ymd(m[3], b, a) ?? iso;
}

/** `2022-06-13T09:12:44+00:00` → `2022-06-13`; `April 2022` → `2022-04`; null when no date. */
export function normalizeDate(s: string): string | null {
  return findDate(s)?.iso ?? null;
}

export interface DatePlace {
  date: string | null;
  place: string | null;
  /** The parts of the input they were read from. */
  dateQuote: string | null;
  placeQuote: string | null;
}

/**
 * A value that may hold a date, a place, or both: `April 1, 2022 / USA`, `London, 2019`,
 * `USA (2022)`. The place is what is left once the date and separators are removed, if it
 * reads like a place name.
 */
export function parseDatePlace(s: string): DatePlace {
  const d = findDate(s);
  const out: DatePlace = { date: d?.iso ?? null, place: null, dateQuote: d ? s.slice(d.start, d.end) : null, placeQuote: null };
  const rest = d ? [s.slice(0, d.start), s.slice(d.end)] : [s];
  for (const r of rest) {
    const place = cleanValue(r.replace(/[()[\]]/g, ' '));
    if (looksLikePlace(place)) {
      out.place = place;
      out.placeQuote = place;
      break;
    }
  }
  return out;
}

function looksLikePlace(s: string): boolean {
  if (s.length < 2 || s.length > 60) return false;
  if (/\d/.test(s)) return false;
  if (!/^\p{Lu}/u.test(s)) return false;
  // A month or season name left over is not a place.
  const first = s.split(/[\s,]+/)[0]?.toLowerCase() ?? '';
  if (MONTHS.has(first) || SEASONS.includes(first)) return false;
  return s.split(/\s+/).length <= 6;
}
