import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { Popup, type PopupApi } from '../../components/Popup';
import type { TabStatus } from '../../utils/messages';
import { setEnabled, setSiteEnabled, settingsItem } from '../../utils/settings';

/** The popup's extension API over WXT's fake browser: real settings, a tab status we choose. */
function fakeApi(status: TabStatus | undefined) {
  return {
    settings: () => settingsItem.getValue(),
    watchSettings: (callback) => settingsItem.watch(callback),
    setEnabled,
    setSiteEnabled,
    status: vi.fn(async () => status),
    reveal: vi.fn(async (_id: string) => {}),
  } satisfies PopupApi;
}

const FOUND: TabStatus = {
  host: 'www.nu.nl',
  active: true,
  terms: [
    { id: 'nato', name: 'NAVO', count: 7 },
    { id: 'battalion', name: 'bataljon', count: 3 },
  ],
};

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(cleanup);

async function switches() {
  const found = await screen.findAllByRole('switch');
  expect(found).toHaveLength(2);
  return found as [HTMLElement, HTMLElement];
}

describe('the switches', () => {
  test('the first is for all sites, the second for this site, named by its host', async () => {
    render(<Popup api={fakeApi(FOUND)} lang="en" />);
    const [everywhere, site] = await switches();
    expect(everywhere.textContent).toBe('On for all sites');
    // the first control of the popup, so it is where the keyboard starts
    expect(document.querySelector('button, a[href], input, select')).toBe(everywhere);
    await waitFor(() => expect(site.textContent).toBe('On for www.nu.nl'));
    expect(everywhere.getAttribute('aria-checked')).toBe('true');
    expect(site.getAttribute('aria-checked')).toBe('true');
    expect((site as HTMLButtonElement).disabled).toBe(false);
  });

  test('are in the popup language', async () => {
    render(<Popup api={fakeApi(FOUND)} lang="nl" />);
    const [everywhere, site] = await switches();
    expect(everywhere.textContent).toBe('Aan op alle sites');
    await waitFor(() => expect(site.textContent).toBe('Aan op www.nu.nl'));
  });

  test('switching off everywhere is stored, shown and disables the site switch', async () => {
    const api = fakeApi(FOUND);
    render(<Popup api={api} lang="en" />);
    const [everywhere, site] = await switches();
    await waitFor(() => expect((site as HTMLButtonElement).disabled).toBe(false));

    fireEvent.click(everywhere);
    await waitFor(async () => expect((await settingsItem.getValue()).enabled).toBe(false));
    await waitFor(() => expect(everywhere.getAttribute('aria-checked')).toBe('false'));
    expect((site as HTMLButtonElement).disabled).toBe(true);
    // the list is asked again, as the tab's answer follows the switch
    await waitFor(() => expect(api.status.mock.calls.length).toBeGreaterThanOrEqual(2));

    fireEvent.click(everywhere);
    await waitFor(async () => expect((await settingsItem.getValue()).enabled).toBe(true));
    await waitFor(() => expect(everywhere.getAttribute('aria-checked')).toBe('true'));
  });

  test('the site switch adds the host to the switched-off sites and removes it again', async () => {
    render(<Popup api={fakeApi(FOUND)} lang="en" />);
    const [, site] = await switches();
    await waitFor(() => expect((site as HTMLButtonElement).disabled).toBe(false));

    fireEvent.click(site);
    await waitFor(async () => expect((await settingsItem.getValue()).disabledSites).toEqual(['www.nu.nl']));
    await waitFor(() => expect(site.getAttribute('aria-checked')).toBe('false'));
    expect((await settingsItem.getValue()).enabled).toBe(true);

    fireEvent.click(site);
    await waitFor(async () => expect((await settingsItem.getValue()).disabledSites).toEqual([]));
    await waitFor(() => expect(site.getAttribute('aria-checked')).toBe('true'));
  });

  test('show settings changed elsewhere', async () => {
    render(<Popup api={fakeApi(FOUND)} lang="en" />);
    const [everywhere, site] = await switches();
    await waitFor(() => expect(site.textContent).toBe('On for www.nu.nl'));
    await setSiteEnabled('www.nu.nl', false);
    await waitFor(() => expect(site.getAttribute('aria-checked')).toBe('false'));
    await setEnabled(false);
    await waitFor(() => expect(everywhere.getAttribute('aria-checked')).toBe('false'));
  });

  test('a site already switched off shows its switch off', async () => {
    await setSiteEnabled('www.nu.nl', false);
    render(<Popup api={fakeApi({ ...FOUND, active: false })} lang="en" />);
    const [everywhere, site] = await switches();
    expect(everywhere.getAttribute('aria-checked')).toBe('true');
    await waitFor(() => expect(site.getAttribute('aria-checked')).toBe('false'));
  });
});

describe('the list of terms', () => {
  test('shows the terms found with their counts; a click reveals the term', async () => {
    const api = fakeApi(FOUND);
    render(<Popup api={api} lang="en" />);
    const nato = await screen.findByRole('button', { name: /NAVO/ });
    const items = screen.getAllByRole('listitem');
    expect(
      items.map((li) => [
        li.querySelector('.term-name')?.textContent,
        li.querySelector('.term-count')?.textContent,
      ]),
    ).toEqual([
      ['NAVO', '7'],
      ['bataljon', '3'],
    ]);
    expect(nato.getAttribute('title')).toBe('Show NAVO in the page');

    fireEvent.click(screen.getByRole('button', { name: /bataljon/ }));
    expect(api.reveal).toHaveBeenCalledWith('battalion');
    fireEvent.click(nato);
    expect(api.reveal).toHaveBeenLastCalledWith('nato');
    expect(api.reveal).toHaveBeenCalledTimes(2);
  });

  test('says the extension does not run where the tab has no status', async () => {
    render(<Popup api={fakeApi(undefined)} lang="en" />);
    await screen.findByText('Context Cards does not run on this page.');
    const [, site] = await switches();
    expect(site.textContent).toBe('On for this site');
    expect((site as HTMLButtonElement).disabled).toBe(true);
    expect(screen.queryByRole('list')).toBeNull();
  });

  test('says it is switched off on this page', async () => {
    render(<Popup api={fakeApi({ ...FOUND, active: false })} lang="en" />);
    await screen.findByText('Switched off on this page.');
    expect(screen.queryByRole('list')).toBeNull();
  });

  test('says when nothing was found', async () => {
    render(<Popup api={fakeApi({ host: 'nu.nl', active: true, terms: [] })} lang="fr" />);
    await screen.findByText('Aucun terme de défense trouvé sur cette page.');
    expect(screen.queryByRole('list')).toBeNull();
  });
});
