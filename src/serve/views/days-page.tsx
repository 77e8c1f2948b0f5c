// The archive by day: months, each a grid of days with their article and story counts.
import type { DaySummary } from '../../store/store.js';
import type { Ui } from '../i18n/index.js';
import { Layout } from './layout.js';

export function DaysPage({ ui, days }: { ui: Ui; days: DaySummary[] }) {
  const { msg, fmt } = ui;
  const busiest = Math.max(1, ...days.map((d) => d.articles));
  const months = groupByMonth(days);
  return (
    <Layout ui={ui} title={msg.daysTitle} section="days">
      <div class="page-head">
        <h1>{msg.daysTitle}</h1>
        <p>{msg.daysIntro}</p>
      </div>
      {days.length === 0 ? (
        <p class="empty">{msg.noDays}</p>
      ) : (
        <div class="months">
          {months.map(([month, monthDays]) => (
            <section aria-labelledby={`m-${month}`}>
              <h2 id={`m-${month}`}>{fmt.month(`${month}-01T00:00:00Z`)}</h2>
              <ol class="day-grid">
                {monthDays.map((d) => (
                  <li>
                    <a class={`day-cell heat-${Math.ceil((4 * d.articles) / busiest)}`} href={`/days/${d.day}`}>
                      <span class="num">{Number(d.day.slice(8, 10))}</span>
                      <span class="wd">
                        <time datetime={d.day}>{fmt.weekday(`${d.day}T00:00:00Z`)}</time>
                      </span>
                      <span class="counts">
                        {msg.articles(d.articles)} · {msg.stories(d.stories)}
                      </span>
                    </a>
                  </li>
                ))}
              </ol>
            </section>
          ))}
        </div>
      )}
    </Layout>
  );
}

function groupByMonth(days: DaySummary[]): [string, DaySummary[]][] {
  const months = new Map<string, DaySummary[]>();
  for (const day of days) {
    const month = day.day.slice(0, 7);
    const list = months.get(month) ?? [];
    list.push(day);
    months.set(month, list);
  }
  return [...months.entries()];
}
