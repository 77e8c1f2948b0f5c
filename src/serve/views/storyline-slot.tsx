// Where a story links to the storyline it belongs to (other stories about the same evolving situation); nothing when it has none.
import type { Storyline } from '../../domain/index.js';
import type { Ui } from '../i18n/index.js';
import { storylineMessages } from '../i18n/storyline-messages.js';

export function StorylineSlot({ ui, storyline }: { ui: Ui; storyline: Storyline | null | undefined }) {
  if (!storyline) return null;
  return (
    <p class="storyline">
      <a href={`/storylines/${encodeURIComponent(storyline.id)}`}>{storylineMessages(ui.lang).partOf(storyline.title, storyline.storyCount)} →</a>
    </p>
  );
}
