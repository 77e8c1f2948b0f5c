// Picks a story's entities worth showing: the ones its articles share, most shared first.
import type { Story } from '../../domain/index.js';
import type { ChipEntity } from './entity-chips.js';

export function selectStoryEntities(story: Story, max: number): ChipEntity[] {
  // In a one-article story nothing is shared, so its own entities are the best description.
  const minArticles = story.articleCount > 1 ? 2 : 1;
  const shared = story.entities.filter((entity) => entity.articles >= minArticles);
  const pool = shared.length > 0 ? shared : story.entities;
  return [...pool]
    .sort((a, b) => b.articles - a.articles || kindOrder(a.kind) - kindOrder(b.kind) || a.name.localeCompare(b.name))
    .slice(0, max)
    .map((entity) => ({ id: entity.id, kind: entity.kind, name: entity.name, count: entity.articles }));
}

function kindOrder(kind: string): number {
  return ['person', 'place', 'org', 'other'].indexOf(kind);
}
