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
}

export const TABLE = 0x250;
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;

export function charClasses(): CharClasses {
  const word = new Uint8Array(TABLE);
  const lowerTable = new Uint16Array(TABLE);
  for (let c = 0; c < TABLE; c++) {
    const char = String.fromCharCode(c);
    word[c] = WORD_CHAR.test(char) ? 1 : 0;
    const lowered = char.toLowerCase();
    lowerTable[c] = lowered.length === 1 ? lowered.charCodeAt(0) : c;
  }
  const wordCache = new Map<number, boolean>();
  const lowerCache = new Map<number, number>();

  const isWord = (code: number): boolean => {
    if (code < TABLE) return word[code] === 1;
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
    let out = '';
    for (let i = 0; i < text.length; i++) out += String.fromCharCode(lower(text.charCodeAt(i)));
    return out;
  };
  return { wordTable: word, lowerTable, isWord, lower, lowerString };
}

/** What may stand between two words of one form in running text (see JOINER in tokens.ts). */
export function isJoiner(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x2d ||
    code === 0x2e ||
    code === 0x27 ||
    code === 0x25 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0xad ||
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
