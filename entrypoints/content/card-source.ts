import { browser } from 'wxt/browser';
import type { CardData } from '../../glossary/card';
import type { Lang } from '../../glossary/schema';
import type { Message } from '../../utils/messages';

/** Cards come from the background, asked for in one message per scan pass and kept for the page's life. */
export class CardSource {
  readonly #cards = new Map<string, Promise<CardData | undefined>>();

  constructor(
    private readonly ids: readonly string[],
    private readonly lang: Lang,
  ) {}

  prefetch(entries: Iterable<number>): void {
    const missing = [...entries].map((i) => this.ids[i] as string).filter((id) => !this.#cards.has(id));
    if (missing.length === 0) return;
    const message: Message = { type: 'cards', ids: missing, lang: this.lang };
    const reply = (browser.runtime.sendMessage(message) as Promise<CardData[]>).catch(() => []);
    for (const id of missing) {
      const card = reply.then((cards) => cards.find((c) => c.id === id));
      this.#cards.set(id, card);
      // A failed request is forgotten so the next hover asks again.
      void card.then((found) => {
        if (!found) this.#cards.delete(id);
      });
    }
  }

  get(entry: number): Promise<CardData | undefined> {
    this.prefetch([entry]);
    return this.#cards.get(this.ids[entry] as string) ?? Promise.resolve(undefined);
  }
}
