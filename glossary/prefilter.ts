import { type CharClasses, SOFT_HYPHEN, TABLE } from './chars';
import { PREFILTER_WASM } from './prefilter-wasm';

/** Bits in the filter of first words: 2^20, so about 0.3% of a page's other words get through. */
export const FILTER_BYTES = 1 << 17;
/** Texts longer than this go to the JavaScript loop, so the module's memory stays small. */
const MAX_CHARS = 1 << 20;
const FILTER_AT = 0x1000;
const CLASSES_AT = FILTER_AT + FILTER_BYTES;
const INPUT_AT = CLASSES_AT + 0x10000;
const PAGE = 1 << 16;

/** Salts the hash of a longer form's first word in the filter (a one-word form's goes in as it is). */
export const FIRST_SALT = 0x2545f491;

/** The filter's hash of a longer form's first two words, as the module mixes them. */
export function pairHash(first: number, second: number): number {
  return Math.imul(first, 0x01000193) ^ second;
}

/** Whether a word's hash is in the filter: the same test as the module's. */
export function inFilter(filter: Uint8Array, h: number): boolean {
  return ((filter[(h >>> 3) & 0x1ffff] as number) & (1 << (h & 7))) !== 0;
}

export function addToFilter(filter: Uint8Array, h: number): void {
  filter[(h >>> 3) & 0x1ffff] = (filter[(h >>> 3) & 0x1ffff] as number) | (1 << (h & 7));
}

/** See Prefilter.index. */
export interface FiledForms {
  forms: Int32Array;
  filter: Uint8Array;
}

export interface Prefilter {
  /**
   * Files the glossary's forms, given as compile.ts's formsText lists them (FORM_SEPARATOR between
   * the forms of a group, GROUP_END after each group, groups in the order entry × languages +
   * language). For form i: forms[4i] is the hash of its first word, forms[4i+1] its group × 2, plus 1
   * if it has a second word, and forms[4i+2] and forms[4i+3] where its text starts and ends in
   * `text`. Sets the filter bits the module reads; returns a copy of the filter too, for the
   * matcher's own reading of words.
   */
  index(text: string): FiledForms;
  /**
   * The places in `text` where a term may start, in text order, as a list of `count` pairs: (start,
   * -1) for a word start, (start, end) for a region whose words the matcher must read one by one.
   * `bounds` are the offsets where the text's nodes start (see prefilter.wat). All offsets count from
   * `base`: the text's own offset in all the text read. Undefined for a text too long for the module.
   * The list is valid until the next call.
   */
  words(
    text: string,
    bounds: ArrayLike<number>,
    base: number,
  ): { pairs: Int32Array; count: number } | undefined;
}

interface Exports {
  memory: WebAssembly.Memory;
  scan(at: number, length: number, bounds: number, out: number, base: number): number;
  index(at: number, length: number, out: number): number;
}

/**
 * The WebAssembly prefilter (prefilter.wat) loaded with the matcher's character tables, or undefined
 * where WebAssembly cannot run (a policy that forbids it, an engine without it): the matcher then
 * files its forms and reads every word itself, with the same result, only more slowly. The module is
 * small enough (about 3 KB) to compile on the main thread in a fraction of a millisecond.
 */
export function createPrefilter({
  wordTable,
  lowerTable,
  classes,
}: Pick<CharClasses, 'wordTable' | 'lowerTable' | 'classes'>): Prefilter | undefined {
  let wasm: Exports;
  try {
    wasm = new WebAssembly.Instance(new WebAssembly.Module(PREFILTER_WASM)).exports as unknown as Exports;
  } catch {
    return undefined;
  }
  const { memory } = wasm;
  const table = new Uint16Array(memory.buffer, 0, TABLE);
  for (let c = 0; c < TABLE; c++) {
    table[c] = wordTable[c] === 0 ? 0 : c === SOFT_HYPHEN ? 0xffff : (lowerTable[c] as number);
  }
  new Uint8Array(memory.buffer, CLASSES_AT, 0x10000).set(classes);
  const encoder = new TextEncoder();

  /** Makes room for `bytes` past INPUT_AT. */
  const room = (bytes: number) => {
    const needed = INPUT_AT + bytes;
    if (needed > memory.buffer.byteLength) memory.grow(Math.ceil((needed - memory.buffer.byteLength) / PAGE));
  };

  return {
    index(text) {
      const outAt = INPUT_AT + ((text.length * 3 + 7) & ~7);
      // A form takes a character and a separator at least.
      room(outAt - INPUT_AT + 16 * ((text.length >> 1) + 1));
      const { written } = encoder.encodeInto(text, new Uint8Array(memory.buffer, INPUT_AT, text.length * 3));
      const count = wasm.index(INPUT_AT, written, outAt);
      return {
        forms: new Int32Array(memory.buffer, outAt, 4 * count).slice(),
        filter: new Uint8Array(memory.buffer, FILTER_AT, FILTER_BYTES).slice(),
      };
    },
    words(text, bounds, base) {
      if (text.length > MAX_CHARS) return undefined;
      // UTF-8 takes at most 3 bytes per UTF-16 code unit. A pair of output is a start: of a word
      // after a separator, or at a boundary.
      const boundsAt = INPUT_AT + ((text.length * 3 + 7) & ~7);
      const outAt = boundsAt + 4 * (bounds.length + 2);
      room(outAt - INPUT_AT + 8 * ((text.length >> 1) + bounds.length + 2));
      const { written } = encoder.encodeInto(text, new Uint8Array(memory.buffer, INPUT_AT, text.length * 3));
      const b = new Int32Array(memory.buffer, boundsAt, bounds.length + 1);
      b.set(bounds);
      b[bounds.length] = -1;
      const count = wasm.scan(INPUT_AT, written, boundsAt, outAt, base);
      return { pairs: new Int32Array(memory.buffer, outAt, count * 2), count };
    },
  };
}
