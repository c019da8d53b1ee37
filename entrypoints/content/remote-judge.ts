import { browser } from 'wxt/browser';
import type { Match } from '../../glossary/match';
import type { JudgeBlock, Message } from '../../utils/messages';

/**
 * Asks the background which everyday words stand. If it cannot answer, none do: a missing underline
 * is better than a wrong card.
 */
export async function judgeRemotely(blocks: JudgeBlock[], pageCues: number): Promise<Match[][]> {
  const message: Message = { type: 'judge', blocks, pageCues };
  try {
    const reply = (await browser.runtime.sendMessage(message)) as Match[][] | undefined;
    if (Array.isArray(reply) && reply.length === blocks.length) return reply;
  } catch {
    // The extension was reloaded or the background is gone: fall through.
  }
  return blocks.map((block) => block.found.filter((m) => m.rule < 0));
}
