import { type CharClasses, SOFT_HYPHEN, TABLE } from './chars';
import { FIRST_SALT, inFilter } from './prefilter';

/**
 * The prefilter's job, in JavaScript, where WebAssembly cannot run (a page policy that forbids it): the
 * places in `text` where a term may start, as the module gives them, but simpler and so a few more.
 * A stretch of letters with a node boundary inside, or a letter only JavaScript can lower, is a region
 * for the matcher to read word by word; any other stretch is one word, kept if it is the word of a
 * one-word form or the first word of a longer one. Offsets as in Prefilter.words.
 */
export function placesInJs(
  text: string,
  bounds: ArrayLike<number>,
  base: number,
  { classes, lowerTable }: Pick<CharClasses, 'classes' | 'lowerTable'>,
  filter: Uint8Array,
): { pairs: number[]; count: number } {
  const pairs: number[] = [];
  const n = text.length;
  let b = 0;
  let i = 0;
  while (i < n) {
    while (i < n && classes[text.charCodeAt(i)] === 0) i++;
    if (i >= n) break;
    const start = i;
    let h = 0;
    let foreign = false;
    let unknown = false;
    for (; i < n; i++) {
      const code = text.charCodeAt(i);
      const kind = classes[code];
      if (kind === 0) break;
      if (code < TABLE) {
        if (code !== SOFT_HYPHEN) h = (Math.imul(h, 31) + (lowerTable[code] as number)) | 0;
      } else if (kind === 2) unknown = true;
      else foreign = true;
    }
    while (b < bounds.length && (bounds[b] as number) - base <= start) b++;
    const split = b < bounds.length && (bounds[b] as number) - base < i;
    if (split || unknown) pairs.push(base + start, base + i);
    else if (!foreign && (inFilter(filter, h) || inFilter(filter, h ^ FIRST_SALT)))
      pairs.push(base + start, -1);
  }
  return { pairs, count: pairs.length / 2 };
}
