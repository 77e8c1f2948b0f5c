// The site's own words in each reader language; unknown reader languages fall back to English.
import { enReader, frReader, type ReaderMessages } from './reader-messages.js';

export interface Messages extends ReaderMessages {
  skipToContent: string;
  tagline: string;
  navLatest: string;
  navDays: string;
  navSearch: string;
  searchLabel: string;
  searchPlaceholder: string;
  searchButton: string;
  footerAbout: string;
  footerApi: string;
  latestStories: string;
  noStories: string;
  pageOf: (page: number) => string;
  newer: string;
  older: string;
  articles: (n: number) => string;
  outlets: (n: number) => string;
  stories: (n: number) => string;
  languagesLabel: string;
  unknownLanguage: string;
  unknownSource: string;
  undated: string;
  sharedEntities: string;
  coverage: string;
  inThisStory: string;
  startedStory: string;
  matchScore: (score: string) => string;
  sharedWith: string;
  sharedTerms: string;
  hoursApart: (hours: string) => string;
  signals: string;
  readArticle: string;
  backToStory: string;
  otherArticles: string;
  byAuthor: (author: string) => string;
  published: string;
  dateOrigin: Record<'input' | 'jsonld' | 'meta' | 'text' | 'none', string>;
  readOriginal: string;
  provenance: string;
  ingestedFrom: string;
  credits: string;
  entities: string;
  section: string;
  notInStory: string;
  daysTitle: string;
  daysIntro: string;
  noDays: string;
  dayTitle: (day: string) => string;
  previousDay: string;
  nextDay: string;
  allDays: string;
  unclustered: string;
  articlesThatDay: (n: number) => string;
  searchTitle: string;
  searchResultsFor: (query: string) => string;
  searchEmpty: string;
  searchPrompt: string;
  notFoundTitle: string;
  notFoundText: string;
  badRequestTitle: string;
  errorTitle: string;
  errorText: string;
  upstreamTitle: string;
  goHome: string;
  /** Label of the header's language switch. */
  readingLanguage: string;
  /** "Translated from French"; `language` is already in the reader's words. */
  translatedFrom: (language: string) => string;
  glossFrom: (language: string) => string;
  translationPending: string;
  /** "Translated automatically from French by Apertium". */
  translatedBy: (language: string, provider: string) => string;
  showOriginal: string;
  showTranslation: string;
  sideBySide: string;
  originalColumn: (language: string) => string;
  translationColumn: string;
}

function plural(one: string, many: string): (n: number) => string {
  return (n) => `${n} ${n === 1 ? one : many}`;
}

const en: Messages = {
  ...enReader,
  skipToContent: 'Skip to content',
  tagline: 'World news across languages, one story at a time',
  navLatest: 'Latest',
  navDays: 'By day',
  navSearch: 'Search',
  searchLabel: 'Search the news',
  searchPlaceholder: 'Search in any language…',
  searchButton: 'Search',
  footerAbout: 'Articles from many outlets and languages, grouped into stories. Sources are credited on every article.',
  footerApi: 'JSON API',
  latestStories: 'Latest stories',
  noStories: 'No stories yet. Ingest some articles with `babelwire ingest <path>`.',
  pageOf: (page) => `Page ${page}`,
  newer: '← Newer',
  older: 'Older →',
  articles: plural('article', 'articles'),
  outlets: plural('outlet', 'outlets'),
  stories: plural('story', 'stories'),
  languagesLabel: 'languages',
  unknownLanguage: 'unknown language',
  unknownSource: 'Unknown source',
  undated: 'undated',
  sharedEntities: 'People, places and organisations',
  coverage: 'Coverage',
  inThisStory: 'In this story',
  startedStory: 'Started this story',
  matchScore: (score) => `Match ${score}`,
  sharedWith: 'Shares',
  sharedTerms: 'Common terms',
  hoursApart: (hours) => `${hours} h from the nearest article`,
  signals: 'Why it belongs',
  readArticle: 'Read the article',
  backToStory: 'Back to the story',
  otherArticles: 'Other coverage of this story',
  byAuthor: (author) => `By ${author}`,
  published: 'Published',
  dateOrigin: {
    input: 'date given by the source',
    jsonld: 'date from the page’s structured data',
    meta: 'date from the page’s metadata',
    text: 'date inferred from the text',
    none: 'no publication date found',
  },
  readOriginal: 'Read the original',
  provenance: 'Where it comes from',
  ingestedFrom: 'Ingested from',
  credits: 'Credits',
  entities: 'Mentioned',
  section: 'Section',
  notInStory: 'This article is not part of a story yet.',
  daysTitle: 'News by day',
  daysIntro: 'Every day with news in the archive, most recent first.',
  noDays: 'No dated articles yet.',
  dayTitle: (day) => `All news of ${day}`,
  previousDay: '← Previous day',
  nextDay: 'Next day →',
  allDays: 'All days',
  unclustered: 'Not yet in a story',
  articlesThatDay: (n) => `${n} ${n === 1 ? 'article' : 'articles'} that day`,
  searchTitle: 'Search',
  searchResultsFor: (query) => `Results for “${query}”`,
  searchEmpty: 'Nothing matches your search. Try other words, or a name in another language.',
  searchPrompt: 'Search titles and texts in every language.',
  notFoundTitle: 'Page not found',
  notFoundText: 'There is nothing at this address. It may have been mistyped, or the item may no longer exist.',
  badRequestTitle: 'That request did not make sense',
  errorTitle: 'Something went wrong',
  errorText: 'The page could not be shown. Please try again in a moment.',
  upstreamTitle: 'A service we depend on is unavailable',
  goHome: 'Go to the front page',
  readingLanguage: 'Reading language',
  translatedFrom: (language) => `Translated from ${language}`,
  glossFrom: (language) => `Word-by-word gloss from ${language}`,
  translationPending: 'translation pending',
  translatedBy: (language, provider) => `Translated automatically from ${language} by ${provider}`,
  showOriginal: 'Show original',
  showTranslation: 'Show translation',
  sideBySide: 'Side by side',
  originalColumn: (language) => `Original · ${language}`,
  translationColumn: 'Translation',
};

const fr: Messages = {
  ...frReader,
  skipToContent: 'Aller au contenu',
  tagline: 'L’actualité du monde dans toutes les langues, une histoire à la fois',
  navLatest: 'À la une',
  navDays: 'Par jour',
  navSearch: 'Recherche',
  searchLabel: 'Rechercher dans l’actualité',
  searchPlaceholder: 'Rechercher dans toutes les langues…',
  searchButton: 'Rechercher',
  footerAbout: 'Des articles de nombreux médias et langues, regroupés en histoires. Chaque article cite sa source.',
  footerApi: 'API JSON',
  latestStories: 'Dernières histoires',
  noStories: 'Aucune histoire pour l’instant. Importez des articles avec `babelwire ingest <chemin>`.',
  pageOf: (page) => `Page ${page}`,
  newer: '← Plus récentes',
  older: 'Plus anciennes →',
  articles: plural('article', 'articles'),
  outlets: plural('média', 'médias'),
  stories: plural('histoire', 'histoires'),
  languagesLabel: 'langues',
  unknownLanguage: 'langue inconnue',
  unknownSource: 'Source inconnue',
  undated: 'non daté',
  sharedEntities: 'Personnes, lieux et organisations',
  coverage: 'Couverture',
  inThisStory: 'Dans cette histoire',
  startedStory: 'A lancé cette histoire',
  matchScore: (score) => `Correspondance ${score}`,
  sharedWith: 'En commun',
  sharedTerms: 'Termes communs',
  hoursApart: (hours) => `${hours} h de l’article le plus proche`,
  signals: 'Pourquoi il en fait partie',
  readArticle: 'Lire l’article',
  backToStory: 'Retour à l’histoire',
  otherArticles: 'Autres articles sur cette histoire',
  byAuthor: (author) => `Par ${author}`,
  published: 'Publié',
  dateOrigin: {
    input: 'date fournie par la source',
    jsonld: 'date tirée des données structurées de la page',
    meta: 'date tirée des métadonnées de la page',
    text: 'date déduite du texte',
    none: 'aucune date de publication trouvée',
  },
  readOriginal: 'Lire l’original',
  provenance: 'Provenance',
  ingestedFrom: 'Importé depuis',
  credits: 'Crédits',
  entities: 'Cités',
  section: 'Rubrique',
  notInStory: 'Cet article ne fait pas encore partie d’une histoire.',
  daysTitle: 'L’actualité jour par jour',
  daysIntro: 'Chaque jour de l’archive, du plus récent au plus ancien.',
  noDays: 'Aucun article daté pour l’instant.',
  dayTitle: (day) => `Toute l’actualité du ${day}`,
  previousDay: '← Jour précédent',
  nextDay: 'Jour suivant →',
  allDays: 'Tous les jours',
  unclustered: 'Pas encore dans une histoire',
  articlesThatDay: (n) => `${n} ${n === 1 ? 'article' : 'articles'} ce jour-là`,
  searchTitle: 'Recherche',
  searchResultsFor: (query) => `Résultats pour « ${query} »`,
  searchEmpty: 'Aucun résultat. Essayez d’autres mots, ou un nom dans une autre langue.',
  searchPrompt: 'Recherchez dans les titres et les textes, dans toutes les langues.',
  notFoundTitle: 'Page introuvable',
  notFoundText: 'Il n’y a rien à cette adresse. Elle est peut-être mal saisie, ou l’élément n’existe plus.',
  badRequestTitle: 'Cette requête est invalide',
  errorTitle: 'Une erreur est survenue',
  errorText: 'La page n’a pas pu être affichée. Réessayez dans un instant.',
  upstreamTitle: 'Un service dont nous dépendons est indisponible',
  goHome: 'Retour à la une',
  readingLanguage: 'Langue de lecture',
  translatedFrom: (language) => `Traduit ${fromFrench(language)}`,
  glossFrom: (language) => `Glose mot à mot ${fromFrench(language)}`,
  translationPending: 'traduction en attente',
  translatedBy: (language, provider) => `Traduit automatiquement ${fromFrench(language)} par ${provider}`,
  showOriginal: 'Voir l’original',
  showTranslation: 'Voir la traduction',
  sideBySide: 'Côte à côte',
  originalColumn: (language) => `Original · ${language}`,
  translationColumn: 'Traduction',
};

/** "de l’anglais", "du russe": French elides before a vowel (language names from Intl are lower-case). */
function fromFrench(language: string): string {
  return /^[aeiouyhâéèêîôû]/i.test(language) ? `de l’${language}` : `du ${language}`;
}

const catalogs: Record<string, Messages> = { en, fr };

/** The catalogue for a reader language (`fr`, `fr-CA` -> French), English otherwise. */
export function selectMessages(readerLanguage: string): Messages {
  const base = readerLanguage.toLowerCase().split('-')[0] ?? 'en';
  return catalogs[base] ?? en;
}
