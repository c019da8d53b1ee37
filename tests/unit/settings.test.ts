import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  DEFAULT_SETTINGS,
  isActiveOn,
  type Settings,
  setEnabled,
  setSiteEnabled,
  settingsItem,
} from '../../utils/settings';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('isActiveOn', () => {
  const settings = (enabled: boolean, disabledSites: string[]): Settings => ({ enabled, disabledSites });

  test('is on where the extension is on and the site not switched off', () => {
    expect(isActiveOn(settings(true, []), 'nu.nl')).toBe(true);
    expect(isActiveOn(settings(true, ['example.org']), 'nu.nl')).toBe(true);
  });

  test('is off on a switched-off site', () => {
    expect(isActiveOn(settings(true, ['nu.nl']), 'nu.nl')).toBe(false);
  });

  test('matches host names exactly', () => {
    expect(isActiveOn(settings(true, ['nu.nl']), 'www.nu.nl')).toBe(true);
  });

  test('is off everywhere where the extension is off', () => {
    expect(isActiveOn(settings(false, []), 'nu.nl')).toBe(false);
  });
});

describe('stored settings', () => {
  test('default to on everywhere', async () => {
    expect(await settingsItem.getValue()).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS).toEqual({ enabled: true, disabledSites: [] });
  });

  test('setEnabled switches the extension off and on, keeping the sites', async () => {
    await setSiteEnabled('nu.nl', false);
    await setEnabled(false);
    expect(await settingsItem.getValue()).toEqual({ enabled: false, disabledSites: ['nu.nl'] });
    await setEnabled(true);
    expect(await settingsItem.getValue()).toEqual({ enabled: true, disabledSites: ['nu.nl'] });
  });

  test('setEnabled writes to local storage', async () => {
    await setEnabled(false);
    const stored = await fakeBrowser.storage.local.get('settings');
    expect(stored.settings).toMatchObject({ enabled: false });
  });

  test('setSiteEnabled adds a site once, sorted, and removes it again', async () => {
    await setSiteEnabled('nu.nl', false);
    await setSiteEnabled('bbc.co.uk', false);
    await setSiteEnabled('nu.nl', false);
    expect((await settingsItem.getValue()).disabledSites).toEqual(['bbc.co.uk', 'nu.nl']);
    await setSiteEnabled('nu.nl', true);
    expect((await settingsItem.getValue()).disabledSites).toEqual(['bbc.co.uk']);
    await setSiteEnabled('example.org', true);
    expect((await settingsItem.getValue()).disabledSites).toEqual(['bbc.co.uk']);
  });

  test('setSiteEnabled leaves the main switch alone', async () => {
    await setEnabled(false);
    await setSiteEnabled('nu.nl', false);
    expect((await settingsItem.getValue()).enabled).toBe(false);
  });

  test('watchers hear every change', async () => {
    const seen: Settings[] = [];
    const unwatch = settingsItem.watch((value) => seen.push(value));
    await setEnabled(false);
    await setSiteEnabled('nu.nl', false);
    unwatch();
    await setEnabled(true);
    expect(seen).toEqual([
      { enabled: false, disabledSites: [] },
      { enabled: false, disabledSites: ['nu.nl'] },
    ]);
  });
});
