// Migration 6: storylines (stories about one evolving situation) and which story belongs to which, with the link that put it there.
import { textType } from './column-types.js';
import type { Migration } from './migration.js';

export const storylines: Migration = {
  id: '0006-storylines',
  async up(db, dialect) {
    const text = textType(dialect);
    await db.schema
      .createTable('storylines')
      .addColumn('id', text, (c) => c.primaryKey())
      .addColumn('title', text, (c) => c.notNull())
      // StoryEntity[] as JSON: the entities most members share.
      .addColumn('entities', text, (c) => c.notNull())
      .addColumn('first_published_at', text)
      .addColumn('first_published_utc', text)
      .addColumn('last_published_at', text)
      .addColumn('last_published_utc', text)
      .addColumn('created_at', text, (c) => c.notNull())
      .addColumn('updated_at', text, (c) => c.notNull())
      .addColumn('updated_utc', text, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('storylines_recent').on('storylines').columns(['last_published_utc desc', 'id']).execute();
    // A story is in at most one storyline; deleting a story (re-clustering, merges) drops its membership.
    await db.schema
      .createTable('storyline_members')
      .addColumn('story_id', text, (c) => c.primaryKey().references('stories.id').onDelete('cascade'))
      .addColumn('storyline_id', text, (c) => c.notNull().references('storylines.id').onDelete('cascade'))
      .addColumn('position', 'integer', (c) => c.notNull())
      // StorylineLink as JSON: the member it links to, score, shared entities and terms, gap in days.
      .addColumn('link', text, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('storyline_members_storyline').on('storyline_members').columns(['storyline_id', 'position']).execute();
  },
};
