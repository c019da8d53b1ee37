import compiled from 'virtual:glossary/compiled';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { parseGlossary } from '../../glossary/compile';
import { cardLang } from '../../glossary/language';
import { createMatcher } from '../../glossary/matcher';
import { isMessage, type TabStatus } from '../../utils/messages';
import { isActiveOn, type Settings, settingsItem } from '../../utils/settings';
import { CardSource } from './card-source';
import { highlightsSupported } from './highlights';
import { pageLang } from './page-lang';
import { type Session, startSession } from './session';

export const READY_MEASURE = 'context-cards:ready';

/**
 * The content script's life: build the matcher, follow the reader's switches, answer the popup.
 * A session exists only while the extension is on for this site.
 */
export async function runContextCards(ctx: ContentScriptContext): Promise<void> {
  if (!highlightsSupported() || !document.body) return;
  const start = performance.now();
  const glossary = parseGlossary(compiled);
  const matcher = createMatcher(glossary);
  performance.measure(READY_MEASURE, { start, end: performance.now() });

  const lang = pageLang(document);
  const shownLang = cardLang(lang, browser.i18n.getUILanguage());
  const cards = new CardSource(glossary.ids, shownLang);
  const host = location.hostname;
  let session: Session | undefined;
  let active = false;

  const apply = (settings: Settings) => {
    active = isActiveOn(settings, host);
    if (active && !session) {
      session = startSession({ ctx, matcher, ids: glossary.ids, lang, cards });
    } else if (!active && session) {
      session.stop();
      session = undefined;
    }
  };

  const onMessage = (message: unknown): Promise<TabStatus | boolean> | undefined => {
    if (!isMessage(message)) return undefined;
    if (message.type === 'status') {
      const current = session;
      return (current?.idle() ?? Promise.resolve())
        .then(() => current?.found() ?? [])
        .then((terms) => ({ host, active, terms }));
    }
    if (message.type === 'reveal') return session?.reveal(message.id) ?? Promise.resolve(false);
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(onMessage);
    session?.stop();
  });
  ctx.onInvalidated(settingsItem.watch((settings) => apply(settings)));
  apply(await settingsItem.getValue());
}
