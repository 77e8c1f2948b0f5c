// The site's one stylesheet: system fonts, readable measure, responsive grid, dark mode, visible focus.

export const SITE_CSS = String.raw`
:root {
  color-scheme: light dark;
  --bg: #f6f4ef; --surface: #ffffff; --ink: #16181d; --muted: #5a606c; --faint: #5f646d; --gloss: #8a5a12;
  --line: #e2ddd2; --accent: #b42318; --accent-soft: #fbe9e7; --chip: #efebe3; --mark: #ffe27a;
  --on-accent: #ffffff; --person: #2f6fdf; --place: #148a5b; --org: #b7791f; --other: #7b8190;
  --shadow: 0 1px 2px rgb(20 20 30 / 6%), 0 4px 16px rgb(20 20 30 / 5%);
  --serif: "Iowan Old Style", "Palatino Linotype", Palatino, "Book Antiqua", Georgia, "Noto Serif", "DejaVu Serif", serif;
  --sans: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif;
  --radius: 12px;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #101216; --surface: #181b21; --ink: #ebe9e4; --muted: #a5abb6; --faint: #9aa0ab; --gloss: #f0b35a;
    --line: #2b3039; --accent: #ff7a6b; --accent-soft: #3a1f1c; --chip: #242932; --mark: #7a6512;
    --on-accent: #1c0d0a; --person: #7eaaff; --place: #4fd1a1; --org: #f0b35a; --other: #a0a6b2;
    --shadow: 0 1px 2px rgb(0 0 0 / 40%);
  }
}
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--bg); color: var(--ink); font: 16px/1.55 var(--sans); min-height: 100vh; display: flex; flex-direction: column; }
a { color: inherit; text-decoration-color: color-mix(in srgb, currentColor 35%, transparent); text-underline-offset: 0.18em; }
a:hover { color: var(--accent); }
:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; border-radius: 4px; }
main:focus { outline: none; }
h1, h2, h3 { font-family: var(--serif); line-height: 1.2; margin: 0 0 0.4em; text-wrap: balance; }
p { margin: 0 0 0.8em; }
mark { background: var(--mark); color: inherit; padding: 0 0.1em; border-radius: 3px; }
code { font-size: 0.9em; word-break: break-all; }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.skip-link { position: absolute; left: 1rem; top: -4rem; z-index: 10; background: var(--accent); color: var(--on-accent); padding: 0.6rem 1rem; border-radius: 0 0 8px 8px; font-weight: 600; }
.skip-link:focus { top: 0; color: var(--on-accent); }
.wrap { width: 100%; max-width: 1200px; margin: 0 auto; padding: 0 1.25rem; }

/* masthead */
.masthead { background: var(--surface); border-bottom: 1px solid var(--line); }
.masthead-row { display: flex; align-items: center; gap: 1.25rem; padding-top: 1rem; padding-bottom: 1rem; }
.brand { display: inline-flex; align-items: center; gap: 0.6rem; text-decoration: none; }
.brand:hover { color: inherit; }
.brand-mark { display: grid; place-items: center; width: 2.3rem; height: 2.3rem; border-radius: 9px; background: var(--accent); color: var(--on-accent); font: 700 1.35rem/1 var(--serif); }
.brand-name { font: 700 1.8rem/1 var(--serif); letter-spacing: -0.01em; }
.tagline { margin: 0; color: var(--muted); font-size: 0.9rem; max-width: 22rem; line-height: 1.35; }
.search-box { margin-left: auto; display: flex; min-width: 20rem; }
.search-box input { flex: 1; min-width: 0; font: inherit; padding: 0.5rem 0.8rem; border: 1px solid var(--line); border-right: 0; border-radius: 999px 0 0 999px; background: var(--bg); color: var(--ink); }
.search-box button, .search-large button { font: inherit; font-weight: 600; padding: 0.5rem 1rem; border: 1px solid var(--accent); border-radius: 0 999px 999px 0; background: var(--accent); color: var(--on-accent); cursor: pointer; }
.section-nav { border-top: 1px solid var(--line); }
.section-nav .wrap { display: flex; gap: 1.5rem; overflow-x: auto; }
.section-nav a { padding: 0.65rem 0 0.55rem; font-size: 0.82rem; font-weight: 650; letter-spacing: 0.06em; text-transform: uppercase; text-decoration: none; color: var(--muted); border-bottom: 3px solid transparent; white-space: nowrap; }
.section-nav a[aria-current="page"] { color: var(--ink); border-bottom-color: var(--accent); }

main.wrap { flex: 1; padding-top: 2rem; padding-bottom: 3rem; }
.page-head { margin-bottom: 1.5rem; border-bottom: 1px solid var(--line); padding-bottom: 1rem; }
.page-head h1 { font-size: clamp(1.6rem, 3vw, 2.2rem); }
.page-head p { color: var(--muted); margin: 0; }
.eyebrow { font-size: 0.75rem; font-weight: 700; letter-spacing: 0.08em; text-transform: uppercase; color: var(--accent); margin: 0 0 0.5rem; }

/* story cards */
.story-grid { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 1.25rem; list-style: none; margin: 0; padding: 0; }
.story-grid > li { display: flex; }
.story-card { flex: 1; display: flex; flex-direction: column; background: var(--surface); border: 1px solid var(--line); border-radius: var(--radius); padding: 1.2rem 1.3rem; box-shadow: var(--shadow); }
.story-card h2, .story-card h3 { font-size: 1.3rem; margin: 0.5rem 0; }
.story-card h2 a, .story-card h3 a { text-decoration: none; }
.story-card .summary { color: var(--muted); display: -webkit-box; -webkit-line-clamp: 2; line-clamp: 2; -webkit-box-orient: vertical; overflow: hidden; }
.story-card .chips { margin-top: auto; padding-top: 0.6rem; }
.story-grid > li.lead { grid-column: span 2; grid-row: span 2; }
.lead .story-card { padding: 1.8rem 2rem; border-top: 4px solid var(--accent); }
.lead .story-card h2 { font-size: clamp(1.7rem, 3.2vw, 2.5rem); }
.lead .story-card .chips { margin-top: 0.4rem; }
/* a day page's group: the story card inside, then that day's articles */
.story-card .story-card { padding: 0; border: 0; box-shadow: none; background: none; flex: none; }
.also { list-style: none; margin: 0.8rem 0 0.6rem; padding: 0.8rem 0 0; border-top: 1px solid var(--line); display: grid; gap: 0.55rem; }
.also li { display: grid; gap: 0.1rem; }
.also a { font: 600 1rem/1.35 var(--serif); text-decoration: none; }
.also .source { font-size: 0.78rem; font-weight: 650; color: var(--muted); letter-spacing: 0.02em; }
.lead .story-card .summary { font: 1.15rem/1.55 var(--serif); color: var(--ink); -webkit-line-clamp: 4; line-clamp: 4; }
.facts { font-size: 0.85rem; color: var(--muted); margin: 0 0 0.3rem; }
.facts .span { white-space: nowrap; }
.langs { display: flex; flex-wrap: wrap; gap: 0.3rem; margin: 0; padding: 0; list-style: none; }
.lang { display: inline-block; font: 700 0.68rem/1 var(--sans); letter-spacing: 0.06em; text-transform: uppercase; padding: 0.28rem 0.4rem; border-radius: 5px; border: 1px solid var(--line); color: var(--muted); background: var(--bg); }
.chips { display: flex; flex-wrap: wrap; gap: 0.4rem; list-style: none; margin: 0; padding: 0; }
.chip { display: inline-flex; align-items: center; gap: 0.4rem; padding: 0.22rem 0.7rem; border-radius: 999px; background: var(--chip); font-size: 0.82rem; text-decoration: none; white-space: nowrap; }
.chip::before { content: ""; width: 0.5rem; height: 0.5rem; border-radius: 50%; background: var(--other); }
.chip.person::before { background: var(--person); }
.chip.place::before { background: var(--place); }
.chip.org::before { background: var(--org); }
.chip .count { color: var(--faint); font-size: 0.75rem; }
.pager { display: flex; justify-content: space-between; align-items: center; gap: 1rem; margin-top: 2rem; padding-top: 1rem; border-top: 1px solid var(--line); color: var(--muted); }
.pager a { font-weight: 600; text-decoration: none; padding: 0.4rem 0.9rem; border: 1px solid var(--line); border-radius: 999px; background: var(--surface); }
.empty { padding: 3rem 1rem; text-align: center; color: var(--muted); background: var(--surface); border: 1px dashed var(--line); border-radius: var(--radius); }

/* story page */
.story-head { max-width: 60rem; margin-bottom: 2rem; }
.story-head h1 { font-size: clamp(1.9rem, 4vw, 3rem); letter-spacing: -0.01em; }
.story-head .facts { font-size: 0.95rem; }
.story-head .lede { font: 1.2rem/1.6 var(--serif); max-width: 70ch; }
.section-title { font: 700 0.8rem/1.2 var(--sans); letter-spacing: 0.08em; text-transform: uppercase; color: var(--muted); margin: 1.5rem 0 0.75rem; }
.coverage { list-style: none; margin: 0; padding: 0 0 0 1.5rem; border-left: 2px solid var(--line); max-width: 60rem; }
.member { position: relative; margin: 0 0 1.25rem; }
.member::before { content: ""; position: absolute; left: calc(-1.5rem - 7px); top: 1.5rem; width: 12px; height: 12px; border-radius: 50%; background: var(--surface); border: 3px solid var(--accent); }
.member > article { background: var(--surface); border: 1px solid var(--line); border-radius: var(--radius); padding: 1.1rem 1.3rem; box-shadow: var(--shadow); }
.member h3 { font-size: 1.25rem; margin: 0.35rem 0 0.5rem; }
.member h3 a { text-decoration: none; }
.member .excerpt { color: var(--muted); max-width: 70ch; }
.byline { display: flex; flex-wrap: wrap; align-items: center; gap: 0.35rem 0.6rem; font-size: 0.85rem; color: var(--muted); margin: 0; }
.byline .source { font-weight: 700; color: var(--ink); }
.why { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.4rem 0.8rem; font-size: 0.85rem; border-top: 1px solid var(--line); padding-top: 0.6rem; margin-top: 0.4rem; }
.why .badge { font-weight: 700; color: var(--accent); background: var(--accent-soft); border-radius: 6px; padding: 0.1rem 0.5rem; }
.why details { flex-basis: 100%; color: var(--muted); }
.why summary { cursor: pointer; width: fit-content; }
.why dl { display: grid; grid-template-columns: max-content auto; gap: 0.1rem 1rem; margin: 0.5rem 0 0; }
.why dd { margin: 0; font-variant-numeric: tabular-nums; }

/* article page */
.article-layout { display: grid; grid-template-columns: minmax(0, 70ch) minmax(16rem, 20rem); gap: 3rem; justify-content: space-between; }
.article-head h1 { font-size: clamp(1.8rem, 3.6vw, 2.7rem); letter-spacing: -0.01em; }
.article-head { border-bottom: 1px solid var(--line); padding-bottom: 1rem; margin-bottom: 1.5rem; }
.date-origin { font-size: 0.8rem; color: var(--faint); }
.article-body { font: 1.16rem/1.72 var(--serif); }
.article-body p { margin: 0 0 1.1em; hyphens: auto; overflow-wrap: break-word; }
.article-body p:first-child { font-size: 1.25rem; }
.original { display: inline-block; margin-top: 0.5rem; font-weight: 600; padding: 0.5rem 1rem; border-radius: 999px; border: 1px solid var(--accent); color: var(--accent); text-decoration: none; }
.original:hover { background: var(--accent); color: var(--on-accent); }
.side { display: flex; flex-direction: column; gap: 1.25rem; align-self: start; }
.panel { background: var(--surface); border: 1px solid var(--line); border-radius: var(--radius); padding: 1rem 1.2rem; }
.panel h2 { font: 700 0.78rem/1.2 var(--sans); letter-spacing: 0.08em; text-transform: uppercase; color: var(--muted); margin: 0 0 0.75rem; }
.panel dl { margin: 0; display: grid; gap: 0.6rem; }
.panel dt { font-size: 0.75rem; color: var(--faint); text-transform: uppercase; letter-spacing: 0.05em; }
.panel dd { margin: 0; font-size: 0.92rem; overflow-wrap: anywhere; }
.related { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.8rem; }
.related a { font-family: var(--serif); font-weight: 600; text-decoration: none; line-height: 1.3; }
.related .byline { font-size: 0.78rem; margin-top: 0.15rem; }
.story-link { display: block; padding: 0.8rem 1rem; border-radius: 10px; background: var(--accent-soft); text-decoration: none; font-weight: 600; }

/* days */
.months { display: grid; gap: 2rem; }
.day-grid { list-style: none; margin: 0; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(9.5rem, 1fr)); gap: 0.6rem; }
.day-cell { display: grid; grid-template-columns: auto 1fr; align-items: baseline; gap: 0 0.5rem; padding: 0.7rem 0.85rem; border-radius: 10px; background: var(--surface); border: 1px solid var(--line); text-decoration: none; border-left: 5px solid var(--line); }
.day-cell .num { font: 700 1.6rem/1 var(--serif); }
.day-cell .wd { font-size: 0.75rem; text-transform: uppercase; letter-spacing: 0.05em; color: var(--muted); }
.day-cell .counts { grid-column: 1 / -1; margin-top: 0.35rem; font-size: 0.8rem; color: var(--muted); }
.heat-1 { border-left-color: color-mix(in srgb, var(--accent) 25%, var(--line)); }
.heat-2 { border-left-color: color-mix(in srgb, var(--accent) 50%, var(--line)); }
.heat-3 { border-left-color: color-mix(in srgb, var(--accent) 75%, var(--line)); }
.heat-4 { border-left-color: var(--accent); }
.day-nav { display: flex; flex-wrap: wrap; gap: 0.6rem; margin-top: 0.75rem; }
.day-nav a { font-size: 0.9rem; font-weight: 600; text-decoration: none; padding: 0.35rem 0.85rem; border-radius: 999px; border: 1px solid var(--line); background: var(--surface); }
.day-articles { list-style: none; margin: 0.6rem 0 0; padding: 0.6rem 0 0; border-top: 1px solid var(--line); display: grid; gap: 0.45rem; font-size: 0.9rem; }
.day-articles a { font-weight: 600; text-decoration: none; }

/* search */
.search-large { display: flex; max-width: 40rem; margin-top: 1rem; }
.search-large input { flex: 1; min-width: 0; font: inherit; font-size: 1.1rem; padding: 0.7rem 1rem; border: 1px solid var(--line); border-right: 0; border-radius: 999px 0 0 999px; background: var(--surface); color: var(--ink); }
.hits { list-style: none; margin: 0; padding: 0; display: grid; gap: 1rem; max-width: 52rem; }
.hit { background: var(--surface); border: 1px solid var(--line); border-radius: var(--radius); padding: 1rem 1.25rem; }
.hit h2 { font-size: 1.25rem; margin: 0.3rem 0 0.4rem; }
.hit h2 a { text-decoration: none; }
.hit .snippet { margin: 0; color: var(--muted); }
.hit .story-ref { font-size: 0.85rem; margin: 0.5rem 0 0; }

/* errors */
.error-page { max-width: 40rem; margin: 3rem auto; text-align: center; }
.error-page .status { font: 700 5rem/1 var(--serif); color: var(--accent); margin: 0 0 0.5rem; }
.error-page .detail { color: var(--muted); font-size: 0.9rem; background: var(--surface); border: 1px solid var(--line); border-radius: 8px; padding: 0.6rem 0.9rem; overflow-wrap: anywhere; }

/* footer */
.site-footer { border-top: 1px solid var(--line); background: var(--surface); color: var(--muted); font-size: 0.88rem; }
.footer-row { display: flex; justify-content: space-between; gap: 1rem 2rem; flex-wrap: wrap; padding-top: 1.5rem; padding-bottom: 1.5rem; }
.footer-row p { margin: 0; max-width: 60ch; }

/* reader language and translations */
.lang-switch { display: flex; gap: 0.25rem; font-size: 0.85rem; white-space: nowrap; }
.lang-switch a { padding: 0.3rem 0.65rem; border-radius: 999px; border: 1px solid var(--line); text-decoration: none; color: var(--muted); }
.lang-switch a[aria-current="true"] { background: var(--ink); border-color: var(--ink); color: var(--bg); font-weight: 650; }
.tr-line { margin: -0.2rem 0 0.4rem; line-height: 1.2; }
.tr-note { display: inline-block; font: 600 0.72rem/1.3 var(--sans); letter-spacing: 0.02em; color: var(--muted); }
.tr-note::before { content: "⇄ "; color: var(--faint); }
.tr-note.gloss { color: var(--gloss); }
.tr-note.pending { font-weight: 500; font-style: italic; color: var(--faint); }
.tr-note.pending::before { content: ""; }
.also .tr-note, .day-articles .tr-note, .related .tr-note { display: block; }
.tr-bar { display: flex; flex-wrap: wrap; align-items: center; gap: 0.4rem 1rem; margin-top: 0.7rem; font-size: 0.88rem; }
.tr-label { margin: 0; padding: 0.3rem 0.7rem; border-radius: 8px; background: var(--chip); color: var(--ink); }
.tr-label[title] { cursor: help; text-decoration: underline dotted var(--faint); text-underline-offset: 0.2em; }
.tr-label.pending { background: none; padding-left: 0; font-style: italic; color: var(--faint); }
.tr-views { margin: 0; display: flex; gap: 0.9rem; }
.tr-views a { font-weight: 600; color: var(--accent); }
.article-layout.both { grid-template-columns: minmax(0, 1fr); }
.parallel { display: grid; grid-template-columns: minmax(0, 1fr); gap: 2rem; }
.parallel-col + .parallel-col { border-top: 1px solid var(--line); padding-top: 1.5rem; }
.col-label { font: 700 0.75rem/1.2 var(--sans); letter-spacing: 0.08em; text-transform: uppercase; color: var(--muted); margin: 0 0 0.6rem; }
.col-title { font: 700 1.3rem/1.3 var(--serif); margin: 0 0 0.8rem; }
@media (min-width: 1100px) {
  .parallel { grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 3rem; }
  .parallel-col + .parallel-col { border-top: 0; padding-top: 0; border-left: 1px solid var(--line); padding-left: 3rem; }
}

@media (max-width: 1000px) {
  .story-grid { grid-template-columns: repeat(2, minmax(0, 1fr)); }
  .tagline { display: none; }
  .article-layout { grid-template-columns: minmax(0, 1fr); gap: 2rem; }
}
@media (max-width: 640px) {
  .masthead-row { flex-wrap: wrap; gap: 0.75rem; }
  .brand-name { font-size: 1.5rem; }
  .search-box { margin-left: 0; min-width: 0; flex-basis: 100%; order: 2; }
  .lang-switch { margin-left: auto; }
  main.wrap { padding-top: 1.25rem; }
  .story-grid { grid-template-columns: minmax(0, 1fr); gap: 1rem; }
  .story-grid > li.lead { grid-column: auto; grid-row: auto; }
  .lead .story-card { padding: 1.3rem 1.2rem; }
  .coverage { padding-left: 1rem; }
  .member::before { left: calc(-1rem - 7px); }
  .article-body { font-size: 1.08rem; }
}
@media (prefers-reduced-motion: no-preference) {
  .story-card, .member > article { transition: box-shadow 0.15s, border-color 0.15s; }
  .story-card:hover, .member > article:hover { border-color: color-mix(in srgb, var(--accent) 35%, var(--line)); }
}

/* Front page: top stories beside a "Latest" and "Trends 24h" column; reader pages (issue 7). */
.front { display: grid; grid-template-columns: minmax(0, 1fr) 20rem; gap: 2rem; align-items: start; }
.front .story-grid { grid-template-columns: repeat(2, minmax(0, 1fr)); }
.front-side { display: grid; gap: 1.5rem; }
.front-side section, .breakdown section { background: var(--surface); border: 1px solid var(--line); border-radius: var(--radius); padding: 1rem 1.2rem; }
.lead .story-card h3 { font-size: clamp(1.6rem, 3vw, 2.3rem); }
.picture { display: block; width: 100%; height: auto; aspect-ratio: 16 / 9; object-fit: cover; border-radius: 8px; margin-bottom: 0.8rem; background: var(--chip); }
.reach { font-size: 0.85rem; font-weight: 650; margin: 0 0 0.2rem; }
.reach .recent { color: var(--accent); }
.latest, .rising, .tally { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.7rem; }
.latest li { display: grid; gap: 0.1rem; }
.latest time { font-size: 0.75rem; color: var(--muted); }
.latest a { font: 600 1rem/1.35 var(--serif); text-decoration: none; }
.muted { color: var(--muted); font-size: 0.85rem; }
.minor-title { font: 700 0.8rem/1.2 var(--sans); letter-spacing: 0.06em; text-transform: uppercase; color: var(--muted); margin: 0.8rem 0 0.5rem; }
.feeds { font-size: 0.85rem; color: var(--muted); }
.breakdown { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 1.25rem; margin: 1.5rem 0; }
.story-grid.compact { grid-template-columns: repeat(2, minmax(0, 1fr)); }
.story-nav { display: flex; justify-content: space-between; gap: 1rem; margin-top: 2rem; padding-top: 1rem; border-top: 1px solid var(--line); }
.story-nav a { display: grid; gap: 0.2rem; max-width: 48%; text-decoration: none; font-size: 0.85rem; }
.story-nav a[rel="next"] { margin-left: auto; text-align: right; }
.story-nav span { font: 600 1rem/1.35 var(--serif); }
.calendar { border-collapse: collapse; margin-top: 1rem; font-size: 0.85rem; }
.calendar caption { text-align: left; font-weight: 650; padding-bottom: 0.4rem; }
.calendar th { color: var(--muted); font-weight: 600; padding: 0.2rem 0.4rem; }
.calendar td { text-align: center; padding: 0; width: 2.4rem; height: 2.2rem; }
.calendar a, .calendar span { display: inline-grid; place-items: center; min-width: 2.2rem; min-height: 2.2rem; border-radius: 6px; }
.calendar a { background: var(--accent-soft); font-weight: 650; text-decoration: none; }
.calendar a[aria-current="date"] { background: var(--accent); color: var(--on-accent); }
.calendar .quiet { color: var(--muted); }
.search-large { flex-wrap: wrap; }
.filters { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 0.8rem; border: 1px solid var(--line); border-radius: 8px; margin: 0.8rem 0 0; padding: 0.6rem 0.9rem; flex-basis: 100%; }
.filters select, .filters input, .settings select { font: inherit; padding: 0.35rem 0.5rem; border: 1px solid var(--line); border-radius: 6px; background: var(--surface); color: var(--ink); min-height: 2.2rem; }
.settings { display: grid; gap: 0.5rem; max-width: 28rem; }
.settings button { justify-self: start; font: inherit; font-weight: 600; padding: 0.5rem 1.2rem; border: 0; border-radius: 999px; background: var(--accent); color: var(--on-accent); cursor: pointer; }
.notice { background: var(--accent-soft); padding: 0.6rem 1rem; border-radius: 8px; }
.matched { margin: 0; font-size: 0.78rem; }
:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
@media (max-width: 1000px) {
  .front { grid-template-columns: minmax(0, 1fr); }
}
@media (max-width: 640px) {
  .front .story-grid, .breakdown, .story-grid.compact { grid-template-columns: minmax(0, 1fr); }
  .story-nav { flex-direction: column; }
  .story-nav a { max-width: none; }
}
`;
