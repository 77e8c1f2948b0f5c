// Month and weekday names in our CLDR locales: words that start sentences and headlines but are never entities.
import { createRequire } from 'node:module';
import { CLDR_LOCALES } from './cldr-locales.js';
import { foldKey } from './normalize.js';

const require = createRequire(import.meta.url);

type NameTable = Record<string, Record<string, Record<string, string>>>;

/**
 * Folded keys of month and weekday names (wide and abbreviated, format and stand-alone) from
 * cldr-dates-full main/<locale>/ca-gregorian.json, for all our locales at once: a French "Mai" in
 * an English article is as little an entity as "May".
 */
export function loadCalendarWords(locales: readonly string[] = CLDR_LOCALES): Set<string> {
  const words = new Set<string>();
  for (const locale of locales) {
    let gregorian: { months: NameTable; days: NameTable };
    try {
      const data = require(`cldr-dates-full/main/${locale}/ca-gregorian.json`) as {
        main: Record<string, { dates: { calendars: { gregorian: { months: NameTable; days: NameTable } } } }>;
      };
      const found = data.main[locale]?.dates.calendars.gregorian;
      if (found === undefined) continue;
      gregorian = found;
    } catch {
      continue;
    }
    for (const table of [gregorian.months, gregorian.days]) {
      for (const context of Object.values(table)) {
        for (const [width, names] of Object.entries(context)) {
          if (width === 'narrow') continue;
          for (const name of Object.values(names)) {
            const key = foldKey(name);
            if (key.length >= 3) words.add(key);
          }
        }
      }
    }
  }
  return words;
}
