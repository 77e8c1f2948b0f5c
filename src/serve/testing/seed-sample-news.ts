// Test data for the server: a few stories in several languages, written here and loaded through the Store API.
// The browser test will later load the real demo corpus through the ingest pipeline instead; keep loading in this one function.
import type { EntityMention, MatchReason, NewArticle, Story, StoryProfile } from '../../domain/index.js';
import type { Store } from '../../store/store.js';

/** Ids the tests refer to; everything else about the data is free to change. */
export const SAMPLE = {
  summitStory: 's-arctic-summit',
  summitLead: 'a-summit-en',
  summitFrench: 'a-summit-fr',
  summitSpanish: 'a-summit-es',
  callStory: 's-video-call',
  callLead: 'a-call-de',
  callEnglish: 'a-call-en',
  scriptStory: 's-script',
  scriptArticle: 'a-script',
  unclustered: 'a-loose',
  scriptTitle: '<script>alert("x")</script> Harbour fire & smoke',
} as const;

const iceland = entity('place:iceland', 'place', 'Iceland', ['Iceland', 'Islande', 'Islandia']);
const reykjavik = entity('place:reykjavik', 'place', 'Reykjavik', ['Reykjavik', 'Reykjavík']);
const arcticCouncil = entity('org:arctic-council', 'org', 'Arctic Council', ['Arctic Council', 'Conseil de l’Arctique']);
const blinken = entity('person:antony-blinken', 'person', 'Antony Blinken', ['Blinken']);
const lavrov = entity('person:sergey-lavrov', 'person', 'Sergey Lavrov', ['Lavrov', 'Lavrow']);
const putin = entity('person:vladimir-putin', 'person', 'Vladimir Putin', ['Putin', 'Poutine']);
const biden = entity('person:joe-biden', 'person', 'Joe Biden', ['Biden']);
const ukraine = entity('place:ukraine', 'place', 'Ukraine', ['Ukraine', 'Ucrania']);

const articles: NewArticle[] = [
  article({
    id: SAMPLE.summitLead,
    ref: 'fixtures/summit-en.html',
    url: 'https://example.org/world/arctic-ministers-meet',
    sourceName: 'Northern Ledger',
    author: 'Ada Lindqvist',
    section: 'World',
    credits: ['Photo: Harbour Press'],
    title: 'Arctic ministers meet in Reykjavik as Blinken and Lavrov hold first talks',
    language: 'en',
    publishedAt: '2021-05-21T09:30:00.000Z',
    text: 'Foreign ministers of the eight Arctic states gathered in Reykjavik on Thursday for a council meeting overshadowed by tension between Washington and Moscow.\n\nAntony Blinken and Sergey Lavrov met on the sidelines for nearly two hours, their first face-to-face conversation since the new American administration took office.\n\nBoth sides described the exchange as frank. Officials said climate research and shipping safety in the far north were the easiest topics to agree on.',
    entities: [reykjavik, blinken, lavrov, arcticCouncil, iceland],
  }),
  article({
    id: SAMPLE.summitFrench,
    ref: 'fixtures/summit-fr.txt',
    url: null,
    sourceName: 'Le Quotidien du Nord',
    title: 'À Reykjavik, Blinken et Lavrov se parlent enfin',
    language: 'fr',
    publishedAt: '2021-05-21T15:00:00.000Z',
    publishedAtOrigin: 'text',
    text: 'La rencontre tant attendue a eu lieu jeudi soir en Islande, en marge du Conseil de l’Arctique.\n\nLes deux chefs de la diplomatie ont évoqué le climat, la sécurité maritime et leurs nombreux désaccords.',
    entities: [reykjavik, blinken, lavrov, arcticCouncil, iceland],
  }),
  article({
    id: SAMPLE.summitSpanish,
    ref: 'fixtures/summit-es.json',
    url: 'https://example.net/internacional/reikiavik',
    sourceName: 'Diario del Sur',
    title: 'Blinken y Lavrov buscan rebajar la tensión en Islandia',
    lead: 'Primera reunión entre los dos ministros desde el cambio de gobierno en Washington.',
    language: 'es',
    publishedAt: '2021-05-23T08:10:00.000Z',
    text: 'El encuentro en Reikiavik terminó sin acuerdos concretos, pero ambos ministros hablaron de una conversación útil.\n\nLa reunión del Consejo Ártico cerró el sábado con una declaración común sobre el clima.',
    entities: [reykjavik, blinken, lavrov, iceland],
  }),
  article({
    id: SAMPLE.callLead,
    ref: 'fixtures/call-de.txt',
    url: 'https://example.de/politik/videogipfel',
    sourceName: 'Abendpost',
    title: 'Biden und Putin sprechen zwei Stunden per Video über die Ukraine',
    language: 'de',
    publishedAt: '2021-12-07T18:45:00.000Z',
    text: 'Der amerikanische Präsident und der russische Staatschef haben am Dienstag in einer Videokonferenz über die Lage an der ukrainischen Grenze gesprochen.\n\nBeide Seiten vereinbarten, die Gespräche auf Beraterebene fortzusetzen.',
    entities: [biden, putin, ukraine],
  }),
  article({
    id: SAMPLE.callEnglish,
    ref: 'fixtures/call-en.html',
    url: 'https://example.org/world/video-call',
    sourceName: 'Northern Ledger',
    title: 'Biden warns Putin of sanctions in two-hour video call',
    language: 'en',
    publishedAt: '2021-12-07T21:00:00.000Z',
    text: 'The American president told his Russian counterpart that an escalation on the Ukrainian border would meet strong economic measures.\n\nAides on both sides will keep talking in the coming weeks.',
    entities: [biden, putin, ukraine],
  }),
  article({
    id: SAMPLE.scriptArticle,
    ref: 'fixtures/script.txt',
    url: 'javascript:alert(1)',
    sourceName: '<b>Evil</b> Times',
    title: SAMPLE.scriptTitle,
    language: 'en',
    publishedAt: '2021-05-22T12:00:00.000Z',
    text: 'A fire broke out in a harbour warehouse <img src=x onerror=alert(2)> and was put out within the hour.\n\nNobody was hurt.',
    entities: [],
  }),
  article({
    id: SAMPLE.unclustered,
    ref: 'fixtures/loose.txt',
    url: null,
    sourceName: null,
    title: 'Ferry timetable changes for the summer season',
    language: 'en',
    publishedAt: '2021-05-22T07:00:00.000Z',
    text: 'Ferries to the outer islands will run twice a day from June.',
    entities: [],
  }),
];

interface StoryPlan {
  id: string;
  members: { id: string; reason: MatchReason }[];
}

const stories: StoryPlan[] = [
  {
    id: SAMPLE.summitStory,
    members: [
      { id: SAMPLE.summitLead, reason: founder() },
      { id: SAMPLE.summitFrench, reason: match(0.71, ['person:antony-blinken', 'person:sergey-lavrov', 'place:reykjavik'], 5.5) },
      { id: SAMPLE.summitSpanish, reason: match(0.58, ['person:antony-blinken', 'place:iceland'], 46.7) },
    ],
  },
  {
    id: SAMPLE.callStory,
    members: [
      { id: SAMPLE.callLead, reason: founder() },
      { id: SAMPLE.callEnglish, reason: match(0.66, ['person:joe-biden', 'person:vladimir-putin'], 2.25) },
    ],
  },
  { id: SAMPLE.scriptStory, members: [{ id: SAMPLE.scriptArticle, reason: founder() }] },
];

/** Fills `store` with the sample articles and stories; returns what was stored for assertions. */
export async function seedSampleNews(store: Store): Promise<{ articles: number; stories: number }> {
  const byId = new Map(articles.map((a) => [a.id, a]));
  for (const a of articles) await store.insertArticle(a);
  for (const plan of stories) {
    const members = plan.members.map((m) => byId.get(m.id)!);
    const { story, profile } = buildStory(plan.id, members);
    await store.saveStory(story, profile);
    for (const m of plan.members) await store.assignArticle(m.id, plan.id, m.reason);
  }
  return { articles: articles.length, stories: stories.length };
}

function buildStory(id: string, members: NewArticle[]): { story: Story; profile: StoryProfile } {
  const lead = members[0]!;
  const times = members.map((m) => m.publishedAt).filter((t): t is string => t !== null).sort();
  const entityCounts = new Map<string, { mention: EntityMention; articles: number }>();
  for (const m of members) {
    for (const e of m.entities) {
      const seen = entityCounts.get(e.id);
      entityCounts.set(e.id, { mention: e, articles: (seen?.articles ?? 0) + 1 });
    }
  }
  const first = times[0] ?? null;
  const last = times.at(-1) ?? null;
  const story: Story = {
    id,
    title: lead.title,
    leadArticleId: lead.id,
    articleCount: members.length,
    languages: [...new Set(members.map((m) => m.language))],
    sources: [...new Set(members.flatMap((m) => (m.sourceName ? [m.sourceName] : [])))],
    firstPublishedAt: first,
    lastPublishedAt: last,
    entities: [...entityCounts.values()].map(({ mention, articles: n }) => ({
      id: mention.id,
      kind: mention.kind,
      name: mention.name,
      articles: n,
    })),
    createdAt: first ?? '2021-01-01T00:00:00.000Z',
    updatedAt: last ?? '2021-01-01T00:00:00.000Z',
  };
  const keys: Record<string, number> = {};
  for (const e of entityCounts.keys()) keys[`e:${e}`] = 1;
  const profile: StoryProfile = { storyId: id, articleCount: members.length, keys, dates: {}, firstPublishedAt: first, lastPublishedAt: last };
  return { story, profile };
}

function article(fields: Partial<NewArticle> & Pick<NewArticle, 'id' | 'title' | 'text' | 'language'>): NewArticle {
  return {
    ref: `fixtures/${fields.id}.txt`,
    url: null,
    sourceName: null,
    credits: [],
    author: null,
    section: null,
    imageUrl: null,
    languageConfidence: 0.97,
    publishedAt: null,
    publishedAtOrigin: 'input',
    ingestedAt: '2021-12-31T00:00:00.000Z',
    contentHash: `hash-${fields.id}`,
    entities: [],
    dates: [],
    terms: [],
    ...fields,
  };
}

function entity(id: string, kind: EntityMention['kind'], name: string, surfaces: string[]): EntityMention {
  return { id, kind, name, surfaces, count: 2, inTitle: false };
}

function founder(): MatchReason {
  return { score: 1, signals: {}, sharedEntities: [], sharedTerms: [], timeDeltaHours: null, founder: true };
}

function match(score: number, sharedEntities: string[], timeDeltaHours: number): MatchReason {
  return {
    score,
    signals: { entities: score * 0.7, terms: score * 0.2, time: score * 0.1 },
    sharedEntities,
    sharedTerms: ['minist', 'arctic'],
    timeDeltaHours,
    founder: false,
  };
}
