import { LANGS, type Lang } from './langs';

/** "nl-BE" → "nl"; a language the glossary does not have → undefined. */
export function toLang(tag: string | null | undefined): Lang | undefined {
  const base = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return LANGS.find((lang) => lang === base);
}

/** The card's language: the page's where the glossary has it, else the browser's, else English. */
export function cardLang(pageLang: string | null | undefined, uiLang: string | null | undefined): Lang {
  return toLang(pageLang) ?? toLang(uiLang) ?? 'en';
}

/** Frequent short words of each language that the other three do not share ("de" and "et" do). */
const FUNCTION_WORDS: Record<Lang, readonly string[]> = {
  nl: ['het', 'een', 'van', 'niet', 'zijn', 'voor', 'ook', 'bij', 'wordt', 'naar', 'dat', 'met'],
  en: ['the', 'and', 'of', 'to', 'is', 'that', 'with', 'for', 'was', 'are', 'from', 'this'],
  de: ['der', 'die', 'und', 'das', 'nicht', 'ist', 'mit', 'sich', 'auf', 'auch', 'wird', 'eine'],
  fr: ['le', 'la', 'les', 'des', 'est', 'une', 'dans', 'pour', 'qui', 'pas', 'sur', 'du'],
};

export interface GuessOptions {
  /** Fewest function words the winner needs. */
  minScore: number;
  /** How many times the runner-up's score the winner needs. */
  lead: number;
}

/** Enough to name the language of a page that declares none. */
export const LOOSE: GuessOptions = { minScore: 3, lead: 1.5 };
/** Enough to overrule a page that declares another language. */
export const STRICT: GuessOptions = { minScore: 12, lead: 3 };

/**
 * The language whose commonest words are commonest in the sample, if it leads clearly. Function
 * words tell these four languages apart in a few hundred words.
 */
export function guessLang(sample: string, options: GuessOptions = LOOSE): Lang | undefined {
  const counts = new Map<string, number>();
  for (const word of sample.toLowerCase().match(/\p{L}+/gu) ?? []) {
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  const scores = LANGS.map((lang) => ({
    lang,
    score: FUNCTION_WORDS[lang].reduce((n, w) => n + (counts.get(w) ?? 0), 0),
  })).sort((a, b) => b.score - a.score);
  const [best, second] = scores;
  if (!best || best.score < options.minScore) return undefined;
  return best.score >= options.lead * (second?.score ?? 0) ? best.lang : undefined;
}
