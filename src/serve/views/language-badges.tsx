// Small language tags ("EN", "FR") with the full language name for pointer and screen-reader users.
import type { Ui } from '../i18n/index.js';

export function LanguageBadges({ ui, languages }: { ui: Ui; languages: string[] }) {
  if (languages.length === 0) return null;
  return (
    <ul class="langs" aria-label={ui.msg.languagesLabel}>
      {languages.map((code) => (
        <li>
          <LanguageBadge ui={ui} code={code} />
        </li>
      ))}
    </ul>
  );
}

export function LanguageBadge({ ui, code }: { ui: Ui; code: string }) {
  return (
    <abbr class="lang" title={ui.fmt.languageName(code)}>
      {code}
    </abbr>
  );
}
