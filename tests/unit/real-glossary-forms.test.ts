import { describe, expect, test } from 'vitest';
import { compileGlossary } from '../../glossary/compile';
import { LANGS } from '../../glossary/langs';
import { loadGlossary } from '../../glossary/load';
import { createMatcher } from '../../glossary/matcher';
import { formText } from '../../glossary/schema';
import { formKey } from '../../glossary/tokens';

/**
 * A form that the matcher cannot find even in text written exactly like it is dead data: its words
 * are joined by something other than spaces, hyphens or apostrophes, or another form takes its place.
 * Checked on whatever data files are present.
 */
describe('every form of the real glossary', () => {
  const entries = loadGlossary();
  const glossary = compileGlossary(entries);
  const matcher = createMatcher(glossary);

  test.each(LANGS)('matches its own spelling in %s', (lang) => {
    const dead: string[] = [];
    for (const entry of entries) {
      const term = entry.terms[lang];
      for (const form of term.forms.map(formText)) {
        // An everyday word needs a cue beside it; a comma keeps the cue out of the form.
        const cue = term.ambiguous?.forms.includes(form)
          ? `, ${term.ambiguous.cues[0]?.replace(/\*$/, '')}`
          : '';
        const text = form + cue;
        const first = matcher.match(text, lang)[0];
        // The match covers the form's words ("2 %" ends at "2": the sign is no word).
        const covered = first?.start === 0 && formKey(text.slice(first.start, first.end)) === formKey(form);
        if (!covered || glossary.ids[first.entry] !== entry.id) {
          const hit = first && `"${text.slice(first.start, first.end)}" (${glossary.ids[first.entry]})`;
          dead.push(`${entry.id}: "${form}" → ${hit ?? 'nothing'}`);
        }
      }
    }
    expect(dead).toEqual([]);
  });
});
