// Child process for the multi-process test: opens (and migrates) a store file, inserts one article, prints the outcome.
import { makeArticle } from '../../contract/fixtures.js';
import { openStore } from '../../index.js';

const [path, id] = process.argv.slice(2);
if (!path || !id) throw new Error('usage: insert-one.ts <database> <article id>');
const store = await openStore({ database: path });
try {
  const { created } = await store.insertArticle(makeArticle({ id, contentHash: `hash-of-${id}` }));
  process.stdout.write(created ? 'created\n' : 'existing\n');
} finally {
  await store.close();
}
