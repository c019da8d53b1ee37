import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ANNOTATIONS = join(import.meta.dirname, 'annotations');

/** One judged place in a page: the n-th whole-word occurrence of `text`, and what it should show. */
export interface Annotation {
  page: string;
  text: string;
  occurrence: number;
  /** A concept id, or "none" where nothing should be underlined. */
  expected: string;
  note: string;
}

/**
 * Annotations live one file per page, `annotations/<page>.tsv`, with the columns
 * page, text, occurrence, expected, note.
 */
export function readAnnotations(dir = ANNOTATIONS): Annotation[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.tsv'))
    .sort()
    .flatMap((file) =>
      readFileSync(join(dir, file), 'utf8')
        .split('\n')
        .slice(1)
        .filter((line) => line.trim() !== '')
        .map((line, i) => {
          const [page = '', text = '', occurrence = '', expected = '', note = ''] = line.split('\t');
          const n = Number(occurrence);
          if (!page || !text || !Number.isInteger(n) || n < 1 || !expected) {
            throw new Error(`${file}:${i + 2}: expected page, text, occurrence (1, 2, …), expected`);
          }
          return { page, text, occurrence: n, expected, note };
        }),
    );
}
