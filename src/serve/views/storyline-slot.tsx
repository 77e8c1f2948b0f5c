// Where a story links to the storyline it belongs to; clustering adds `storylineId` to stories later, until then nothing shows.
import type { Story } from '../../domain/index.js';
import type { Ui } from '../i18n/index.js';

export function StorylineSlot({ ui, story }: { ui: Ui; story: Story }) {
  const storylineId = (story as Story & { storylineId?: string | null }).storylineId;
  if (!storylineId) return null;
  return (
    <p class="storyline">
      <a href={`/storylines/${encodeURIComponent(storylineId)}`}>{ui.msg.storyline} →</a>
    </p>
  );
}
