// Closed-class words glossed by hand: dictionaries list every sense of "der" or "sich", a gloss needs one.

// German: articles, pronouns, prepositions, conjunctions, auxiliaries and common adverbs. An empty string
// drops the word (the reflexive "sich", the infinitive "zu" is kept as "to").
const GERMAN: Record<string, string> = {
  der: 'the', die: 'the', das: 'the', den: 'the', dem: 'the', des: 'of the',
  ein: 'a', eine: 'a', einen: 'a', einem: 'a', einer: 'a', eines: 'of a',
  kein: 'no', keine: 'no', keinen: 'no', keinem: 'no', keiner: 'no', keines: 'no',
  und: 'and', oder: 'or', aber: 'but', sondern: 'but', denn: 'because', doch: 'yet', dass: 'that', daß: 'that',
  wenn: 'if', weil: 'because', als: 'as', wie: 'how', ob: 'whether', während: 'while', obwohl: 'although',
  nachdem: 'after', bevor: 'before', damit: 'so that', sowie: 'as well as', sowohl: 'both', weder: 'neither', noch: 'still',
  in: 'in', im: 'in the', ins: 'into the', an: 'at', am: 'at the', ans: 'to the', auf: 'on', aus: 'from', bei: 'at',
  beim: 'at the', mit: 'with', nach: 'after', seit: 'since', von: 'of', vom: 'from the', zu: 'to', zum: 'to the',
  zur: 'to the', für: 'for', fürs: 'for the', gegen: 'against', ohne: 'without', um: 'around', durch: 'through',
  über: 'about', unter: 'under', vor: 'before', hinter: 'behind', neben: 'next to', zwischen: 'between', bis: 'until',
  trotz: 'despite', wegen: 'because of', laut: 'according to', gegenüber: 'opposite', innerhalb: 'within',
  außerhalb: 'outside', statt: 'instead of', pro: 'per', ab: 'from', je: 'per',
  ich: 'I', du: 'you', er: 'he', sie: 'they', es: 'it', wir: 'we', ihr: 'their', mich: 'me', dich: 'you', ihn: 'him',
  ihm: 'him', ihnen: 'them', uns: 'us', euch: 'you', mir: 'me', dir: 'you', sich: '', man: 'one',
  mein: 'my', meine: 'my', dein: 'your', sein: 'his', seine: 'his', seinen: 'his', seinem: 'his', seiner: 'his',
  seines: 'his', ihre: 'their', ihren: 'their', ihrem: 'their', ihrer: 'their', ihres: 'their', unser: 'our',
  unsere: 'our', unseren: 'our', unserem: 'our', unserer: 'our', euer: 'your', eure: 'your',
  dieser: 'this', diese: 'this', dieses: 'this', diesen: 'this', diesem: 'this', jener: 'that', jene: 'those',
  welche: 'which', welcher: 'which', welches: 'which', wer: 'who', was: 'what', wo: 'where', wann: 'when',
  warum: 'why', wieso: 'why', woher: 'where from', wohin: 'where to',
  ist: 'is', sind: 'are', war: 'was', waren: 'were', bin: 'am', bist: 'are', seid: 'are', gewesen: 'been',
  wird: 'will', werden: 'will', wurde: 'was', wurden: 'were', worden: 'been', würde: 'would', würden: 'would',
  hat: 'has', haben: 'have', hatte: 'had', hatten: 'had', habe: 'have', hätte: 'would have', hätten: 'would have',
  kann: 'can', können: 'can', konnte: 'could', konnten: 'could', könnte: 'could', könnten: 'could',
  muss: 'must', müssen: 'must', musste: 'had to', mussten: 'had to', soll: 'should', sollen: 'should',
  sollte: 'should', sollten: 'should', will: 'wants', wollen: 'want', wollte: 'wanted', wollten: 'wanted',
  darf: 'may', dürfen: 'may', mag: 'likes', möchte: 'would like',
  nicht: 'not', nichts: 'nothing', auch: 'also', nur: 'only', schon: 'already', sehr: 'very', mehr: 'more',
  immer: 'always', nie: 'never', jetzt: 'now', heute: 'today', gestern: 'yesterday', morgen: 'tomorrow',
  hier: 'here', dort: 'there', da: 'there', so: 'so', dann: 'then', etwa: 'about', rund: 'around', bereits: 'already',
  alle: 'all', allen: 'all', aller: 'all', alles: 'everything', viele: 'many', vielen: 'many', einige: 'some',
  andere: 'other', anderen: 'other', anderer: 'other', beide: 'both', beiden: 'both', jeder: 'every', jede: 'every',
  jedes: 'every', jeden: 'every', ja: 'yes', nein: 'no', zwei: 'two', drei: 'three', vier: 'four',
  fünf: 'five', zehn: 'ten', hundert: 'hundred', tausend: 'thousand', prozent: 'percent', uhr: "o'clock",
  dabei: 'in doing so', darauf: 'on it', daran: 'on it', davon: 'of it', dazu: 'to it', dafür: 'for it',
  damals: 'at that time', zudem: 'moreover', außerdem: 'besides', jedoch: 'however', deshalb: 'therefore',
  wieder: 'again', bisher: 'so far', zunächst: 'at first', später: 'later', weiter: 'further', sogar: 'even',
  etwas: 'something', selbst: 'self', zwar: 'admittedly', eigentlich: 'actually', gerade: 'just', erst: 'only',
};

// Russian: the commonest function words (the eng-rus dictionary is tiny, names are transliterated).
const RUSSIAN: Record<string, string> = {
  и: 'and', в: 'in', во: 'in', на: 'on', с: 'with', со: 'with', по: 'on', к: 'to', ко: 'to', из: 'from', у: 'at',
  о: 'about', об: 'about', от: 'from', до: 'until', за: 'for', для: 'for', при: 'at', без: 'without', через: 'through',
  не: 'not', но: 'but', а: 'and', или: 'or', что: 'that', как: 'how', это: 'this', этот: 'this', эта: 'this',
  он: 'he', она: 'she', они: 'they', оно: 'it', мы: 'we', я: 'I', вы: 'you', его: 'his', ее: 'her', её: 'her',
  их: 'their', также: 'also', был: 'was', была: 'was', было: 'was', были: 'were', будет: 'will', который: 'which',
  которые: 'which', которая: 'which', после: 'after', года: 'of the year', году: 'in the year', год: 'year',
};

const TABLES: Record<string, Record<string, string>> = { de: GERMAN, ru: RUSSIAN };

/** The hand gloss of a closed-class word into English, '' to drop it, or undefined. */
export function glossFunctionWord(word: string, language: string): string | undefined {
  const table = TABLES[language];
  return table && Object.hasOwn(table, word.toLowerCase()) ? table[word.toLowerCase()] : undefined;
}
