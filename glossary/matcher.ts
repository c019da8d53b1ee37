import type { CompiledGlossary, CompiledRule } from './compile';
import { LANGS, type Lang } from './langs';
import { type CaseRule, caseAllows, caseRuleOf, JOINER, words } from './tokens';

/** A term found in a text: [start, end) in UTF-16 code units, the entry's index and the form's language. */
export interface Match {
  start: number;
  end: number;
  entry: number;
  lang: Lang;
  /** Found through a form that is also an everyday word, and kept because its block reads as military. */
  ambiguous: boolean;
  /** With `explain`: why an everyday word was not kept. */
  rejected?: 'collocation' | 'no cue' | 'contrary words';
}

export interface MatchOptions {
  /** Also return the everyday words that were turned down, marked `rejected` (for annotating pages). */
  explain?: boolean;
}

export interface Matcher {
  /**
   * Finds glossary terms in one block of text. `lang` is the block's language; forms match only in
   * their own language, and where it is unknown only forms that are not everyday words match.
   */
  match(text: string, lang: Lang | undefined, options?: MatchOptions): Match[];
  readonly entryCount: number;
}

interface Candidate {
  words: string[];
  lower: string[];
  cases: CaseRule[];
  entry: number;
  lang: Lang;
  rule: Rule | undefined;
}

interface WordSet {
  exact: Set<string>;
  prefixes: string[];
  phrases: string[][];
}

interface Rule {
  cues: WordSet;
  against: WordSet;
  collocations: Array<{ before: string[]; after: string[] }>;
}

const lower = (s: string) => s.toLowerCase();

function wordSet(items: readonly string[]): WordSet {
  const set: WordSet = { exact: new Set(), prefixes: [], phrases: [] };
  for (const item of items) {
    const ws = words(item).map(lower);
    if (ws.length > 1) set.phrases.push(ws);
    else if (item.endsWith('*')) set.prefixes.push(ws[0] ?? '');
    else if (ws[0]) set.exact.add(ws[0]);
  }
  return set;
}

function compileRule(rule: CompiledRule): Rule {
  return {
    cues: wordSet(rule.cues),
    against: wordSet(rule.against),
    collocations: rule.collocations.map((c) => {
      const parts = c.split(/\s+/);
      const at = parts.indexOf('_');
      return {
        before: words(parts.slice(0, at).join(' ')).map(lower),
        after: words(parts.slice(at + 1).join(' ')).map(lower),
      };
    }),
  };
}

/** Counts the distinct members of a word set among the block's words, the term's own words excepted. */
function countIn(set: WordSet, blockWords: readonly string[], own: (i: number) => boolean): number {
  const seen = new Set<string>();
  for (let i = 0; i < blockWords.length; i++) {
    if (own(i)) continue;
    const w = blockWords[i] as string;
    if (set.exact.has(w)) seen.add(w);
    for (const p of set.prefixes) if (w.startsWith(p)) seen.add(`${p}*`);
    for (const phrase of set.phrases) {
      if (phrase[0] === w && phrase.every((pw, k) => blockWords[i + k] === pw)) seen.add(phrase.join(' '));
    }
  }
  return seen.size;
}

export function createMatcher(glossary: CompiledGlossary): Matcher {
  const rules = glossary.ruleTable.map(compileRule);
  const byFirstWord = new Map<string, Candidate[]>();

  glossary.forms.forEach((perLang, entry) => {
    perLang.forEach((joined, l) => {
      const lang = LANGS[l] as Lang;
      const ruleIndex = glossary.rules[entry]?.[l] ?? -1;
      const ambiguous = new Set(ruleIndex >= 0 ? glossary.ruleTable[ruleIndex]?.forms.split('|') : []);
      for (const raw of joined.split('|')) {
        const exact = raw.startsWith('=');
        const text = exact ? raw.slice(1) : raw;
        const ws = words(text);
        const first = ws[0];
        if (!first) continue;
        const candidate: Candidate = {
          words: ws,
          lower: ws.map(lower),
          cases: ws.map((w) => caseRuleOf(w, exact)),
          entry,
          lang,
          rule: ambiguous.has(text) ? rules[ruleIndex] : undefined,
        };
        const key = lower(first);
        const list = byFirstWord.get(key);
        if (list) list.push(candidate);
        else byFirstWord.set(key, [candidate]);
      }
    });
  });
  // Longest form first, so "NATO Response Force" is tried before "NATO".
  for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);

  const word = /[\p{L}\p{M}\p{N}]+/gu;
  const next = /[\p{L}\p{M}\p{N}]+/gu;

  /** End of the candidate's words in text from the first word at [start, firstEnd), or -1. */
  function extend(c: Candidate, text: string, firstEnd: number, firstWord: string): number {
    if (!caseAllows(c.cases[0] as CaseRule, c.words[0] as string, firstWord)) return -1;
    let end = firstEnd;
    for (let k = 1; k < c.words.length; k++) {
      next.lastIndex = end;
      const m = next.exec(text);
      if (!m || !JOINER.test(text.slice(end, m.index))) return -1;
      if (lower(m[0]) !== c.lower[k]) return -1;
      if (!caseAllows(c.cases[k] as CaseRule, c.words[k] as string, m[0])) return -1;
      end = m.index + m[0].length;
    }
    return end;
  }

  function accepts(c: Candidate, lang: Lang | undefined): boolean {
    return lang === undefined ? c.rule === undefined : c.lang === lang;
  }

  function match(text: string, lang: Lang | undefined, options?: MatchOptions): Match[] {
    const found: Match[] = [];
    let pending: Array<{ match: Match; rule: Rule }> | undefined;
    word.lastIndex = 0;
    for (let m = word.exec(text); m; m = word.exec(text)) {
      const candidates = byFirstWord.get(lower(m[0]));
      if (!candidates) continue;
      const firstEnd = m.index + m[0].length;
      for (const c of candidates) {
        if (!accepts(c, lang)) continue;
        const end = extend(c, text, firstEnd, m[0]);
        if (end < 0) continue;
        const hit: Match = {
          start: m.index,
          end,
          entry: c.entry,
          lang: c.lang,
          ambiguous: c.rule !== undefined,
        };
        found.push(hit);
        if (c.rule) {
          pending ??= [];
          pending.push({ match: hit, rule: c.rule });
        }
        word.lastIndex = end;
        break;
      }
    }
    if (!pending) return found;
    return judgeAmbiguous(text, found, pending, options?.explain ?? false);
  }

  /**
   * An everyday word stays only if no collocation rules the military sense out and the block has
   * more military cues (rule cues plus unambiguous terms) than contrary words, and at least one.
   */
  function judgeAmbiguous(
    text: string,
    found: Match[],
    pending: Array<{ match: Match; rule: Rule }>,
    explain: boolean,
  ): Match[] {
    const blockWords: string[] = [];
    const starts: number[] = [];
    word.lastIndex = 0;
    for (let m = word.exec(text); m; m = word.exec(text)) {
      blockWords.push(lower(m[0]));
      starts.push(m.index);
    }
    const sure = found.length - pending.length;
    const rejected = new Map<Match, NonNullable<Match['rejected']>>();
    for (const { match: hit, rule } of pending) {
      const first = starts.indexOf(hit.start);
      let last = first;
      while (last + 1 < starts.length && (starts[last + 1] as number) < hit.end) last++;
      const vetoed = rule.collocations.some(
        ({ before, after }) =>
          before.every((w, k) => blockWords[first - before.length + k] === w) &&
          after.every((w, k) => blockWords[last + 1 + k] === w),
      );
      const own = (i: number) => i >= first && i <= last;
      const cues = countIn(rule.cues, blockWords, own) + sure;
      const against = countIn(rule.against, blockWords, own);
      if (vetoed) rejected.set(hit, 'collocation');
      else if (cues === 0) rejected.set(hit, 'no cue');
      else if (against >= cues) rejected.set(hit, 'contrary words');
    }
    if (explain)
      return found.map((hit) => ({ ...hit, ...(rejected.has(hit) && { rejected: rejected.get(hit) }) }));
    return found.filter((hit) => !rejected.has(hit));
  }

  return { match, entryCount: glossary.ids.length };
}
