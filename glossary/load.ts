import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Entry } from './schema';
import { type DataSource, validateGlossary } from './validate';

/** Node-side only: the build, the scripts and the tests read the data files from disk. */
export const DATA_DIR = join(import.meta.dirname, 'data');

export function readDataFiles(dir = DATA_DIR): Array<DataSource & { path: string; raw: string }> {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((file) => {
      const path = join(dir, file);
      const raw = readFileSync(path, 'utf8');
      let data: unknown;
      try {
        data = JSON.parse(raw);
      } catch (error) {
        data = { parseError: String(error) };
      }
      return { file, path, raw, data };
    });
}

export class GlossaryError extends Error {
  constructor(readonly errors: string[]) {
    super(`The glossary is invalid:\n${errors.map((e) => `  - ${e}`).join('\n')}`);
  }
}

export function loadGlossary(dir = DATA_DIR): Entry[] {
  const { entries, errors } = validateGlossary(readDataFiles(dir));
  if (errors.length > 0) throw new GlossaryError(errors);
  return entries;
}

export function canonical(data: unknown): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}
