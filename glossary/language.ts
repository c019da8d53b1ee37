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

const FUNCTION_WORDS: Record<Lang, readonly string[]> = {
  nl: ['de', 'het', 'een', 'en', 'van', 'niet', 'zijn', 'voor', 'ook', 'bij', 'wordt', 'naar'],
  en: ['the', 'and', 'of', 'to', 'is', 'that', 'with', 'for', 'was', 'are', 'from', 'this'],
  de: ['der', 'die', 'und', 'das', 'nicht', 'ist', 'mit', 'sich', 'auf', 'auch', 'wird', 'eine'],
  fr: ['le', 'la', 'les', 'et', 'des', 'est', 'une', 'dans', 'pour', 'qui', 'pas', 'sur'],
};

/**
 * For pages that do not declare a language: the language whose commonest words are commonest in the
 * sample, if it leads clearly. Function words tell these four languages apart in a few hundred words.
 */
export function guessLang(sample: string): Lang | undefined {
  const counts = new Map<string, number>();
  for (const word of sample.toLowerCase().match(/\p{L}+/gu) ?? []) {
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  const scores = LANGS.map((lang) => ({
    lang,
    score: FUNCTION_WORDS[lang].reduce((n, w) => n + (counts.get(w) ?? 0), 0),
  })).sort((a, b) => b.score - a.score);
  const [best, second] = scores;
  if (!best || best.score < 5) return undefined;
  return best.score >= 1.5 * (second?.score ?? 0) ? best.lang : undefined;
}
