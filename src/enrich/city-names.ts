// City names across languages from CLDR's exemplar cities (cldr-dates-full timeZoneNames).
import { createRequire } from 'node:module';
import { CLDR_LOCALES } from './cldr-locales.js';
import type { NamedEntitySource } from './name-source.js';

const require = createRequire(import.meta.url);

/**
 * Exemplar cities that are far more often a word, a holiday or a person than the place in news text
 * (America/North_Dakota/Center, Pacific/Easter, Indian/Christmas, America/Indiana/Petersburg...).
 */
const AMBIGUOUS_CITIES = new Set([
  'center', 'easter', 'christmas', 'wake', 'midway', 'resolute', 'stanley', 'dawson', 'beulah', 'knox', 'marengo',
  'petersburg', 'reunion', 'regina', 'victoria', 'male', 'hamilton', 'kingston', 'oral', 'canton', 'phoenix', 'vevay',
  'monticello', 'chita', 'dili', 'macau', 'jersey', 'man',
]);

interface ZoneNode {
  exemplarCity?: string;
  [child: string]: unknown;
}

/**
 * CLDR (cldr-dates-full, main/<locale>/timeZoneNames.json) names the exemplar city of every time
 * zone in each locale: Europe/Moscow is "Moscou" in fr, "Moskau" in de, "Moscú" in es, "Москва" in ru.
 * The English form (or the zone id itself, "Europe/Moscow" -> "Moscow") is the display name.
 * Etc zones and Antarctic research stations are skipped: their "cities" (Casey, Davis, Palmer...) are surnames.
 */
export function loadCityNames(locales: readonly string[] = CLDR_LOCALES): NamedEntitySource[] {
  const byZone = new Map<string, NamedEntitySource>();
  for (const locale of ['en', ...locales.filter((l) => l !== 'en')]) {
    const zones = readZones(locale);
    if (zones === null) continue;
    for (const [region, cities] of Object.entries(zones)) {
      if (region === 'Etc' || region === 'Antarctica') continue;
      collectCities(cities as Record<string, unknown>, `${region}/`, (zone, city) => {
        if (AMBIGUOUS_CITIES.has(zoneCityName(zone).toLowerCase())) return;
        let source = byZone.get(zone);
        if (source === undefined) {
          const english = locale === 'en' && city !== undefined ? city : zoneCityName(zone);
          source = { kind: 'place', name: english, forms: [{ text: english, lang: null }] };
          byZone.set(zone, source);
        }
        if (city !== undefined) source.forms.push({ text: city, lang: locale === 'en' ? null : locale });
      });
    }
  }
  return [...byZone.values()];
}

function readZones(locale: string): Record<string, unknown> | null {
  try {
    const data = require(`cldr-dates-full/main/${locale}/timeZoneNames.json`) as {
      main: Record<string, { dates: { timeZoneNames: { zone: Record<string, unknown> } } }>;
    };
    return data.main[locale]?.dates.timeZoneNames.zone ?? null;
  } catch {
    return null;
  }
}

/** Walks the nested zone tree (America/Argentina/Buenos_Aires) and reports each leaf zone. */
function collectCities(node: Record<string, unknown>, prefix: string, visit: (zone: string, city: string | undefined) => void): void {
  for (const [key, value] of Object.entries(node)) {
    if (typeof value !== 'object' || value === null) continue;
    const child = value as ZoneNode;
    if ('_type' in child || 'exemplarCity' in child || 'long' in child || 'short' in child) {
      visit(`${prefix}${key}`, typeof child.exemplarCity === 'string' ? child.exemplarCity : undefined);
    } else {
      collectCities(child, `${prefix}${key}/`, visit);
    }
  }
}

function zoneCityName(zone: string): string {
  const last = zone.split('/').pop() ?? zone;
  return last.replace(/_/g, ' ');
}
