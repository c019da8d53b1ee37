import type { Matcher } from '../../glossary/matcher';
import type { Entry } from '../../glossary/schema';
import type { Annotation } from './annotations';
import { occurrences, type PageText } from './page-runs';

export interface Verdict {
  annotation: Annotation;
  predicted: string;
  outcome: 'tp' | 'fp' | 'fn' | 'tn' | 'fp+fn';
}

export interface PageEvaluation {
  page: string;
  verdicts: Verdict[];
  /** Highlights on the page that no annotation judges: the fixture must name every one. */
  unjudged: Array<{ text: string; concept: string; context: string }>;
  /** Annotations whose occurrence is not in the page's text. */
  dangling: Annotation[];
  /** Highlights that came from everyday words (ambiguous forms). */
  everyday: Array<{ text: string; concept: string }>;
}

/** Unambiguous terms on the whole page: what the content script counts before judging. */
export function pageCuesOf(text: PageText, matcher: Matcher): number {
  return text.runs.reduce(
    (n, run) => n + matcher.candidates(run.text, run.lang).filter((m) => m.rule < 0).length,
    0,
  );
}

/** Compares what the matcher underlines in a page with the page's annotations. */
export function evaluatePage(
  page: string,
  text: PageText,
  annotations: Annotation[],
  matcher: Matcher,
  entries: readonly Entry[],
): PageEvaluation {
  const pageCues = pageCuesOf(text, matcher);
  const predicted = text.runs.flatMap((run, r) =>
    matcher
      .match(run.text, run.lang, { pageCues })
      .map((m) => ({ ...m, run: r, id: entries[m.entry]?.id ?? '?' })),
  );
  const judged = new Set<(typeof predicted)[number]>();
  const verdicts: Verdict[] = [];
  const dangling: Annotation[] = [];
  for (const annotation of annotations) {
    const place = occurrences(text.runs, annotation.text)[annotation.occurrence - 1];
    if (!place) {
      dangling.push(annotation);
      continue;
    }
    const hit = predicted.find((p) => p.run === place.run && p.start <= place.start && place.start < p.end);
    if (hit) judged.add(hit);
    const got = hit?.id ?? 'none';
    const want = annotation.expected;
    const outcome: Verdict['outcome'] =
      want === 'none'
        ? got === 'none'
          ? 'tn'
          : 'fp'
        : got === want
          ? 'tp'
          : got === 'none'
            ? 'fn'
            : 'fp+fn';
    verdicts.push({ annotation, predicted: got, outcome });
  }
  const unjudged = predicted
    .filter((p) => !judged.has(p))
    .map((p) => {
      const run = text.runs[p.run]?.text ?? '';
      return {
        text: run.slice(p.start, p.end),
        concept: p.id,
        context: run.slice(Math.max(0, p.start - 50), p.end + 50).replace(/\s+/g, ' '),
      };
    });
  const everyday = predicted
    .filter((p) => p.rule >= 0)
    .map((p) => ({ text: text.runs[p.run]?.text.slice(p.start, p.end) ?? '', concept: p.id }));
  return { page, verdicts, unjudged, dangling, everyday };
}

export function score(verdicts: Verdict[]): {
  precision: number;
  recall: number;
  tp: number;
  fp: number;
  fn: number;
} {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const { outcome } of verdicts) {
    if (outcome === 'tp') tp++;
    if (outcome === 'fp' || outcome === 'fp+fn') fp++;
    if (outcome === 'fn' || outcome === 'fp+fn') fn++;
  }
  return { precision: tp / (tp + fp || 1), recall: tp / (tp + fn || 1), tp, fp, fn };
}
