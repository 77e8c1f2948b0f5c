// The CLDR locales we read city, month and weekday names for: the languages our news mostly comes in.
export const CLDR_LOCALES: readonly string[] = ['en', 'fr', 'de', 'es', 'it', 'pt', 'ru', 'nl', 'pl', 'uk', 'sv'];
