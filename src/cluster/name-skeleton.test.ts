// Consonant skeletons: Russian transcriptions with case endings meet the English spelling; short names never match.
import { describe, expect, it } from 'vitest';
import { nameSkeleton } from './name-skeleton.js';
import { explainPair, makeClusterSettings } from './index.js';
import { makeArticle, mention } from './__fixtures__/cluster-harness.js';

describe('nameSkeleton', () => {
  it('gives a Russian transcription in any case the skeleton of the English spelling', () => {
    expect(nameSkeleton('person:elinu-dzhons')).toBe(nameSkeleton('person:elin-jones'));
    expect(nameSkeleton('person:vladimirom-putinym')).toBe(nameSkeleton('person:vladimir-putin'));
    expect(nameSkeleton('person:sergeya-lavrova')).toBe(nameSkeleton('person:sergey-lavrov'));
    expect(nameSkeleton('other:birkenkhede')).toBe(nameSkeleton('other:birkenhead'));
    expect(nameSkeleton('person:greyson-myuz')).toBe(nameSkeleton('person:grayson-mews'));
  });

  it('keeps different names apart and gives short names none', () => {
    expect(nameSkeleton('person:elin-jones')).not.toBe(nameSkeleton('person:ellen-james'));
    expect(nameSkeleton('person:vladimir-putin')).not.toBe(nameSkeleton('person:vladimir-potanin'));
    expect(nameSkeleton('place:uels')).toBeNull();
    expect(nameSkeleton('person:ivan')).toBeNull();
  });
});

describe('entities across scripts', () => {
  const settings = makeClusterSettings();
  const freq = { stories: 3, counts: {} };
  const en = makeArticle('en', { language: 'en', entities: [mention('person:elin-jones'), mention('org:welsh-parliament')] });

  it('matches a Russian transcription with the English id, and shows the English id', () => {
    const ru = makeArticle('ru', { language: 'ru', entities: [mention('person:elinu-dzhons'), mention('org:welsh-parliament')] });
    const reason = explainPair(ru, en, freq, settings);
    expect(reason.sharedEntities).toEqual(expect.arrayContaining(['person:elin-jones', 'org:welsh-parliament']));
    expect(reason.signals.entities).toBeGreaterThan(0.9 * settings.weights.entities);
  });

  it('does not match skeletons between two languages in the Latin script', () => {
    const fr = makeArticle('fr', { language: 'fr', entities: [mention('person:elinu-dzhons'), mention('org:welsh-parliament')] });
    const reason = explainPair(fr, en, freq, settings);
    expect(reason.sharedEntities).toEqual(['org:welsh-parliament']);
  });
});
