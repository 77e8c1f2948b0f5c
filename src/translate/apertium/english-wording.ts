// Word choices Apertium's Romance-to-English pairs get wrong the same way every time, put right in the English.

// Fixed English phrases with "at" that stay; anything else after "at" from Catalan "a" is mostly "to".
const KEEPS_AT =
  /^(?:\d|(?:least|all|present|first|last|once|home|risk|stake|times?|night|noon|midnight|dawn|the (?:time|end|beginning|start|same time|moment|age|latest|earliest|most|least|heart|top|bottom|scene|hands))\b)/u;
const DAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';

/**
 * cat-eng renders the Catalan preposition "a" as "at"; it stands for French "à" and Catalan "a", which are far more
 * often "to" (a dative or a direction) than a place ("in Paris" it already gets right). Set phrases keep "at".
 */
export function fixCatalanAt(text: string): string {
  return text.replace(/\b([Aa])t (?=(.{0,20}))/gu, (whole: string, a: string, after: string) =>
    KEEPS_AT.test(after) ? whole : `${a === 'A' ? 'T' : 't'}o `,
  );
}

/** Lexical fixes shared by the Romance pairs into English. */
export function fixRomanceWording(text: string): string {
  return (
    text
      // "personas" / "personnes": English says "people" outside legal texts.
      .replace(/\bpersons\b/gu, 'people')
      // "a ajouté" / "afegir" -> "appended"; news English says "added".
      .replace(/\bappend(ed|s|ing)?\b/gu, (_, ending: string | undefined) => `add${ending ?? ''}`)
      // "entre X et Y" -> "among X and Y": two parties take "between".
      .replace(/\bamong\b(?=(?: [\p{L}\p{N}'’-]+){1,4} and\b)/gu, 'between')
      // "équipe" / "equipo" -> "squad": a team in general.
      .replace(/\bsquad(s?)\b/gu, 'team$1')
      // "la semaine passée" / "el sábado pasado" -> "the week passed", "the past Saturday": "last week", "last Saturday".
      .replace(new RegExp(`\\b(?:([Tt])he )?(week|month|year|weekend|${DAYS}) passed\\b`, 'gu'), (_, t: string | undefined, unit: string) =>
        `${t === 'T' ? 'Last' : 'last'} ${unit}`,
      )
      .replace(new RegExp(`\\b([Tt])he past (week|month|year|weekend|${DAYS})\\b`, 'gu'), (_, t: string, unit: string) =>
        `${t === 'T' ? 'Last' : 'last'} ${unit}`,
      )
      // "en 2014" / "el año 2014" -> "the year 2014": "in 2014" (after a preposition, just the year).
      .replace(/\b(?:(in|of|to|for|since|until|from|by|during|before|after) )?the year (\d{4})\b/gu, (_, preposition: string | undefined, year: string) =>
        `${preposition ?? 'in'} ${year}`,
      )
  );
}

// Nouns for people: a relative clause after them takes "who" in English.
const PEOPLE =
  'people|persons?|man|men|woman|women|child|children|kids?|boys?|girls?|those|anyone|someone|somebody|everyone|everybody|nobody|' +
  'families|parents?|mothers?|fathers?|sons?|daughters?|brothers?|sisters?|friends?|voters?|citizens?|residents?|workers?|employees?|' +
  'officials?|politicians?|leaders?|members?|players?|fans?|students?|teachers?|doctors?|patients?|victims?|soldiers?|officers?|' +
  'journalists?|reporters?|experts?|analysts?|lawyers?|judges?|candidates?|migrants?|immigrants?|refugees?|survivors?|witnesses?|' +
  'supporters?|activists?|users?|customers?|consumers?|investors?|owners?|authors?|artists?|actors?|actresses?|singers?|athletes?|' +
  'spokesman|spokeswoman|spokesperson|president|minister|senator|governor|mayor|director|chief|secretary|chancellor|nominee';
const PEOPLE_THAT = new RegExp(`\\b(${PEOPLE})(,?) (?:that|which) (?=\\p{Ll})`, 'gu');

/**
 * Romance relative pronouns ("qui", "que", "quien") come out as "that", "which" or "the one who". English says "who"
 * after people ("the voters who", "Germany, which"), and takes no "that" after a comma (a non-restrictive clause).
 */
export function fixRelatives(text: string): string {
  return text
    .replace(/, the (?:one|ones) who\b/gu, ', who')
    .replace(PEOPLE_THAT, (_, noun: string, comma: string) => `${noun}${comma} who `)
    // Not the demonstrative: "that is why", "that was all".
    .replace(/(?<=\p{Ll}), that (?!(?:is|was) (?:why|what|how|when|where|to|the case|all|it|not)\b)(?=(?:has|have|had|was|were|is|are|will|would|can|could)\b|\p{Ll}+(?:ed|es|s)\b)/gu, ', which ');
}

// Verbs of saying: their subject is a person, never "it".
const SAYING = 'said|told|asked|added|explained|maintained|assured|insisted|warned|stated|wrote|recalled|admitted|acknowledged|replied|answered|commented|stressed|argued';
const FEMININE = /\b(?:she|her|hers|herself|Mrs|Ms|Miss)\b/u;
const MASCULINE_OR_FEMININE = /\b(?:he|him|his|himself|Mr|she|her|hers|herself|Mrs|Ms|Miss)\b/giu;

/**
 * A pro-drop source ("dijo", "afirmó") leaves the reporting verb without a subject: Apertium writes "it said", or
 * nothing after a quotation ("...", said.). The speaker is a person: "he", or "she" when the nearest earlier
 * personal pronoun or title in the text is feminine.
 */
export function fixSpeakerPronoun(text: string): string {
  const pronoun = (before: string): string => {
    const last = [...before.matchAll(MASCULINE_OR_FEMININE)].pop()?.[0] ?? '';
    return FEMININE.test(last) ? 'she' : 'he';
  };
  return text
    .replace(new RegExp(`\\b([Ii])t (?=(?:${SAYING})\\b)`, 'gu'), (whole: string, i: string, offset: number) => {
      const p = pronoun(text.slice(0, offset));
      return `${i === 'I' ? p[0]?.toUpperCase() + p.slice(1) : p} `;
    })
    // '"...", said.' -> '"...," he said.' (English puts the comma inside the quotation).
    .replace(new RegExp(`(["'])?([,.!?])(["'])? (${SAYING})(?=[.,;:]|$)`, 'gu'), (_, q1: string | undefined, mark: string, q2: string | undefined, verb: string, offset: number) =>
      `${mark === '.' ? ',' : mark}${q1 ?? q2 ?? ''} ${pronoun(text.slice(0, offset))} ${verb}`,
    );
}

/** "en EE. UU." (sent through as "US", see ENGLISH_ABBREVIATIONS): the country takes "the" after a preposition. */
export function addTheBeforeUS(text: string): string {
  return text.replace(/\b(of|in|to|for|with|by|from|towards|against|between|on|at|into|across|throughout) US\b/gu, '$1 the US');
}

const SINGULAR_SUBJECT = new Set(['he', 'she', 'it', 'has', 'is', 'was']);
const PLURAL_SUBJECT = new Set(['they', 'have', 'are', 'were', 'their']);

/**
 * Spanish "su/sus" (and Portuguese/Catalan "seu") do not say whose: Apertium always writes "his". When the
 * nearest subject pronoun or auxiliary before it in the same clause is plural ("the consumers have to choose his
 * providers"), the possessor is that plural subject: "their". Otherwise "his" stays (which one of his/her/its is
 * not known). Not for French or Italian, whose "son"/"suo" have a singular possessor.
 */
export function fixPluralPossessor(text: string): string {
  let plural = false;
  return text.replace(/[\p{L}'’]+|[.;:!?"()]/gu, (token: string) => {
    const lower = token.toLowerCase();
    if (!/\p{L}/u.test(token)) plural = false;
    else if (lower === 'his' && plural) return token === 'His' ? 'Their' : 'their';
    else if (PLURAL_SUBJECT.has(lower)) plural = true;
    else if (SINGULAR_SUBJECT.has(lower)) plural = false;
    return token;
  });
}

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const DATE_PREPOSITIONS = new Set(['on', 'of', 'since', 'until', 'till', 'from', 'to', 'before', 'after', 'by', 'between', 'and', 'for', 'during']);

/**
 * Romance dates come out word for word: "le 11 juin", "el 28 de septiembre pasado" -> "the 11 of June", "the 28 of
 * past September". English writes "11 June", with "on" when nothing else introduces it.
 */
export function fixDates(text: string): string {
  return text.replace(
    new RegExp(`(?:\\b(?![Tt]he )([\\p{L}]+) )?\\b(?:([Tt])he )?(\\d{1,2}) of (?:(?:past|last|passed) )?(${MONTHS})(?: (?:past|last|passed)\\b)?`, 'gu'),
    (whole: string, before: string | undefined, the: string | undefined, day: string, month: string) => {
      const date = `${day} ${month}`;
      if (!the) return before ? `${before} ${date}` : date;
      if (!before) return the === 'T' ? `On ${date}` : `on ${date}`;
      if (DATE_PREPOSITIONS.has(before.toLowerCase()) || new RegExp(`^(?:${DAYS})$`, 'u').test(before)) return `${before} ${date}`;
      return `${before} on ${date}`;
    },
  );
}

// Words after which a weekday needs no "on": prepositions, determiners, other time words.
const NO_ON_AFTER = new Set(
  ('on last next this every of until since from by for to in at each the past early late and or a between through that ' + DAYS.split('|').join(' '))
    .split(' '),
);

/** "dijo el sábado que", "a déclaré samedi" -> "said (the) Saturday": English dates an event "on Saturday". */
export function addWeekdayOn(text: string): string {
  return text
    .replace(new RegExp(`\\bin (${DAYS})\\b`, 'gu'), 'on $1')
    .replace(new RegExp(`\\b(\\p{Ll}+ed|said|told|met|held|made|took|gave|went|came|won|lost|began|left|saw|was|were) the (${DAYS})\\b`, 'gu'), '$1 on $2')
    .replace(new RegExp(`(?<=(?:^|[^\\p{L}])(\\p{Ll}[\\p{Ll}'-]*,?) )(${DAYS})\\b`, 'gu'), (day: string, before: string) =>
      NO_ON_AFTER.has(before.replace(/,$/u, '')) ? day : `on ${day}`,
    );
}
