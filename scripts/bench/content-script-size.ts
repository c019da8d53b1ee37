import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { glossaryPlugin } from '../../glossary/vite-plugin';

export interface ContentScriptSize {
  raw: number;
  gzip: number;
  /** The glossary data the script embeds, on its own, for scale; null if it could not be read. */
  glossaryRaw: number | null;
  glossaryGzip: number | null;
}

const gzip = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;

/**
 * The glossary text the content script embeds, asked from the build's own Vite plugin (its
 * 'virtual:glossary/compiled' module), so this follows whatever the build ships.
 */
function embeddedGlossary(): string | null {
  try {
    const plugin = glossaryPlugin();
    const load = (typeof plugin.load === 'function' ? plugin.load : plugin.load?.handler) as
      | ((this: unknown, id: string) => unknown)
      | undefined;
    const code = load?.call({ addWatchFile: () => undefined }, '\0virtual:glossary/compiled');
    const literal = typeof code === 'string' ? /^export default (".*");?\s*$/s.exec(code)?.[1] : undefined;
    return literal ? (JSON.parse(literal) as string) : null;
  } catch {
    return null;
  }
}

/** The built content script's size in bytes, raw and gzip level 9, with the glossary's share. */
export function contentScriptSize(file: string): ContentScriptSize {
  const script = readFileSync(file);
  const glossary = embeddedGlossary();
  return {
    raw: script.length,
    gzip: gzip(script),
    glossaryRaw: glossary === null ? null : Buffer.byteLength(glossary),
    glossaryGzip: glossary === null ? null : gzip(glossary),
  };
}
