// A storyline: stories about one evolving situation (several events over weeks or months), and what links each one in.
import type { StoryEntity } from './story.js';

/** Why a story is in its storyline: its strongest link to a member published before it. */
export interface StorylineLink {
  /** The member it links to; null for the storyline's first story. */
  linkedTo: string | null;
  /** Similarity of the two stories' core entities and terms, 0..1. */
  score: number;
  /** Entity ids the two stories both have among their core entities. */
  sharedEntities: string[];
  /** Stemmed terms the two stories share. */
  sharedTerms: string[];
  /** Days between the end of the earlier story and the start of this one (0 when they overlap); null when undated. */
  gapDays: number | null;
}

export interface StorylineMember {
  storyId: string;
  link: StorylineLink;
}

export interface Storyline {
  id: string;
  /** Names of the entities most members share, joined: what the storyline is about. */
  title: string;
  /** Entities shared by at least two members, most shared first. */
  entities: StoryEntity[];
  storyCount: number;
  firstPublishedAt: string | null;
  lastPublishedAt: string | null;
  /** Members in publication order (undated last). */
  members: StorylineMember[];
  createdAt: string;
  updatedAt: string;
}
