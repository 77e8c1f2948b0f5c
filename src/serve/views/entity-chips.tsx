// People, places and organisations as chips; each one searches the archive for its name.
import type { EntityKind } from '../../domain/index.js';

export interface ChipEntity {
  id: string;
  kind: EntityKind;
  name: string;
  /** Shown beside the name when given (articles of a story that mention it). */
  count?: number;
}

export function EntityChips({ entities, label }: { entities: ChipEntity[]; label: string }) {
  if (entities.length === 0) return null;
  return (
    <ul class="chips" aria-label={label}>
      {entities.map((entity) => (
        <li>
          <a class={`chip ${entity.kind}`} href={`/search?q=${encodeURIComponent(entity.name)}`} title={entity.kind}>
            {entity.name}
            {entity.count !== undefined && entity.count > 1 ? <span class="count">{entity.count}</span> : null}
          </a>
        </li>
      ))}
    </ul>
  );
}
