import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { compileGlossary, parseGlossary, serializeGlossary } from '../../glossary/compile';
import { createJudge } from '../../glossary/judge';
import { loadGlossary } from '../../glossary/load';
import { createMatcher } from '../../glossary/matcher';
import { formText } from '../../glossary/schema';
import { formKey } from '../../glossary/tokens';
import { SEED_TERMS } from '../fixtures/seed-terms';

/**
 * The article that started the project: every defence term in it must get a card. Runs on the real
 * glossary, so it passes only once the data writers have covered these terms.
 */
const REPO = join(import.meta.dirname, '../..');
const SHARED = process.env.CONTEXT_CARDS_SHARED ?? join(REPO, '../shared');
const SEED = join(SHARED, 'seed/000_292c400d86651963.txt');

/** Dutch forms in the article, each of which must be underlined as its concept. */
const FORMS = SEED_TERMS;

describe('the seed article', () => {
  const entries = loadGlossary();
  const glossary = compileGlossary(entries);
  const matcher = createMatcher(glossary);
  const paragraphs = readFileSync(SEED, 'utf8')
    .split(/\n\s*\n/)
    .filter((p) => p.trim() !== '');
  const found = paragraphs.flatMap((text) =>
    matcher
      .match(text, 'nl')
      .map((m) => ({ id: glossary.ids[m.entry], key: formKey(text.slice(m.start, m.end)) })),
  );

  test('is judged the same by the content script and the background as by one matcher', () => {
    const light = createMatcher(parseGlossary(serializeGlossary(entries, { rules: false })));
    const judge = createJudge(parseGlossary(serializeGlossary(entries)).ruleTable);
    for (const text of paragraphs) {
      expect(judge(text, light.candidates(text, 'nl'))).toEqual(matcher.match(text, 'nl'));
    }
  });

  test('is there and has paragraphs', () => {
    expect(paragraphs.length).toBeGreaterThan(5);
  });

  test.each(FORMS)('"%s" is found as its concept', (form) => {
    // The concept is whichever entry has this Dutch form: data writers choose the ids.
    const owner = entries.find((e) => e.terms.nl.forms.some((f) => formKey(formText(f)) === formKey(form)));
    expect(owner?.id, `no entry has the Dutch form "${form}"`).toBeDefined();
    expect(found).toContainEqual({ id: owner?.id, key: formKey(form) });
  });
});
