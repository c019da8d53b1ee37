import type { CompiledRule } from './compile';
import type { Match } from './match';
import { WORD, words } from './tokens';

/**
 * The second half of matching: deciding whether an everyday word ("company", "divisie", "Kompanie")
 * is meant in its military sense here. Pure, like the matcher. The content script finds candidates;
 * the background, which holds the rules, judges them, so pages do not carry the rules' word lists.
 */
export type Judge = (text: string, found: readonly Match[], options?: JudgeOptions) => Match[];

export interface JudgeOptions {
  /** Also return the words turned down, marked `rejected`. */
  explain?: boolean;
  /** Unambiguous military terms on the whole page so far. */
  pageCues?: number;
}

/** How many unambiguous terms make a page military enough to confirm a `page: true` word. */
export const PAGE_CUES = 5;

interface WordSet {
  exact: Set<string>;
  prefixes: string[];
  phrases: string[][];
}

interface Rule {
  cues: WordSet;
  against: WordSet;
  collocations: Array<{ before: string[]; after: string[] }>;
  page: boolean;
  cuesOnly: boolean;
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
    page: rule.page,
    cuesOnly: rule.cuesOnly,
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

/**
 * An everyday word stays only if no collocation rules the military sense out and the block has more
 * military cues (rule cues plus unambiguous terms, plus the page for a `page` rule with no contrary
 * word) than contrary words, and at least one. Matches that are not everyday words pass unchanged.
 */
export function createJudge(ruleTable: readonly CompiledRule[]): Judge {
  const rules = ruleTable.map(compileRule);
  return (text, found, { explain = false, pageCues = 0 } = {}) => {
    const pending = found.filter((m) => m.rule >= 0);
    if (pending.length === 0) return [...found];
    const blockWords: string[] = [];
    const starts: number[] = [];
    const word = new RegExp(WORD.source, 'gu');
    for (let m = word.exec(text); m; m = word.exec(text)) {
      blockWords.push(lower(m[0]));
      starts.push(m.index);
    }
    const sure = found.length - pending.length;
    const rejected = new Map<Match, NonNullable<Match['rejected']>>();
    const replaced = new Map<Match, Match>();
    const verdict = (hit: Match): Match['rejected'] => {
      const rule = rules[hit.rule];
      if (!rule) return hit.rule < 0 ? undefined : 'no cue';
      const first = starts.indexOf(hit.start);
      let last = first;
      while (last + 1 < starts.length && (starts[last + 1] as number) < hit.end) last++;
      const vetoed = rule.collocations.some(
        ({ before, after }) =>
          before.every((w, k) => blockWords[first - before.length + k] === w) &&
          after.every((w, k) => blockWords[last + 1 + k] === w),
      );
      if (vetoed) return 'collocation';
      const own = (i: number) => i >= first && i <= last;
      const against = countIn(rule.against, blockWords, own);
      const pageSays = rule.page && against === 0 && pageCues >= PAGE_CUES ? 1 : 0;
      const cues = countIn(rule.cues, blockWords, own) + (rule.cuesOnly ? 0 : sure) + pageSays;
      if (cues === 0) return 'no cue';
      if (against >= cues) return 'contrary words';
      return undefined;
    };
    for (const hit of pending) {
      const why = verdict(hit);
      if (!why) continue;
      const next = hit.alternatives?.find((alternative) => !verdict(alternative));
      if (next) replaced.set(hit, { ...next, alternatives: [] });
      else rejected.set(hit, why);
    }
    const chosen = found.map((hit) => replaced.get(hit) ?? hit);
    if (explain) {
      return chosen.map((hit) => {
        const why = rejected.get(hit);
        return why ? { ...hit, rejected: why } : hit;
      });
    }
    return chosen.filter((hit) => !rejected.has(hit));
  };
}
