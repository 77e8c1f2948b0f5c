// Romance present perfects ("a déclaré" -> "has declared") turned into the simple past English news uses ("said").

// Irregular past participles and their simple past; "been" depends on the subject (see below).
const IRREGULAR_PAST: Record<string, string> = {
  arisen: 'arose', beaten: 'beat', become: 'became', begun: 'began', bent: 'bent', bet: 'bet', bitten: 'bit',
  blown: 'blew', broken: 'broke', brought: 'brought', built: 'built', burnt: 'burnt', burst: 'burst',
  bought: 'bought', caught: 'caught', chosen: 'chose', come: 'came', cost: 'cost', cut: 'cut', dealt: 'dealt',
  done: 'did', drawn: 'drew', driven: 'drove', drunk: 'drank', eaten: 'ate', fallen: 'fell', fed: 'fed',
  felt: 'felt', fought: 'fought', found: 'found', fled: 'fled', flown: 'flew', forbidden: 'forbade',
  forgotten: 'forgot', forgiven: 'forgave', frozen: 'froze', given: 'gave', gone: 'went', got: 'got',
  gotten: 'got', grown: 'grew', had: 'had', heard: 'heard', held: 'held', hidden: 'hid', hit: 'hit', hung: 'hung',
  hurt: 'hurt', kept: 'kept', known: 'knew', laid: 'laid', led: 'led', left: 'left', lent: 'lent', lost: 'lost',
  made: 'made', meant: 'meant', met: 'met', mistaken: 'mistook', overcome: 'overcame', overtaken: 'overtook',
  paid: 'paid', proven: 'proved', put: 'put', quit: 'quit', read: 'read', ridden: 'rode', risen: 'rose',
  run: 'ran', said: 'said', seen: 'saw', sold: 'sold', sent: 'sent', set: 'set', shaken: 'shook', shot: 'shot',
  shown: 'showed', shut: 'shut', sung: 'sang', sunk: 'sank', sat: 'sat', slept: 'slept', sought: 'sought',
  spent: 'spent', split: 'split', spoken: 'spoke', spread: 'spread', stood: 'stood', stolen: 'stole',
  struck: 'struck', stuck: 'stuck', sworn: 'swore', taken: 'took', taught: 'taught', told: 'told',
  thought: 'thought', thrown: 'threw', understood: 'understood', undertaken: 'undertook', upset: 'upset',
  withdrawn: 'withdrew', woken: 'woke', won: 'won', worn: 'wore', written: 'wrote',
};

// Words ending in -ed that are not participles.
const NOT_PARTICIPLES = new Set(['bed', 'bleed', 'breed', 'embed', 'feed', 'greed', 'hundred', 'indeed', 'need', 'red', 'seed', 'shed', 'sled', 'speed', 'shred', 'wed', 'weed']);

// After these the perfect is part of a modal or infinitive ("would have done", "to have seen") and must stay.
const KEEPS_PERFECT_BEFORE = /\b(?:will|would|could|should|shall|may|might|must|can|to|not)\s+$/iu;
// Time phrases that need the perfect in English ("has lived here since 2010").
const KEEPS_PERFECT_AFTER = /^[^.;:!?]*?\b(?:since|already|yet|ever|never|so far|until now|up to now)\b/iu;

const PERFECT = /\b(has|have)\s+((?:also|already|just|recently|finally|never|not|still)\s+)?([a-z]+)\b/gu;

function simplePast(participle: string, auxiliary: string, before: string): string | undefined {
  if (participle === 'been') return auxiliary === 'has' || /\bI\s+$/u.test(before) ? 'was' : 'were';
  const irregular = IRREGULAR_PAST[participle];
  if (irregular) return irregular;
  if (participle.length >= 5 && participle.endsWith('ed') && !NOT_PARTICIPLES.has(participle)) return participle;
  return undefined;
}

/**
 * Rewrites "has/have (adverb) participle" as the simple past, except after a modal or "to", with a negation
 * (which would need "did not" and the base form), or where a time phrase calls for the perfect.
 */
export function simplifyPerfect(sentence: string): string {
  return sentence.replace(PERFECT, (whole: string, auxiliary: string, adverb: string | undefined, participle: string, offset: number) => {
    const before = sentence.slice(Math.max(0, offset - 12), offset);
    if (KEEPS_PERFECT_BEFORE.test(before) || /^(?:not|never)\s/u.test(adverb ?? '')) return whole;
    if (KEEPS_PERFECT_AFTER.test(sentence.slice(offset + whole.length))) return whole;
    const past = simplePast(participle, auxiliary, before);
    if (!past) return whole;
    return adverb ? `${adverb}${past}` : past;
  });
}

// Romance news reports speech with "déclarer"/"declarar", "affirmer"/"afirmar", "indiquer"/"indicar", "informar",
// "commenter"/"comentar", which Apertium translates literally; English news says "said", "told", "reported".
// A passive ("was declared guilty") or a participle after "be"/"have" is left alone.
const NOT_AFTER = '(?<!\\b(?:was|were|be|been|being|is|are|am|well|not) )';
const REPORTING_VERBS = new RegExp(`${NOT_AFTER}\\b(?:affirmed|asserted|declared(?! (?:by|as|to be|war|(?:its |their )?independence)\\b))`, 'gu');
const SAID_BEFORE = new RegExp(`${NOT_AFTER}\\b(?:indicated|informed|stated)(?= that\\b|:| ")`, 'gu');
// "indicó a Reuters", "informó a los periodistas": "told Reuters", "told the journalists".
const AUDIENCE = '(?:the (?:journalists|reporters|press|media|newspaper|agency|audience)\\b|(?:reporters|journalists)\\b)';
const TOLD = new RegExp(`${NOT_AFTER}\\b(?:indicated|informed|commented|declared|affirmed|said)(?: to (?=${AUDIENCE}|\\p{Lu})| (?=${AUDIENCE}))`, 'gu');

/** Turns the reporting verbs Apertium translates literally into "said", "told", "reported". */
export function simplifyReporting(sentence: string): string {
  return sentence
    .replace(/\b([Aa])s it (?:informed|reported|indicated)(?: to)?\b/gu, (_, a: string) => `${a}s reported by`)
    .replace(new RegExp(`${NOT_AFTER}\\binformed(?= that\\b)`, 'gu'), 'reported')
    .replace(TOLD, 'told ')
    .replace(SAID_BEFORE, 'said')
    .replace(REPORTING_VERBS, 'said');
}
