// The site's words for the reader's pages added with issue 7 (front page, trends, archives, feeds, settings), in each reader language.
import type { EntityKind } from '../../domain/index.js';

export interface ReaderMessages {
  topStories: string;
  latestColumn: string;
  trends24h: string;
  risingEntities: string;
  risingStories: string;
  /** "12 outlets, 4 languages". */
  outletsLanguages: (outlets: number, languages: number) => string;
  /** "5 articles, up from 2". */
  mentionsRise: (now: number, before: number) => string;
  newArticles24h: (n: number) => string;
  timeline: string;
  byLanguage: string;
  byOutlet: string;
  storyline: string;
  storylinePending: string;
  readAlso: string;
  youMayLike: string;
  previousInStory: string;
  nextInStory: string;
  source: string;
  entityIntro: (articles: number) => string;
  kind: Record<EntityKind, string>;
  sectionsTitle: string;
  sectionTitle: (name: string) => string;
  sourceTitle: (name: string) => string;
  sourcesIntro: string;
  navSections: string;
  navStorylines: string;
  navSettings: string;
  calendar: string;
  filters: string;
  anyLanguage: string;
  anySource: string;
  fromDay: string;
  toDay: string;
  applyFilters: string;
  matchedBy: Record<'text' | 'translation' | 'entity', string>;
  settingsTitle: string;
  settingsIntro: string;
  timeZone: string;
  interfaceLanguage: string;
  saveSettings: string;
  settingsSaved: string;
  feeds: string;
  noArticles: string;
  storiesAbout: string;
}

export const enReader: ReaderMessages = {
  topStories: 'Top stories',
  latestColumn: 'Latest',
  trends24h: 'Trends 24h',
  risingEntities: 'Rising names',
  risingStories: 'Stories gaining coverage',
  outletsLanguages: (o, l) => `${o} ${o === 1 ? 'outlet' : 'outlets'}, ${l} ${l === 1 ? 'language' : 'languages'}`,
  mentionsRise: (now, before) => `${now} ${now === 1 ? 'article' : 'articles'}, up from ${before}`,
  newArticles24h: (n) => `+${n} in 24 h`,
  timeline: 'Timeline',
  byLanguage: 'Coverage by language',
  byOutlet: 'Coverage by outlet',
  storyline: 'Storyline',
  storylinePending: 'This story is not part of a longer storyline yet.',
  readAlso: 'Read also',
  youMayLike: 'You may like',
  previousInStory: '← Previous in this story',
  nextInStory: 'Next in this story →',
  source: 'Source',
  entityIntro: (n) => `Every story that mentions it, in any language · ${n} ${n === 1 ? 'article' : 'articles'}`,
  kind: { person: 'Person', place: 'Place', org: 'Organisation', other: 'Other' },
  sectionsTitle: 'Sections',
  sectionTitle: (name) => `Section: ${name}`,
  sourceTitle: (name) => `Source: ${name}`,
  sourcesIntro: 'Articles of this outlet, newest first.',
  navSections: 'Sections',
  navStorylines: 'Storylines',
  navSettings: 'Settings',
  calendar: 'Calendar',
  filters: 'Filters',
  anyLanguage: 'Any language',
  anySource: 'Any source',
  fromDay: 'From',
  toDay: 'To',
  applyFilters: 'Apply',
  matchedBy: { text: 'found in the original', translation: 'found in the translation', entity: 'mentions this name' },
  settingsTitle: 'Reader settings',
  settingsIntro: 'Choose the language you read in and the time zone for dates. They are kept in a cookie on this device.',
  timeZone: 'Time zone',
  interfaceLanguage: 'Reading language (site and translations)',
  saveSettings: 'Save',
  settingsSaved: 'Settings saved.',
  feeds: 'Feeds',
  noArticles: 'Nothing here yet.',
  storiesAbout: 'Stories',
};

export const frReader: ReaderMessages = {
  topStories: 'À la une',
  latestColumn: 'En continu',
  trends24h: 'Tendances 24 h',
  risingEntities: 'Noms en hausse',
  risingStories: 'Histoires qui prennent de l’ampleur',
  outletsLanguages: (o, l) => `${o} ${o === 1 ? 'média' : 'médias'}, ${l} ${l === 1 ? 'langue' : 'langues'}`,
  mentionsRise: (now, before) => `${now} ${now === 1 ? 'article' : 'articles'}, contre ${before}`,
  newArticles24h: (n) => `+${n} en 24 h`,
  timeline: 'Chronologie',
  byLanguage: 'Couverture par langue',
  byOutlet: 'Couverture par média',
  storyline: 'Fil de l’histoire',
  storylinePending: 'Cette histoire ne fait pas encore partie d’un fil plus long.',
  readAlso: 'À lire aussi',
  youMayLike: 'Vous aimerez aussi',
  previousInStory: '← Article précédent de l’histoire',
  nextInStory: 'Article suivant de l’histoire →',
  source: 'Source',
  entityIntro: (n) => `Toutes les histoires qui le citent, dans toutes les langues · ${n} ${n === 1 ? 'article' : 'articles'}`,
  kind: { person: 'Personne', place: 'Lieu', org: 'Organisation', other: 'Autre' },
  sectionsTitle: 'Rubriques',
  sectionTitle: (name) => `Rubrique : ${name}`,
  sourceTitle: (name) => `Source : ${name}`,
  sourcesIntro: 'Les articles de ce média, du plus récent au plus ancien.',
  navSections: 'Rubriques',
  navStorylines: 'Fils',
  navSettings: 'Réglages',
  calendar: 'Calendrier',
  filters: 'Filtres',
  anyLanguage: 'Toutes les langues',
  anySource: 'Toutes les sources',
  fromDay: 'Du',
  toDay: 'Au',
  applyFilters: 'Appliquer',
  matchedBy: { text: 'trouvé dans l’original', translation: 'trouvé dans la traduction', entity: 'cite ce nom' },
  settingsTitle: 'Réglages de lecture',
  settingsIntro: 'Choisissez la langue de lecture et le fuseau horaire des dates. Ils sont gardés dans un cookie sur cet appareil.',
  timeZone: 'Fuseau horaire',
  interfaceLanguage: 'Langue de lecture (site et traductions)',
  saveSettings: 'Enregistrer',
  settingsSaved: 'Réglages enregistrés.',
  feeds: 'Flux',
  noArticles: 'Rien pour l’instant.',
  storiesAbout: 'Histoires',
};
