import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { collectRuns, nodeStarts } from '../../entrypoints/content/runs';
import { scan } from '../../entrypoints/content/scanner';
import { TermIndex } from '../../entrypoints/content/term-index';
import { compileGlossary } from '../../glossary/compile';
import { loadGlossary } from '../../glossary/load';
import { createMatcher, type Matcher } from '../../glossary/matcher';
import { CORPUS, withPage } from './page-runs';

const glossary = compileGlossary(loadGlossary());
const withPrefilter = createMatcher(glossary);
const withoutPrefilter = createMatcher(glossary, { prefilter: false });
const pages = readdirSync(CORPUS)
  .filter((f) => f.endsWith('.html'))
  .sort();

/** A term as text node (by its place in the document's text nodes) and offsets, with its entry. */
type Place = string;

/** What reading every run in full finds: the definition the scanner's shortcut must meet. */
function everyRun(
  doc: Document,
  lang: Parameters<typeof collectRuns>[1],
  nodeIds: Map<Text, number>,
): Place[] {
  const out: Place[] = [];
  for (const run of collectRuns(doc.body, lang)) {
    const starts = nodeStarts(run);
    for (const m of withoutPrefilter.candidates(run.text, run.lang)) {
      const k = starts.findLastIndex((s) => s <= m.start);
      out.push(
        `${nodeIds.get(run.nodes[k] as Text)}:${m.start - (starts[k] as number)} ${m.entry} ${run.text.slice(m.start, m.end)}`,
      );
    }
  }
  return out;
}

/** What a scan pass finds, with every everyday word kept (the judge is not under test here). */
async function scanned(
  doc: Document,
  lang: Parameters<typeof collectRuns>[1],
  matcher: Matcher,
  nodeIds: Map<Text, number>,
): Promise<Place[]> {
  const index = new TermIndex();
  const result = await scan([doc.body], {
    matcher,
    judge: async (blocks) => blocks.map((b) => b.found),
    index,
    lang,
    signal: new AbortController().signal,
    onFound: () => {},
  });
  expect(result.prefiltered).toBe(matcher === withPrefilter);
  return [...index.terms()]
    .map((t) => {
      const first = t.spans[0] as { node: Text; start: number };
      const text = t.spans.map((s) => s.node.data.slice(s.start, s.end)).join('');
      return {
        key: `${nodeIds.get(first.node)}:${first.start} ${t.entry} ${text}`,
        id: nodeIds.get(first.node) ?? -1,
        start: first.start,
      };
    })
    .sort((a, b) => a.id - b.id || a.start - b.start)
    .map((t) => t.key);
}

describe('a scan pass finds what reading every run in full finds', () => {
  const realStaticRange = globalThis.StaticRange;
  beforeAll(() => {
    // happy-dom has no StaticRange; the index only keeps it.
    globalThis.StaticRange ??= class {
      constructor(readonly init: object) {}
    } as unknown as typeof StaticRange;
  });
  afterAll(() => {
    globalThis.StaticRange = realStaticRange;
  });

  test.each(pages)('%s', async (page) => {
    await withPage(page, async (doc, lang) => {
      // Without layout, happy-dom's checkVisibility() calls some shown text hidden (a <title> in the
      // body); hiding is not what is compared here.
      for (let proto = Object.getPrototypeOf(doc.body); proto; proto = Object.getPrototypeOf(proto)) {
        if (Object.hasOwn(proto, 'checkVisibility')) proto.checkVisibility = () => true;
      }
      const nodeIds = new Map<Text, number>();
      const walker = doc.createTreeWalker(doc.body, 4);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) nodeIds.set(n as Text, nodeIds.size);
      const expected = everyRun(doc, lang, nodeIds);
      expect(await scanned(doc, lang, withPrefilter, nodeIds)).toEqual(expected);
      expect(await scanned(doc, lang, withoutPrefilter, nodeIds)).toEqual(expected);
    });
  });
});
