// The few language-code choices CLDR/ICU cannot make for us, each with its reason.
import type { LangCode } from '../domain/index.js';

/**
 * Codes replaced after CLDR canonicalisation (which Intl applies: `deu` -> `de`, `arb` -> `ar`,
 * `cmn` -> `zh`, `pes`/`prs` -> `fa`, `zsm` -> `ms`, `kmr` -> `ku`, `tl` -> `fil`, `sh` -> `sr`).
 *
 * - `nb` -> `no`: fastText and eld both answer `no` for Bokmål (the `no` Wikipedia is written in
 *   Bokmål) and `nn` for Nynorsk, so Bokmål input declared as `nb`/`nob` must meet them on `no`.
 *   Nynorsk stays `nn`: both detectors tell the two apart.
 */
export const codeReplacements: Readonly<Record<string, LangCode>> = {
  nb: 'no',
};

/**
 * Codes that are not languages: a hint of `und` or `zxx` says nothing, so it normalises to null.
 * `qaa`-`qtz` (private use) are refused by pattern in normalizeLanguageCode.
 */
export const nonLanguageCodes: ReadonlySet<string> = new Set(['und', 'zxx', 'mul', 'mis', 'root']);

/**
 * Valid codes for which Node's ICU has no English name: fastText labels from Wikipedia (`azb`,
 * `cbk`, `dty`, `eml`, `nah`) and Hassaniya (`mey`) from the NTREX language set. Names are the
 * ISO 639-3 reference names. These also count as known codes in normalizeLanguageCode.
 */
export const extraLanguageNames: Readonly<Record<string, string>> = {
  azb: 'South Azerbaijani',
  cbk: 'Chavacano',
  dty: 'Dotyali',
  eml: 'Emiliano-Romagnolo',
  mey: 'Hassaniyya',
  nah: 'Nahuatl',
};
