import entries from 'virtual:glossary/entries';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { type CardData, cardData } from '../../glossary/card';
import { parseGlossary, serializeGlossary } from '../../glossary/compile';
import { createJudge, type Judge } from '../../glossary/judge';
import type { Match } from '../../glossary/match';
import type { Entry } from '../../glossary/schema';
import { isMessage } from '../../utils/messages';

/**
 * The background holds the full glossary so the content script, loaded into every page, carries only
 * what finds terms. It answers two questions: the cards for these ids in this language, and which
 * everyday words in these blocks are meant in their military sense.
 */
export default defineBackground(() => {
  let byId: Map<string, Entry> | undefined;
  let judge: Judge | undefined;

  const cards = (ids: string[], lang: CardData['lang']): CardData[] => {
    byId ??= new Map(entries.map((entry) => [entry.id, entry]));
    const index = byId;
    return ids.flatMap((id) => {
      const entry = index.get(id);
      return entry ? [cardData(entry, lang)] : [];
    });
  };

  browser.runtime.onMessage.addListener((message): Promise<CardData[] | Match[][]> | undefined => {
    if (!isMessage(message)) return undefined;
    if (message.type === 'cards') return Promise.resolve(cards(message.ids, message.lang));
    if (message.type === 'judge') {
      // Rule indices agree with the content script's: both come from serializeGlossary, same order.
      judge ??= createJudge(parseGlossary(serializeGlossary(entries)).ruleTable);
      const decide = judge;
      const { pageCues } = message;
      return Promise.resolve(message.blocks.map((block) => decide(block.text, block.found, { pageCues })));
    }
    return undefined;
  });
});
