// The site chrome the boilerplate filter removes, as data: one group per language, plus language-neutral lines.
// Every pattern is matched against one whole, whitespace-normalised line, so a real sentence that merely
// contains "comments" or "share" is never touched: only lines that consist of the chrome itself go.

export interface BoilerplateGroup {
  /** ISO 639-1 code, or `any` for chrome that looks the same in every language. */
  language: string;
  /** Lines removed outright. */
  drop: RegExp[];
  /** Headings of link lists (related, trending, comments): the heading and the short lines under it go. */
  listHeadings: RegExp[];
  /** Labels of "Source: lefigaro" lines, which become metadata instead of text. */
  sourceLabels: string[];
  /** Labels of photo credits ("Photo: X / AFP"). */
  photoLabels: string[];
  /** Words that attach an agency to a story ("avec AFP", "mit dpa"). */
  withWords: string[];
}

/** Optional punctuation and arrows that sites put after a chrome label. */
const TAIL = String.raw`\s*[:：.…»>›→\-–—|]*\s*`;

/** The line is exactly one of the phrases (plus trailing punctuation). */
function whole(...phrases: string[]): RegExp {
  return new RegExp(`^[\\-–—|·•]*\\s*(?:${phrases.join('|')})${TAIL}$`, 'iu');
}

/** The line is a teaser: the phrase and a linked headline after it, nothing long enough to be prose. */
function teaser(...phrases: string[]): RegExp {
  return new RegExp(`^(?:${phrases.join('|')})(?:${TAIL}|\\s*[:：\\-–—»>|]\\s*.{1,220})$`, 'iu');
}

/** The line starts with the phrase and is short: cookie, copyright and newsletter notices. */
function notice(phrase: string, maxLength = 300): RegExp {
  return new RegExp(`^(?:${phrase}).{0,${maxLength}}$`, 'iu');
}

/** A capitalised name of one to four words ("Mira Okafor", "Jean-Luc de la Tour" minus the particles). */
const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:de|la|le|von|van|der|del|da|di|dos)\s+)*\p{Lu}[\p{L}'’.-]*){0,3}`;

/**
 * A byline ("By Mira Okafor and Tom Reyes", "Par Claire Dumont"): the author is metadata, not article text. The
 * word must be capitalised and every name too, so "By Monday the river had..." is prose and stays.
 */
function byline(word: string, ...ands: string[]): RegExp {
  return new RegExp(`^${word}\\s+${NAME}(?:\\s*(?:,|${ands.join('|')})\\s+${NAME})*(?:\\s*[,|–—-]\\s*[^.!?]{1,40})?$`, 'u');
}

export const BOILERPLATE_GROUPS: readonly BoilerplateGroup[] = [
  {
    // Counters (comment and share counts), copyright and share-bar lines look alike in every language.
    language: 'any',
    drop: [
      /^\d{1,7}(?:[.,]\d+)?\s*[kKM]?$/u,
      /^(?:©|\(c\)\s*\d{4}|copyright\b).{0,150}$/iu,
      /^(?:(?:facebook|twitter|x|linkedin|whatsapp|telegram|e-?mail|mail|pinterest|reddit|flipboard|messenger|threads|bluesky|print|imprimer|drucken|imprimir|stampa)\s*[|·•,/]?\s*){1,10}$/iu,
      /^.{0,60}\bgoogle news\s*!?$/iu,
      // Slide counters of a gallery: "Image 1 of 5", "Bild 2 von 7", "Foto 3 de 9", "Photo 4 sur 6", "1 / 12".
      /^(?:(?:image|photo|picture|slide|bild|foto|imagen|immagine|фото)\s+)?\d{1,3}\s*(?:of|von|de|sur|di|из|\/)\s*\d{1,3}$/iu,
      // Figure captions written into the text ("Abbildung 4: ...", "Figure 2. ..."): captions are not article text.
      /^(?:abbildung|abb\.|figure|fig\.|grafik|figura|rysunek|рисунок|рис\.)\s*\d{1,3}\s*[:.]\s.{0,200}$/iu,
      // Tag lists: "Tags: a, b, c", "Schlagworte / x, y".
      /^(?:tags|schlagworte|schlagwörter|stichworte|etiquetas|mots-clés|mots clés|теги|тэги|tagi)\s*[:/|]\s*.{0,400}$/iu,
    ],
    listHeadings: [],
    sourceLabels: [],
    photoLabels: ['©'],
    withWords: [],
  },
  {
    // English news sites, and the machine-translating aggregators of the seeds (their notices are in English).
    language: 'en',
    drop: [
      teaser('read also', 'also read', 'read more', 'see also', 'see more', 'related', 'related article', 'must read', 'don\'t miss', 'recommended'),
      whole('latest', 'latest news', 'advertisement', 'advertising', 'sponsored', 'sponsored content', 'share', 'share this', 'share this article', 'share on \\w+', 'tweet', 'print', 'previous', 'next', 'back to top', 'skip to content', 'menu', 'home', 'subscribe', 'sign in', 'log in', 'loading\\.*'),
      teaser('previous article', 'next article', 'previous story', 'next story', 'previous post', 'next post'),
      notice('(?:we|this (?:web)?site) uses? cookies'),
      notice('.{0,100}all rights reserved', 60),
      notice('(?:sign up|subscribe) (?:for|to) (?:our|the) (?:\\w+ )?newsletter'),
      notice('get (?:our|the) (?:\\w+ )?newsletter'),
      notice('(?:follow us|join us) on\\b', 80),
      notice('now you can see non-english news'),
      byline('By', 'and', '&'),
      /^all news(?: articles)? (?:on|of|for) \d{4}-\d{2}-\d{2}$/iu,
      notice('the information on this site is from external sources'),
      notice('the inclusion of any links does not necessarily'),
      whole('about the author', 'about the authors', 'contact', 'release date'),
      notice('this entry was posted in\\b', 200),
      notice('this article is the copyrighted property of\\b'),
      notice('written permission must be obtained\\b'),
      notice('follow (?:us|[\\p{L}.\\s]{1,40}) on (?:twitter|facebook|instagram|tiktok|youtube)\\b'),
      notice('(?:for the latest .{1,60})?download (?:the|our) .{1,60}\\bapps?\\b', 200),
      notice('(?:never miss .{1,60}|want more stories like this\\??|subscribe now to .{1,60})', 120),
      notice('every (?:day|week|morning) we send (?:an|you an) email', 160),
      notice('you must be logged in to post a comment', 60),
      notice('.{0,80}\\b(?:is|are) not responsible for the (?:opinions|content|views)\\b', 200),
    ],
    listHeadings: [
      whole('you may like', 'you may also like', 'you might also like', 'trends 24h', 'trending', 'trending now', 'most read', 'most popular', 'related articles', 'related stories', 'more stories', 'more from \\w+', 'recommended for you', 'comments', '\\d+ comments?', 'leave a comment', 'top stories'),
    ],
    sourceLabels: ['source', 'sources'],
    photoLabels: ['photo', 'photos', 'image', 'picture', 'credit', 'photo credit', 'illustration'],
    withWords: ['with', 'with reporting by', 'additional reporting by'],
  },
  {
    // French sites: "Lire aussi" teasers, share bars, previous/next links, the aggregator's translation notice.
    language: 'fr',
    drop: [
      teaser('lire aussi', 'à lire aussi', 'a lire aussi', 'lire également', 'à lire également', 'voir aussi', 'à voir aussi', 'lire la suite', 'à découvrir', 'découvrez aussi', 'sur le même sujet'),
      whole('publicité', 'partager', 'partager cet article', 'partager sur \\w+', 'suivez-nous', 'imprimer', 'abonnez-vous', 'se connecter', 'à la une', 'dernières actualités'),
      /^article (?:précédent|suivant).{0,220}$/iu,
      notice('lisez .{1,80} sur google news'),
      byline('Par', 'et'),
      notice('suivez-nous sur\\b', 80),
      notice('(?:nous utilisons|ce site (?:web )?utilise) des cookies'),
      notice('.{0,100}tous droits réservés', 60),
      notice('(?:inscrivez-vous|abonnez-vous) à (?:notre|la) (?:\\w+ )?newsletter'),
      notice('recevez (?:notre|la) newsletter'),
      /^toutes les actualités du site\b.*\btradui.*$/iu,
      /^toutes les actualités du \d{4}-\d{2}-\d{2}$/iu,
    ],
    listHeadings: [
      whole('commentaires', '\\d+ commentaires?', 'réagissez', 'les plus lus', 'vous aimerez aussi', 'nos articles', 'tendances', 'à lire également', 'articles similaires', 'dans la même rubrique'),
    ],
    sourceLabels: ['source', 'sources'],
    photoLabels: ['photo', 'crédit', 'crédits', 'crédit photo', 'illustration'],
    withWords: ['avec'],
  },
  {
    // German sites: "Lesen Sie auch" teasers, ad markers, "Mehr zum Thema" lists.
    language: 'de',
    drop: [
      teaser('lesen sie auch', 'lesen sie mehr', 'auch interessant', 'mehr zum thema', 'siehe auch', 'weiterlesen', 'das könnte sie auch interessieren'),
      whole('anzeige', 'werbung', 'teilen', 'artikel teilen', 'teilen auf \\w+', 'drucken', 'zurück', 'weiter', 'vorheriger artikel', 'nächster artikel'),
      teaser('vorheriger artikel', 'nächster artikel'),
      notice('(?:wir verwenden|diese (?:web)?seite verwendet|wir nutzen) cookies'),
      notice('.{0,100}alle rechte vorbehalten', 60),
      notice('(?:jetzt )?(?:den )?newsletter (?:abonnieren|bestellen)'),
      notice('folgen sie uns auf\\b', 80),
      byline('Von', 'und'),
      whole('von', 'kontakt', 'über den autor', 'über die autorin', 'über die autoren', 'kommentieren', 'zurück zur (?:übersicht|listenansicht|startseite)', 'zum weiterlesen', 'artikel als pdf herunterladen', 'dieses skript als pdf herunterladen', 'als pdf herunterladen'),
      notice('(?:titelbild|titelfoto|aufmacherbild|beitragsbild)\\s*:\\s*', 120),
      notice('dieser (?:text|beitrag|artikel) (?:wurde|ist) (?:veröffentlicht )?unter (?:der|einer) lizenz', 200),
      notice('dieser beitrag gibt die meinung de[rs] \\p{L}+ wieder', 200),
      notice('(?:sie müssen|du musst) (?:sich |dich )?(?:eingeloggt|angemeldet|einloggen|anmelden)', 160),
      notice('.{0,80}\\babonnieren sie .{0,60}newsletter', 200),
      notice('mit unserem newsletter\\b', 120),
    ],
    listHeadings: [
      whole('kommentare', '\\d+ kommentare?', 'meist-?diskutiert', 'meistkommentiert', 'meistgelesen', 'meistgelesene artikel', 'neueste artikel', 'weitere artikel', 'top-themen', 'empfehlungen'),
    ],
    sourceLabels: ['quelle', 'quellen'],
    photoLabels: ['foto', 'fotos', 'bild', 'bildquelle'],
    withWords: ['mit', 'mit material von'],
  },
  {
    // Spanish sites: "Leer también" teasers, "Publicidad", newsletter and cookie notices.
    language: 'es',
    drop: [
      teaser('leer también', 'lea también', 'lee también', 'te puede interesar', 'le puede interesar', 'también te puede interesar', 'noticia relacionada', 'ver también', 'más información'),
      whole('publicidad', 'compartir', 'compartir en \\w+', 'síguenos', 'imprimir', 'artículo anterior', 'artículo siguiente'),
      teaser('artículo anterior', 'artículo siguiente', 'noticia anterior', 'noticia siguiente'),
      notice('(?:utilizamos|usamos|este sitio(?: web)? utiliza) cookies'),
      notice('.{0,100}todos los derechos reservados', 60),
      notice('(?:suscríbete|suscribite|regístrate) (?:a|en) (?:nuestro|nuestra|el|la) (?:boletín|newsletter)'),
      notice('síguenos en\\b', 80),
      byline('Por', 'y'),
      notice('(?:debes|tienes que) (?:estar registrado|iniciar sesión)', 160),
    ],
    listHeadings: [
      whole('comentarios', '\\d+ comentarios?', 'lo más leído', 'lo último', 'noticias relacionadas', 'últimas noticias', 'tendencias'),
    ],
    sourceLabels: ['fuente', 'fuentes'],
    photoLabels: ['foto', 'fotos', 'fotografía', 'imagen'],
    withWords: ['con', 'con información de'],
  },
  {
    // Italian sites.
    language: 'it',
    drop: [
      teaser('leggi anche', 'potrebbe interessarti', 'vedi anche'),
      whole('pubblicità', 'condividi', 'articolo precedente', 'articolo successivo'),
      notice('(?:utilizziamo|questo sito utilizza) (?:i )?cookie'),
      notice('.{0,100}tutti i diritti riservati', 60),
      notice('iscriviti alla (?:nostra )?newsletter'),
    ],
    listHeadings: [whole('commenti', '\\d+ commenti', 'i più letti', 'più letti')],
    sourceLabels: ['fonte', 'fonti'],
    photoLabels: ['foto'],
    withWords: ['con'],
  },
  {
    // Portuguese sites.
    language: 'pt',
    drop: [
      teaser('leia também', 'leia mais', 'veja também', 'ler também', 'ler mais'),
      whole('publicidade', 'partilhar', 'compartilhar', 'artigo anterior', 'próximo artigo'),
      notice('(?:usamos|utilizamos|este site utiliza) cookies'),
      notice('.{0,100}todos os direitos reservados', 60),
      notice('(?:assine|subscreva) a (?:nossa )?newsletter'),
    ],
    listHeadings: [whole('comentários', '\\d+ comentários?', 'mais lidas', 'mais lidos')],
    sourceLabels: ['fonte', 'fontes'],
    photoLabels: ['foto', 'fotos'],
    withWords: ['com'],
  },
  {
    // Dutch sites.
    language: 'nl',
    drop: [
      teaser('lees ook', 'lees meer', 'zie ook'),
      whole('advertentie', 'delen', 'vorig artikel', 'volgend artikel'),
      notice('(?:wij gebruiken|deze (?:web)?site gebruikt) cookies'),
      notice('.{0,100}alle rechten voorbehouden', 60),
    ],
    listHeadings: [whole('reacties', '\\d+ reacties', 'meest gelezen')],
    sourceLabels: ['bron', 'bronnen'],
    photoLabels: ['foto', 'beeld'],
    withWords: ['met'],
  },
  {
    // Polish sites.
    language: 'pl',
    drop: [
      teaser('czytaj także', 'czytaj też', 'zobacz także', 'zobacz też', 'przeczytaj także', 'czytaj więcej'),
      whole('reklama', 'udostępnij', 'poprzedni artykuł', 'następny artykuł'),
      notice('materiał chroniony prawem autorskim', 300),
      notice('.{0,100}wszelkie prawa zastrzeżone', 60),
    ],
    listHeadings: [whole('komentarze', '\\d+ komentarz(?:y|e)?', 'najczęściej czytane', 'polecane')],
    sourceLabels: ['źródło'],
    photoLabels: ['fot\\.', 'zdjęcie'],
    withWords: [],
  },
  {
    // Russian sites.
    language: 'ru',
    drop: [
      teaser('читайте также', 'читайте еще', 'смотрите также', 'по теме'),
      whole('реклама', 'поделиться', 'предыдущая статья', 'следующая статья'),
      notice('(?:мы используем|сайт использует) (?:файлы )?cookie'),
      notice('.{0,100}все права защищены', 60),
      notice('подпишитесь на (?:нашу )?рассылку'),
    ],
    listHeadings: [whole('комментарии', 'самое читаемое', 'популярное', 'самые популярные(?: \\p{L}+)?', 'отзывы', 'добавить отзыв')],
    sourceLabels: ['источник'],
    photoLabels: ['фото'],
    withWords: ['по данным'],
  },
];
