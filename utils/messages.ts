import type { CardData } from '../glossary/card';
import type { Match } from '../glossary/match';
import type { Lang } from '../glossary/schema';

/** Every message between the parts of the extension, typed in one place. */
export interface FoundTerm {
  id: string;
  name: string;
  count: number;
}

/** What a tab tells the popup: its site, whether the cards are on there, and the terms it found. */
export interface TabStatus {
  host: string;
  active: boolean;
  terms: FoundTerm[];
}

/** A block of text with everyday words in it, for the background to judge. */
export interface JudgeBlock {
  text: string;
  found: Match[];
}

export type Message =
  | { type: 'cards'; ids: string[]; lang: Lang }
  | { type: 'judge'; blocks: JudgeBlock[]; pageCues: number }
  | { type: 'status' }
  | { type: 'reveal'; id: string };

export interface Replies {
  cards: CardData[];
  /** Per block, the matches that stand. */
  judge: Match[][];
  status: TabStatus;
  reveal: boolean;
}

export type Reply<M extends Message> = Replies[M['type']];

export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && 'type' in value && typeof value.type === 'string';
}
