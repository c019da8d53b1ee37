import { readdirSync } from 'node:fs';
import { compileGlossary } from '../../glossary/compile';
import { loadGlossary } from '../../glossary/load';
import { createMatcher } from '../../glossary/matcher';
import { CORPUS } from './page-runs';

export const glossary = compileGlossary(loadGlossary());
/** The matcher as the extension runs it, and the same without the WebAssembly prefilter. */
export const withPrefilter = createMatcher(glossary);
export const withoutPrefilter = createMatcher(glossary, { prefilter: false });
/** Every saved page of the corpus. */
export const pages = readdirSync(CORPUS)
  .filter((f) => f.endsWith('.html'))
  .sort();
