import { describe, expect, test } from 'vitest';
import { pages, withoutPrefilter, withPrefilter } from './matchers';
import { pageText } from './page-runs';

describe('the WebAssembly prefilter changes nothing on real pages', () => {
  test('it runs here', () => {
    expect(withPrefilter.prefiltered).toBe(true);
    expect(withoutPrefilter.prefiltered).toBe(false);
  });

  test.each(pages)('%s', async (page) => {
    const { runs } = await pageText(page);
    // Batched by language as the scanner batches them.
    const batches: Array<typeof runs> = [];
    for (const run of runs) {
      const last = batches.at(-1);
      if (last && last[0]?.lang === run.lang && last.length < 200) last.push(run);
      else batches.push([run]);
    }
    for (const batch of batches) {
      const texts = batch.map((r) => r.text);
      const fast = withPrefilter.candidatesEach(texts, batch[0]?.lang);
      expect(fast).toEqual(withoutPrefilter.candidatesEach(texts, batch[0]?.lang));
    }
  });
});
