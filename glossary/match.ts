import type { Lang } from './langs';

/** A term found in a text: [start, end) in UTF-16 code units, the entry's index and the form's language. */
export interface Match {
  start: number;
  end: number;
  entry: number;
  lang: Lang;
  /** Found through a form that is also an everyday word: its rule's index, else -1. */
  rule: number;
  /**
   * For an everyday word: the other terms the same text could be, in order (a shorter form, or the
   * same form of another entry). If the judge turns this one down, it tries them.
   */
  alternatives?: Match[];
  /** With `explain`: why an everyday word was not kept. */
  rejected?: 'collocation' | 'no cue' | 'contrary words';
}

export interface MatchOptions {
  /** Also return the everyday words that were turned down, marked `rejected` (for annotating pages). */
  explain?: boolean;
  /** Unambiguous military terms on the whole page (see PAGE_CUES in judge.ts). */
  pageCues?: number;
}
