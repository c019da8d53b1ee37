import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { PopupApi } from '../../components/Popup';
import { Popup } from '../../components/Popup';
import { cardLang } from '../../glossary/language';
import type { Message, TabStatus } from '../../utils/messages';
import { setEnabled, setSiteEnabled, settingsItem } from '../../utils/settings';
import './popup.css';

/**
 * The tab the popup speaks for: the active tab, or the one named by `?tab=` when the popup page is
 * opened in a tab of its own (as the browser tests do).
 */
async function targetTab(): Promise<number | undefined> {
  const named = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(named) && named > 0) return named;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

function send<T>(tabId: number | undefined, message: Message): Promise<T | undefined> {
  if (tabId === undefined) return Promise.resolve(undefined);
  return (browser.tabs.sendMessage(tabId, message) as Promise<T>).catch(() => undefined);
}

function main() {
  const tab = targetTab();
  const api: PopupApi = {
    settings: () => settingsItem.getValue(),
    watchSettings: (callback) => settingsItem.watch(callback),
    setEnabled,
    setSiteEnabled,
    status: async () => send<TabStatus>(await tab, { type: 'status' }),
    reveal: async (id) => {
      await send<boolean>(await tab, { type: 'reveal', id });
    },
  };
  const lang = cardLang(undefined, browser.i18n.getUILanguage());
  document.documentElement.lang = lang;
  const app = document.getElementById('app');
  if (app) render(<Popup api={api} lang={lang} />, app);
}

main();
