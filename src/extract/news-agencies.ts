// The news agencies whose credits we keep as metadata, with the spellings they appear under.

interface Agency {
  /** Canonical name stored in `credits`. */
  name: string;
  /** Spellings, as regex sources; matched as whole words. */
  forms: string[];
  /** Short upper-case acronyms ("AP", "EFE") are common letter pairs, so they must match case exactly. */
  caseSensitive?: boolean;
}

const AGENCIES: readonly Agency[] = [
  { name: 'AFP', forms: ['AFP', 'Agence France[- ]Presse'] },
  { name: 'Reuters', forms: ['Reuters'] },
  { name: 'AP', forms: ['AP', 'Associated Press'], caseSensitive: true },
  { name: 'dpa', forms: ['dpa(?:-AFX)?', 'DPA', 'Deutsche Presse-Agentur'], caseSensitive: true },
  { name: 'EFE', forms: ['EFE', 'Agencia EFE'], caseSensitive: true },
  { name: 'ANSA', forms: ['ANSA'], caseSensitive: true },
  { name: 'Interfax', forms: ['Interfax(?:-Ukraine)?', 'Интерфакс'] },
  { name: 'RIA Novosti', forms: ['RIA[- ]Novosti', 'РИА Новости'] },
  { name: 'Xinhua', forms: ['Xinhua', '新华社'] },
  { name: 'Kyodo', forms: ['Kyodo', '共同(?:通信)?'] },
  { name: 'Yonhap', forms: ['Yonhap', '연합뉴스'] },
  { name: 'Europa Press', forms: ['Europa Press'] },
  { name: 'Belga', forms: ['Belga'] },
  { name: 'Lusa', forms: ['Lusa'] },
  { name: 'TASS', forms: ['(?:ITAR-)?TASS', 'Tass', 'ТАСС'], caseSensitive: true },
];

const MATCHERS = AGENCIES.map((agency) => ({
  name: agency.name,
  exact: new RegExp(`^(?:${agency.forms.join('|')})$`, agency.caseSensitive ? 'u' : 'iu'),
}));

/**
 * Regex source matching one agency name or a list of them ("AFP", "AFP/Reuters", "dpa, AP");
 * case is checked afterwards by `canonicalAgencies`, so the source itself is case-insensitive.
 */
const ONE_AGENCY = AGENCIES.flatMap((agency) => agency.forms).join('|');
export const AGENCY_LIST_SOURCE = `(?:${ONE_AGENCY})(?:\\s*(?:[/,&+]|\\bet\\b|\\band\\b|\\bund\\b|\\by\\b)\\s*(?:${ONE_AGENCY}))*`;

/** Canonical name of one spelling, or null when it is not an agency we know (or has the wrong case). */
export function canonicalAgency(spelling: string): string | null {
  const trimmed = spelling.trim();
  return MATCHERS.find((matcher) => matcher.exact.test(trimmed))?.name ?? null;
}

/** Canonical names in a list such as "AFP/Reuters" or "dpa, AP"; unknown parts are ignored. */
export function canonicalAgencies(list: string): string[] {
  return list
    .split(/\s*(?:[/,&+]|\bet\b|\band\b|\bund\b|\by\b)\s*/u)
    .map(canonicalAgency)
    .filter((name): name is string => name !== null);
}
