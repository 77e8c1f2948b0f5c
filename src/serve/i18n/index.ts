// The reader-facing words and formats of the site, chosen once from the reader language.
import { createFormatter, type Formatter } from './formatter.js';
import { selectMessages, type Messages } from './messages.js';

export { isTimeZone, type Formatter } from './formatter.js';
export type { Messages } from './messages.js';

export interface Ui {
  siteName: string;
  /** BCP 47 tag of the site's own words, for `<html lang>`. */
  lang: string;
  msg: Messages;
  fmt: Formatter;
  /** The header's language switch for the current page; empty where there is no page to switch (tests, errors). */
  languageLinks: LanguageLink[];
}

export interface LanguageLink {
  lang: string;
  /** The language's own name ("Français"), so a reader who cannot read the current one still finds theirs. */
  label: string;
  href: string;
  current: boolean;
}

export function createUi(siteName: string, readerLanguage: string, timeZone = 'UTC'): Ui {
  const msg = selectMessages(readerLanguage);
  return { siteName, lang: readerLanguage, msg, fmt: createFormatter(readerLanguage, msg.unknownLanguage, timeZone), languageLinks: [] };
}
