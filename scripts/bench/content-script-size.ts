import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { compileGlossary } from '../../glossary/compile';
import { loadGlossary } from '../../glossary/load';

export interface ContentScriptSize {
  raw: number;
  gzip: number;
  /** The compiled glossary the script embeds (JSON text), on its own, for scale. */
  glossaryRaw: number;
  glossaryGzip: number;
}

const gzip = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;

/** The built content script's size in bytes, raw and gzip level 9, with the glossary's share. */
export function contentScriptSize(file: string): ContentScriptSize {
  const script = readFileSync(file);
  const glossary = JSON.stringify(compileGlossary(loadGlossary()));
  return {
    raw: script.length,
    gzip: gzip(script),
    glossaryRaw: Buffer.byteLength(glossary),
    glossaryGzip: gzip(glossary),
  };
}
