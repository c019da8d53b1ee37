import { describe, expect, test } from 'vitest';
import { charClasses } from '../../glossary/chars';
import { compileGlossary, formsText } from '../../glossary/compile';
import { indexForms } from '../../glossary/index-forms';
import { LANGS } from '../../glossary/langs';
import { loadGlossary } from '../../glossary/load';
import { createMatcher } from '../../glossary/matcher';
import { createPrefilter } from '../../glossary/prefilter';
import { DataFile, type Entry } from '../../glossary/schema';
import { validateGlossary } from '../../glossary/validate';
import { matcherFixture } from '../fixtures/glossary/matcher-fixture';

const chars = charClasses();

describe('filing the forms', () => {
  const glossary = compileGlossary(loadGlossary());
  const text = formsText(glossary);

  test('the module files every form of the glossary as the JavaScript does', () => {
    const prefilter = createPrefilter(chars);
    expect(prefilter).toBeDefined();
    const wasm = prefilter?.index(text);
    const js = indexForms(text, chars);
    expect(wasm?.forms).toEqual(js.forms);
    expect(wasm?.filter).toEqual(js.filter);
  });

  test('each form comes with its own text, entry and language, in the glossary’s order', () => {
    const { forms } = indexForms(text, chars);
    const filed: string[] = [];
    for (let i = 0; i < forms.length; i += 4) {
      const group = (forms[i + 1] as number) >> 1;
      const [entry, lang] = [Math.floor(group / LANGS.length), group % LANGS.length];
      filed.push(`${glossary.ids[entry]} ${LANGS[lang]} ${text.slice(forms[i + 2], forms[i + 3])}`);
    }
    const listed = glossary.forms.flatMap((perLang, entry) =>
      perLang.flatMap((joined, lang) =>
        joined ? joined.split('|').map((form) => `${glossary.ids[entry]} ${LANGS[lang]} ${form}`) : [],
      ),
    );
    expect(listed.length).toBeGreaterThan(3000);
    expect(filed).toEqual(listed);
  });

  test('characters of three and four bytes in UTF-8 keep the module’s offsets right', () => {
    const odd = 'chef d’état-major|x\tNATO 🚀 Force\t\tA\t';
    const wasm = createPrefilter(chars)?.index(odd);
    const js = indexForms(odd, chars);
    expect(wasm?.forms).toEqual(js.forms);
    expect(js.forms.length).toBe(16);
    expect(odd.slice(js.forms[10], js.forms[11])).toBe('NATO 🚀 Force');
    expect(js.forms[13]).toBe(3 * 2);
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
