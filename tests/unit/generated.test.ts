import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { charClasses, TABLE } from '../../glossary/chars';
import { CLASSES_PATH, MODULE_PATH, prefilterModuleSource, wordClassesSource } from '../../scripts/generate';

describe('generated sources are current (npm run generate)', () => {
  test('the prefilter module is prefilter.wat compiled', async () => {
    expect(readFileSync(MODULE_PATH, 'utf8')).toBe(await prefilterModuleSource());
  });

  test('the word classes are the Unicode tables', () => {
    expect(readFileSync(CLASSES_PATH, 'utf8')).toBe(wordClassesSource());
  });
});

describe('character classes', () => {
  const { isWord, lower, classes } = charClasses();
  const WORD = /^[\p{L}\p{M}\p{N}]$/u;
  const commonSeparator = (c: number) =>
    (c >= 0x2000 && c < 0x2070) || (c >= 0x3000 && c < 0x3040) || c === 0xfeff;

  test('a code unit is part of a word if it is a letter, mark or digit, as the regex says', () => {
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const surrogate = c >= 0xd800 && c <= 0xdfff;
      const expected = c === 0xad || surrogate || (!commonSeparator(c) && WORD.test(String.fromCharCode(c)));
      if (isWord(c) !== expected) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  test('class 2 marks exactly the word characters above the table that lower-case into it', () => {
    const marked: number[] = [];
    for (let c = TABLE; c < 0x10000; c++) if (classes[c] === 2) marked.push(c);
    expect(marked.length).toBeGreaterThan(0);
    for (const c of marked) expect(lower(c)).toBeLessThan(TABLE);
    for (let c = TABLE; c < 0x10000; c++) {
      if (classes[c] === 1 && !(c >= 0xd800 && c <= 0xdfff))
        expect(lower(c), c.toString(16)).toBeGreaterThanOrEqual(TABLE);
    }
  });
});
