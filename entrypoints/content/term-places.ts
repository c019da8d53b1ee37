import type { Matcher } from '../../glossary/matcher';
import type { TextReader } from './text-reader';

/** Text given to the prefilter in one go, in characters: its memory grows with this. */
export const CHUNK_CHARS = 64_000;

/**
 * Where the next chunk of read text may end: after a node whose text ends in a space (so no word runs
 * on into the next chunk), once CHUNK_CHARS are waiting; at the end once everything is read.
 * Returns `from` while the chunk is not ready.
 */
export function chunkEnd(reader: TextReader, from: number): number {
  const n = reader.nodes.length;
  if (reader.done) return n;
  const base = reader.starts[from] as number;
  if ((reader.starts[n] as number) - base < CHUNK_CHARS) return from;
  for (let k = n; k > from; k--) {
    const text = reader.texts[k - 1] as string;
    const last = text.charCodeAt(text.length - 1);
    if (last === 0x20 || last === 0x0a || last === 0x09 || last === 0x0d || last === 0xa0) return k;
  }
  return from;
}

/**
 * Adds the places where a term may start in nodes [from, end) of the reader to `out`, as pairs of
 * offsets in all the reader's text: (start, -1) a word, (start, end) a region to read word by word.
 */
export function findPlaces(
  reader: TextReader,
  from: number,
  end: number,
  matcher: Matcher,
  out: number[],
): void {
  const base = reader.starts[from] as number;
  const text = end - from === 1 ? (reader.texts[from] as string) : reader.texts.slice(from, end).join('');
  const { pairs, count } = matcher.places(text, reader.starts.slice(from, end), base);
  for (let i = 0; i < 2 * count; i++) out.push(pairs[i] as number);
}
