// A name's consonant skeleton: the key on which an entity id matches its transcription from another script.

/**
 * Russian case endings as any-ascii spells them (-ого, -ому, -ым, -ом, -ой, -ую, -ю, -я ...), cut
 * before the vowels go; "elinu" and "dzhonsom" keep their stems. Only when three letters remain.
 */
const CASE_ENDING = /(ogo|ego|omu|emu|oyu|eyu|yu|ya|ym|im|om|em|oy|ey)$/;

/**
 * Spellings that differ between English and a Russian transcription of one sound, to one letter:
 * "dzh" (дж) and "j", "kh" (х) and "h", "ks" and "x", "z" and "s" (Russian writes English s as з), ...
 */
const SOUNDS: ReadonlyArray<[RegExp, string]> = [
  [/dzh|zh|dj/g, 'j'],
  [/tch/g, 'C'],
  [/sch|shch|sh/g, 'S'],
  [/ch/g, 'C'],
  [/kh/g, 'h'],
  [/ph/g, 'f'],
  [/th/g, 't'],
  [/ck|q|c/g, 'k'],
  [/x/g, 'ks'],
  // Russian writes an English w as a vowel (Уэльс, Мьюз).
  [/w/g, 'u'],
  [/z/g, 's'],
  [/ts/g, 's'],
];

/**
 * The skeleton of one word of an id slug: case ending cut, sounds unified, the first letter kept,
 * no doubled letters, then no vowels nor h. "elinu" -> "eln", "dzhons" -> "jns", "jones" -> "jns".
 */
export function wordSkeleton(word: string): string {
  let w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length - (CASE_ENDING.exec(w)?.[0].length ?? 0) >= 3) w = w.replace(CASE_ENDING, '');
  for (const [from, to] of SOUNDS) w = w.replace(from, to);
  // Doubled letters go before the vowels, so that "potanin" does not reduce to "putin".
  w = w.replace(/(.)\1+/g, '$1');
  if (w === '') return '';
  return (w[0] as string) + w.slice(1).replace(/[aeiouyh]/g, '');
}

/**
 * The skeleton of an entity id (`person:elinu-dzhons` -> "eln-jns"), or null when it is too short
 * to tell names apart: at least two words with four letters in all, or one word of five.
 */
export function nameSkeleton(id: string): string | null {
  const slug = id.slice(id.indexOf(':') + 1);
  const words = slug.split('-').filter((w) => w !== '').map(wordSkeleton).filter((w) => w !== '');
  const letters = words.reduce((n, w) => n + w.length, 0);
  if (words.length === 0 || letters < (words.length > 1 ? 4 : 5)) return null;
  return words.join('-');
}
