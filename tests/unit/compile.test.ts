import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { compileGlossary, parseGlossary, serializeGlossary } from '../../glossary/compile';
import { LANGS } from '../../glossary/langs';
import { validateGlossary } from '../../glossary/validate';
import { fixtureEntry, matcherFixture } from '../fixtures/glossary/matcher-fixture';

const nl = LANGS.indexOf('nl');
const en = LANGS.indexOf('en');
const fr = LANGS.indexOf('fr');

describe('compileGlossary', () => {
  const glossary = compileGlossary(matcherFixture);
  const at = (id: string) => glossary.ids.indexOf(id);

  test('keeps the entries in order', () => {
    expect(glossary.ids).toEqual(matcherFixture.map((e) => e.id));
    expect(glossary.forms).toHaveLength(matcherFixture.length);
    expect(glossary.rules).toHaveLength(matcherFixture.length);
  });

  test('joins the forms of each language, marking the exact ones', () => {
    expect(glossary.forms[at('battalion')]).toEqual([
      'bataljon|bataljons|bataljonnen',
      'battalion|battalions',
      'Bataillon|Bataillone|Bataillons|Bataillonen',
      'bataillon|bataillons',
    ]);
    expect(glossary.forms[at('shape')]?.[en]).toBe('=SHAPE|Supreme Headquarters Allied Powers Europe');
  });

  test('indexes the everyday-word rule of each language, -1 where there is none', () => {
    const patriot = glossary.rules[at('patriot')] as number[];
    expect(patriot[nl]).toBe(-1);
    expect(patriot[fr]).toBe(-1);
    const rule = glossary.ruleTable[patriot[en] as number];
    expect(rule).toEqual({
      forms: 'Patriot',
      cues: ['missile*', 'air defence', 'batteries'],
      against: [],
      collocations: ['_ Act'],
      page: false,
      cuesOnly: false,
    });
    expect(glossary.rules[at('nato')]).toEqual([-1, -1, -1, -1]);
  });

  test('gives every ambiguity block its own rule', () => {
    const blocks = matcherFixture.flatMap((e) => LANGS.filter((lang) => e.terms[lang].ambiguous));
    expect(glossary.ruleTable).toHaveLength(blocks.length);
    const company = fixtureEntry('company');
    const indexes = glossary.rules[at('company')] as number[];
    LANGS.forEach((lang, l) => {
      const rule = glossary.ruleTable[indexes[l] as number];
      expect(rule?.forms.split('|')).toEqual(company.terms[lang].ambiguous?.forms);
      expect(rule?.cues).toEqual(company.terms[lang].ambiguous?.cues);
      expect(rule?.collocations).toEqual(company.terms[lang].ambiguous?.collocations);
    });
  });

  // Nothing in, nothing out: the text of no entries is "", which parses back as one entry with id "".
  test('of no entries is empty', () => {
    expect(compileGlossary([]).ids).toEqual([]);
  });
});

describe('the content script copy (without rules)', () => {
  const full = compileGlossary(matcherFixture);
  const light = parseGlossary(serializeGlossary(matcherFixture, { rules: false }));

  test('has the same ids, forms and rule indexes as the full glossary', () => {
    expect(light.ids).toEqual(full.ids);
    expect(light.forms).toEqual(full.forms);
    expect(light.rules).toEqual(full.rules);
  });

  test('knows which forms are everyday words, but not the word lists', () => {
    expect(light.ruleTable.map((r) => r.forms)).toEqual(full.ruleTable.map((r) => r.forms));
    for (const rule of light.ruleTable) {
      expect([...rule.cues, ...rule.against, ...rule.collocations]).toEqual([]);
    }
  });

  test('is smaller than the full text', () => {
    expect(serializeGlossary(matcherFixture, { rules: false }).length).toBeLessThan(
      serializeGlossary(matcherFixture).length,
    );
  });
});

describe('the separators of the compiled text', () => {
  // The compiled text separates entries by newlines, fields by tabs, forms and list items by "|" and
  // the lists of a rule by "~"; compile.ts says the schema keeps these out of the data, but the schema
  // has no such rule: "a|b" would silently become two forms, a newline would split an entry. BUG.

  const minimal = JSON.parse(
    readFileSync(join(import.meta.dirname, '../fixtures/glossary/valid/minimal-entry.json'), 'utf8'),
  ) as Array<{ terms: { nl: { forms: string[] } } }>;

  test.each([
    ['"|"', 'afschrikking|dreiging'],
    ['"~"', 'afschrikking~dreiging'],
    ['a tab', 'afschrikking\tdreiging'],
    ['a newline', 'afschrikking\ndreiging'],
  ])('a form with %s is rejected by the check', (_, form) => {
    const data = structuredClone(minimal);
    (data[0] as (typeof minimal)[number]).terms.nl.forms = [form];
    expect(validateGlossary([{ file: 'x.json', data }]).errors).not.toEqual([]);
  });
});
