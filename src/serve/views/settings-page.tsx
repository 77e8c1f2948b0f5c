// Reader settings: reading language (site and translations) and time zone, submitted as a plain form and kept in cookies.
import type { Ui } from '../i18n/index.js';
import { Layout } from './layout.js';

export interface SettingsPageProps {
  ui: Ui;
  timeZone: string;
  zones: readonly string[];
  saved: boolean;
}

export function SettingsPage({ ui, timeZone, zones, saved }: SettingsPageProps) {
  const { msg } = ui;
  return (
    <Layout ui={ui} title={msg.settingsTitle} section="settings">
      <div class="page-head">
        <h1>{msg.settingsTitle}</h1>
        <p>{msg.settingsIntro}</p>
      </div>
      {saved ? (
        <p class="notice" role="status">
          {msg.settingsSaved}
        </p>
      ) : null}
      <form class="settings" action="/settings" method="get">
        <label for="settings-lang">{msg.interfaceLanguage}</label>
        <select id="settings-lang" name="lang">
          {ui.languageLinks.length > 0
            ? ui.languageLinks.map((link) => (
                <option value={link.lang} selected={link.current}>
                  {link.label}
                </option>
              ))
            : null}
        </select>
        <label for="settings-tz">{msg.timeZone}</label>
        <select id="settings-tz" name="tz">
          {zones.map((zone) => (
            <option value={zone} selected={zone === timeZone}>
              {zone.replaceAll('_', ' ')}
            </option>
          ))}
        </select>
        <button type="submit">{msg.saveSettings}</button>
      </form>
    </Layout>
  );
}
