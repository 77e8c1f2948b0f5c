// The shape every gazetteer source produces: one canonical entity and the forms it takes, by language.
import type { EntityKind } from '../domain/index.js';

export interface NameForm {
  text: string;
  /** ISO 639-1 language the form comes from; null for forms valid in any language (English, aliases). */
  lang: string | null;
}

export interface NamedEntitySource {
  kind: EntityKind;
  /** English display name; the id is derived from it. */
  name: string;
  forms: NameForm[];
}

/** world-countries uses ISO 639-3 (and a few 639-2/B) codes for its translations; we index by 639-1. */
export const ISO3_TO_ISO1: Readonly<Record<string, string>> = {
  ara: 'ar', bre: 'br', ces: 'cs', cym: 'cy', deu: 'de', est: 'et', fin: 'fi', fra: 'fr', hrv: 'hr',
  hun: 'hu', ita: 'it', jpn: 'ja', kor: 'ko', nld: 'nl', per: 'fa', pol: 'pl', por: 'pt', rus: 'ru',
  slk: 'sk', spa: 'es', srp: 'sr', swe: 'sv', tur: 'tr', urd: 'ur', zho: 'zh', eng: 'en',
};
