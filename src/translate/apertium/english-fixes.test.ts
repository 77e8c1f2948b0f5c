// The English-side fixes of Apertium output: perfect to past, reporting verbs, capitals, word choices, names.
import { describe, expect, it } from 'vitest';
import { fixMidSentenceCapitals } from './english-casing.js';
import { simplifyPerfect, simplifyReporting } from './english-tense.js';
import { addWeekdayOn, fixCatalanAt, fixDates, fixPluralPossessor, fixRelatives, fixRomanceWording, fixSpeakerPronoun } from './english-wording.js';
import { findChangedNames, restoreNames } from './restore-names.js';

describe('simplifyPerfect', () => {
  it('turns has/have and a participle into the simple past, regular and irregular', () => {
    expect(simplifyPerfect('The minister has announced a plan and they have taken the train')).toBe('The minister announced a plan and they took the train');
    expect(simplifyPerfect('It has been postponed; the talks have been hard; I have been there')).toBe('It was postponed; the talks were hard; I was there');
    expect(simplifyPerfect('She has also visited Paris')).toBe('She also visited Paris');
  });

  it('keeps the perfect after a modal or "to", with a negation, with time phrases, and before non-participles', () => {
    for (const kept of [
      'He would have done it',
      'She claims to have seen him',
      'They have not finished',
      'He has never lied',
      'She has lived here since 2010',
      'Has it ended yet?',
      'He has to go and they have a hundred reasons',
      'It has speed',
    ]) {
      expect(simplifyPerfect(kept)).toBe(kept);
    }
  });
});

describe('simplifyReporting', () => {
  it('reads the literal reporting verbs as "said"', () => {
    expect(simplifyReporting('The mayor declared that it affirmed nothing')).toBe('The mayor said that it said nothing');
  });

  it('reads "informed"/"indicated" that as "reported"/"said", and to an audience as "told"', () => {
    expect(simplifyReporting('The Times informed that he left, as it informed the agency AP')).toBe('The Times reported that he left, as reported by the agency AP');
    expect(simplifyReporting('They indicated to Reuters that it was over; he informed the journalists')).toBe('They told Reuters that it was over; he told the journalists');
    expect(simplifyReporting('The analysts indicated that prices rose')).toBe('The analysts said that prices rose');
  });

  it('keeps passives, declarations of war and inverted subjects ("informed Mike Organ" is who reported)', () => {
    for (const kept of ['He was declared guilty', 'They declared war', 'It declared independence', 'informed Mike Organ of the paper', 'he is well informed', 'she commented on the law']) {
      expect(simplifyReporting(kept)).toBe(kept);
    }
  });
});

describe('fixMidSentenceCapitals', () => {
  it('lower-cases capitalised closed-class words and past tenses in mid-sentence, not names from the source', () => {
    expect(fixMidSentenceCapitals('Trump Has Added that Will Smith Is here', 'Trump a ajouté que Will Smith est là')).toBe(
      'Trump has added that Will Smith is here',
    );
    expect(fixMidSentenceCapitals('Ted Reed arrived. The end', 'Ted Reed est arrivé. La fin')).toBe('Ted Reed arrived. The end');
    expect(fixMidSentenceCapitals('in the United States and the United Kingdom', 'aux États-Unis et au Royaume-Uni')).toBe(
      'in the United States and the United Kingdom',
    );
  });
});

describe('fixCatalanAt', () => {
  it('reads the Catalan "a" as "to", except in English set phrases with "at"', () => {
    expect(fixCatalanAt('He gave it at the minister. At his brother, nothing')).toBe('He gave it to the minister. To his brother, nothing');
    for (const kept of ['at least ten', 'at the moment of the vote', 'at 18 hours', 'at home', 'at the end of May']) {
      expect(fixCatalanAt(kept)).toBe(kept);
    }
  });
});

describe('fixRomanceWording', () => {
  it('fixes the word choices the Romance pairs share', () => {
    expect(fixRomanceWording('hundreds of persons, the player appended')).toBe('hundreds of people, the player added');
    expect(fixRomanceWording('talks among Berlin and Paris; among the young')).toBe('talks between Berlin and Paris; among the young');
    expect(fixRomanceWording('his squad won. The week passed, on Saturday passed')).toBe('his team won. Last week, on last Saturday');
    expect(fixRomanceWording('The past Friday, found the year 2013, since the year 2010')).toBe('Last Friday, found in 2013, since 2010');
  });
});

describe('addWeekdayOn', () => {
  it('dates an event "on" a weekday, but not after a preposition or a time word', () => {
    expect(addWeekdayOn('Warren said the Saturday that it published Friday, in Sunday')).toBe('Warren said on Saturday that it published on Friday, on Sunday');
    for (const kept of ['Monday was quiet', 'until Sunday', 'last Friday', 'the Saturday before', 'Ryder Cup Saturday']) expect(addWeekdayOn(kept)).toBe(kept);
  });
});

describe('restoreNames', () => {
  it('puts back the source spelling of a name a pivot accented, and leaves English words alone', () => {
    expect(restoreNames('The president Vladímir Putin in Virgínia', 'Le président Vladimir Poutine en Virginia')).toBe(
      'The president Vladimir Putin in Virginia',
    );
    expect(restoreNames('the Federation of Taiwan', 'la Fédération de Taïwan')).toBe('the Federation of Taiwan');
  });

  it('replaces pivot-language names with their translation on a shorter path', () => {
    expect(restoreNames('The summit in Ginebra ended', 'Le sommet à Genève', new Map([['Ginebra', 'Geneva']]))).toBe('The summit in Geneva ended');
  });
});

describe('findChangedNames', () => {
  it('finds capitalised words the last pair marked unknown that the source does not hold', () => {
    expect(findChangedNames('The summit in *Ginebra with ***Kavanaugh and *Trump', 'Le sommet à Genève avec Kavanaugh et Trump')).toEqual(['Ginebra']);
  });
});

describe('fixRelatives', () => {
  it('says "who" after people, "which" after a comma, and drops "the one who" after a comma', () => {
    expect(fixRelatives('the people that leave and the voters, that said no')).toBe('the people who leave and the voters, who said no');
    expect(fixRelatives('Germany, that reaffirmed its support; the law, that allows it')).toBe('Germany, which reaffirmed its support; the law, which allows it');
    expect(fixRelatives('Warren, the one who has said')).toBe('Warren, who has said');
  });

  it('leaves conjunctions and relatives after things alone', () => {
    for (const kept of ['he said that people like it', 'the house that stands', 'so much, that the', 'It is true, that is why']) {
      expect(fixRelatives(kept)).toBe(kept);
    }
  });
});

describe('fixSpeakerPronoun', () => {
  it('gives a subjectless reporting verb a person, feminine only after a feminine pronoun or title', () => {
    expect(fixSpeakerPronoun('"It is over", said. It said that it works')).toBe('"It is over," he said. He said that it works');
    expect(fixSpeakerPronoun('Mrs Warren spoke of her plans; it added that')).toBe('Mrs Warren spoke of her plans; she added that');
    expect(fixSpeakerPronoun('Her son left and his father, it told us')).toBe('Her son left and his father, he told us');
  });

  it('leaves reporting verbs with a subject after them, and other verbs after "it"', () => {
    for (const kept of ['"No", said the minister.', 'It works, it seems', '"Yes," said Warren.', 'it fell']) {
      expect(fixSpeakerPronoun(kept)).toBe(kept);
    }
  });
});

describe('fixDates', () => {
  it('writes "the 11 of June" as "11 June", with "on" unless a preposition or weekday introduces it', () => {
    expect(fixDates('He left the 11 of June. The 28 of past September, since the 10 of September')).toBe('He left on 11 June. On 28 September, since 10 September');
    expect(fixDates('Sunday 30 of September, the elections of the 6 of November')).toBe('Sunday 30 September, the elections of 6 November');
  });

  it('leaves other numbers alone', () => {
    for (const kept of ['the 11 of them', 'one of June’s days', '6 November']) expect(fixDates(kept)).toBe(kept);
  });
});

describe('fixPluralPossessor', () => {
  it('reads "his" as "their" after a plural subject in the same clause', () => {
    expect(fixPluralPossessor('the consumers have to choose his providers')).toBe('the consumers have to choose their providers');
    expect(fixPluralPossessor('They left. His house stood; they were with his family')).toBe('They left. His house stood; they were with their family');
  });

  it('keeps "his" after a singular subject or across a clause boundary', () => {
    for (const kept of ['they said: he has lost his way', 'The voters are sure. He defends his record', 'it was his']) {
      expect(fixPluralPossessor(kept)).toBe(kept);
    }
  });
});
