// `babelwire stories`, `show`, `article`, `search`, `stats`: read what is stored, as text or JSON.
import { describeReason } from '../../cluster/index.js';
import type { Command } from 'commander';
import { NotFoundError } from '../../domain/index.js';
import type { Story } from '../../domain/index.js';
import type { Store } from '../../store/index.js';
import { openStore } from '../../store/index.js';
import { configFor, print, printJson } from '../context.js';

interface ListFlags {
  json?: boolean;
  limit?: string;
  day?: string;
}

/** Opens the configured store for one command and closes it after, whatever happens. */
export async function withStore<T>(command: Command, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore({ database: configFor(command).database });
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

export function registerReadCommands(program: Command): void {
  program
    .command('stories')
    .description('list stories with their articles (ids, titles, languages, sources)')
    .option('--json', 'print JSON')
    .option('--limit <n>', 'how many stories', '50')
    .option('--day <YYYY-MM-DD>', 'only stories with articles published that day')
    .action((flags: ListFlags, command: Command) =>
      withStore(command, async (store) => {
        const stories = await store.listStories({ limit: Number(flags.limit ?? 50), ...(flags.day ? { day: flags.day } : {}) });
        const withMembers = await Promise.all(stories.map(async (story) => ({ story, articles: await storyArticles(store, story) })));
        if (flags.json) {
          printJson(withMembers.map(({ story, articles }) => ({ ...story, articles })));
          return;
        }
        if (stories.length === 0) print('No stories yet. Ingest some articles: babelwire ingest <path...>');
        for (const { story, articles } of withMembers) {
          print(`${story.id}  ${story.title}`);
          print(`  ${describeStory(story)}`);
          for (const a of articles) print(`    ${a.id}  [${a.language}] ${a.title}  <${a.url ?? a.ref}>`);
        }
      }),
    );

  program
    .command('show')
    .description('show one story: its articles and why each belongs')
    .argument('<story-id>')
    .option('--json', 'print JSON')
    .action((id: string, flags: ListFlags, command: Command) =>
      withStore(command, async (store) => {
        const story = await store.getStory(id);
        if (!story) throw new NotFoundError('cli', 'no such story; list them with `babelwire stories`', id);
        const members = await store.listStoryMembers(id);
        const articles = await storyArticles(store, story);
        const copies = new Map((await store.listFingerprints(members.map((m) => m.articleId))).map((f) => [f.articleId, f.nearCopyOf]));
        const storylineId = (await store.findStorylineIds([id]))[id] ?? null;
        const storyline = storylineId ? await store.getStoryline(storylineId) : null;
        if (flags.json) {
          printJson({
            ...story,
            storylineId,
            members: members.map((m) => ({ ...m, nearCopyOf: copies.get(m.articleId) ?? null, article: articles.find((a) => a.id === m.articleId) })),
          });
          return;
        }
        print(story.title);
        print(describeStory(story));
        print(`Entities: ${story.entities.map((e) => `${e.name} (${e.articles})`).join(', ') || 'none'}`);
        if (storyline) print(`Storyline: ${storyline.title} (${storyline.storyCount} stories; babelwire storyline ${storyline.id})`);
        print();
        for (const m of members) {
          const a = articles.find((x) => x.id === m.articleId);
          if (!a) continue;
          print(`${a.publishedAt ?? 'undated'}  [${a.language}] ${a.sourceName ?? '?'}  ${a.title}`);
          print(`    ${a.id}  ${a.url ?? a.ref}`);
          print(`    why: ${describeReason(m.reason)}`);
          const original = copies.get(a.id);
          if (original) {
            const source = articles.find((x) => x.id === original)?.sourceName;
            print(`    near-copy of ${source ? `${source}'s` : 'another outlet’s'} article ${original} (an agency dispatch republished)`);
          }
        }
      }),
    );

  program
    .command('article')
    .description('print one article: metadata and clean text')
    .argument('<article-id>')
    .option('--json', 'print JSON')
    .action((id: string, flags: ListFlags, command: Command) =>
      withStore(command, async (store) => {
        const a = await store.getArticle(id);
        if (!a) throw new NotFoundError('cli', 'no such article', id);
        if (flags.json) return printJson(a);
        print(a.title);
        print(`${a.sourceName ?? 'unknown source'} · ${a.language} (${a.languageConfidence.toFixed(2)}) · ${a.publishedAt ?? 'undated'} · story ${a.storyId ?? 'none'}`);
        print(`${a.url ?? a.ref}`);
        const links = await store.listArticleLinks(a.id);
        if (links.length > 1) for (const link of links) print(`  also seen at ${link.url}${link.sourceName ? ` (${link.sourceName})` : ''}`);
        print(`Entities: ${a.entities.map((e) => e.name).join(', ') || 'none'}`);
        print();
        print(a.text);
      }),
    );

  program
    .command('search')
    .description('full-text search across languages')
    .argument('<query...>')
    .option('--json', 'print JSON')
    .option('--limit <n>', 'how many results', '20')
    .action((words: string[], flags: ListFlags, command: Command) =>
      withStore(command, async (store) => {
        const hits = await store.search(words.join(' '), { limit: Number(flags.limit ?? 20) });
        if (flags.json) return printJson(hits);
        if (hits.length === 0) print('No match.');
        for (const h of hits) print(`${h.articleId}  [${h.language}] ${h.title}\n    ${h.snippet}`);
      }),
    );

  program
    .command('stats')
    .description('counts of articles, stories, languages and queued jobs')
    .option('--json', 'print JSON')
    .action((flags: ListFlags, command: Command) =>
      withStore(command, async (store) => {
        const stats = await store.stats();
        if (flags.json) return printJson(stats);
        print(`${stats.articles} articles, ${stats.stories} stories, ${stats.queuedJobs} queued jobs`);
        print(`Languages: ${Object.entries(stats.languages).map(([l, n]) => `${l} ${n}`).join(', ') || 'none'}`);
      }),
    );
}

async function storyArticles(store: Store, story: Story) {
  const articles = await store.listArticles({ storyId: story.id, limit: 1000 });
  return articles.map(({ id, title, language, url, ref, sourceName, publishedAt }) => ({ id, title, language, url, ref, sourceName, publishedAt }));
}

function describeStory(story: Story): string {
  const span = story.firstPublishedAt
    ? `${story.firstPublishedAt.slice(0, 10)}${story.lastPublishedAt && story.lastPublishedAt.slice(0, 10) !== story.firstPublishedAt.slice(0, 10) ? ` – ${story.lastPublishedAt.slice(0, 10)}` : ''}`
    : 'undated';
  return `${story.articleCount} article${story.articleCount === 1 ? '' : 's'} · ${story.sources.length} outlet${story.sources.length === 1 ? '' : 's'} · ${story.languages.join(', ')} · ${span}`;
}
