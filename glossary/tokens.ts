/**
 * Words are runs of Unicode letters, combining marks and digits. Everything else separates them, so
 * "NAVO-troepen" is "NAVO" + "troepen" and "l'OTAN" is "l" + "OTAN".
 */
export const WORD = /[\p{L}\p{M}\p{N}]+/gu;

export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** The key under which a form is filed: its words in lower case, single-spaced. */
export function formKey(form: string): string {
  return words(form.normalize('NFC')).join(' ').toLowerCase();
}

/**
 * How a word of a form constrains the case of the word in the text.
 * ANY: lower-case form word, any case in text. CAPITAL: the text word starts with a capital.
 * ACRONYM: all capitals or capitalised ("NATO", "Nato"). EXACT: letter for letter.
 */
export const CaseRule = { ANY: 0, CAPITAL: 1, ACRONYM: 2, EXACT: 3 } as const;
export type CaseRule = (typeof CaseRule)[keyof typeof CaseRule];

export function caseRuleOf(word: string, exact: boolean): CaseRule {
  if (exact) return CaseRule.EXACT;
  const lower = word.toLowerCase();
  if (word === lower) return CaseRule.ANY;
  if (word === word.toUpperCase()) {
    let cased = 0;
    for (let i = 0; i < word.length && cased < 2; i++) if (word[i] !== lower[i]) cased++;
    if (cased >= 2) return CaseRule.ACRONYM;
  }
  return word[0] !== lower[0] ? CaseRule.CAPITAL : CaseRule.ANY;
}
