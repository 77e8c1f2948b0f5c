// The site's words for storylines (the storyline page and the story page's link to it), in each reader language.
export interface StorylineMessages {
  eyebrow: string;
  /** "4 stories, 21 May 2021 – 8 December 2021". */
  intro: (stories: number, span: string | null) => string;
  sharedAcross: string;
  timeline: string;
  firstStory: string;
  /** Labels end with their colon, spaced as each language wants. */
  linkedTo: string;
  shares: string;
  sharedTerms: string;
  linkScore: (score: string) => string;
  daysLater: (days: string) => string;
  overlapping: string;
  undatedGap: string;
  partOf: (title: string, stories: number) => string;
  listTitle: string;
  listIntro: string;
  none: string;
  stories: (n: number) => string;
}

const en: StorylineMessages = {
  eyebrow: 'Storyline',
  intro: (n, span) => `${n} stories about one evolving situation${span ? `, ${span}` : ''}.`,
  sharedAcross: 'Shared across the storyline',
  timeline: 'Stories in order',
  firstStory: 'Where the storyline starts',
  linkedTo: 'Linked to:',
  shares: 'Shares:',
  sharedTerms: 'Shared words:',
  linkScore: (s) => `link ${s}`,
  daysLater: (d) => `${d} days later`,
  overlapping: 'at the same time',
  undatedGap: 'undated',
  partOf: (title, n) => `Part of a storyline: ${title} (${n} stories)`,
  listTitle: 'Storylines',
  listIntro: 'Stories weeks or months apart that follow one situation, linked by the people, places and organisations they share.',
  none: 'No storylines yet.',
  stories: (n) => `${n} ${n === 1 ? 'story' : 'stories'}`,
};

const fr: StorylineMessages = {
  eyebrow: 'Fil de l’histoire',
  intro: (n, span) => `${n} histoires qui suivent une même situation${span ? `, ${span}` : ''}.`,
  sharedAcross: 'Commun à tout le fil',
  timeline: 'Les histoires dans l’ordre',
  firstStory: 'Le début du fil',
  linkedTo: 'Reliée à\u00a0:',
  shares: 'En commun\u00a0:',
  sharedTerms: 'Mots en commun\u00a0:',
  linkScore: (s) => `lien ${s}`,
  daysLater: (d) => `${d} jours plus tard`,
  overlapping: 'au même moment',
  undatedGap: 'sans date',
  partOf: (title, n) => `Fait partie d’un fil\u00a0: ${title} (${n} histoires)`,
  listTitle: 'Fils d’histoires',
  listIntro: 'Des histoires à des semaines ou des mois d’écart qui suivent une même situation, reliées par les personnes, lieux et organisations qu’elles partagent.',
  none: 'Aucun fil pour l’instant.',
  stories: (n) => `${n} ${n === 1 ? 'histoire' : 'histoires'}`,
};

export function storylineMessages(lang: string): StorylineMessages {
  return lang.toLowerCase().startsWith('fr') ? fr : en;
}
