import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { collectRuns, nodeStarts } from '../../entrypoints/content/runs';
import type { Lang } from '../../glossary/langs';
import type { Matcher } from '../../glossary/matcher';
import { ensureStaticRange, scanKeepingAll } from '../fixtures/scan-all';
import { pages, withoutPrefilter, withPrefilter } from './matchers';
import { withPage } from './page-runs';

/** A term as its text node (by its place among the document's text nodes), offset, entry and text. */
type Found = string;

/** What reading every run in full finds: the definition the scanner's shortcut must meet. */
function everyRun(doc: Document, lang: Lang | undefined, nodeIds: Map<Text, number>): Found[] {
  const out: Found[] = [];
  for (const run of collectRuns(doc.body, lang)) {
    const starts = nodeStarts(run);
    for (const m of withoutPrefilter.candidates(run.text, run.lang)) {
      const k = starts.findLastIndex((s) => s <= m.start);
      const node = nodeIds.get(run.nodes[k] as Text);
      out.push(`${node}:${m.start - (starts[k] as number)} ${m.entry} ${run.text.slice(m.start, m.end)}`);
    }
  }
  return out;
}

/** What a scan pass finds, in document order. */
async function scanned(
  doc: Document,
  lang: Lang | undefined,
  matcher: Matcher,
  nodeIds: Map<Text, number>,
): Promise<Found[]> {
  const { result, index } = await scanKeepingAll(doc.body, matcher, lang);
  expect(result.prefiltered).toBe(matcher === withPrefilter);
  return [...index.terms()]
    .map((t) => {
      const first = t.spans[0] as { node: Text; start: number };
      const id = nodeIds.get(first.node) ?? -1;
      const text = t.spans.map((s) => s.node.data.slice(s.start, s.end)).join('');
      return { key: `${id}:${first.start} ${t.entry} ${text}`, id, start: first.start };
    })
    .sort((a, b) => a.id - b.id || a.start - b.start)
    .map((t) => t.key);
}

describe('a scan pass finds what reading every run in full finds', () => {
  const realStaticRange = globalThis.StaticRange;
  beforeAll(ensureStaticRange);
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
