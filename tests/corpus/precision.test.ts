import { beforeAll, describe, expect, test } from 'vitest';
import { compileGlossary } from '../../glossary/compile';
import { loadGlossary } from '../../glossary/load';
import { createMatcher } from '../../glossary/matcher';
import { readAnnotations } from './annotations';
import { evaluatePage, type PageEvaluation, score } from './evaluate';
import { pageText } from './page-runs';

/** Pages the corpus README lists as having no military terms: no everyday word may be underlined there. */
const NO_MILITARY = [
  'en-yahoo-3.html',
  'en-cnn-2.html',
  'en-nymag-1.html',
  'en-si-1.html',
  'en-lwn-1.html',
  'en-dallasnews-1.html',
  'de-tagblatt-1.html',
  'de-waldwissen-1.html',
  'de-chip-1.html',
  'de-heise-1.html',
  'de-zeit-1.html',
  'de-admagazin-1.html',
  'de-leichtathletik-1.html',
  'fr-liberation-3.html',
  'fr-lenouvelliste-1.html',
  'fr-lemonde-1.html',
  'fr-radiocanada-1.html',
  'fr-lefigaro-1.html',
  'fr-legrandcontinent-1.html',
];

const entries = loadGlossary();
const matcher = createMatcher(compileGlossary(entries));
const annotations = readAnnotations();
const annotatedPages = [...new Set(annotations.map((a) => a.page))].sort();
const results = new Map<string, PageEvaluation>();

describe('precision and recall on annotated real pages', () => {
  beforeAll(async () => {
    for (const page of annotatedPages) {
      const text = await pageText(page);
      results.set(
        page,
        evaluatePage(
          page,
          text,
          annotations.filter((a) => a.page === page),
          matcher,
          entries,
        ),
      );
    }
  }, 300_000);

  test.each(annotatedPages)('%s: every highlight is annotated and every annotation found', (page) => {
    const result = results.get(page);
    expect(result?.dangling).toEqual([]);
    expect(result?.unjudged).toEqual([]);
  });

  test('precision ≥ 0.97 and recall ≥ 0.90 over all annotations', () => {
    const all = [...results.values()].flatMap((r) => r.verdicts);
    const { precision, recall, tp, fp, fn } = score(all);
    const wrong = all
      .filter((v) => v.outcome !== 'tp' && v.outcome !== 'tn')
      .map(
        (v) =>
          `${v.outcome} ${v.annotation.page} "${v.annotation.text}"#${v.annotation.occurrence}: want ${v.annotation.expected}, got ${v.predicted}`,
      );
    console.log(
      `annotations ${all.length} on ${results.size} pages: tp ${tp}, fp ${fp}, fn ${fn}; precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`,
    );
    if (wrong.length > 0) console.log(wrong.join('\n'));
    expect(all.length).toBeGreaterThan(200);
    expect(precision).toBeGreaterThanOrEqual(0.97);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });
});

describe('pages without military terms', () => {
  test.each(NO_MILITARY)('%s: no everyday word is underlined', async (page) => {
    const result = results.get(page) ?? evaluatePage(page, await pageText(page), [], matcher, entries);
    expect(result.everyday).toEqual([]);
  });
});
