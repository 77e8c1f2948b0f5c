// A month as a calendar table (weeks from Monday): days with news link to their day page, the current day is marked.
import type { Ui } from '../i18n/index.js';

const DAY_MS = 86_400_000;

/** The weeks of a month: 7 cells each, null outside the month. */
export function monthWeeks(month: string): (string | null)[][] {
  const first = new Date(`${month}-01T00:00:00Z`);
  const offset = (first.getUTCDay() + 6) % 7;
  const cells: (string | null)[] = Array.from({ length: offset }, () => null);
  for (let t = first.getTime(); new Date(t).toISOString().startsWith(month); t += DAY_MS) cells.push(new Date(t).toISOString().slice(0, 10));
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (string | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

export function MonthCalendar({ ui, day, withNews }: { ui: Ui; day: string; withNews: ReadonlySet<string> }) {
  const month = day.slice(0, 7);
  const weeks = monthWeeks(month);
  // 2024-01-01 was a Monday: the header's weekday names come from the formatter, in the reader's language.
  const weekdays = Array.from({ length: 7 }, (_, i) => ui.fmt.weekday(`2024-01-0${i + 1}T00:00:00Z`));
  return (
    <table class="calendar">
      <caption>
        {ui.msg.calendar} · {ui.fmt.month(`${month}-01T00:00:00Z`)}
      </caption>
      <thead>
        <tr>
          {weekdays.map((name) => (
            <th scope="col">{name}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks.map((week) => (
          <tr>
            {week.map((cell) => (
              <td>
                {cell === null ? null : withNews.has(cell) ? (
                  <a href={`/days/${cell}`} aria-current={cell === day ? 'date' : undefined}>
                    {Number(cell.slice(8))}
                  </a>
                ) : (
                  <span class={cell === day ? 'today' : 'quiet'}>{Number(cell.slice(8))}</span>
                )}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
