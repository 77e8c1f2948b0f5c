// Candidate dictionary forms of an inflected German word, by rule: endings off, umlauts back, participles undone.

const UMLAUT: Record<string, string> = { ä: 'a', ö: 'o', ü: 'u', Ä: 'A', Ö: 'O', Ü: 'U' };

// Longest first, so "Regierungen" tries "Regierung" before "Regierunge".
const ENDINGS = ['ern', 'nen', 'ten', 'tet', 'est', 'en', 'em', 'er', 'es', 'ns', 'st', 'te', 'et', 'n', 'e', 's', 't'];

/** Forms to look up for a word, most likely first (the word itself excluded). */
export function germanBaseForms(word: string): string[] {
  const forms: string[] = [];
  const add = (f: string): void => {
    if (f.length >= 2 && f !== word && !forms.includes(f)) forms.push(f);
  };
  for (const ending of ENDINGS) {
    if (!word.endsWith(ending) || word.length - ending.length < 3) continue;
    const stem = word.slice(0, -ending.length);
    add(stem);
    // Verb forms: "sagte" -> "sagen", "macht" -> "machen".
    if (/^\p{Ll}/u.test(word)) add(`${stem}en`);
    // Plural umlaut: "Häuser" -> "Haus", "Bäume" -> "Baum".
    add(removeLastUmlaut(stem));
  }
  // Past participles: "gemacht" -> "machen", "gesagt" -> "sagen", "angekündigt" -> "ankündigen".
  const participle = /^(\p{Ll}*?)ge(\p{Ll}{3,}?)(?:t|et|en)$/u.exec(word);
  if (participle) add(`${participle[1] ?? ''}${participle[2] ?? ''}en`);
  add(removeLastUmlaut(word));
  return forms;
}

function removeLastUmlaut(word: string): string {
  for (let i = word.length - 1; i >= 0; i--) {
    const plain = UMLAUT[word[i] ?? ''];
    if (plain) return word.slice(0, i) + plain + word.slice(i + 1);
  }
  return word;
}

/** Linking elements between parts of a compound ("Regierungs|chef", "Arbeit|s|markt"). */
export function stripLinkingElement(part: string): string[] {
  const out = [part];
  for (const link of ['s', 'es', 'n', 'en', 'er', 'e']) {
    if (part.endsWith(link) && part.length - link.length >= 3) out.push(part.slice(0, -link.length));
  }
  return out;
}
