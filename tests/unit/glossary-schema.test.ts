import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { canonical, GlossaryError, loadGlossary, readDataFiles } from '../../glossary/load';
import { validateGlossary } from '../../glossary/validate';

const FIXTURES = join(import.meta.dirname, '../fixtures/glossary');
const VALID = join(FIXTURES, 'valid');
const INVALID = join(FIXTURES, 'invalid');

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

const validFiles = readdirSync(VALID).filter((f) => f.endsWith('.json'));
const invalidFiles = readdirSync(INVALID).filter((f) => f.endsWith('.json'));

describe('valid fixtures', () => {
  test('exist', () => {
    expect(validFiles.length).toBeGreaterThanOrEqual(3);
  });

  test.each(validFiles)('%s is accepted with all its entries', (file) => {
    const data = readJson(join(VALID, file)) as Array<{ id: string }>;
    const { entries, errors } = validateGlossary([{ file, data }]);
    expect(errors).toEqual([]);
    expect(entries.map((e) => e.id)).toEqual(data.map((e) => e.id));
  });

  test('are accepted together, as files of one glossary', () => {
    const sources = validFiles.map((file) => ({ file, data: readJson(join(VALID, file)) }));
    const { entries, errors } = validateGlossary(sources);
    expect(errors).toEqual([]);
    expect(entries.length).toBe(sources.reduce((n, s) => n + (s.data as unknown[]).length, 0));
  });

  test('fill in the defaults of an ambiguity block', () => {
    const file = 'ambiguous-and-exact-forms.json';
    const { entries } = validateGlossary([{ file, data: readJson(join(VALID, file)) }]);
    const de = entries.find((e) => e.id === 'patriot')?.terms.de.ambiguous;
    expect(de?.against).toEqual([]);
    expect(de?.collocations).toEqual([]);
  });
});

describe('invalid fixtures', () => {
  test('exist, each with its expected error beside it', () => {
    expect(invalidFiles.length).toBeGreaterThanOrEqual(12);
    const expectations = readdirSync(INVALID).filter((f) => f.endsWith('.expected.txt'));
    expect(expectations.map((f) => f.replace(/\.expected\.txt$/, '.json')).sort()).toEqual(
      [...invalidFiles].sort(),
    );
  });

  test.each(invalidFiles)('%s is rejected with its expected error', (file) => {
    const expected = readFileSync(join(INVALID, file.replace(/\.json$/, '.expected.txt')), 'utf8').trim();
    expect(expected).not.toBe('');
    const { entries, errors } = validateGlossary([{ file, data: readJson(join(INVALID, file)) }]);
    expect(entries).toEqual([]);
    expect(errors.length).toBeGreaterThan(0);
    expect(
      errors.some((e) => e.includes(expected)),
      `errors:\n${errors.join('\n')}`,
    ).toBe(true);
    // Every error names the file, so the writer knows where to look.
    for (const error of errors) expect(error.startsWith(`${file}: `)).toBe(true);
    // One problem, one error (two ids alike in one file are also out of order).
    expect(errors).toHaveLength(file === 'duplicate-id.json' ? 2 : 1);
  });
});

describe('across files', () => {
  const read = (file: string) => readJson(join(VALID, file)) as unknown[];

  test('a duplicate id names the file that had it first', () => {
    const { errors } = validateGlossary([
      { file: 'a.json', data: read('unit-with-facts.json') },
      { file: 'b.json', data: read('unit-with-facts.json') },
    ]);
    expect(errors).toContain('b.json: battalion: id: duplicate id (also in a.json)');
  });

  type RawEntry = { id: string; terms: Record<'nl' | 'en' | 'de' | 'fr', { forms: unknown[] }> };
  /** A copy of the rank fixture under another id, with one form per language. */
  function rankWithForms(id: string, forms: Record<'nl' | 'en' | 'de' | 'fr', string>): RawEntry {
    const entry = structuredClone(read('rank.json')[0]) as RawEntry;
    entry.id = id;
    for (const lang of ['nl', 'en', 'de', 'fr'] as const) entry.terms[lang].forms = [forms[lang]];
    return entry;
  }

  test('the same form in one language is rejected across files, in another language it is not', () => {
    const first = { file: 'a.json', data: read('rank.json') };
    const clash = rankWithForms('lt-col', {
      nl: 'overste',
      en: 'Lt Col',
      de: 'OTL',
      fr: 'lieutenant-colonel',
    });
    expect(validateGlossary([first, { file: 'b.json', data: [clash] }]).errors).toEqual([
      'b.json: lt-col: terms.fr.forms: "lieutenant-colonel" is also a form of "lieutenant-colonel" in fr, and nothing tells them apart',
    ]);
    // the French form of the first entry, now only in Dutch: no clash
    const fine = rankWithForms('lt-col', { nl: 'lieutenant-colonel', en: 'Lt Col', de: 'OTL', fr: 'lcl' });
    expect(validateGlossary([first, { file: 'b.json', data: [fine] }]).errors).toEqual([]);
  });

  test('forms differing only in case or separators are the same form', () => {
    const a = rankWithForms('a', { nl: 'NAVO-top', en: 'a', de: 'a', fr: 'a' });
    const b = rankWithForms('b', { nl: 'navo top', en: 'b', de: 'b', fr: 'b' });
    expect(validateGlossary([{ file: 'x.json', data: [a, b] }]).errors).toEqual([
      'x.json: b: terms.nl.forms: "navo top" is also a form of "a" in nl, and nothing tells them apart',
    ]);
  });
});

describe('loadGlossary', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  test('reads every .json file of a directory and returns the entries', () => {
    dir = mkdtempSync(join(tmpdir(), 'glossary-'));
    for (const file of validFiles) writeFileSync(join(dir, file), readFileSync(join(VALID, file)));
    writeFileSync(join(dir, 'README.md'), 'not data');
    const ids = loadGlossary(dir).map((e) => e.id);
    expect(ids).toHaveLength(6);
    expect(ids).toContain('lieutenant-colonel');
  });

  test('throws a GlossaryError listing the problems, also for a file that is not JSON', () => {
    dir = mkdtempSync(join(tmpdir(), 'glossary-'));
    writeFileSync(join(dir, 'broken.json'), '[{ "id": "x", }');
    writeFileSync(join(dir, 'bad.json'), readFileSync(join(INVALID, 'min-greater-than-max.json')));
    let error: unknown;
    try {
      loadGlossary(dir);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(GlossaryError);
    const { errors, message } = error as GlossaryError;
    expect(errors.some((e) => e.startsWith('broken.json: '))).toBe(true);
    expect(errors).toContain('bad.json: battalion: unit.strength.min: min is greater than max');
    expect(message).toContain('min is greater than max');
  });
});

describe('canonical', () => {
  test('is two-space JSON with a final newline', () => {
    expect(canonical([{ id: 'a', forms: ['x', 'y'] }])).toBe(
      '[\n  {\n    "id": "a",\n    "forms": [\n      "x",\n      "y"\n    ]\n  }\n]\n',
    );
  });
});

/** The data checked like code: whatever data files are present must pass the check and be formatted. */
describe('the real glossary', () => {
  const files = readDataFiles();

  test('has data files', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  test('validates', () => {
    const { errors } = validateGlossary(files);
    expect(errors).toEqual([]);
    expect(() => loadGlossary()).not.toThrow();
  });

  test.each(files.map((f) => [f.file, f] as const))(
    '%s is in canonical format with sorted ids',
    (_, file) => {
      expect(file.raw).toBe(canonical(file.data));
      const ids = (file.data as Array<{ id: string }>).map((e) => e.id);
      // Plain code-point order, as the check and the formatter compare ids.
      expect(ids).toEqual([...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
      expect(new Set(ids).size).toBe(ids.length);
    },
  );
});
