// The header's English / Français switch: plain links (the pages run no scripts), the current one marked.
import type { Ui } from '../i18n/index.js';

export function LanguageSwitch({ ui }: { ui: Ui }) {
  if (ui.languageLinks.length === 0) return null;
  return (
    <nav class="lang-switch" aria-label={ui.msg.readingLanguage}>
      {ui.languageLinks.map((link) => (
        <a href={link.href} lang={link.lang} hreflang={link.lang} aria-current={link.current ? 'true' : undefined}>
          {link.label}
        </a>
      ))}
    </nav>
  );
}
