import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '../glossary/schema';
import type { TabStatus } from '../utils/messages';
import type { Settings } from '../utils/settings';
import { POPUP_LABELS } from './popup-labels';
import { Switch } from './Switch';

/** What the popup needs from the extension, passed in so tests can give it a fake browser. */
export interface PopupApi {
  settings: () => Promise<Settings>;
  watchSettings: (callback: (settings: Settings) => void) => () => void;
  setEnabled: (enabled: boolean) => Promise<void>;
  setSiteEnabled: (host: string, enabled: boolean) => Promise<void>;
  /** The current tab's status, or undefined where the content script does not run. */
  status: () => Promise<TabStatus | undefined>;
  reveal: (id: string) => Promise<void>;
}

export function Popup({ api, lang }: { api: PopupApi; lang: Lang }) {
  const labels = POPUP_LABELS[lang];
  const [settings, setSettings] = useState<Settings>();
  const [status, setStatus] = useState<TabStatus | undefined | 'loading'>('loading');

  useEffect(() => {
    void api.settings().then(setSettings);
    return api.watchSettings(setSettings);
  }, [api]);

  // The tab answers after its switches took effect, so its list follows every change.
  useEffect(() => {
    if (!settings) return;
    void api.status().then(setStatus);
  }, [api, settings]);

  if (!settings) return null;
  const tab = status === 'loading' ? undefined : status;
  const host = tab?.host;
  const siteOn = host ? !settings.disabledSites.includes(host) : true;

  return (
    <main class="popup">
      <h1>{labels.title}</h1>
      <Switch
        label={labels.everywhere}
        checked={settings.enabled}
        onChange={(on) => void api.setEnabled(on)}
      />
      <Switch
        label={host ? labels.thisSite(host) : labels.noSite}
        checked={siteOn}
        disabled={!host || !settings.enabled}
        onChange={(on) => host && void api.setSiteEnabled(host, on)}
      />
      <section class="found" aria-live="polite">
        <h2>{labels.found}</h2>
        {status === 'loading' ? null : !tab ? (
          <p class="empty">{labels.unavailable}</p>
        ) : !tab.active ? (
          <p class="empty">{labels.off}</p>
        ) : tab.terms.length === 0 ? (
          <p class="empty">{labels.none}</p>
        ) : (
          <ul>
            {tab.terms.map((term) => (
              <li key={term.id}>
                <button
                  type="button"
                  class="term"
                  data-id={term.id}
                  title={labels.show(term.name)}
                  onClick={() => void api.reveal(term.id)}
                >
                  <span class="term-name">{term.name}</span>
                  <span class="term-count">{term.count}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}
