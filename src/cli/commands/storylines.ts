// `babelwire storylines` and `babelwire storyline <id>`: stories linked into one evolving situation, with what links each one.
import type { Command } from 'commander';
import { NotFoundError } from '../../domain/index.js';
import type { Story, Storyline, StorylineLink } from '../../domain/index.js';
import { print, printJson } from '../context.js';
import { withStore } from './stories.js';

interface Flags {
  json?: boolean;
  limit?: string;
}

export function registerStorylineCommands(program: Command): void {
  program
    .command('storylines')
    .description('list storylines: stories about one evolving situation, linked by the entities they share')
    .option('--json', 'print JSON')
    .option('--limit <n>', 'how many storylines', '50')
    .action((flags: Flags, command: Command) =>
      withStore(command, async (store) => {
        const storylines = await store.listStorylines({ limit: Number(flags.limit ?? 50) });
        if (flags.json) return printJson(storylines);
        if (storylines.length === 0) print('No storylines yet: they appear when stories weeks or months apart share their core entities.');
        for (const storyline of storylines) {
          print(`${storyline.id}  ${storyline.title}`);
          print(`  ${storyline.storyCount} stories · ${span(storyline.firstPublishedAt, storyline.lastPublishedAt)}`);
        }
      }),
    );

  program
    .command('storyline')
    .description('show one storyline: its stories in order and what links each to an earlier one')
    .argument('<storyline-id>')
    .option('--json', 'print JSON')
    .action((id: string, flags: Flags, command: Command) =>
      withStore(command, async (store) => {
        const storyline = await store.getStoryline(id);
        if (!storyline || storyline.storyCount < 2) throw new NotFoundError('cli', 'no such storyline; list them with `babelwire storylines`', id);
        const stories = new Map<string, Story>();
        for (const member of storyline.members) {
          const story = await store.getStory(member.storyId);
          if (story) stories.set(story.id, story);
        }
        if (flags.json) return printJson({ ...storyline, members: storyline.members.map((m) => ({ ...m, story: stories.get(m.storyId) ?? null })) });
        printStoryline(storyline, stories);
      }),
    );
}

function printStoryline(storyline: Storyline, stories: Map<string, Story>): void {
  const names = new Map(storyline.entities.map((e) => [e.id, e.name]));
  for (const story of stories.values()) for (const e of story.entities) if (!names.has(e.id)) names.set(e.id, e.name);
  print(`Storyline: ${storyline.title}`);
  print(`${storyline.storyCount} stories · ${span(storyline.firstPublishedAt, storyline.lastPublishedAt)}`);
  print();
  for (const member of storyline.members) {
    const story = stories.get(member.storyId);
    print(`${span(story?.firstPublishedAt ?? null, story?.lastPublishedAt ?? null)}  ${story?.title ?? member.storyId}`);
    print(`    ${member.storyId}  ${story ? `${story.articleCount} articles, ${story.languages.join(', ')}` : ''}`);
    print(`    ${describeStorylineLink(member.link, names)}`);
  }
}

/** One line saying why a story is in its storyline. */
export function describeStorylineLink(link: StorylineLink, names: ReadonlyMap<string, string>): string {
  if (link.linkedTo === null) return 'first story of the storyline';
  const entities = link.sharedEntities.map((id) => names.get(id) ?? id).join(', ');
  const gap = link.gapDays === null ? 'undated' : link.gapDays === 0 ? 'overlapping in time' : `${link.gapDays} days later`;
  const terms = link.sharedTerms.length > 0 ? `; terms: ${link.sharedTerms.join(', ')}` : '';
  return `linked to ${link.linkedTo} (score ${link.score.toFixed(2)}, ${gap}): shares ${entities}${terms}`;
}

function span(first: string | null, last: string | null): string {
  if (!first && !last) return 'undated';
  const a = (first ?? last ?? '').slice(0, 10);
  const b = (last ?? first ?? '').slice(0, 10);
  return a === b ? a : `${a} – ${b}`;
}
