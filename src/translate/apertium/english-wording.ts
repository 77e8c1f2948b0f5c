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
      // "los Estados Unidos" comes out "the united States": the adjective is part of the name.
      .replace(/\bunited (States|Kingdom|Nations|Arab Emirates)\b/gu, 'United $1')
      // "personas" / "personnes": English says "people" outside legal texts.
      .replace(/\bpersons\b/gu, 'people')
      // "a ajouté" / "afegir" -> "appended"; news English says "added".
      .replace(/\bappend(ed|s|ing)?\b/gu, (_, ending: string | undefined) => `add${ending ?? ''}`)
      // "entre X et Y" -> "among X and Y": two parties take "between".
      .replace(/\bamong\b(?=(?: [\p{L}\p{N}'’-]+){1,4} and\b)/gu, 'between')
      // "équipe" / "equipo" -> "squad": a team in general.
      .replace(/\bsquad(s?)\b/gu, 'team$1')
      // "la semaine passée" / "el sábado pasado" -> "the week passed": "last week".
      .replace(new RegExp(`\\b(?:([Tt])he )?(week|month|year|weekend|${DAYS}) passed\\b`, 'gu'), (_, t: string | undefined, unit: string) =>
        `${t === 'T' ? 'Last' : 'last'} ${unit}`,
      )
  );
}
