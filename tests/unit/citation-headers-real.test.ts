/**
 * Citation headers of reviewed works as real review pages print them, each read on its own line.
 *
 * The headers were taken, as the pages give them, from public review pages (journal and magazine
 * reviews, review blogs, publishers' and departments' lists of books) found through the stored web
 * pages of the `search` tool's `pages` corpus; the host of each page is given in its row (the
 * Pennsylvania Literary Journal's, on anaphoraliterary.com, are the ones issue 16 started from). None of
 * them is from a site of the corpus's blind split. Every expected field was checked by hand
 * against the header: a field the header does not give is null.
 *
 * Values are compared as the corpus evaluation compares them: case, quote and dash styles and
 * white space aside, people in reading order, an ISBN by its digits.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { extractReview } from '../../lib/extract';
import { parseCitation } from '../../lib/extract/citation-line';
import { personName } from '../../lib/extract/normalize/names';
import { closeWindows, page, textLine } from './extract-helpers';
import { norm as corpusNorm } from '../../scripts/corpus';

afterAll(closeWindows);

interface Want {
  title: string | null;
  authors?: string[];
  editors?: string[];
  place: string | null;
  publisher: string | null;
  date: string | null;
  pages: number | null;
  isbn?: string;
}

const HEADERS: readonly (readonly [host: string, text: string, want: Want])[] = [
  [
    'anaphoraliterary.com',
    'Clayton C. Anderson. It’s a Question of Space: An Ordinary Astronaut’s Answers to Sometimes Extraordinary Questions. $16.95. 224pp, 6X9”, 38 images. ISBN: 978-1-49620508-7. Lincoln: Nebraska University Press, July 1, 2018.',
    {
      title: 'It’s a Question of Space: An Ordinary Astronaut’s Answers to Sometimes Extraordinary Questions',
      authors: ['Clayton C. Anderson'],
      place: 'Lincoln',
      publisher: 'Nebraska University Press',
      date: '2018',
      pages: 224,
      isbn: '9781496205087',
    },
  ],
  [
    'anaphoraliterary.com',
    'Ruben Molina-Perez and Asier Larramendi. Dinosaur Facts and Figures: The Theropods and Other Dinosauriformes. $29.95. 288pp, 9.5X11.75”, 2,300 color diagrams, paintings & maps, hardback. ISBN: 978-0691180311. Princeton: Princeton University Press, June 25, 2019.',
    {
      title: 'Dinosaur Facts and Figures: The Theropods and Other Dinosauriformes',
      authors: ['Ruben Molina-Perez', 'Asier Larramendi'],
      place: 'Princeton',
      publisher: 'Princeton University Press',
      date: '2019',
      pages: 288,
      isbn: '9780691180311',
    },
  ],
  [
    'cyberleninka.org',
    'Death Blow to Jim Crow: The National Negro Congress and the Rise of Militant Civil Rights. By Erik S. Gellman. (Chapel Hill, NC: University of North Carolina Press, 2012. Pp. xiii, 354. $39.95.)',
    {
      title: 'Death Blow to Jim Crow: The National Negro Congress and the Rise of Militant Civil Rights',
      authors: ['Erik S. Gellman'],
      place: 'Chapel Hill, NC',
      publisher: 'University of North Carolina Press',
      date: '2012',
      pages: 354,
    },
  ],
  [
    'cyberleninka.org',
    "Moshe Dayan: Israel's Controversial Hero. By Mordechai Bar-On. (New Haven, CT: Yale University Press, 2012. Pp. xii, 247. $25.00.)",
    {
      title: "Moshe Dayan: Israel's Controversial Hero",
      authors: ['Mordechai Bar-On'],
      place: 'New Haven, CT',
      publisher: 'Yale University Press',
      date: '2012',
      pages: 247,
    },
  ],
  [
    'uwaterloo.ca',
    "China's Foreign Policy Since 1949: Continuity and Change, by Kevin Cai, Routledge, 2022.",
    {
      title: "China's Foreign Policy Since 1949: Continuity and Change",
      authors: ['Kevin Cai'],
      place: null,
      publisher: 'Routledge',
      date: '2022',
      pages: null,
    },
  ],
  [
    'uwaterloo.ca',
    'CounterStories from the Writing Center, edited by Wonderful Faison and Frankie Condon, Utah State University Press. 2022.',
    {
      title: 'CounterStories from the Writing Center',
      editors: ['Wonderful Faison', 'Frankie Condon'],
      place: null,
      publisher: 'Utah State University Press',
      date: '2022',
      pages: null,
    },
  ],
  [
    'studylibde.com',
    'Peter Biegelbauer (Hg.) STEUERUNG VON WISSENSCHAFT? Die Governance des österreichischen Innovationssystems, Innsbruck/Wien 2010, StudienVerlag, 336 S., EUR 38,90 EUR.',
    {
      title: 'Steuerung von Wissenschaft? Die Governance des österreichischen Innovationssystems',
      editors: ['Peter Biegelbauer'],
      place: 'Innsbruck/Wien',
      publisher: 'StudienVerlag',
      date: '2010',
      pages: 336,
    },
  ],
  [
    'koeblergerhard.de',
    'Patka, Marcus G., Österreichische Freimaurer im Nationalsozialismus. Treue und Verrat. Böhlau, Wien 2011. 221 S. Besprochen von Gerhard Köbler.',
    {
      title: 'Österreichische Freimaurer im Nationalsozialismus: Treue und Verrat',
      authors: ['Marcus G. Patka'],
      place: 'Wien',
      publisher: 'Böhlau',
      date: '2011',
      pages: 221,
    },
  ],
  [
    'davbb.de',
    'Karl-Wilhelm Weeber, Neues über die alten Römer. Von A wie Aftershave bis Z wie Zocker, Theiss-Verlag und WBG, Darmstadt 2015, 336 Seiten, 19,95 € (bei der WBG 14,95 €), ISBN 978-3-8062-2841-0',
    {
      title: 'Neues über die alten Römer: Von A wie Aftershave bis Z wie Zocker',
      authors: ['Karl-Wilhelm Weeber'],
      place: 'Darmstadt',
      publisher: 'Theiss-Verlag und WBG',
      date: '2015',
      pages: 336,
      isbn: '9783806228410',
    },
  ],
  [
    'tripotaylakay.com',
    '« Voyages dans l’histoire de France », de Guillaume Perrault (Perrin, 352 p., 10 €).',
    { title: 'Voyages dans l’histoire de France', authors: ['Guillaume Perrault'], place: null, publisher: 'Perrin', date: null, pages: 352 },
  ],
  [
    'metropolitiques.eu',
    'Recensé : Jérôme Fourquet, La France d’après. Tableau politique, Paris, Éditions du Seuil, 2023, 543 p.',
    { title: 'La France d’après: Tableau politique', authors: ['Jérôme Fourquet'], place: 'Paris', publisher: 'Éditions du Seuil', date: '2023', pages: 543 },
  ],
  [
    'rogueclassicism.com',
    'Empire, Authority, and Autonomy in Achaemenid Anatolia by Elspeth R. M. Dusinberre. Cambridge/New York: Cambridge University Press, 2013. Pp. xxvi + 374. $ 40.99. Paper. ISBN 978-1-107-57715-2.',
    {
      title: 'Empire, Authority, and Autonomy in Achaemenid Anatolia',
      authors: ['Elspeth R. M. Dusinberre'],
      place: 'Cambridge/New York',
      publisher: 'Cambridge University Press',
      date: '2013',
      pages: 374,
      isbn: '9781107577152',
    },
  ],
  [
    'bmcreview.org',
    '**Althoff, Jochen, Sabine Föllinger and Georg Wöhrle (edd.). Antike Naturwissenschaften und ihre Rezeption, Band XXIV. Trier: WVT Wissenschaftlicher Verlag Trier, 2014. 186 p. € 24.50. ISBN 9783868215397.',
    {
      title: 'Antike Naturwissenschaften und ihre Rezeption, Band XXIV',
      editors: ['Jochen Althoff', 'Sabine Föllinger', 'Georg Wöhrle'],
      place: 'Trier',
      publisher: 'WVT Wissenschaftlicher Verlag Trier',
      date: '2014',
      pages: 186,
      isbn: '9783868215397',
    },
  ],
  [
    'ndpr.nd.edu',
    'Aristotle, On the Soul and Other Psychological Works, Fred D. Miller, Jr. (tr.), Oxford University Press, 2018, lxxiv + 276pp., $14.95 (pbk), ISBN 9780199588213.',
    {
      title: 'On the Soul and Other Psychological Works',
      authors: ['Aristotle'],
      place: null,
      publisher: 'Oxford University Press',
      date: '2018',
      pages: 276,
      isbn: '9780199588213',
    },
  ],
  [
    'ndpr.nd.edu',
    'Juliet Floyd and James E. Katz (eds.), Philosophy of Emerging Media: Understanding, Appreciation, Application, Oxford University Press, 2016, 466pp., $39.95 (pbk), ISBN 9780190260750.',
    {
      title: 'Philosophy of Emerging Media: Understanding, Appreciation, Application',
      editors: ['Juliet Floyd', 'James E. Katz'],
      place: null,
      publisher: 'Oxford University Press',
      date: '2016',
      pages: 466,
      isbn: '9780190260750',
    },
  ],
  [
    'cyberleninka.ru',
    'Рецензия на книгу: Богданова О.А. Усадьба и дача в русской литературе XIX–XXI вв.: топика, динамика, мифология: Монография. М.: ИМЛИ РАН, 2019. 288 с. (Сер. «Русская усадьба в мировом контексте». Вып. 1)',
    {
      title: 'Усадьба и дача в русской литературе XIX–XXI вв.: топика, динамика, мифология',
      authors: ['О.А. Богданова'],
      place: 'М.',
      publisher: 'ИМЛИ РАН',
      date: '2019',
      pages: 288,
    },
  ],
  [
    'slavicworld.ru',
    '[Рецензия] Лукин П.Е., Сафонов А.А. В сердце Балкан: очерки истории Македонии (с древнейших времен до начала ХХI века). М.: Индрик, 2018',
    {
      title: 'В сердце Балкан: очерки истории Македонии (с древнейших времен до начала ХХI века)',
      authors: ['П.Е. Лукин', 'А.А. Сафонов'],
      place: 'М.',
      publisher: 'Индрик',
      date: '2018',
      pages: null,
    },
  ],
  [
    'noo-journal.ru',
    '[Рецензия на кн.: Карев Д.В., Дудько А.Д. Принеманье: история и люди в национальном и европейском контексте. – Гродно: ЮрСаПринт, 2021. – 268 с.]',
    {
      title: 'Принеманье: история и люди в национальном и европейском контексте',
      authors: ['Д.В. Карев', 'А.Д. Дудько'],
      place: 'Гродно',
      publisher: 'ЮрСаПринт',
      date: '2021',
      pages: 268,
    },
  ],
  [
    'cyberleninka.ru',
    'РЕЦЕНЗИЯ НА КНИГУ: FUBLISHING IN TSARIST RUSSIA: A HISTORY OF PRINT MEDIA FROM ENLIGHTENMENT TO REVOLUTION / ED. BY Y. TATSUMI, T. TSURUMI. LONDON: BLOOMSBURY ACADEMIC, 2020. 280 P.',
    {
      title: 'Fublishing in Tsarist Russia: A History of Print Media from Enlightenment to Revolution',
      editors: ['Y. Tatsumi', 'T. Tsurumi'],
      place: 'London',
      publisher: 'Bloomsbury Academic',
      date: '2020',
      pages: 280,
    },
  ],
  [
    'studydaddy.com',
    'Power to the People: Energy in Europe over the Last Five Centuries . By Astrid Kander, Paolo Malanima and Paul Warde. Princeton University Press. 2013. x + 457pp. $39.50/£27.95.',
    {
      title: 'Power to the People: Energy in Europe over the Last Five Centuries',
      authors: ['Astrid Kander', 'Paolo Malanima', 'Paul Warde'],
      place: null,
      publisher: 'Princeton University Press',
      date: '2013',
      pages: 457,
    },
  ],
  [
    'distantreader.org',
    'Medieval Citadel of the Saxons: The Rise of Early London. By Rory Naismith. I. B. Tauris. 2019. xx + 268pp. £20.00.',
    {
      title: 'Medieval Citadel of the Saxons: The Rise of Early London',
      authors: ['Rory Naismith'],
      place: null,
      publisher: 'I. B. Tauris',
      date: '2019',
      pages: 268,
    },
  ],
  [
    'journals.linguisticsociety.org',
    'Historically problematic morphosyntactic features in Uralic languages. By Ago Künnap. (LINCOM studies in Uralic linguistics 01.) Munich: LINCOM Europa, 2006. Pp. 96. ISBN 9783895864933. $72.66.',
    {
      title: 'Historically problematic morphosyntactic features in Uralic languages',
      authors: ['Ago Künnap'],
      place: 'Munich',
      publisher: 'LINCOM Europa',
      date: '2006',
      pages: 96,
      isbn: '9783895864933',
    },
  ],
  [
    'journals.linguisticsociety.org',
    'Roots of Afrikaans: Selected writings of Hans den Besten. Ed. by Ton van der Wouden. (Creole language library 44.) Amsterdam: John Benjamins. Pp. vii, 458. ISBN 9789027252678. $158 (Hb).',
    {
      title: 'Roots of Afrikaans: Selected writings of Hans den Besten',
      editors: ['Ton van der Wouden'],
      place: 'Amsterdam',
      publisher: 'John Benjamins',
      date: null,
      pages: 458,
      isbn: '9789027252678',
    },
  ],
  [
    'fdocuments.us',
    'Review of: Jae Jung Song (ed.), The Oxford handbook of linguistic typology. Oxford: Oxford University Press, 2011. xxii + 754 pages, ISBN 978-0-19-928125-1 (hardback), GBP 102.50; ISBN 978-0-19-965840-4 (paperback), GBP 30.',
    {
      title: 'The Oxford handbook of linguistic typology',
      editors: ['Jae Jung Song'],
      place: 'Oxford',
      publisher: 'Oxford University Press',
      date: '2011',
      pages: 754,
      isbn: '9780199281251',
    },
  ],
  [
    'onlinelibrary.wiley.com',
    'Conservation Biology for All. Sodhi, N. S., and P. R. Ehrlich, editors. 2010. Oxford University Press, Oxford, United Kingdom. 344 pp. $65 (paperback). ISBN 978-0-19-955424-9.',
    {
      title: 'Conservation Biology for All',
      editors: ['N. S. Sodhi', 'P. R. Ehrlich'],
      place: 'Oxford, United Kingdom',
      publisher: 'Oxford University Press',
      date: '2010',
      pages: 344,
      isbn: '9780199554249',
    },
  ],
  [
    'onlinelibrary.wiley.com',
    'Essentials of Conservation Biology . 5th edition . Primack, R. B. 2010 . Sinauer Associates , Sunderland , MA . 601 pp. $86.95 (hardcover). ISBN 978-0-8789-640-3.',
    {
      title: 'Essentials of Conservation Biology',
      authors: ['R. B. Primack'],
      place: 'Sunderland, MA',
      publisher: 'Sinauer Associates',
      date: '2010',
      pages: 601,
    },
  ],
  [
    'vdocuments.mx',
    'Making Seafood Sustainable: American Experiences in Global Perspective. Blackford, M. 2012. University of Pennsylvania Press, Philadelphia, PA. 296 pp. $45.00 (hardcover). ISBN 978–0–8122–4393–2.',
    {
      title: 'Making Seafood Sustainable: American Experiences in Global Perspective',
      authors: ['M. Blackford'],
      place: 'Philadelphia, PA',
      publisher: 'University of Pennsylvania Press',
      date: '2012',
      pages: 296,
      isbn: '9780812243932',
    },
  ],
  [
    'happylibnet.com',
    'A Feathered River Across the Sky: The Passenger Pigeon’s Flight to Extinction, Joel Greenberg. Bloomsbury Press (2014). xiii+298 pp., $26.00, ISBN: 9781620405345 (Hardback)',
    {
      title: 'A Feathered River Across the Sky: The Passenger Pigeon’s Flight to Extinction',
      authors: ['Joel Greenberg'],
      place: null,
      publisher: 'Bloomsbury Press',
      date: '2014',
      pages: 298,
      isbn: '9781620405345',
    },
  ],
  [
    'link.springer.com',
    'University of Chicago Press, Chicago, USA, 2017, 416 pp. 51 illustr., 13 tables. ISBN 978-0-226-42300-5 (pbk), Price: US$ 45.',
    { title: null, place: 'Chicago, USA', publisher: 'University of Chicago Press', date: '2017', pages: 416, isbn: '9780226423005' },
  ],
  [
    'dipnotski.com',
    'Künye: Rogers Brubaker – Fransa ve Almanya’da Vatandaşlık ve Ulus Bilinci, çeviren: Ezgi Su Dağabak, Gav Perspektif Yayınları, inceleme, 330 sayfa, 2022',
    {
      title: 'Fransa ve Almanya’da Vatandaşlık ve Ulus Bilinci',
      authors: ['Rogers Brubaker'],
      place: null,
      publisher: 'Gav Perspektif Yayınları',
      date: '2022',
      pages: 330,
    },
  ],
  [
    'belleten.gov.tr',
    "Alessio Bombaci - Stanford J. Shaw, L'Impero Ottomano, Torino 1981, XVI-643 Sayfa.",
    { title: "L'Impero Ottomano", authors: ['Alessio Bombaci', 'Stanford J. Shaw'], place: 'Torino', publisher: null, date: '1981', pages: 643 },
  ],
  [
    'bilig.yesevi.edu.tr',
    'Yayın Değerlendirme / Book Reviews: Ötüken’den Kırım’a Türk Dünyası Kültür Tarihi / Turkish World Cultural History from Ötüken to Crimea. Ed. Ahmet Kanlıdere and İlyas Kemaloğlu, Ötüken Press, 2021.',
    {
      title: 'Ötüken’den Kırım’a Türk Dünyası Kültür Tarihi / Turkish World Cultural History from Ötüken to Crimea',
      editors: ['Ahmet Kanlıdere', 'İlyas Kemaloğlu'],
      place: null,
      publisher: 'Ötüken Press',
      date: '2021',
      pages: null,
    },
  ],
  [
    'novasvoltasemtornodoumbigo.blogspot.com',
    'SILVA, Juremir Machado da. Jango, a vida e a morte no exílio. Porto Alegre: L & PM, 2013.',
    {
      title: 'Jango, a vida e a morte no exílio',
      authors: ['Juremir Machado da Silva'],
      place: 'Porto Alegre',
      publisher: 'L & PM',
      date: '2013',
      pages: null,
    },
  ],
  [
    'mortalyrosa.com',
    'Días de hambre y miseria (Firmamento Editorial, 2021), de Neel Doff y traducido por Javier Vela.',
    { title: 'Días de hambre y miseria', authors: ['Neel Doff'], place: null, publisher: 'Firmamento Editorial', date: '2021', pages: null },
  ],
  [
    'mortalyrosa.com',
    'Los inmortales (Alfaguara, 2018), de Manuel Vilas.',
    { title: 'Los inmortales', authors: ['Manuel Vilas'], place: null, publisher: 'Alfaguara', date: '2018', pages: null },
  ],
  [
    'criticismo.com',
    'Paulina Flores, Qué vergüenza, Seix-Barral, Barcelona, 2016, 202 pp.',
    { title: 'Qué vergüenza', authors: ['Paulina Flores'], place: 'Barcelona', publisher: 'Seix-Barral', date: '2016', pages: 202 },
  ],
  [
    'criticismo.com',
    'Alberto Fuguet, Sudor, Literatura Random House, Barcelona, 2016, 608 pp.',
    { title: 'Sudor', authors: ['Alberto Fuguet'], place: 'Barcelona', publisher: 'Literatura Random House', date: '2016', pages: 608 },
  ],
  [
    'criticismo.com',
    'André Kertész, Leer, Periférica/Errata Naturae, Madrid, 2016, 76 pp.',
    { title: 'Leer', authors: ['André Kertész'], place: 'Madrid', publisher: 'Periférica/Errata Naturae', date: '2016', pages: 76 },
  ],
  ['swr.de', 'Hanser Verlag 2020, 136 Seiten, 19,60 Euro', { title: null, place: null, publisher: 'Hanser Verlag', date: '2020', pages: 136 }],
  [
    'quarterly2061.rssing.com',
    'Maria Gabriela Llansol, Geography of Rebels Trilogy. Trans. from the Portuguese by Audrey Young (Deep Vellum, October 2018), pp. 345',
    { title: 'Geography of Rebels Trilogy', authors: ['Maria Gabriela Llansol'], place: null, publisher: 'Deep Vellum', date: '2018', pages: 345 },
  ],
  [
    'quarterly2061.rssing.com',
    'Ófeigur Sigurðsson, Öræfi: The Wasteland (Deep Vellum Books, October 2018), pp. 352',
    { title: 'Öræfi: The Wasteland', authors: ['Ófeigur Sigurðsson'], place: null, publisher: 'Deep Vellum Books', date: '2018', pages: 352 },
  ],
  [
    'cresppa.cnrs.fr',
    'Adel Abderrezak, Thierry Pairault et Fatiha Talahite, La Chine en Algérie. Approches socio-économiques, Paris : MA Éditions – ESKA, 2017 - 186 p.',
    {
      title: 'La Chine en Algérie: Approches socio-économiques',
      authors: ['Adel Abderrezak', 'Thierry Pairault', 'Fatiha Talahite'],
      place: 'Paris',
      publisher: 'MA Éditions – ESKA',
      date: '2017',
      pages: 186,
    },
  ],
  [
    'ricerchedistoriapolitica.it',
    'Konrand Jarausch, Out of Ashes. A New History of Europe in the Twentieth Century, Princeton, Princeton University Press, 2016, pp. 880.',
    {
      title: 'Out of Ashes: A New History of Europe in the Twentieth Century',
      authors: ['Konrand Jarausch'],
      place: 'Princeton',
      publisher: 'Princeton University Press',
      date: '2016',
      pages: 880,
    },
  ],
  [
    'ricerchedistoriapolitica.it',
    'Brian Balogh, The Associational State. American Governance in the Twentieth Century, Philadelphia, University of Pennsylvania Press, 2015, pp. 281.',
    {
      title: 'The Associational State: American Governance in the Twentieth Century',
      authors: ['Brian Balogh'],
      place: 'Philadelphia',
      publisher: 'University of Pennsylvania Press',
      date: '2015',
      pages: 281,
    },
  ],
  [
    'jbtsonline.org',
    'Ellis, Fiona, ed. New Models of Religious Understanding. Oxford: Oxford University Press, 2018, pp. 256, £55, hardback.',
    {
      title: 'New Models of Religious Understanding',
      editors: ['Fiona Ellis'],
      place: 'Oxford',
      publisher: 'Oxford University Press',
      date: '2018',
      pages: 256,
    },
  ],
  [
    'jbtsonline.org',
    'Longman, Tremper, III. The Fear of the Lord is Wisdom: A Theological Introduction to Wisdom in Israel. Grand Rapids: Baker Academic, 2017. 311 pgs. $32.99.',
    {
      title: 'The Fear of the Lord is Wisdom: A Theological Introduction to Wisdom in Israel',
      authors: ['Tremper Longman III'],
      place: 'Grand Rapids',
      publisher: 'Baker Academic',
      date: '2017',
      pages: 311,
    },
  ],
  [
    'jbtsonline.org',
    'Boyd, Gregory A. The Crucifixion of the Warrior God: Interpreting the Violent Old Testament Portraits of God in Light of the Cross. Minneapolis, MN: Fortress Press, 2017, pp. 1,492, $59.00, paperback.',
    {
      title: 'The Crucifixion of the Warrior God: Interpreting the Violent Old Testament Portraits of God in Light of the Cross',
      authors: ['Gregory A. Boyd'],
      place: 'Minneapolis, MN',
      publisher: 'Fortress Press',
      date: '2017',
      pages: 1492,
    },
  ],
  [
    'pdfslide.net',
    'WANDERING IN DARKNESS: NARRATIVE AND THE PROBLEM OF SUFFERING. By Eleonore Stump. Oxford: Clarendon Press, 2010. Pp. xx + 668. $99.00.',
    {
      title: 'Wandering in darkness: narrative and the problem of suffering',
      authors: ['Eleonore Stump'],
      place: 'Oxford',
      publisher: 'Clarendon Press',
      date: '2010',
      pages: 668,
    },
  ],
  [
    'fdokumen.com',
    'THE CAMBRIDGE COMPANION TO EARLY MODERN PHILOSOPHY. Edited by Donald Rutherford. New York: Cambridge University Press, 2006. Pp. xv + 421. $90.00.',
    {
      title: 'The Cambridge companion to early modern philosophy',
      editors: ['Donald Rutherford'],
      place: 'New York',
      publisher: 'Cambridge University Press',
      date: '2006',
      pages: 421,
    },
  ],
];

/** Compared as the corpus evaluation compares text (scripts/corpus.ts). */
const norm = (s: string | null | undefined): string | null => (s === null || s === undefined ? null : corpusNorm(s));

const people = (names: readonly string[] | null | undefined) => (names?.length ? names.map((n) => norm(personName(n))) : null);

function read(text: string) {
  const c = parseCitation(textLine(text));
  return {
    title: norm(c?.title?.value),
    authors: people(c?.authors?.value),
    editors: people(c?.editors?.value),
    place: norm(c?.place?.value),
    publisher: norm(c?.publisher?.value),
    date: c?.date?.value ?? null,
    pages: c?.pages?.value ?? null,
    isbn: c?.isbn?.value.replace(/[^\dXx]/g, '') ?? null,
  };
}

function expected(w: Want) {
  return {
    title: norm(w.title),
    authors: people(w.authors),
    editors: people(w.editors),
    place: norm(w.place),
    publisher: norm(w.publisher),
    date: w.date,
    pages: w.pages,
    isbn: w.isbn ?? null,
  };
}

describe('citation headers of reviewed works from real review pages', () => {
  it.each(HEADERS.map(([host, text, want]) => ({ host, text, want })))('$host: $text', ({ text, want }) => {
    expect(read(text)).toEqual(expected(want));
  });
});

describe('a header the extractor finds in its page', () => {
  it('takes a capsule whose price follows its number (`10 €`) for a citation line, though it gives no year', () => {
    const work = extractReview(
      page(
        '<main><h1>Quatre livres</h1><p>« Voyages dans l’histoire de France », de Guillaume Perrault (Perrin, 352 p., 10 €).</p><p>Un récit accessible et rigoureux, qui se lit d’une traite et donne envie de relire les classiques.</p></main>',
      ),
      'https://example.org/livres',
    ).work;
    expect(work).toMatchObject({ title: 'Voyages dans l’histoire de France', authors: ['Guillaume Perrault'], publisher: 'Perrin', pages: 352 });
  });
});

describe('a cover sheet run into one paragraph', () => {
  // pdfslide.fr's copy of an Érudit cover sheet: the boilerplate, then `Ouvrage recensé :` and the citation, in one run of text.
  const sheet =
    "Érudit est un consortium interuniversitaire sans but lucratif composé de l'Université de Montréal, l'Université Laval et l'Université du Québec à Montréal. Il a pour mission la promotion et la valorisation de la recherche. Érudit offre des services d'édition numérique de documents scientifiques depuis 1998. Pour communiquer avec les responsables d'Érudit : [email protected] Compte rendu par Alexis Richard Politique et Sociétés, vol. 30, n° 1, 2011, p. 193-197. Pour citer ce compte rendu, utiliser l'adresse suivante : URI: http://id.erudit.org/iderudit/1006074ar DOI: 10.7202/1006074ar Note : les règles d'écriture des références bibliographiques peuvent varier selon les différents domaines du savoir. Ce document est protégé par la loi sur le droit d'auteur. Document téléchargé le 1 May 2013 11:08 Ouvrage recensé : Images incandescentes. Amérique latine : violence et expression politique de la souffrance, d’André Corten et Vanessa Molina, Québec, Éditions Nota Bene, coll. « Essais critiques », 2010, 212 p.";

  it('reads the citation after its label, not the opening of the paragraph', () => {
    const c = parseCitation(textLine(sheet));
    expect(c?.title?.value).toMatch(/^Images incandescentes/);
    expect(c?.authors?.value).toEqual(['André Corten', 'Vanessa Molina']);
    expect([c?.place?.value, c?.publisher?.value, c?.date?.value, c?.pages?.value]).toEqual(['Québec', 'Éditions Nota Bene', '2010', 212]);
  });

  it('reads a short line that opens with the label as before', () => {
    const c = parseCitation(textLine('Ouvrage recensé : Les Communistes français, d’Annie Kriegel, Paris, Seuil, 1968, 320 p.'));
    expect(c?.authors?.value).toEqual(['Annie Kriegel']);
  });
});

describe('a paragraph of prose that names works as it goes', () => {
  // dusanpolansky.cz: a collector's essay recommends four books in one paragraph, with their imprints in the sentences.
  const essay =
    'Sběratelům s hlubším zájmem o základní pojmy doporučíme k studiu čtyři knižní tituly. První je Přehled polygrafie od Richarda Bláhy, titul vydalo v roce 1959 SNTL, existuje i pozdější vydání této knihy. Druhý pojednává o praktickém provedení různých vazeb knih, jedná se o knihu Jaroslava Doležala: Vazby knih, vyšla v SNTL v edici Polytechnická knižnice, její třetí vydání je z roku 1987. Třetí je titul Jindřich Král, Pavel Káňa: Umění vázat knihy, vydavatelství Knihař, Praha 2011.';

  it('is no citation of one work', () => {
    expect(parseCitation(textLine(essay))).toBeNull();
  });
});
