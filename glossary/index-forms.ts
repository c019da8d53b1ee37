import { type CharClasses, TABLE } from './chars';
import { addToFilter, FILTER_BYTES, FIRST_SALT, pairHash } from './prefilter';

/**
 * What the prefilter module's `index` does, in JavaScript, where WebAssembly cannot run: for form i,
 * pairs[2i] is the hash of its first word and pairs[2i+1] is 1 if it has a second; the filter holds a
 * one-word form's word, and a longer form's first word (salted) and its first two words (mixed).
 */
export function indexForms(
  forms: readonly string[],
  { classes, lowerTable, lower }: Pick<CharClasses, 'classes' | 'lowerTable' | 'lower'>,
): { pairs: Int32Array; filter: Uint8Array } {
  const pairs = new Int32Array(2 * forms.length);
  const filter = new Uint8Array(FILTER_BYTES);
  const hashFrom = (form: string, from: number): [number, number] => {
    let h = 0;
    let i = from;
    for (; i < form.length; i++) {
      const code = form.charCodeAt(i);
      if (classes[code] === 0) break;
      h = (Math.imul(h, 31) + (code < TABLE ? (lowerTable[code] as number) : lower(code))) | 0;
    }
    return [h, i];
  };
  forms.forEach((form, f) => {
    let i = 0;
    while (i < form.length && classes[form.charCodeAt(i)] === 0) i++;
    const [first, end] = hashFrom(form, i);
    i = end;
    while (i < form.length && classes[form.charCodeAt(i)] === 0) i++;
    pairs[2 * f] = first;
    if (i === form.length) {
      addToFilter(filter, first);
    } else {
      pairs[2 * f + 1] = 1;
      addToFilter(filter, first ^ FIRST_SALT);
      addToFilter(filter, pairHash(first, hashFrom(form, i)[0]));
    }
  });
  return { pairs, filter };
}
