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
 * A saved page read as the content script reads it: parsed without running its scripts, cut into the
 * same runs by the same code. Without layout, only inline `display:none` counts as hidden here.
 */
export async function pageText(file: string): Promise<PageText> {
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
    const lang = pageLang(doc);
    const runs = collectRuns(doc.body, lang).map((run) => ({ text: run.text, lang: run.lang }));
    return { lang, runs };
  } finally {
    await window.happyDOM.close();
  }
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
