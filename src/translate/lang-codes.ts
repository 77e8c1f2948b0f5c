// Maps between our language codes (ISO 639-1 where one exists) and the ISO 639-3 codes Apertium and FreeDict use.

// Only the languages that installed Apertium pairs or FreeDict dictionaries may name; anything else passes through.
const THREE_TO_TWO: Record<string, string> = {
  eng: 'en', fra: 'fr', spa: 'es', cat: 'ca', ita: 'it', por: 'pt', deu: 'de', rus: 'ru', ukr: 'uk',
  nld: 'nl', pol: 'pl', swe: 'sv', dan: 'da', nor: 'no', nob: 'nb', nno: 'nn', glg: 'gl', oci: 'oc',
  ast: 'ast', arg: 'an', ron: 'ro', srd: 'sc', eus: 'eu', ces: 'cs', hun: 'hu', fin: 'fi', ell: 'el',
  tur: 'tr', ara: 'ar', bul: 'bg', hrv: 'hr', srp: 'sr', slv: 'sl', slk: 'sk', isl: 'is', cym: 'cy',
  gle: 'ga', epo: 'eo', lat: 'la', afr: 'af', hin: 'hi', jpn: 'ja', ind: 'id', lit: 'lt', bel: 'be',
  kaz: 'kk', tat: 'tt', mlt: 'mt', bre: 'br', frp: 'frp',
};
const TWO_TO_THREE: Record<string, string> = Object.fromEntries(Object.entries(THREE_TO_TWO).map(([k, v]) => [v, k]));

/** Our code for an Apertium or FreeDict language name: "fra" -> "fr", "es" -> "es", "pt_BR" -> "pt". */
export function toLangCode(name: string): string {
  const base = name.toLowerCase().split(/[_-]/u)[0] ?? name;
  return THREE_TO_TWO[base] ?? base;
}

/** The ISO 639-3 form of one of our codes: "fr" -> "fra"; unknown codes pass through. */
export function toIso3(code: string): string {
  const base = code.toLowerCase();
  return TWO_TO_THREE[base] ?? base;
}

/** Compares two codes whatever their form: "fr" and "fra" are the same language. */
export function sameLanguage(a: string, b: string): boolean {
  return toLangCode(a) === toLangCode(b);
}
