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

describe('a scan pass works out blocks only where a term may start', () => {
  beforeAll(ensureStaticRange);

  test('a form of another language in a link, between spaces, needs no block', async () => {
    document.body.innerHTML = '<p>De <a href="#">Kompanie</a> rukte op.</p><p>Het <b>bataljon</b> ook.</p>';
    const { result, index } = await scanKeepingAll(document.body, matcher, 'nl');
    expect([...index.terms()].map((t) => glossary.ids[t.entry])).toEqual(['battalion']);
    expect(result.runs).toBe(1);
  });

  test('the same link glued to a word before it still has its block worked out', async () => {
    document.body.innerHTML = '<p>De x<a href="#">Kompanie</a> rukte op.</p><p>Het <b>bataljon</b> ook.</p>';
    const { result } = await scanKeepingAll(document.body, matcher, 'nl');
    expect(result.runs).toBe(2);
  });
});
