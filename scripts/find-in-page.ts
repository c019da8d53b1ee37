import { compileGlossary } from '../glossary/compile';
import { loadGlossary } from '../glossary/load';
import { createMatcher } from '../glossary/matcher';
import { pageCuesOf } from '../tests/corpus/evaluate';
import { occurrences, pageText } from '../tests/corpus/page-runs';

export interface FoundRow {
  text: string;
  occurrence: number;
  concept: string;
  lang: string;
  status: string;
  context: string;
}

/**
 * Every term in a page with the occurrence number an annotation uses, including the everyday words
 * the rules turned down (status "rejected: …"), so an annotator sees both kinds of decision.
 */
export async function findInPage(page: string): Promise<FoundRow[]> {
  const entries = loadGlossary();
  const matcher = createMatcher(compileGlossary(entries));
  const text = await pageText(page);
  const { runs } = text;
  const pageCues = pageCuesOf(text, matcher);
  const rows: FoundRow[] = [];
  const seen = new Map<string, Array<{ run: number; start: number }>>();
  runs.forEach((run, r) => {
    for (const match of matcher.match(run.text, run.lang, { explain: true, pageCues })) {
      const text = run.text.slice(match.start, match.end);
      const all = seen.get(text) ?? occurrences(runs, text);
      seen.set(text, all);
      const occurrence = all.findIndex((o) => o.run === r && o.start === match.start) + 1;
      const context = run.text
        .slice(Math.max(0, match.start - 60), match.end + 60)
        .replace(/\s+/g, ' ')
        .trim();
      rows.push({
        text,
        occurrence,
        concept: entries[match.entry]?.id ?? '?',
        lang: run.lang ?? '-',
        status: match.rejected
          ? `rejected: ${match.rejected}`
          : match.rule >= 0
            ? 'kept (everyday word)'
            : 'hit',
        context,
      });
    }
  });
  return rows;
}
