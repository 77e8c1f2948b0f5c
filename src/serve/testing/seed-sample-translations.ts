// Test data for the reader: translations of the sample news, one of each kind the site must show.
import type { ArticleTranslation } from '../../domain/index.js';
import type { Store } from '../../store/store.js';
import { SAMPLE } from './seed-sample-news.js';

export const SAMPLE_TRANSLATIONS = {
  /** French -> English through Catalan, title and body. */
  summitFrenchTitle: 'In Reykjavik, Blinken and Lavrov finally talk',
  summitFrenchText:
    'The long-awaited meeting took place on Thursday evening in Iceland, on the sidelines of the Arctic Council.\n\nThe two heads of diplomacy discussed the climate, maritime security and their many disagreements.',
  /** German -> English word by word. */
  callGlossTitle: 'Biden and Putin speak two hours per video over the Ukraine',
  /** English -> French, title only: the body waits for the first view. */
  summitEnglishInFrench: 'Les ministres de l’Arctique se réunissent à Reykjavik, premiers entretiens entre Blinken et Lavrov',
} as const;

const translations: ArticleTranslation[] = [
  {
    articleId: SAMPLE.summitFrench,
    target: 'en',
    title: SAMPLE_TRANSLATIONS.summitFrenchTitle,
    text: SAMPLE_TRANSLATIONS.summitFrenchText,
    provider: 'apertium',
    quality: 'machine',
    path: ['fr', 'ca', 'en'],
    translatedAt: '2021-12-31T01:00:00.000Z',
  },
  {
    articleId: SAMPLE.callLead,
    target: 'en',
    title: SAMPLE_TRANSLATIONS.callGlossTitle,
    text: 'The American president and the Russian head of state have on Tuesday in a video conference over the situation at the Ukrainian border spoken.\n\nBoth sides agreed, the talks at adviser level to continue.',
    provider: 'gloss',
    quality: 'gloss',
    path: ['de', 'en'],
    translatedAt: '2021-12-31T01:00:00.000Z',
  },
  {
    articleId: SAMPLE.summitLead,
    target: 'fr',
    title: SAMPLE_TRANSLATIONS.summitEnglishInFrench,
    text: null,
    provider: 'apertium',
    quality: 'machine',
    path: ['en', 'fr'],
    translatedAt: '2021-12-31T01:00:00.000Z',
  },
  {
    // Nothing could translate it: the site shows the original without a label.
    articleId: SAMPLE.callEnglish,
    target: 'fr',
    title: 'Biden warns Putin of sanctions in two-hour video call',
    text: null,
    provider: 'none',
    quality: 'original',
    path: [],
    translatedAt: '2021-12-31T01:00:00.000Z',
  },
];
// The Spanish summit article has no translation at all: "translation pending".

export async function seedSampleTranslations(store: Store): Promise<number> {
  for (const translation of translations) await store.saveTranslation(translation);
  return translations.length;
}
