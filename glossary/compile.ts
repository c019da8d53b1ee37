import { type Category, LANGS, type Lang } from './langs';
import type { Entry } from './schema';

/**
 * What the content script carries: only what matching and the popup list need. Definitions, unit
 * facts and sources stay in the background bundle, which answers the card's request for them.
 *
 * Forms are joined with "|" per entry and language; a form that must match letter for letter starts
 * with "=". Rules are indexed per entry and language (-1: the forms are not everyday words).
 */
export interface CompiledGlossary {
  ids: string[];
  categories: Category[];
  names: string[][];
  forms: string[][];
  rules: number[][];
  ruleTable: CompiledRule[];
}

export interface CompiledRule {
  /** The ambiguous forms this rule governs, "|"-joined like the forms. */
  forms: string;
  cues: string[];
  against: string[];
  collocations: string[];
}

export function compileGlossary(entries: readonly Entry[]): CompiledGlossary {
  const ruleTable: CompiledRule[] = [];
  return {
    ids: entries.map((e) => e.id),
    categories: entries.map((e) => e.category),
    names: entries.map((e) => LANGS.map((lang) => e.terms[lang].name)),
    forms: entries.map((e) =>
      LANGS.map((lang) =>
        e.terms[lang].forms.map((form) => (typeof form === 'string' ? form : `=${form.text}`)).join('|'),
      ),
    ),
    rules: entries.map((e) =>
      LANGS.map((lang: Lang) => {
        const rule = e.terms[lang].ambiguous;
        if (!rule) return -1;
        ruleTable.push({
          forms: rule.forms.join('|'),
          cues: rule.cues,
          against: rule.against,
          collocations: rule.collocations,
        });
        return ruleTable.length - 1;
      }),
    ),
    ruleTable,
  };
}
