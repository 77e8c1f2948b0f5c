// The Store contract: one vitest suite every implementation runs (SQLite now, PostgreSQL later), each test on a fresh store.
import { afterEach, beforeEach, describe } from 'vitest';
import { describeArticleContract } from './contract/articles-contract.js';
import { describeJobContract } from './contract/jobs-contract.js';
import { describeReaderContract } from './contract/reader-contract.js';
import { describeLinksContract } from './contract/links-contract.js';
import { describeSearchContract } from './contract/search-contract.js';
import { describeStoryContract } from './contract/stories-contract.js';
import { describeTranslationContract } from './contract/translations-contract.js';
import { describeSourceContract } from './contract/sources-contract.js';
import { describeReclusterContract } from './contract/recluster-contract.js';
import { describeStorylineContract } from './contract/storylines-contract.js';
import { describeVectorContract } from './contract/vectors-contract.js';
import type { Store } from './store.js';

/** Hands the current test's store to a part of the suite (the store changes with every test). */
export type CurrentStore = () => Store;

/** Closes the current test's store and opens the same database again; the new store becomes current. */
export type ReopenStore = () => Promise<Store>;

export interface StoreContractOptions {
  /**
   * For persistent variants: opens the database that the last `open` call returned again (after the
   * suite has closed it). Cases about surviving a restart run only when this is given.
   */
  reopen?: () => Promise<Store>;
}

/** `open` must return an empty, migrated store each time it is called. */
export function describeStoreContract(name: string, open: () => Promise<Store>, options: StoreContractOptions = {}): void {
  describe(`Store contract: ${name}`, () => {
    let store: Store | null = null;
    beforeEach(async () => {
      store = await open();
    });
    afterEach(async () => {
      await store?.close();
      store = null;
    });
    const current: CurrentStore = () => {
      if (!store) throw new Error('store contract: no store is open for this test');
      return store;
    };
    const { reopen } = options;
    const reopenCurrent: ReopenStore | null = reopen
      ? async () => {
          await current().close();
          store = null;
          store = await reopen();
          return store;
        }
      : null;
    describeArticleContract(current);
    describeStoryContract(current);
    describeSearchContract(current);
    describeJobContract(current);
    describeTranslationContract(current, reopenCurrent);
    describeVectorContract(current);
    describeReaderContract(current);
    describeSourceContract(current);
    describeLinksContract(current);
    describeReclusterContract(current);
    describeStorylineContract(current);
  });
}
