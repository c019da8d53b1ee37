import { describe, expect, test } from 'vitest';
import type { z } from 'zod';
import { compileGlossary } from '../../glossary/compile';
import { PAGE_CUES } from '../../glossary/judge';
import { createMatcher } from '../../glossary/matcher';
import { DataFile } from '../../glossary/schema';
import { validateGlossary } from '../../glossary/validate';

type RawEntry = z.input<typeof DataFile>[number];

/** An entry with the same made-up term in every language, for what only the rules decide. */
function entry(id: string, forms: string[], ambiguous?: RawEntry['terms']['en']['ambiguous']): RawEntry {
  const term = { name: id, forms, definition: `About ${id}.`, ...(ambiguous && { ambiguous }) };
  return {
    id,
    category: 'organisation',
    terms: { nl: term, en: term, de: term, fr: term },
    sources: [`https://example.org/${id}`],
  };
}

const corps = entry('corps', ['corps'], {
  forms: ['corps'],
  senses: ['army corps', 'other'],
  cues: ['division*', 'army'],
  against: ['marine*'],
});
const marineCorps = entry('marine-corps', ['Marine Corps', 'corps'], {
  forms: ['corps'],
  senses: ['the Marine Corps', 'other'],
  cues: ['marine*', 'USMC'],
});
const army = entry('army', ['army'], {
  forms: ['army'],
  senses: ['land forces', 'a crowd'],
  cues: ['soldiers', 'troops'],
  collocations: ['_ of volunteers'],
});
const north = entry('army-of-the-north', ['Army of the North'], {
  forms: ['Army of the North'],
  senses: ['a historic army', 'a football supporters club'],
  cues: ['1812'],
});
const ministry = entry('ministry', ['Ministry'], {
  forms: ['Ministry'],
  senses: ['the defence ministry', 'any ministry'],
  cues: ['defence'],
  page: true,
});
const sure = entry('brigade', ['brigade']);

const entries = DataFile.parse([army, north, corps, marineCorps, ministry, sure]);
const matcher = createMatcher(compileGlossary(entries));
const ids = entries.map((e) => e.id);
const found = (text: string, pageCues = 0) =>
  matcher.match(text, 'en', { pageCues }).map((m) => [text.slice(m.start, m.end), ids[m.entry]]);

describe('everyday words with more than one reading', () => {
  test('the same form may stand in two entries of one language when both rules can tell them apart', () => {
    expect(validateGlossary([{ file: 'x.json', data: [army, corps, marineCorps] }]).errors).toEqual([]);
    const plain = entry('corps-plain', ['corps']);
    const { errors } = validateGlossary([{ file: 'x.json', data: [corps, plain] }]);
    expect(errors.join('\n')).toContain('nothing tells them apart');
  });

  test('the rule that accepts the text decides which entry it is', () => {
    expect(found('The corps has three divisions and army troops.')).toEqual([
      ['corps', 'corps'],
      ['army', 'army'],
    ]);
    expect(found('The corps: every Marine knows the USMC motto.')).toEqual([['corps', 'marine-corps']]);
    expect(found('The corps dined together.')).toEqual([]);
  });

  test('a longer reading turned down falls back to a shorter one', () => {
    expect(found('The Army of the North sent soldiers and troops.')).toEqual([['Army', 'army']]);
    expect(found('The Army of the North crossed the river in 1812.')).toEqual([
      ['Army of the North', 'army-of-the-north'],
    ]);
  });

  test('a collocation still rules out every reading', () => {
    expect(found('An army of volunteers cleaned the beach, troops of children among them.')).toEqual([]);
  });
});

describe('the page as context', () => {
  test(`a page: true word without a cue stands on a page with ${PAGE_CUES} or more sure terms`, () => {
    expect(found('Ministry', PAGE_CUES - 1)).toEqual([]);
    expect(found('Ministry', PAGE_CUES)).toEqual([['Ministry', 'ministry']]);
  });

  test('but not where its block has a contrary word or the rule is not page: true', () => {
    const withAgainst = entry('ministry2', ['Department'], {
      forms: ['Department'],
      senses: ['defence department', 'any department'],
      cues: ['defence'],
      against: ['health'],
      page: true,
    });
    const m = createMatcher(compileGlossary(DataFile.parse([withAgainst, corps])));
    expect(m.match('Department of health', 'en', { pageCues: 50 })).toEqual([]);
    expect(m.match('The corps met.', 'en', { pageCues: 50 })).toEqual([]);
  });
});

describe('cuesOnly', () => {
  test('other glossary terms in the block do not confirm a generic word', () => {
    const group = entry('squad', ['group'], {
      forms: ['group'],
      senses: ['a squad', 'any group'],
      cues: ['platoon'],
      cuesOnly: true,
    });
    const loose = entry('squad2', ['team'], {
      forms: ['team'],
      senses: ['a fireteam', 'any team'],
      cues: ['platoon'],
    });
    const m = createMatcher(compileGlossary(DataFile.parse([sure, group, loose])));
    const text = (s: string) => m.match(s, 'en').map((x) => s.slice(x.start, x.end));
    expect(text('A first group of the brigade leaves; a team of the brigade follows.')).toEqual([
      'brigade',
      'team',
      'brigade',
    ]);
    expect(text('The group of the platoon leaves.')).toEqual(['group']);
  });
});

describe('candidates at places', () => {
  test('no term runs across two blocks: a block ends where its text does', () => {
    const phrase = createMatcher(compileGlossary(DataFile.parse([entry('nrf', ['NATO Response Force'])])));
    expect(phrase.candidatesAt('NATO', 'en', [0, -1], 1)).toEqual([]);
    expect(phrase.candidatesAt('the NATO Response Force', 'en', [4, -1], 1)).toHaveLength(1);
  });

  test('a place inside a word starts nothing', () => {
    expect(matcher.candidatesAt('thebrigade', 'en', [3, -1], 1)).toEqual([]);
    expect(matcher.candidatesAt('the brigade', 'en', [4, -1], 1)).toHaveLength(1);
  });
});
