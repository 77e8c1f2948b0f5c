// People, places and organisations as chips; each one opens the entity's page (every story about it, in any language).
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
          <a class={`chip ${entity.kind}`} href={entityHref(entity.id)} title={entity.kind}>
            {entity.name}
            {entity.count !== undefined && entity.count > 1 ? <span class="count">{entity.count}</span> : null}
          </a>
        </li>
      ))}
    </ul>
  );
}

export function entityHref(id: string): string {
  return `/entities/${encodeURIComponent(id)}`;
}
