// The small label under a headline that says it was translated, glossed, or is still waiting for a translation.
import type { Ui } from '../i18n/index.js';
import type { Headline } from '../reader/index.js';

export function TranslationNote({ ui, headline }: { ui: Ui; headline: Headline }) {
  const language = ui.fmt.languageName(headline.from);
  switch (headline.status) {
    case 'translated':
      return <span class="tr-note">{ui.msg.translatedFrom(language)}</span>;
    case 'gloss':
      return <span class="tr-note gloss">{ui.msg.glossFrom(language)}</span>;
    case 'pending':
      return <span class="tr-note pending">{ui.msg.translationPending}</span>;
    default:
      return null;
  }
}

/** The label on its own line under a headline; nothing when the headline needs none. */
export function TranslationLine({ ui, headline }: { ui: Ui; headline: Headline }) {
  if (headline.status === 'same' || headline.status === 'untranslatable') return null;
  return (
    <p class="tr-line">
      <TranslationNote ui={ui} headline={headline} />
    </p>
  );
}

const PROVIDER_NAMES: Record<string, string> = {
  apertium: 'Apertium',
  libretranslate: 'LibreTranslate',
  deepl: 'DeepL',
  openai: 'OpenAI',
  'openai-compatible': 'OpenAI-compatible model',
};

/** "apertium" -> "Apertium"; unknown providers get a capital first letter. */
export function providerName(provider: string): string {
  return PROVIDER_NAMES[provider.toLowerCase()] ?? provider.charAt(0).toUpperCase() + provider.slice(1);
}
