import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { pageLang } from '../../entrypoints/content/page-lang';
import { collectRuns } from '../../entrypoints/content/runs';
import type { Lang } from '../../glossary/langs';
import { SHARED } from '../e2e/server';

export const CORPUS = join(SHARED, 'corpus/pages');

export interface PageText {
  lang: Lang | undefined;
  runs: Array<{ text: string; lang: Lang | undefined }>;
}

/**
 * A saved page parsed without running its scripts, with its language as the content script settles
 * it, handed to `use` and closed after. Without layout, only inline `display:none` counts as hidden
 * here: such elements are removed.
 */
export async function withPage<T>(
  file: string,
  use: (doc: Document, lang: Lang | undefined) => T | Promise<T>,
): Promise<T> {
  const path = file.includes('/') ? file : join(CORPUS, file);
  // happy-dom 21 loses the rest of the body after an inline <svg> holding a <style>; the scanner
  // skips SVG anyway, so it goes before parsing.
  const html = readFileSync(path, 'utf8').replace(/<svg\b[\s\S]*?<\/svg>/gi, '');
  const window = new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      navigation: { disableMainFrameNavigation: true },
    },
  });
  try {
    const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    for (const hidden of doc.querySelectorAll('[style*="display:none"], [style*="display: none"]'))
      hidden.remove();
    return await use(doc, pageLang(doc));
  } finally {
    await window.happyDOM.close();
  }
}

/** A saved page read as the content script reads it: the same runs, cut by the same code. */
export function pageText(file: string): Promise<PageText> {
  return withPage(file, (doc, lang) => ({
    lang,
    runs: collectRuns(doc.body, lang).map((run) => ({ text: run.text, lang: run.lang })),
  }));
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/**
 * Every whole-word occurrence of `text` in the page's runs, in order: how annotations name a place
 * ("the 3rd 'company'"), independent of what the glossary matches today.
 */
export function occurrences(runs: PageText['runs'], text: string): Array<{ run: number; start: number }> {
  const found: Array<{ run: number; start: number }> = [];
  runs.forEach((run, index) => {
    for (let at = run.text.indexOf(text); at >= 0; at = run.text.indexOf(text, at + 1)) {
      const before = run.text[at - 1];
      const after = run.text[at + text.length];
      if ((before && WORD_CHAR.test(before)) || (after && WORD_CHAR.test(after))) continue;
      found.push({ run: index, start: at });
    }
  });
  return found;
}
