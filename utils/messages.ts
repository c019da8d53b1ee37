import type { CardData } from '../glossary/card';
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

export type Message =
  | { type: 'cards'; ids: string[]; lang: Lang }
  | { type: 'status' }
  | { type: 'reveal'; id: string };

export interface Replies {
  cards: CardData[];
  status: TabStatus;
  reveal: boolean;
}

export type Reply<M extends Message> = Replies[M['type']];

export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && 'type' in value && typeof value.type === 'string';
}
