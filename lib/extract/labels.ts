/**
 * The label vocabulary: which words, written before a value on a page, name which field.
 * It is data: one row per field and language. Adding a language means adding rows.
 */
import { lazy } from '../lazy';
import { escapeRegExp } from '../escape-regexp';

export type LabelKey =
  | 'title'
  | 'authors'
  | 'editors'
  | 'affiliation'
  | 'publisher'
  | 'date'
  | 'place'
  | 'type'
  | 'pages'
  | 'keywords'
  | 'isbn'
  | 'doi'
  | 'link'
  | 'language'
  | 'reviewer'
  | 'summary';

/** [field, language, ...synonyms as written, case and accents ignored]. */
export type LabelRow = readonly [LabelKey, string, ...string[]];

/**
 * Labels of a shop's code for the item (`SKU`, `Barkod`, `Artikelnummer`): on a book's page the code
 * is often its ISBN, on any other item's page it is not. Such a label names the ISBN only when its
 * value holds one, and it is no hint that a page is a publication's.
 */
const PRODUCT_CODE_ROWS: readonly LabelRow[] = [
  ['isbn', 'en', 'sku', 'barcode'],
  ['isbn', 'tr', 'barkod', 'barkod no', 'barkod numarası'],
  ['isbn', 'es', 'código de barras'],
  ['isbn', 'pt', 'código de barras'],
  ['isbn', 'fr', 'code-barres', 'code barre'],
  ['isbn', 'de', 'artikelnummer', 'art.-nr.', 'artikel-nr.'],
  ['isbn', 'it', 'codice a barre'],
  ['isbn', 'ru', 'штрихкод', 'штрих-код', 'артикул'],
  ['isbn', 'pl', 'kod kreskowy'],
  ['isbn', 'nl', 'artikelnummer', 'streepjescode'],
];

export const LABEL_ROWS: readonly LabelRow[] = [
  [
    'title',
    'en',
    'title',
    'book',
    'book title',
    'full title',
    'report title',
    'paper title',
    'publication title',
    'title of publication',
    'title of the book',
    'title of the report',
    'work reviewed',
    'book reviewed',
    'reviewed work',
    'reviewed works',
    'reviewed book',
  ],
  [
    'authors',
    'en',
    'author',
    'authors',
    'author(s)',
    'written by',
    'writer',
    'authored by',
    'lead author',
    'co-authors',
    'creator',
    'by (author)',
    'main author',
    'main authors',
    'other authors',
    'corporate author',
    'creators',
    'author/creator',
    'personal author',
    'author name',
    'author surname',
    'author last name',
    'author first name',
    'author given name',
  ],
  [
    'editors',
    'en',
    'editor',
    'editors',
    'editor(s)',
    'edited by',
    'ed.',
    'eds.',
    'volume editor',
    'series editor',
    'by (editor)',
    'edited by (editor)',
    'compiler',
    'compiled by',
    'editor/compiler',
  ],
  ['affiliation', 'en', 'affiliation', 'affiliations', 'institution', 'author affiliation', 'institutional affiliation', 'affiliated institution'],
  [
    'publisher',
    'en',
    'publisher name',
    'publishing company',
    'publication details',
    'publication info',
    'publisher',
    'published by',
    'organization',
    'organisation',
    'think tank',
    'think-tank',
    'publishing house',
    'imprint',
    'issuing organization',
    'issuing body',
    'institute',
    'research institute',
  ],
  [
    'date',
    'en',
    'publish date',
    'date written',
    'date issued',
    'first published',
    'copyright date',
    'copyright year',
    'on sale',
    'on sale date',
    'year published',
    'publish year',
    'publish date',
    'creation date',
    'date of issue',
    'date',
    'publication date',
    'date of publication',
    'published',
    'published on',
    'published in',
    'year',
    'publication year',
    'year of publication',
    'release date',
    'date published',
    'issue date',
    'pub date',
    'pub. date',
    'issued',
    'document date',
    'released online',
  ],
  ['place', 'en', 'place', 'place of publication', 'publication place', 'location', 'publication country', 'country of publication'],
  [
    'type',
    'en',
    'item type',
    'material type',
    'edition/format',
    'binding',
    'format/binding',
    'type',
    'type of literature',
    'literature type',
    'content type',
    'document type',
    'publication type',
    'format',
    'kind of publication',
    'resource type',
  ],
  [
    'pages',
    'en',
    'physical description',
    'number of pages in pdf file',
    'page numbers',
    'hardcover',
    'paperback',
    'pages count',
    'pages',
    'number of pages',
    'no. of pages',
    'nr. of pages',
    'page count',
    'length',
    'extent',
    'pp',
    'pp.',
    'print length',
    'num. pages',
    '# of pages',
  ],
  [
    'keywords',
    'en',
    'keywords',
    'key words',
    'keyword',
    'tags',
    'topics',
    'topic',
    'subjects',
    'subject',
    'themes',
    'subject terms',
    'uncontrolled keywords',
    'subject headings',
    'subject keywords',
    'author keywords',
  ],
  [
    'isbn',
    'en',
    'isbn',
    'isbn-10',
    'isbn-13',
    'isbn 10',
    'isbn 13',
    'isbn13',
    'isbn10',
    'номер isbn',
    'e-isbn',
    'print isbn',
    'isbn/issn',
    'ean',
    'ean-13',
    'ean13',
    'isbn/ean',
    'isbn-print',
    'isbn print',
    'isbn (print)',
    'isbn-online',
    'isbn online',
    'isbn (online)',
    'online isbn',
    'international standard book number',
    'international standard book number-13',
    'international standard book number-10',
    // `ISBN N.º:`, `Nº ISBN`: the number sign Spanish, Portuguese and Italian records write beside it.
    'isbn n.º',
    'isbn nº',
    'isbn n°',
    'isbn n.',
    'n.º isbn',
    'nº isbn',
    'n° isbn',
  ],
  // A shop's code for the item it sells: a book's is its ISBN, any other item's is not.
  ...PRODUCT_CODE_ROWS,
  ['doi', 'en', 'doi', 'doi link'],
  ['link', 'en', 'link', 'url', 'source', 'web', 'weblink', 'available at', 'available from', 'full text'],
  ['language', 'en', 'language', 'languages', 'lang', 'written in'],
  ['reviewer', 'en', 'reviewed by', 'reviewer', 'reviewers', 'review by', 'by', 'review author', 'reviewed', 'review written by'],
  [
    'summary',
    'en',
    'description',
    'book description',
    'product description',
    'summary',
    'synopsis',
    'abstract',
    'from the publisher',
    'about this book',
    'about the book',
    'annotation',
  ],

  ['title', 'fr', 'titre', 'livre', 'ouvrage recensé', 'livre recensé', 'titre du livre'],
  ['authors', 'fr', 'auteur', 'auteurs', 'auteur(s)', 'auteure', 'écrit par', 'auteur principal', 'auteurs principaux', 'écrivain', 'autrice'],
  ['editors', 'fr', 'sous la direction de', 'directeur de publication', 'dir.'],
  ['publisher', 'fr', 'éditeur', 'éditeurs', 'éditions', 'maison d’édition', "maison d'édition", 'publié par', 'édité par'],
  [
    'date',
    'fr',
    'date de publication',
    'année',
    'année de publication',
    'parution',
    'date de parution',
    'publié le',
    'date d’édition',
    'date de sortie',
    'année d’édition',
    'année de parution',
    'année de sortie',
    'sortie',
  ],
  ['place', 'fr', 'lieu', 'lieu de publication', 'lieu d’édition'],
  ['type', 'fr', 'type de document', 'type de publication'],
  ['pages', 'fr', 'nombre de pages', 'nb de pages', 'pagination', 'nombre de page', 'nb. de pages', 'description matérielle', 'broché', 'relié'],
  ['keywords', 'fr', 'mots-clés', 'mots clés', 'mots-clefs', 'sujets'],
  ['language', 'fr', 'langue'],
  ['link', 'fr', 'lien'],
  ['reviewer', 'fr', 'compte rendu par', 'recensé par', 'recension par', 'par'],
  ['summary', 'fr', 'résumé', 'quatrième de couverture', 'présentation', 'présentation de l’éditeur', "présentation de l'éditeur"],

  ['title', 'de', 'titel', 'buch', 'rezensiertes werk', 'besprochenes werk'],
  ['authors', 'de', 'autor', 'autorin', 'autoren', 'autor(en)', 'verfasser', 'verfasserin', 'verfasst von', 'autor/in', 'autor*in', 'person(en)'],
  ['editors', 'de', 'herausgeber', 'herausgeberin', 'hrsg.', 'herausgegeben von'],
  ['publisher', 'de', 'verlag', 'verlegt von', 'verlagsgruppe'],
  [
    'date',
    'de',
    'veröffentlichungsdatum',
    'publikationsdatum',
    'erscheinungstag',
    'erscheinungsjahr',
    'erscheinungsdatum',
    'jahr',
    'erschienen',
    'erschienen am',
    'veröffentlicht',
    'ersterscheinung',
    'erscheinungstermin',
    'erstausgabe',
  ],
  ['place', 'de', 'erscheinungsort', 'ort', 'verlagsort'],
  ['type', 'de', 'dokumenttyp', 'publikationstyp', 'typ'],
  ['pages', 'de', 'seiten', 'seitenzahl', 'umfang', 'anzahl seiten', 'seitenanzahl', 'anzahl der seiten', 'umfang/format', 'seitenumfang'],
  ['keywords', 'de', 'schlagwörter', 'schlagworte', 'stichwörter', 'themen', 'schlagwort', 'stichworte'],
  ['language', 'de', 'sprache'],
  ['reviewer', 'de', 'rezensiert von', 'rezensent', 'rezensentin', 'rezension von', 'besprochen von'],
  ['summary', 'de', 'beschreibung', 'klappentext', 'kurzbeschreibung', 'zusammenfassung', 'inhaltsangabe'],

  ['title', 'es', 'título', 'obra reseñada', 'libro reseñado', 'libro'],
  [
    'authors',
    'es',
    'autor',
    'autores',
    'autora',
    'autor(es)',
    'autor/a',
    'autoría',
    'escrito por',
    'autor principal',
    'autor personal',
    'otros autores',
    'apellido del autor',
    'nombre del autor',
  ],
  ['editors', 'es', 'editor', 'editores', 'coordinador', 'edición a cargo de', 'coordinadores', 'compilador', 'compiladores', 'coordinadora'],
  ['publisher', 'es', 'editorial', 'publicado por', 'sello', 'sello editorial', 'edita', 'pie de imprenta', 'datos de publicación'],
  [
    'date',
    'es',
    'fecha',
    'fecha de publicación',
    'publicación',
    'año',
    'año de publicación',
    'año de edición',
    'fecha de edición',
    'fecha de lanzamiento',
    'año edición',
    'publicado el',
  ],
  ['place', 'es', 'lugar', 'lugar de publicación', 'lugar de edición', 'ciudad'],
  ['type', 'es', 'tipo', 'tipo de documento'],
  [
    'pages',
    'es',
    'páginas',
    'tapa blanda',
    'tapa dura',
    'número de páginas',
    'nº de páginas',
    'n.º de páginas',
    'extensión',
    'nº páginas',
    'n° de páginas',
    'nro. de páginas',
    'cantidad de páginas',
    'paginas',
    'descripción física',
  ],
  ['keywords', 'es', 'palabras clave', 'temas', 'palabras claves', 'materia', 'materias'],
  ['language', 'es', 'idioma'],
  ['reviewer', 'es', 'reseñado por', 'reseña de', 'reseña por', 'reseña realizada por', 'reseña escrita por', 'reseña elaborada por'],
  ['summary', 'es', 'sinopsis', 'descripción', 'resumen'],

  ['title', 'pt', 'título', 'titulo', 'livro', 'nome do livro'],
  ['authors', 'pt', 'autor', 'autores', 'autora', 'autor(es)', 'escrito por', 'autoria', 'autor principal', 'outros autores'],
  ['editors', 'pt', 'organizador', 'organizadores', 'organização', 'editor', 'editores'],
  ['publisher', 'pt', 'editora', 'publicado por', 'selo', 'editora/selo', 'imprenta', 'dados de publicação'],
  [
    'date',
    'pt',
    'data de publicação',
    'ano',
    'ano de publicação',
    'ano de edição',
    'data',
    'data de lançamento',
    'ano de lançamento',
    'data da publicação',
    'data de edição',
    'publicado em',
  ],
  ['place', 'pt', 'local', 'local de publicação', 'local de edição', 'cidade'],
  ['pages', 'pt', 'páginas', 'número de páginas', 'nº de páginas', 'paginas', 'descrição física', 'capa comum', 'capa dura', 'brochura'],
  ['keywords', 'pt', 'palavras-chave', 'palavras chave', 'assuntos'],
  ['language', 'pt', 'idioma'],
  ['reviewer', 'pt', 'resenha de', 'resenhado por', 'resenha por', 'resenha feita por', 'resenha escrita por', 'resenha elaborada por'],
  ['summary', 'pt', 'sinopse', 'descrição', 'resumo'],

  ['title', 'it', 'titolo'],
  ['authors', 'it', 'autore', 'autori', 'autrice', 'scritto da', 'autore/i', 'autori/curatori', 'autore principale', 'altri autori'],
  ['editors', 'it', 'curatore', 'curatori', 'a cura di'],
  ['publisher', 'it', 'editore', 'casa editrice', 'pubblicato da'],
  [
    'date',
    'it',
    'anno',
    'anno di pubblicazione',
    'data di pubblicazione',
    'data di uscita',
    'pubblicazione',
    'anno edizione',
    'anno di edizione',
    'in commercio dal',
    'data uscita',
    'data pubblicazione',
    'uscita',
    'pubblicato il',
  ],
  ['place', 'it', 'luogo', 'luogo di pubblicazione'],
  ['type', 'it', 'tipo', 'tipologia'],
  [
    'pages',
    'it',
    'pagine',
    'numero di pagine',
    'pp',
    'numero pagine',
    'n. pagine',
    'pagine totali',
    'descrizione fisica',
    'copertina flessibile',
    'copertina rigida',
    'brossura',
  ],
  ['keywords', 'it', 'parole chiave', 'argomenti'],
  ['language', 'it', 'lingua'],
  ['reviewer', 'it', 'recensione di', 'recensito da'],
  ['summary', 'it', 'descrizione', 'sinossi', 'trama', 'riassunto'],

  ['title', 'ru', 'название', 'заглавие', 'основное заглавие'],
  ['authors', 'ru', 'автор', 'авторы', 'автор(ы)', 'фамилия автора', 'имя автора', 'первые сведения об ответственности'],
  ['editors', 'ru', 'редактор', 'редакторы', 'под редакцией', 'ответственный редактор', 'составитель', 'составители'],
  ['affiliation', 'ru', 'организация', 'место работы'],
  ['publisher', 'ru', 'издательство', 'издатель', 'выходные данные', 'имя издателя'],
  ['date', 'ru', 'год', 'год издания', 'год публикации', 'дата публикации', 'дата выхода', 'год выпуска', 'дата издания'],
  ['place', 'ru', 'место издания', 'город'],
  ['type', 'ru', 'тип', 'вид издания', 'тип публикации'],
  ['pages', 'ru', 'страниц', 'количество страниц', 'число страниц', 'объем', 'объём', 'кол-во страниц', 'страницы', 'физическое описание'],
  ['keywords', 'ru', 'ключевые слова', 'тематика', 'рубрики', 'теги'],
  ['language', 'ru', 'язык'],
  ['reviewer', 'ru', 'рецензент', 'рецензию подготовил', 'рецензию подготовила'],
  ['summary', 'ru', 'аннотация', 'описание'],

  ['authors', 'nl', 'auteur(s)', 'schrijver', 'schrijfster', 'auteurs'],
  ['reviewer', 'nl', 'recensent', 'recensente', 'gerecenseerd door', 'besproken door', 'recensie door'],
  ['editors', 'nl', 'redacteur', 'redactie', 'samensteller'],
  ['publisher', 'nl', 'uitgever', 'uitgeverij'],
  ['date', 'nl', 'verschijningsdatum', 'jaar van uitgave', 'publicatiedatum', 'verschenen'],
  ['pages', 'nl', "aantal pagina's", "pagina's", 'aantal paginas', 'paginas'],
  ['language', 'nl', 'taal'],
  ['summary', 'nl', 'samenvatting', 'beschrijving', 'flaptekst'],

  ['title', 'tr', 'başlık', 'kitap adı', 'eser adı', 'eserin adı', 'kitabın adı'],
  ['authors', 'tr', 'yazar', 'yazarlar', 'yazar(lar)', 'yazarı', 'yazan', 'yazar soyadı', 'yazar adı', 'yazarın adı'],
  ['editors', 'tr', 'editör', 'editörler', 'derleyen', 'hazırlayan', 'yayına hazırlayan'],
  ['affiliation', 'tr', 'kurum'],
  ['publisher', 'tr', 'yayınevi', 'yayinevi', 'yayıncı', 'yayın evi', 'yayın bilgisi', 'yayım bilgisi', 'kitap yayıncı', 'kitap yayınevi'],
  [
    'date',
    'tr',
    'yayın tarihi',
    'basım tarihi',
    'yayın yılı',
    'basım yılı',
    'baskı yılı',
    'baskı tarihi',
    'tarih',
    'yıl',
    'ilk baskı yılı',
    'ilk basım tarihi',
    'yayımlanma tarihi',
    'yayım tarihi',
    'yılı',
  ],
  ['place', 'tr', 'basım yeri', 'yayın yeri'],
  ['type', 'tr', 'tür', 'türü', 'yayın türü', 'makale türü'],
  ['pages', 'tr', 'sayfa', 'sayfa sayısı', 'sayfalar', 'fiziksel tanımlama', 'fiziksel niteleme'],
  ['keywords', 'tr', 'anahtar kelimeler', 'anahtar sözcükler', 'konular', 'etiketler'],
  ['language', 'tr', 'dil', 'dili'],
  ['reviewer', 'tr', 'inceleyen', 'değerlendiren'],
  ['summary', 'tr', 'açıklama', 'özet', 'tanıtım', 'kitap hakkında', 'arka kapak'],

  ['title', 'nl', 'titel', 'boektitel'],

  ['title', 'cs', 'název', 'název knihy', 'titul'],
  ['authors', 'cs', 'autor', 'autorka', 'autoři', 'autor knihy'],
  ['reviewer', 'cs', 'recenzent', 'recenzentka', 'recenzi napsal', 'recenzi napsala', 'autor recenze'],
  ['editors', 'cs', 'editor', 'editoři', 'sestavil', 'sestavila', 'uspořádal'],
  ['publisher', 'cs', 'nakladatelství', 'nakladatel', 'vydavatel', 'vydavatelství'],
  ['date', 'cs', 'rok vydání', 'datum vydání', 'vydáno', 'vyšlo'],
  ['place', 'cs', 'místo vydání'],
  ['pages', 'cs', 'počet stran', 'stran', 'rozsah', 'počet stránek'],
  ['language', 'cs', 'jazyk', 'jazyk knihy'],
  ['summary', 'cs', 'anotace', 'popis', 'o knize'],

  ['title', 'sk', 'názov', 'názov knihy'],
  ['authors', 'sk', 'autori', 'autor knihy'],
  ['publisher', 'sk', 'vydavateľstvo', 'vydavateľ'],
  ['date', 'sk', 'rok vydania', 'dátum vydania'],
  ['pages', 'sk', 'počet strán', 'počet stránok'],
  ['summary', 'sk', 'anotácia', 'o knihe'],

  ['title', 'pl', 'tytuł', 'tytuł książki'],
  ['authors', 'pl', 'autorzy', 'autor książki'],
  ['reviewer', 'pl', 'recenzent', 'recenzentka', 'autor recenzji', 'autorka recenzji', 'recenzował', 'recenzowała'],
  ['editors', 'pl', 'redakcja', 'redaktor', 'redakcja naukowa', 'opracowanie'],
  ['publisher', 'pl', 'wydawnictwo', 'wydawca'],
  ['date', 'pl', 'rok wydania', 'data wydania', 'data premiery'],
  ['place', 'pl', 'miejsce wydania'],
  ['pages', 'pl', 'liczba stron', 'ilość stron', 'stron'],
  ['language', 'pl', 'język', 'język wydania'],
  ['summary', 'pl', 'opis', 'opis książki'],

  ['authors', 'sv', 'författare', 'författarna'],
  ['reviewer', 'sv', 'recensent', 'recenserad av', 'recension av', 'kritiker'],
  ['editors', 'sv', 'redaktör', 'redaktörer'],
  ['publisher', 'sv', 'förlag', 'bokförlag', 'utgivare'],
  ['date', 'sv', 'utgivningsår', 'utgiven', 'utgivningsdatum', 'utkom'],
  ['pages', 'sv', 'sidantal', 'antal sidor', 'sidor'],
  ['language', 'sv', 'språk'],
  ['summary', 'sv', 'beskrivning', 'om boken'],

  ['title', 'da', 'tittel'],
  ['authors', 'da', 'forfatter', 'forfattere'],
  ['reviewer', 'da', 'anmelder', 'anmeldt af', 'anmeldelse af', 'anmeldt av', 'anmeldelse av'],
  ['editors', 'da', 'redaktør', 'redaktører'],
  ['publisher', 'da', 'forlag', 'forlaget', 'udgiver'],
  ['date', 'da', 'udgivelsesår', 'udgivet', 'udgivelsesdato', 'utgivelsesår', 'utgitt', 'utgivelsesdato'],
  ['pages', 'da', 'sidetal', 'antal sider', 'sider', 'sidetall', 'antall sider'],
  ['language', 'da', 'sprog'],
  ['summary', 'da', 'beskrivelse', 'om bogen', 'om boken'],

  ['title', 'id', 'judul', 'judul buku'],
  ['authors', 'id', 'pengarang', 'penulis'],
  ['publisher', 'id', 'penerbit'],
  ['date', 'id', 'tahun terbit', 'terbit', 'tanggal terbit'],
  ['pages', 'id', 'jumlah halaman', 'tebal', 'tebal buku', 'halaman'],
  ['keywords', 'id', 'kata kunci'],

  ['title', 'hu', 'könyv címe', 'eredeti cím'],
  ['authors', 'hu', 'szerző', 'szerzők', 'író'],
  ['reviewer', 'hu', 'kritikus', 'recenzens', 'a kritikát írta'],
  ['editors', 'hu', 'szerkesztő', 'szerkesztette'],
  ['publisher', 'hu', 'kiadó', 'könyvkiadó'],
  ['date', 'hu', 'kiadás éve', 'megjelenés éve', 'megjelenés', 'kiadás dátuma'],
  ['place', 'hu', 'kiadás helye'],
  ['pages', 'hu', 'oldalszám', 'oldalak száma', 'terjedelem'],
  ['language', 'hu', 'nyelv'],
  ['summary', 'hu', 'leírás', 'fülszöveg', 'ismertető'],

  ['title', 'ro', 'titlu', 'titlul'],
  ['authors', 'ro', 'autori', 'autorul'],
  ['reviewer', 'ro', 'recenzent', 'recenzie de', 'recenzie realizată de'],
  ['editors', 'ro', 'coordonator', 'coordonatori', 'îngrijitor'],
  ['publisher', 'ro', 'editura', 'editură'],
  ['date', 'ro', 'anul apariției', 'an apariție', 'anul apariţiei', 'data apariției', 'data apariţiei'],
  ['place', 'ro', 'locul apariției'],
  ['pages', 'ro', 'număr de pagini', 'nr. pagini', 'numar pagini', 'pagini'],
  ['language', 'ro', 'limba'],
  ['summary', 'ro', 'descriere'],

  ['title', 'ca', 'títol'],
  ['authors', 'ca', 'autora', 'autors'],
  ['reviewer', 'ca', 'ressenya de', 'ressenyat per', 'ressenya per'],
  ['publisher', 'ca', 'editorial'],
  ['date', 'ca', 'any de publicació', 'data de publicació', "any d'edició"],
  ['pages', 'ca', 'pàgines', 'nombre de pàgines'],
  ['language', 'ca', 'llengua'],
  ['summary', 'ca', 'sinopsi', 'descripció'],

  ['title', 'uk', 'назва', 'назва книги'],
  ['authors', 'uk', 'автор', 'автори', 'авторка'],
  ['reviewer', 'uk', 'рецензент', 'рецензентка', 'автор рецензії'],
  ['editors', 'uk', 'упорядник', 'упорядники', 'редактор', 'за редакцією'],
  ['publisher', 'uk', 'видавництво', 'видавець'],
  ['date', 'uk', 'рік видання', 'дата видання', 'рік'],
  ['place', 'uk', 'місце видання'],
  ['pages', 'uk', 'кількість сторінок', 'сторінок', 'обсяг'],
  ['language', 'uk', 'мова', 'мова видання'],
  ['summary', 'uk', 'опис', 'анотація'],

  // A library catalogue's MARC view names its rows by the field they stand in, as the cataloguing
  // standard (UNIMARC 200 and 210, MARC 245 and 260) words them in each language: the title proper,
  // the statement of who is responsible for it, the imprint's publisher and place.
  ['title', 'en', 'title proper'],
  ['authors', 'en', 'first statement of responsibility', 'statement of responsibility'],
  ['publisher', 'en', 'name of publisher'],
  ['title', 'pt', 'título próprio'],
  ['authors', 'pt', 'primeira menção de responsabilidade', 'menção de responsabilidade'],
  ['publisher', 'pt', 'nome do editor'],
  ['place', 'pt', 'lugar da edição'],
  ['title', 'es', 'título propiamente dicho', 'título propio'],
  ['authors', 'es', 'primera mención de responsabilidad', 'mención de responsabilidad'],
  ['publisher', 'es', 'nombre del editor'],
  ['title', 'fr', 'titre propre'],
  ['authors', 'fr', 'première mention de responsabilité', 'mention de responsabilité'],
  ['publisher', 'fr', "nom de l'éditeur"],
  ['title', 'it', 'titolo proprio'],
  ['authors', 'it', 'prima indicazione di responsabilità', 'indicazione di responsabilità'],
  ['publisher', 'it', "nome dell'editore"],

  // A repository's full record names its rows by their Dublin Core element (`dc.contributor.author`).
  ['title', 'dc', 'dc.title'],
  ['authors', 'dc', 'dc.contributor.author', 'dc.creator'],
  ['editors', 'dc', 'dc.contributor.editor'],
  ['publisher', 'dc', 'dc.publisher'],
  ['date', 'dc', 'dc.date.issued'],
  ['place', 'dc', 'dc.publisher.place'],
  ['type', 'dc', 'dc.type'],
  ['pages', 'dc', 'dc.format.extent'],
  ['keywords', 'dc', 'dc.subject'],
  ['isbn', 'dc', 'dc.identifier.isbn'],
  ['doi', 'dc', 'dc.identifier.doi'],
  ['language', 'dc', 'dc.language.iso', 'dc.language'],
  ['summary', 'dc', 'dc.description.abstract'],
];

const PRODUCT_CODE_LABELS: ReadonlySet<string> = new Set(PRODUCT_CODE_ROWS.flatMap(([, , ...words]) => words));

/** The label as written is a shop's code for its item, not a word for the ISBN itself. */
export function isProductCodeLabel(raw: string): boolean {
  return productCodesFolded().has(noAccents(normLabel(raw)));
}

const productCodesFolded = lazy(() => new Set([...PRODUCT_CODE_LABELS].map(noAccents)));

/** Letters, digits, single spaces and full stops: what the normal form below only lower-cases and trims. */
const PLAIN_LABEL = /^[A-Za-z\u00c0-\u024f\u0400-\u04ff\d .]{0,120}$/;

/** Normal form of a label as written: lower case, single spaces, no trailing colon, no `(s)`. */
export function normLabel(raw: string): string {
  if (PLAIN_LABEL.test(raw) && !raw.includes('  ')) return raw.toLowerCase().trim();
  return (raw.length > 120 ? raw.slice(0, 120) : raw)
    .toLowerCase()
    .replace(/[\s\u00a0\u200b\u202f]+/g, ' ')
    .replace(/^[\s*•·\-–—>»]+/, '')
    .replace(/[\s:：\-–—=>|*]+$/, '')
    .replace(/\s?\((?:s|es|en|e|in|innen|a|as|o|os)\)$/, '')
    .replace(/[’‘`´]/g, "'")
    .trim();
}

/**
 * Without accents, for labels typed without them (`Annee`, `Editeur`). Turkish dotless `ı` goes
 * with them: upper case loses the difference (`YAZARI`, `SAYFA SAYISI` lower to `yazari`).
 */
function noAccents(s: string): string {
  return /[^\x00-\x7f]/.test(s)
    ? s
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/ı/g, 'i')
    : s;
}

const labelMap = lazy(() => {
  const map = new Map<string, LabelKey>();
  for (const [key, , ...syns] of LABEL_ROWS) {
    for (const syn of syns) {
      const k = normLabel(syn);
      // The first row wins: an English meaning is not overridden by another language's homograph.
      if (!map.has(k)) map.set(k, key);
      const f = noAccents(k);
      if (!map.has(f)) map.set(f, key);
    }
  }
  return map;
});

function get(k: string): LabelKey | undefined {
  const map = labelMap();
  return map.get(k) ?? (/[^\x00-\x7f]/.test(k) ? map.get(noAccents(k)) : undefined) ?? map.get(k.replace(FOR_WHOM, '$1 $2'));
}

/** `Rezensiert für H-Soz-Kult von`, `Reviewed for H-Net by`: a reviewer's label naming the journal it was written for. */
const FOR_WHOM = /^(rezensiert|besprochen|reviewed|recensé|reseñado|resenhado|recensito)\s+(?:für|for|pour|para|per)\s+.{1,30}?\s+(von|by|par|por|da)$/;

/** Longest label we consider, in characters; anything longer is prose. */
export const MAX_LABEL = 48;

/**
 * The fields named by a label as written (`Author:` → authors; `Date/Place` → date and place;
 * `Organization/Publisher` → publisher), or null when it is not a label we know.
 */
export function lookupLabel(raw: string): LabelKey[] | null {
  const parts = labelParts(raw);
  if (!parts) return null;
  const keys: LabelKey[] = [];
  for (const key of parts) if (key && !keys.includes(key)) keys.push(key);
  return keys.length ? keys : null;
}

/**
 * The field each part of a label names, in order (`Издательство, серия` → publisher, then a
 * series, which is no field: null), or null when it is not a label we know.
 */
export function labelParts(raw: string): (LabelKey | null)[] | null {
  if (raw.length > MAX_LABEL * 2) return null;
  const k = normLabel(raw);
  if (!k || k.length > MAX_LABEL) return null;
  const direct = get(k);
  if (direct) return [direct];
  if (!/[/&+,]| (?:and|und|et|y|e|ve|и) /.test(k)) return null;
  const parts = k.split(/\s*(?:\/|&|\+|,)\s*|\s+(?:and|und|et|y|e|ve|и)\s+/).filter(Boolean);
  if (parts.length < 2 || parts.length > 4) return null;
  const out: (LabelKey | null)[] = [];
  for (const p of parts) {
    const key = get(p);
    if (!key && !PASSED_OVER.has(noAccents(p))) return qualifiedLabel(k);
    out.push(key ?? null);
  }
  return out.some(Boolean) ? out : null;
}

/**
 * A catalogue's long field name: a label we know, then a comma and words that only widen it
 * (`Место издания, распространения и т.д.`, `Place of publication, distribution, etc.`).
 */
function qualifiedLabel(k: string): LabelKey[] | null {
  const comma = k.indexOf(',');
  // A field name of two words or more: one word and a comma starts a list (`Hardcover, CD, e-Book`).
  if (comma < 4 || !k.slice(0, comma).includes(' ')) return null;
  const head = get(k.slice(0, comma));
  if (!head) return null;
  const rest = k
    .slice(comma + 1)
    .split(/\s*,\s*|\s+/)
    .filter(Boolean);
  // Only words that are no label of their own: `Author, title` names two fields.
  return rest.every((w) => !get(w)) ? [head] : null;
}

/**
 * Words for an edition or a series, which a combined label names beside a field (`Auflage/
 * Erscheinungsjahr`, `Издательство, серия`): they are no field, the others still are.
 */
const PASSED_OVER: ReadonlySet<string> = new Set([
  'edition',
  'auflage',
  'ausgabe',
  'edicion',
  'edicao',
  'edizione',
  'издание',
  'baski',
  'basim',
  'series',
  'reihe',
  'serie',
  'collection',
  'coleccion',
  'colecao',
  'collana',
  'серия',
  'dizi',
  // A title's label joined with its subtitle's (`Titel/Untertitel`): the value is the whole title.
  'subtitle',
  'untertitel',
  'sous-titre',
  'subtitulo',
  'sottotitolo',
]);

/**
 * Phrases that introduce a value without a colon at the start of a short line:
 * `Reviewed by Jane Doe, University of X`, `Edited by …`.
 */
const PREFIX_KEYS = new Set<LabelKey>(['reviewer', 'editors', 'authors', 'publisher']);
export const prefixPhrases = lazy((): readonly { phrase: string; key: LabelKey }[] =>
  LABEL_ROWS.flatMap(([key, , ...syns]) =>
    PREFIX_KEYS.has(key)
      ? syns
          .filter((s) => /\s(?:by|von|par|por)$/.test(s) || /^(?:sous la direction de|herausgegeben von)$/.test(s))
          .map((s) => ({ phrase: normLabel(s), key }))
      : [],
  ).sort((a, b) => b.phrase.length - a.phrase.length),
);

/** Keys whose labels say something specific about a publication (used by the prefilter and the classifier). */
export const STRONG_KEYS: ReadonlySet<LabelKey> = new Set<LabelKey>([
  'authors',
  'editors',
  'publisher',
  'pages',
  'isbn',
  'doi',
  'affiliation',
  'type',
  'place',
]);

/**
 * Label words worth looking for in a page's first kilobytes, as one regular expression over the
 * text LOWER-CASED. Without the `i` flag it compiles much faster: V8 case-folds every letter of
 * a case-insensitive Unicode pattern, and this one is compiled on every page.
 * A label followed by a space and no colon counts only before a capital in the original text
 * ("Reviewed by Jane"), which the caller checks at the match's end (group 1 is that space).
 */
export function hintPattern(): RegExp {
  const words = new Set<string>();
  for (const [key, , ...syns] of LABEL_ROWS) {
    if (!STRONG_KEYS.has(key) && key !== 'reviewer') continue;
    for (const s of syns) {
      const f = normLabel(s);
      if (
        f.length < 4 ||
        PRODUCT_CODE_LABELS.has(f) ||
        [
          'type',
          'format',
          'length',
          'extent',
          'location',
          'city',
          'country',
          'place',
          'genre',
          'ort',
          'typ',
          'tipo',
          'lieu',
          'lugar',
          'institute',
          'reviewed',
          'writer',
          'creator',
          'contributors',
          'seiten',
          'editor',
          'editorial',
          'organization',
          'organisation',
          'institution',
          'umfang',
          'pagination',
          'sayfa',
          'sayfalar',
          'kurum',
          'local',
          'город',
          'luogo',
          'lugar',
          'tipo',
          'tipologia',
          'тип',
        ].includes(f)
      )
        continue;
      words.add(escapeRegExp(f));
    }
  }
  const alt = [...words].sort((a, b) => b.length - a.length).join('|');
  // The labels last: when one is followed by a space and no capital, the others at that place have been tried.
  return new RegExp(
    `\\b(?:isbn|doi)\\b|\\d\\s*(?:pp\\.|pages\\b)|\\bpp\\.\\s*\\d|(?:^|[^\\p{L}])(?:organi[sz]ation|institution|editor|publisher)\\s*[:：/]|(?:^|[^\\p{L}])(?:${alt})(?:\\s*[:：]|(\\s+)(?=\\S))`,
    'gu',
  );
}
