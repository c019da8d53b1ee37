import { type CompiledGlossary, formsText } from './compile';
import { createJudge, type Judge } from './judge';
import type { Match, MatchOptions } from './match';

export type { Match, MatchOptions } from './match';

import { charClasses, isJoiner, SOFT_HYPHEN, TABLE } from './chars';
import { indexForms } from './index-forms';
import { LANGS, type Lang } from './langs';
import { placesInJs } from './places-in-js';
import { createPrefilter, FIRST_SALT, inFilter } from './prefilter';
import { CaseRule, caseRuleOf } from './tokens';

export interface Matcher {
  /**
   * Finds glossary terms in one block of text. `lang` is the block's language; forms match only in
   * their own language, and where it is unknown only forms that are not everyday words match.
   * Everyday words come back unjudged (rule ≥ 0): see judge.ts.
   */
  candidates(text: string, lang: Lang | undefined): Match[];
  /**
   * Where in text joined from nodes (starting at `bounds`) a term may start, as candidatesAt takes
   * them, all offsets from `base`: from the WebAssembly prefilter, or its simpler twin in JavaScript
   * where WebAssembly cannot run or the text is too long for the module. See prefilter.ts.
   */
  places(text: string, bounds: ArrayLike<number>, base: number): { pairs: ArrayLike<number>; count: number };
  /**
   * Whether no term starts at `at` in one text node's text, as far as that node and its neighbours'
   * first and last characters tell, whatever the blocks around them: `before` is the code unit just
   * before the node's text in reading order (-1: none; undefined: not known), `next` the next text
   * node's text if read. False where a term may start, or the blocks may decide. Spares working out
   * the node's block for the many places where nothing starts.
   */
  nothingStartsAt(
    text: string,
    lang: Lang | undefined,
    at: number,
    before: number | undefined,
    next: string | undefined,
  ): boolean;
  /** The candidates of the words at some places of a block: (start, -1) a word, (start, end) a region. */
  candidatesAt(text: string, lang: Lang | undefined, places: ArrayLike<number>, count: number): Match[];
  /** Candidates judged with the glossary's own rules: what a page shows. */
  match(text: string, lang: Lang | undefined, options?: MatchOptions): Match[];
  /**
   * Whether the WebAssembly prefilter runs: false where WebAssembly is off or the prefilter was not
   * asked for. Without it the results are the same, found more slowly.
   */
  readonly prefiltered: boolean;
}

interface Candidate {
  words: string[];
  lower: string[];
  cases: CaseRule[];
  entry: number;
  lang: Lang;
  rule: number;
  /** The same words are an everyday word in some language: never matched where the language is unknown. */
  everydaySomewhere: boolean;
  /** Candidates of a bucket with the same first word, written the same way, share its test. */
  firstKey: number;
}

export interface MatcherOptions {
  /** Whether to use the WebAssembly prefilter where it runs (the default); the tests compare both. */
  prefilter?: boolean;
}

export function createMatcher(glossary: CompiledGlossary, options: MatcherOptions = {}): Matcher {
  let judge: Judge | undefined;
  const chars = charClasses();
  const { isWord, lower: lowerCode, wordTable, lowerTable } = chars;
  /** Built candidates by hash, then by language index (LANGS.length: language unknown). */
  const built = new Map<number, Array<Candidate[] | null | undefined>>();

  const allForms = formsText(glossary);

  // Forms by a hash of their first word in lower case, as the hot loop hashes text, with a bit per
  // hash slot in front (the filter): nearly every word of a page stops there. Start-up only files the
  // forms, in the prefilter module where it runs (in JavaScript, going through four thousand forms
  // would run in the interpreter): the candidate is built on the first hit, which on most pages never
  // comes for most forms.
  const prefilter = options.prefilter === false ? undefined : createPrefilter(chars);
  const { forms: filed, filter } = prefilter?.index(allForms) ?? indexForms(allForms, chars);
  const formCount = filed.length / 4;
  const hashOf = (i: number) => filed[4 * i] as number;
  const groupOf = (i: number) => (filed[4 * i + 1] as number) >> 1;
  /** Chains of forms with the same hash slot, in the glossary's order. */
  const SLOTS = 1 << 13;
  const head = new Int32Array(SLOTS).fill(-1);
  const tail = new Int32Array(SLOTS);
  const next = new Int32Array(formCount).fill(-1);
  for (let i = 0; i < formCount; i++) {
    const slot = hashOf(i) & (SLOTS - 1);
    if (head[slot] === -1) head[slot] = i;
    else next[tail[slot] as number] = i;
    tail[slot] = i;
  }

  function build(i: number): Candidate {
    const form = allForms.slice(filed[4 * i + 2], filed[4 * i + 3]);
    const entry = Math.floor(groupOf(i) / LANGS.length);
    const lang = groupOf(i) % LANGS.length;
    const exact = form.startsWith('=');
    const text = exact ? form.slice(1) : form;
    const ws = chars.splitWords(text);
    const ruleIndex = glossary.rules[entry]?.[lang] ?? -1;
    const rule = ruleIndex >= 0 ? glossary.ruleTable[ruleIndex] : undefined;
    return {
      words: ws,
      lower: ws.map(chars.lowerString),
      cases: ws.map((w) => caseRuleOf(w, exact)),
      entry,
      lang: LANGS[lang] as Lang,
      rule: rule?.forms.split('|').includes(text) ? ruleIndex : -1,
      everydaySomewhere: false,
      firstKey: 0,
    };
  }

  /**
   * The candidates a word of this hash may start in text of this language, longest first, built on
   * the first such word: only the language's own forms, unless it is unknown, when all are tried.
   */
  function candidatesFor(h: number, lang: Lang | undefined): Candidate[] | null {
    let byLang = built.get(h);
    const slot = lang === undefined ? LANGS.length : LANGS.indexOf(lang);
    const known = byLang?.[slot];
    if (known !== undefined) return known;
    const forms: number[] = [];
    for (let i = head[h & (SLOTS - 1)] as number; i >= 0; i = next[i] as number) {
      if (hashOf(i) === h && (lang === undefined || groupOf(i) % LANGS.length === slot)) forms.push(i);
    }
    if (!byLang) {
      byLang = [];
      built.set(h, byLang);
    }
    if (forms.length === 0) {
      byLang[slot] = null;
      return null;
    }
    // Longest form first, so "NATO Response Force" is tried before "NATO".
    const list = forms.map(build).sort((a, b) => b.words.length - a.words.length);
    if (list.length > firstSeen.length) firstSeen = new Uint8Array(list.length * 2);
    const everyday = new Set(list.filter((c) => c.rule >= 0).map((c) => c.lower.join(' ')));
    const keys = new Map<string, number>();
    for (const c of list) {
      c.everydaySomewhere = everyday.has(c.lower.join(' '));
      const key = `${c.words[0]} ${c.cases[0]}`;
      c.firstKey = keys.get(key) ?? keys.size;
      keys.set(key, c.firstKey);
    }
    byLang[slot] = list;
    return list;
  }

  /** Set when a search read on to the end of its text: more text might have changed its result. */
  let reachedEnd = false;

  function nothingStartsAt(
    text: string,
    lang: Lang | undefined,
    at: number,
    before: number | undefined,
    next: string | undefined,
  ): boolean {
    // A word at the node's start may go on from the node before, if their blocks join.
    if (at === 0 && (before === undefined || (before >= 0 && isWord(before)))) return false;
    // Read on into the next node where that cannot move the end of this node's last word. If the
    // blocks join, that is the run's own text; if not, a term found across is a false alarm only,
    // sent to the run like any other.
    const joined = next && !isWord(next.charCodeAt(0)) ? text + next : text;
    reachedEnd = false;
    return candidatesIn(joined, lang, [at, -1], 1).length === 0 && !reachedEnd;
  }

  /** Whether text[start, end) is the candidate's k-th word, in letters and in case. */
  function sameWord(text: string, start: number, end: number, c: Candidate, k: number): boolean {
    // Soft hyphens (U+00AD) hide inside long words on German sites; the reader never sees them.
    // Looked for in the word only: indexOf would run on to the end of a long text at every hit.
    for (let i = start; i < end; i++) {
      if (text.charCodeAt(i) === SOFT_HYPHEN) {
        const clean = text.slice(start, end).replaceAll('\u00ad', '');
        return sameWord(clean, 0, clean.length, c, k);
      }
    }
    const want = c.lower[k] as string;
    if (end - start !== want.length) return false;
    for (let i = 0; i < want.length; i++) {
      if (lowerCode(text.charCodeAt(start + i)) !== want.charCodeAt(i)) return false;
    }
    const rule = c.cases[k] as CaseRule;
    if (rule === CaseRule.ANY) return true;
    const form = c.words[k] as string;
    const first = text.charCodeAt(start);
    if (rule === CaseRule.CAPITAL) return lowerCode(first) !== first;
    let exact = true;
    for (let i = 0; i < form.length && exact; i++) exact = text.charCodeAt(start + i) === form.charCodeAt(i);
    if (exact || rule === CaseRule.EXACT) return exact;
    // ACRONYM: "NATO" may also be written "Nato".
    if (first !== form.charCodeAt(0)) return false;
    for (let i = 1; i < form.length; i++) {
      const code = text.charCodeAt(start + i);
      if (lowerCode(code) !== code) return false;
    }
    return true;
  }

  /**
   * The words after the current first word, found once per place in the text and shared by every
   * candidate tried there: word k starts at nextStart[k] and ends at nextEnd[k] (-1: no word joins).
   */
  const nextStart: number[] = [];
  const nextEnd: number[] = [];
  const nextDot: boolean[] = [];
  let known = 0;

  function wordAfter(text: string, k: number): boolean {
    while (known < k) {
      const end = known === 0 ? (nextEnd[0] as number) : (nextEnd[known] as number);
      if (end < 0) return false;
      let start = end;
      let dot = false;
      while (start < text.length && isJoiner(text.charCodeAt(start))) {
        if (text.charCodeAt(start) === 0x2e) dot = true;
        start++;
      }
      let stop = start;
      while (stop < text.length && isWord(text.charCodeAt(stop))) stop++;
      if (stop === text.length) reachedEnd = true;
      known++;
      nextStart[known] = start;
      nextEnd[known] = start === end || stop === start ? -1 : stop;
      nextDot[known] = dot;
    }
    return (nextEnd[k] as number) >= 0;
  }

  function extend(c: Candidate, text: string): number {
    for (let k = 1; k < c.words.length; k++) {
      if (!wordAfter(text, k)) return -1;
      // A dot joins only after an abbreviation or a number ("U.S. Army", "Lt. Col.", "11. Brigade"),
      // never across the end of a sentence ("… promoted to sergeant. Major changes …").
      const before = c.words[k - 1] as string;
      if (nextDot[k] && before.length > 3 && !/^\d+$/.test(before)) return -1;
      if (!sameWord(text, nextStart[k] as number, nextEnd[k] as number, c, k)) return -1;
    }
    return nextEnd[c.words.length - 1] as number;
  }

  function accepts(c: Candidate, lang: Lang | undefined): boolean {
    return lang === undefined ? !c.everydaySomewhere : c.lang === lang;
  }

  let firstSeen = new Uint8Array(64);

  function candidates(text: string, lang: Lang | undefined): Match[] {
    return candidatesIn(text, lang, [0, text.length], 1);
  }

  /**
   * The candidates of the words that start in the given places of the text, in order: pairs (start,
   * end) of a region, or (start, -1) of a single word. A term may run on past its place. A place
   * inside a word is passed over: terms start where words do.
   */
  function candidatesIn(
    text: string,
    lang: Lang | undefined,
    places: ArrayLike<number>,
    count: number,
  ): Match[] {
    const found: Match[] = [];
    let i = 0;
    for (let r = 0; r < count; r++) {
      const from = places[2 * r] as number;
      const end = places[2 * r + 1] as number;
      if (i < from) {
        i = from;
        if (i > 0 && isWord(text.charCodeAt(i - 1))) {
          while (i < text.length && isWord(text.charCodeAt(i))) i++;
        }
      }
      i = wordsIn(text, lang, i, end < 0 ? from + 1 : end, found);
    }
    return found;
  }

  /** Reads the words that start in [i, to), adding their candidates to `found`; returns where it stopped. */
  function wordsIn(text: string, lang: Lang | undefined, from: number, to: number, found: Match[]): number {
    const n = text.length;
    let i = from;
    while (i < to) {
      const first = text.charCodeAt(i);
      if (first < TABLE ? wordTable[first] === 0 : !isWord(first)) {
        i++;
        continue;
      }
      const start = i;
      let h = 0;
      // The innermost loop of the whole extension: table reads only, no calls, no strings.
      while (i < n) {
        const code = text.charCodeAt(i);
        if (code < TABLE) {
          if (wordTable[code] === 0) break;
          if (code !== SOFT_HYPHEN) h = (Math.imul(h, 31) + (lowerTable[code] as number)) | 0;
        } else {
          if (!isWord(code)) break;
          h = (Math.imul(h, 31) + lowerCode(code)) | 0;
        }
        i++;
      }
      if (i === n) reachedEnd = true;
      if (!inFilter(filter, h) && !inFilter(filter, h ^ FIRST_SALT)) continue;
      const candidates = candidatesFor(h, lang);
      if (!candidates) continue;
      let best: Match | undefined;
      nextStart[0] = start;
      nextEnd[0] = i;
      known = 0;
      firstSeen.fill(0, 0, candidates.length);
      for (const c of candidates) {
        if (!accepts(c, lang)) continue;
        // 1: first word passes, 2: fails; the same spelling in a bucket is tested once.
        let first = firstSeen[c.firstKey];
        if (first === 0) {
          first = sameWord(text, start, i, c, 0) ? 1 : 2;
          firstSeen[c.firstKey] = first;
        }
        if (first === 2) continue;
        const end = extend(c, text);
        if (end < 0) continue;
        const hit: Match = { start, end, entry: c.entry, lang: c.lang, rule: c.rule };
        if (!best) best = hit;
        else if (best.entry !== hit.entry) best.alternatives = [...(best.alternatives ?? []), hit];
        // A sure term ends the search; an everyday word keeps the others in line behind it.
        if (c.rule < 0) break;
      }
      if (best) {
        found.push(best);
        i = best.end;
      }
    }
    return i;
  }

  function match(text: string, lang: Lang | undefined, options?: MatchOptions): Match[] {
    judge ??= createJudge(glossary.ruleTable);
    return judge(text, candidates(text, lang), options);
  }

  return {
    candidates,
    places: (text, bounds, base) =>
      prefilter?.words(text, bounds, base) ?? placesInJs(text, bounds, base, chars, filter),
    candidatesAt: candidatesIn,
    nothingStartsAt,
    match,
    prefiltered: prefilter !== undefined,
  };
}
