import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { compileGlossary } from '../../glossary/compile';
import type { Lang } from '../../glossary/langs';
import { loadGlossary } from '../../glossary/load';
import { createMatcher } from '../../glossary/matcher';
import { ensureStaticRange, scanKeepingAll } from '../fixtures/scan-all';

const glossary = compileGlossary(loadGlossary());
const matcher = createMatcher(glossary);

/** The terms a scan pass finds in `html`, as their text and entry id, every everyday word kept. */
async function scanned(html: string, lang: Lang): Promise<string[]> {
  document.body.innerHTML = html;
  const { index } = await scanKeepingAll(document.body, matcher, lang);
  return [...index.terms()].map(
    (t) => `${t.spans.map((s) => s.node.data.slice(s.start, s.end)).join('')} ${glossary.ids[t.entry]}`,
  );
}

describe('a scan pass, where a word or phrase runs on from one text node into the next', () => {
  beforeAll(ensureStaticRange);
  afterEach(() => {
    document.body.innerHTML = '';
  });

  test('a word split by inline markup is found whole', async () => {
    expect(await scanned('<p>Die Bundes<b>wehr</b> hilft.</p>', 'de')).toEqual(['Bundeswehr bundeswehr']);
  });

  test('a phrase over three nodes is found whole, not as its first word', async () => {
    expect(await scanned('<p>Nu de NATO <em>Response</em> Force.</p>', 'nl')).toEqual([
      'NATO Response Force nato-response-force',
    ]);
  });

  test('a word split at a block boundary is two words', async () => {
    expect(await scanned('<ul><li>Bundes</li><li>wehr</li></ul>', 'de')).toEqual([]);
  });
});
