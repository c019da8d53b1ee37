import { expect, test } from 'vitest';
import { compileGlossary } from '../../glossary/compile';
import { loadGlossary } from '../../glossary/load';
import { createMatcher } from '../../glossary/matcher';

test('the real glossary loads and matches', () => {
  const m = createMatcher(compileGlossary(loadGlossary()));
  expect(m.match('Een bataljon militairen', 'nl').length).toBe(1);
});
