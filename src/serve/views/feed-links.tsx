// Links to a page's feeds (RSS 2.0, Atom, JSON Feed), and the matching <link rel="alternate"> tags for the head.
import type { Ui } from '../i18n/index.js';

export const FEED_FORMATS = [
  { ext: 'rss', label: 'RSS', type: 'application/rss+xml' },
  { ext: 'atom', label: 'Atom', type: 'application/atom+xml' },
  { ext: 'json', label: 'JSON Feed', type: 'application/feed+json' },
] as const;

export function FeedLinks({ ui, base }: { ui: Ui; base: string }) {
  return (
    <p class="feeds">
      {ui.msg.feeds}:{' '}
      {FEED_FORMATS.map((format, i) => (
        <>
          {i > 0 ? ' · ' : ''}
          <a href={`${base}.${format.ext}`} type={format.type}>
            {format.label}
          </a>
        </>
      ))}
    </p>
  );
}

export function FeedHeadLinks({ base, title }: { base: string; title: string }) {
  return (
    <>
      {FEED_FORMATS.map((format) => (
        <link rel="alternate" type={format.type} href={`${base}.${format.ext}`} title={`${title} (${format.label})`} />
      ))}
    </>
  );
}
