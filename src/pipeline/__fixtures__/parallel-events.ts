// Invented news events for the multi-worker tests: several articles per event, same days, so workers race on the same windows.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface EventSeed {
  place: string;
  person: string;
  organisation: string;
  topic: string;
  figure: string;
  day: string;
}

const events: EventSeed[] = [
  { place: 'Tromsø', person: 'Ingrid Valkonen', organisation: 'Arctic Harbour Authority', topic: 'harbour ice-breaker contract', figure: '412 million', day: '2026-03-02' },
  { place: 'Valparaíso', person: 'Mateo Quintanilla', organisation: 'Pacific Cable Consortium', topic: 'submarine cable landing', figure: '1,850 kilometres', day: '2026-03-02' },
  { place: 'Gdańsk', person: 'Halina Wrzesińska', organisation: 'Baltic Shipyard Union', topic: 'shipyard strike', figure: '3,600 workers', day: '2026-03-03' },
  { place: 'Mombasa', person: 'Otieno Kamau', organisation: 'Coastal Rail Corporation', topic: 'freight rail extension', figure: '96 kilometres', day: '2026-03-03' },
  { place: 'Hokkaido', person: 'Keiko Arashiyama', organisation: 'Northern Seismic Institute', topic: 'earthquake early warning', figure: 'magnitude 6.4', day: '2026-03-02' },
  { place: 'Nuuk', person: 'Aputsiaq Lynge', organisation: 'Greenland Mineral Board', topic: 'rare earth mining licence', figure: '27 tonnes', day: '2026-03-04' },
];

const outlets = ['Morning Ledger', 'Harbour Post', 'Daily Meridian', 'Wire Review', 'Coastline Times'];

function articleText(e: EventSeed, n: number): { title: string; text: string } {
  const titles = [
    `${e.person} announces ${e.topic} in ${e.place}`,
    `${e.organisation} confirms ${e.topic} for ${e.place}`,
    `${e.place}: ${e.topic} worth ${e.figure}, says ${e.person}`,
    `What the ${e.topic} means for ${e.place}`,
    `${e.organisation} and ${e.person} defend ${e.topic}`,
  ];
  const text = [
    `${e.person}, who leads the ${e.organisation}, said on Monday that the ${e.topic} in ${e.place} would go ahead.`,
    `The ${e.organisation} put the figure at ${e.figure}. ${e.person} told reporters in ${e.place} that the ${e.topic} had been planned for two years.`,
    `Critics of the ${e.topic} in ${e.place} asked the ${e.organisation} to publish its figures; ${e.person} promised to do so.`,
  ];
  return { title: titles[n % titles.length] ?? titles[0] ?? '', text: [...text.slice(n % 3), ...text.slice(0, n % 3)].join('\n\n') };
}

/** Writes `perEvent` articles for each event as a JSON Lines file; returns its path and each article url's event. */
export function writeParallelEvents(dir: string, perEvent = 5): { path: string; eventOf: Map<string, number>; events: number } {
  const eventOf = new Map<string, number>();
  const lines: string[] = [];
  events.forEach((e, i) => {
    for (let n = 0; n < perEvent; n++) {
      // Each outlet on its own host: the same host with near-identical text would be one article with several links.
      const outlet = outlets[n % outlets.length] ?? 'Wire Review';
      const url = `https://${outlet.toLowerCase().replace(/\s+/gu, '-')}.example.test/event-${i}/article-${n}`;
      eventOf.set(url, i);
      const hour = String(6 + n).padStart(2, '0');
      lines.push(
        JSON.stringify({ ...articleText(e, n), url, source: outlet, publishedAt: `${e.day}T${hour}:15:00Z`, language: 'en' }),
      );
    }
  });
  const path = join(dir, 'events.jsonl');
  writeFileSync(path, `${lines.join('\n')}\n`);
  return { path, eventOf, events: events.length };
}
