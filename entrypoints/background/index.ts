import entries from 'virtual:glossary/entries';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { type CardData, cardData } from '../../glossary/card';
import type { Entry } from '../../glossary/schema';
import { isMessage } from '../../utils/messages';

/**
 * The background holds the full glossary so the content script, loaded into every page, carries only
 * the matching data. It answers one question: the cards for these ids in this language.
 */
export default defineBackground(() => {
  let byId: Map<string, Entry> | undefined;
  browser.runtime.onMessage.addListener((message): Promise<CardData[]> | undefined => {
    if (!isMessage(message) || message.type !== 'cards') return undefined;
    byId ??= new Map(entries.map((entry) => [entry.id, entry]));
    const index = byId;
    const cards = message.ids.flatMap((id) => {
      const entry = index.get(id);
      return entry ? [cardData(entry, message.lang)] : [];
    });
    return Promise.resolve(cards);
  });
});
