// Why an article is in its story: founder, or the match score with shared entities and the signals behind it.
import type { MatchReason } from '../../domain/index.js';
import type { Ui } from '../i18n/index.js';

export function MatchExplanation({ ui, reason, names }: { ui: Ui; reason: MatchReason; names: Map<string, string> }) {
  const { msg, fmt } = ui;
  if (reason.founder) {
    return (
      <div class="why">
        <span class="badge">{msg.startedStory}</span>
      </div>
    );
  }
  const shared = reason.sharedEntities.map((id) => names.get(id) ?? humanizeEntityId(id));
  const signals = Object.entries(reason.signals).sort((a, b) => b[1] - a[1]);
  return (
    <div class="why">
      <span class="badge">{msg.matchScore(fmt.decimal(reason.score, 2))}</span>
      {shared.length > 0 ? (
        <span>
          {msg.sharedWith}: {shared.join(', ')}
        </span>
      ) : null}
      {reason.timeDeltaHours !== null ? <span>{msg.hoursApart(fmt.decimal(reason.timeDeltaHours, 0))}</span> : null}
      {signals.length > 0 || reason.sharedTerms.length > 0 ? (
        <details>
          <summary>{msg.signals}</summary>
          <dl>
            {signals.map(([name, value]) => (
              <>
                <dt>{name}</dt>
                <dd>{fmt.decimal(value, 3)}</dd>
              </>
            ))}
            {reason.sharedTerms.length > 0 ? (
              <>
                <dt>{msg.sharedTerms}</dt>
                <dd>{reason.sharedTerms.join(', ')}</dd>
              </>
            ) : null}
          </dl>
        </details>
      ) : null}
    </div>
  );
}

/** `person:vladimir-putin` -> "Vladimir Putin", for ids whose entity is no longer listed anywhere. */
export function humanizeEntityId(id: string): string {
  const slug = id.includes(':') ? id.slice(id.indexOf(':') + 1) : id;
  return slug
    .split('-')
    .filter((part) => part.length > 0)
    .map((part) => part.slice(0, 1).toUpperCase() + part.slice(1))
    .join(' ');
}
