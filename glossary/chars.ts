import { LOWERS_INTO_TABLE, WORD_RANGES } from './word-classes';

/**
 * Character classes by UTF-16 code unit, for the matcher's hot loop: whether a code unit belongs to a
 * word (a Unicode letter, mark or digit, as WORD in tokens.ts) and its lower-case form. Latin scripts,
 * which are all this glossary's languages use, come from tables; the lower case of anything above is
 * asked once and kept.
 */
export interface CharClasses {
  /** Below TABLE: 1 for a word character. Read directly in the matcher's innermost loop. */
  wordTable: Uint8Array;
  /** Below TABLE: the lower-case code unit. */
  lowerTable: Uint16Array;
  /**
   * Every code unit: 0 not part of a word, 1 part of one, 2 part of one and, though at or above
   * TABLE, lower-cased below it (KELVIN SIGN → k).
   */
  classes: Uint8Array;
  isWord(code: number): boolean;
  lower(code: number): number;
  /** A word's lower case, by the same mapping `lower` uses code unit by code unit. */
  lowerString(text: string): string;
  splitWords(text: string): string[];
}

export const TABLE = 0x250;
/** Part of a word, invisible, and left out of every comparison. */
export const SOFT_HYPHEN = 0xad;

/**
 * Word characters below TABLE, by range rather than by a Unicode-property regex: compiling one costs
 * milliseconds at a page's start, and this runs on every page.
 */
function isLatinWord(c: number): boolean {
  return (
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    c === 0xaa ||
    c === 0xb2 ||
    c === 0xb3 ||
    c === 0xb5 ||
    c === 0xb9 ||
    c === 0xba ||
    (c >= 0xbc && c <= 0xbe) ||
    c === SOFT_HYPHEN ||
    (c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7) ||
    c >= 0x100
  );
}

export function charClasses(): CharClasses {
  const word = new Uint8Array(TABLE);
  const lowerTable = new Uint16Array(TABLE);
  const latin = String.fromCharCode(...Array.from({ length: TABLE }, (_, c) => c));
  const lowered = latin.toLowerCase();
  // One code unit each way below TABLE, but for U+0130 (İ → i̇), which is left as it is.
  let shift = 0;
  for (let c = 0; c < TABLE; c++) {
    word[c] = isLatinWord(c) ? 1 : 0;
    if (c === 0x130 && lowered.length > latin.length) {
      lowerTable[c] = c;
      shift = lowered.length - latin.length;
    } else {
      lowerTable[c] = lowered.charCodeAt(c + shift);
    }
  }
  const classes = wordClasses(word);
  const lowerCache = new Map<number, number>();

  const isWord = (code: number): boolean => classes[code] !== 0;
  const lower = (code: number): number => {
    if (code < TABLE) return lowerTable[code] as number;
    let known = lowerCache.get(code);
    if (known === undefined) {
      const lowered = String.fromCharCode(code).toLowerCase();
      known = lowered.length === 1 ? lowered.charCodeAt(0) : code;
      lowerCache.set(code, known);
    }
    return known;
  };
  // Code unit by code unit from the table: String.prototype.toLowerCase() would differ for a few
  // letters, and its first call on a page costs more than this whole loop.
  const lowerString = (text: string): string => {
    let out = '';
    for (let i = 0; i < text.length; i++) out += String.fromCharCode(lower(text.charCodeAt(i)));
    return out;
  };

  /** A form's words, split as the hot loop splits text. */
  const splitWords = (text: string): string[] => {
    const out: string[] = [];
    let start = -1;
    for (let i = 0; i <= text.length; i++) {
      const inside = i < text.length && isWord(text.charCodeAt(i));
      if (inside && start < 0) start = i;
      else if (!inside && start >= 0) {
        out.push(text.slice(start, i));
        start = -1;
      }
    }
    return out;
  };
  return { wordTable: word, lowerTable, classes, isWord, lower, lowerString, splitWords };
}

/**
 * The classes of every code unit (see CharClasses.classes), from the Latin table and the generated
 * ranges above it: filled range by range, as a Unicode-property regex would cost milliseconds to
 * compile on every page.
 */
function wordClasses(latin: Uint8Array): Uint8Array {
  const classes = new Uint8Array(0x10000);
  classes.set(latin);
  for (let i = 0; i < WORD_RANGES.length; i += 2) {
    classes.fill(1, WORD_RANGES.charCodeAt(i), WORD_RANGES.charCodeAt(i + 1) + 1);
  }
  for (let i = 0; i < LOWERS_INTO_TABLE.length; i++) classes[LOWERS_INTO_TABLE.charCodeAt(i)] = 2;
  // A surrogate half is taken as part of a word: astral letters are rare and never split a term.
  classes.fill(1, 0xd800, 0xe000);
  // Punctuation and spaces common in news text are never part of a word, whatever their category.
  classes.fill(0, 0x2000, 0x2070);
  classes.fill(0, 0x3000, 0x3040);
  classes[0xfeff] = 0;
  return classes;
}

/**
 * What may stand between two words of one form in running text: spaces, hyphens, apostrophes (French
 * elision: "de l'OTAN"), dots ("U.S. Army"; the matcher lets a dot join only after an abbreviation or
 * a number) and a percent sign ("2%-norm"). A form's own separators are not compared.
 */
export function isJoiner(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x2d ||
    code === 0x2e ||
    code === 0x27 ||
    code === 0x25 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    (code >= 0x2000 && code <= 0x200a) ||
    (code >= 0x2010 && code <= 0x2013) ||
    code === 0x2019 ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0x1680 ||
    code === 0xfeff
  );
}
