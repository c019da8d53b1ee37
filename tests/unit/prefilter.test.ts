import { describe, expect, test } from 'vitest';
import { charClasses } from '../../glossary/chars';
import { compileGlossary } from '../../glossary/compile';
import { indexForms } from '../../glossary/index-forms';
import { loadGlossary } from '../../glossary/load';
import { createMatcher } from '../../glossary/matcher';
import { createPrefilter } from '../../glossary/prefilter';
import { DataFile, type Entry } from '../../glossary/schema';
import { validateGlossary } from '../../glossary/validate';
import { matcherFixture } from '../fixtures/glossary/matcher-fixture';

const chars = charClasses();

/** All forms of the real glossary, as the matcher lists them. */
function allForms(): string[] {
  const forms: string[] = [];
  for (const perLang of compileGlossary(loadGlossary()).forms) {
    for (const joined of perLang) if (joined) forms.push(...joined.split('|'));
  }
  return forms;
}

describe('filing the forms', () => {
  test('the module files every form of the glossary as the JavaScript does', () => {
    const forms = allForms();
    expect(forms.length).toBeGreaterThan(3000);
    const prefilter = createPrefilter(chars);
    expect(prefilter).toBeDefined();
    const wasm = prefilter?.index(forms);
    const js = indexForms(forms, chars);
    expect(wasm?.pairs).toEqual(js.pairs);
    expect(wasm?.filter).toEqual(js.filter);
  });
});

/**
 * The text of several nodes joined, with their boundaries: the places the prefilter gives, as the
 * words at them.
 */
function placesIn(nodes: string[]): string[] {
  const fixture = createMatcher(compileGlossary(matcherFixture));
  expect(fixture.prefiltered).toBe(true);
  const text = nodes.join('');
  // Offsets in a longer text, where this one starts at 100.
  const bounds: number[] = [];
  let at = 100;
  for (const node of nodes) {
    bounds.push(at);
    at += node.length;
  }
  const found = fixture.places(text, bounds, 100);
  const out: string[] = [];
  for (let i = 0; i < found.count; i++) {
    const start = (found.pairs[2 * i] as number) - 100;
    const end = found.pairs[2 * i + 1] as number;
    out.push(end < 0 ? text.slice(start, start + 12) : `[${text.slice(start, end - 100)}]`);
  }
  return out;
}

describe('places where a term may start, across node boundaries', () => {
  test('a word split over two nodes is found from its start', () => {
    expect(placesIn(['De ', 'flits', 'macht komt'])).toEqual(['flitsmacht k']);
  });

  test('a word glued to the last word of the block before is found from the boundary', () => {
    expect(placesIn(['Een nieuws', 'bericht', 'flitsmacht'])).toEqual(['flitsmacht']);
  });

  test('a word glued to the first word of the next block is found to the boundary', () => {
    expect(placesIn(['de NAVO', 'Volgende'])).toEqual(['NAVOVolgende']);
  });

  test('a longer form is found by its first two words, and only then', () => {
    expect(placesIn(['de NATO Response Force'])).toEqual(['NATO Respons']);
    expect(placesIn(['de NATO Response Force'.replace('NATO', 'Nato')])).toEqual(['Nato Respons']);
    expect(placesIn(['Response teams'])).toEqual([]);
  });

  test('a word with a letter outside the Latin tables is passed over, a separator symbol is not', () => {
    expect(placesIn(['NAVOж en NAVO™'])).toEqual(['NAVO™']);
  });

  test('a letter that lower-cases into the Latin table makes its word a region', () => {
    expect(placesIn(['de \u212Aompanie'])).toEqual(['[\u212Aompanie]']);
  });
});

describe('the glossary check', () => {
  test('refuses a form with a letter outside the Latin tables, which the prefilter could not file', () => {
    const data = DataFile.parse([{ ...(matcherFixture[0] as Entry), id: 'nato' }]);
    const entry = data[0] as Entry;
    entry.terms.en.forms = ['ΝΑΤΟ'];
    const { errors } = validateGlossary([{ file: 'fixture', data }]);
    expect(errors).toEqual([
      'fixture: nato: terms.en.forms: "ΝΑΤΟ" has a letter outside the Latin tables (U+0000–U+024F)',
    ]);
  });

  test('accepts Latin letters with accents and the fixture as it is', () => {
    const { errors } = validateGlossary([{ file: 'fixture', data: matcherFixture }]);
    expect(errors).toEqual([]);
  });
});
