import { type CharClasses, TABLE } from './chars';
import { FORM_SEPARATOR } from './compile';
import { addToFilter, FILTER_BYTES, FIRST_SALT, type FiledForms, pairHash } from './prefilter';

const SEPARATOR = FORM_SEPARATOR.charCodeAt(0);
const TAB = 0x09;
const LINE = 0x0a;

/**
 * What the prefilter module's `index` does, in JavaScript, where WebAssembly cannot run (see
 * Prefilter.index): each form's first-word hash, group, second word and place in `text`; the filter
 * holds a one-word form's word, and a longer form's first word (salted) and its first two words
 * (mixed).
 */
export function indexForms(
  text: string,
  { classes, lowerTable, lower }: Pick<CharClasses, 'classes' | 'lowerTable' | 'lower'>,
): FiledForms {
  const out: number[] = [];
  const filter = new Uint8Array(FILTER_BYTES);
  const hashFrom = (end: number, from: number): [number, number] => {
    let h = 0;
    let i = from;
    for (; i < end; i++) {
      const code = text.charCodeAt(i);
      if (classes[code] === 0) break;
      h = (Math.imul(h, 31) + (code < TABLE ? (lowerTable[code] as number) : lower(code))) | 0;
    }
    return [h, i];
  };
  let group = 0;
  let start = 0;
  for (let at = 0; at <= text.length; at++) {
    const code = at < text.length ? text.charCodeAt(at) : LINE;
    if (code !== SEPARATOR && code !== TAB && code !== LINE) continue;
    if (at > start) {
      let i = start;
      while (i < at && classes[text.charCodeAt(i)] === 0) i++;
      const [first, end] = hashFrom(at, i);
      i = end;
      while (i < at && classes[text.charCodeAt(i)] === 0) i++;
      if (i === at) {
        out.push(first, 2 * group, start, at);
        addToFilter(filter, first);
      } else {
        out.push(first, 2 * group + 1, start, at);
        addToFilter(filter, first ^ FIRST_SALT);
        addToFilter(filter, pairHash(first, hashFrom(at, i)[0]));
      }
    }
    if (code !== SEPARATOR) group++;
    start = at + 1;
  }
  return { forms: Int32Array.from(out), filter };
}
