/**
 * Words are runs of Unicode letters, combining marks and digits. Everything else separates them, so
 * "NAVO-troepen" is "NAVO" + "troepen" and "l'OTAN" is "l" + "OTAN".
 */
export const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * Between two words of one form, running text may have only spaces, hyphens, apostrophes (French
 * elision: "de l'OTAN"), dots after an abbreviation or a number ("U.S. Army", "11. Luftbewegliche
 * Brigade") and a percent sign ("2%-norm"). A form's own separators are not compared.
 */
export const JOINER = /^[\s\u00ad\u2010\u2011\u2012\u2013'\u2019%.-]+$/u;

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

export function caseAllows(rule: CaseRule, formWord: string, textWord: string): boolean {
  switch (rule) {
    case CaseRule.ANY:
      return true;
    case CaseRule.EXACT:
      return formWord === textWord;
    case CaseRule.CAPITAL: {
      const first = textWord[0] ?? '';
      return first !== first.toLowerCase();
    }
    case CaseRule.ACRONYM:
      return textWord === formWord || textWord === formWord[0] + formWord.slice(1).toLowerCase();
  }
}
