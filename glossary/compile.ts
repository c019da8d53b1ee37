import { LANGS } from './langs';
import type { Entry } from './schema';

/**
 * What the content script carries: only what matching needs. Definitions, names, unit facts and
 * sources stay in the background bundle, which answers the card's request for them.
 *
 * On the wire it is plain text, cheaper to ship and to parse than JSON: one line per entry, fields
 * separated by tabs: the id, then the forms of nl, en, de and fr ("|" between forms, "=" before a
 * form that must match letter for letter), then the everyday-word rule of each language, empty or
 * "~"-separated: ambiguous forms, cues, contrary words, collocations, and flags: "p" where the page
 * may stand in for a cue, "c" where only the rule's own cues count. The schema keeps these separators
 * out of the data.
 *
 * The content script's copy has only the first list of each rule: it finds everyday words, and the
 * background, which has the whole rules, judges them.
 */
export interface CompiledGlossary {
  ids: string[];
  /** Per entry, per language (LANGS order): the forms, "|"-joined. */
  forms: string[][];
  /** Per entry, per language: an index into ruleTable, or -1 where no form is an everyday word. */
  rules: number[][];
  ruleTable: CompiledRule[];
}

export interface CompiledRule {
  /** The ambiguous forms this rule governs, "|"-joined like the forms. */
  forms: string;
  cues: string[];
  against: string[];
  collocations: string[];
  /** The page may stand in for a missing cue (schema: Ambiguity.page). */
  page: boolean;
  /** Only the rule's own cues count (schema: Ambiguity.cuesOnly). */
  cuesOnly: boolean;
}

/** Between the forms of an entry in one language (a group), here and in formsText. */
export const FORM_SEPARATOR = '|';
/** After each group in formsText. */
export const GROUP_END = '\t';

/**
 * Every form of the glossary in one text, as the prefilter files them (Prefilter.index): the groups
 * in the order entry × languages + language, each ended by GROUP_END, an empty one included.
 */
export function formsText(glossary: CompiledGlossary): string {
  return glossary.forms
    .map((perLang) => LANGS.map((_, lang) => perLang[lang] ?? '').join(GROUP_END))
    .join(GROUP_END);
}

export function serializeGlossary(entries: readonly Entry[], { rules = true } = {}): string {
  return entries
    .map((entry) => {
      const forms = LANGS.map((lang) =>
        entry.terms[lang].forms.map((form) => (typeof form === 'string' ? form : `=${form.text}`)).join('|'),
      );
      const ruleFields = LANGS.map((lang) => {
        const rule = entry.terms[lang].ambiguous;
        if (!rule) return '';
        const lists = rules ? [rule.forms, rule.cues, rule.against, rule.collocations] : [rule.forms];
        const fields = lists.map((list) => list.join('|'));
        if (rules) fields.push(`${rule.page ? 'p' : ''}${rule.cuesOnly ? 'c' : ''}`);
        return fields.join('~');
      });
      return [entry.id, ...forms, ...ruleFields].join('\t');
    })
    .join('\n');
}

const list = (field: string | undefined) => (field ? field.split('|') : []);

export function parseGlossary(text: string): CompiledGlossary {
  const glossary: CompiledGlossary = { ids: [], forms: [], rules: [], ruleTable: [] };
  if (text === '') return glossary;
  for (const line of text.split('\n')) {
    const [id = '', ...fields] = line.split('\t');
    glossary.ids.push(id);
    glossary.forms.push(fields.slice(0, LANGS.length));
    glossary.rules.push(
      fields.slice(LANGS.length, 2 * LANGS.length).map((rule) => {
        if (!rule) return -1;
        const [forms = '', cues, against, collocations, page] = rule.split('~');
        glossary.ruleTable.push({
          forms,
          cues: list(cues),
          against: list(against),
          collocations: list(collocations),
          page: page?.includes('p') ?? false,
          cuesOnly: page?.includes('c') ?? false,
        });
        return glossary.ruleTable.length - 1;
      }),
    );
  }
  return glossary;
}

export function compileGlossary(entries: readonly Entry[]): CompiledGlossary {
  return parseGlossary(serializeGlossary(entries));
}
