/**
 * Character classes by UTF-16 code unit, for the matcher's hot loop: whether a code unit belongs to a
 * word (a Unicode letter, mark or digit, as WORD in tokens.ts) and its lower-case form. Latin scripts,
 * which are all this glossary's languages use, come from tables; anything above is asked once and kept.
 */
export interface CharClasses {
  /** Below TABLE: 1 for a word character. Read directly in the matcher's innermost loop. */
  wordTable: Uint8Array;
  /** Below TABLE: the lower-case code unit. */
  lowerTable: Uint16Array;
  isWord(code: number): boolean;
  lower(code: number): number;
  /** A word's lower case, by the same mapping `lower` uses code unit by code unit. */
  lowerString(text: string): string;
  splitWords(text: string): string[];
}

export const TABLE = 0x250;
/** Part of a word, invisible, and left out of every comparison. */
export const SOFT_HYPHEN = 0xad;
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;

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

/** Punctuation and spaces that are common in news text and never part of a word. */
function isCommonSeparator(c: number): boolean {
  return (c >= 0x2000 && c <= 0x206f) || (c >= 0x3000 && c <= 0x303f) || c === 0xfeff;
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
  const wordCache = new Map<number, boolean>();
  const lowerCache = new Map<number, number>();

  const isWord = (code: number): boolean => {
    if (code < TABLE) return word[code] === 1;
    if (isCommonSeparator(code)) return false;
    let known = wordCache.get(code);
    if (known === undefined) {
      // A surrogate half is taken as part of a word: astral letters are rare and never split a term.
      known = (code >= 0xd800 && code <= 0xdfff) || WORD_CHAR.test(String.fromCharCode(code));
      wordCache.set(code, known);
    }
    return known;
  };
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
  const lowerString = (text: string): string => {
    const fast = text.toLowerCase();
    if (fast.length === text.length) {
      let same = true;
      for (let i = 0; i < text.length && same; i++) same = fast.charCodeAt(i) === lower(text.charCodeAt(i));
      if (same) return fast;
    }
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
  return { wordTable: word, lowerTable, isWord, lower, lowerString, splitWords };
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
