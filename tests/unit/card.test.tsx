import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { Card } from '../../components/Card';
import { cardData } from '../../glossary/card';
import type { Lang } from '../../glossary/langs';
import type { Entry } from '../../glossary/schema';
import { fixtureEntry } from '../fixtures/glossary/matcher-fixture';

afterEach(cleanup);

const battalion = fixtureEntry('battalion');

function renderCard(entry: Entry, lang: Lang, onClose?: () => void) {
  render(<Card card={cardData(entry, lang)} onClose={onClose} />);
  return screen.getByRole('dialog');
}

/** The text of the <dd> after the <dt> with this label. */
function fact(card: HTMLElement, label: string): string | null | undefined {
  const dt = within(card)
    .getAllByRole('term')
    .find((el) => el.textContent === label);
  return dt?.nextElementSibling?.textContent;
}

const expected = {
  nl: {
    label: 'Uitleg: bataljon',
    category: 'militaire eenheid',
    strength: '300–1.000 militairen',
    labels: { strength: 'Sterkte', composition: 'Bestaat uit', commander: 'Commandant' },
    others: ['EN battalion', 'DE Bataillon', 'FR bataillon'],
  },
  en: {
    label: 'Explanation: battalion',
    category: 'military unit',
    strength: '300–1,000 soldiers',
    labels: { strength: 'Strength', composition: 'Made of', commander: 'Commander' },
    others: ['NL bataljon', 'DE Bataillon', 'FR bataillon'],
  },
  de: {
    label: 'Erklärung: Bataillon',
    category: 'militärische Einheit',
    strength: '300–1.000 Soldaten',
    labels: { strength: 'Stärke', composition: 'Besteht aus', commander: 'Führung' },
    others: ['NL bataljon', 'EN battalion', 'FR bataillon'],
  },
  fr: {
    label: 'Explication : bataillon',
    category: 'unité militaire',
    // French groups thousands with a narrow no-break space (U+202F)
    strength: '300–1\u202f000 militaires',
    labels: { strength: 'Effectif', composition: 'Composition', commander: 'Commandement' },
    others: ['NL bataljon', 'EN battalion', 'DE Bataillon'],
  },
} as const;

describe.each(['nl', 'en', 'de', 'fr'] as const)('the battalion card in %s', (lang) => {
  const want = expected[lang];
  const term = battalion.terms[lang];

  test('is a dialog labelled with the name, in its language', () => {
    const card = renderCard(battalion, lang);
    expect(card.getAttribute('aria-label')).toBe(want.label);
    expect(card.getAttribute('lang')).toBe(lang);
  });

  test('shows name, category and definition', () => {
    const card = renderCard(battalion, lang);
    expect(within(card).getByRole('heading').textContent).toBe(term.name);
    expect(card.querySelector('.category')?.textContent).toBe(want.category);
    expect(card.querySelector('.definition')?.textContent).toBe(term.definition);
  });

  test('shows strength, composition and commander', () => {
    const card = renderCard(battalion, lang);
    expect(fact(card, want.labels.strength)).toBe(want.strength);
    expect(fact(card, want.labels.composition)).toBe(battalion.unit?.composition[lang]);
    expect(fact(card, want.labels.commander)).toBe(battalion.unit?.commander[lang]);
  });

  test('shows the echelon sign and the note', () => {
    const card = renderCard(battalion, lang);
    expect(card.querySelector('.echelon')?.textContent).toBe('II');
    expect(card.querySelector('.note')?.textContent).toBe(battalion.note?.[lang]);
  });

  test('names the term in the three other languages', () => {
    const card = renderCard(battalion, lang);
    const names = [...card.querySelectorAll('.names > span[lang]')];
    expect(names.map((el) => el.textContent?.replace(/^ · /, ''))).toEqual(want.others);
    expect(names.map((el) => el.getAttribute('lang'))).toEqual(
      want.others.map((o) => o.slice(0, 2).toLowerCase()),
    );
  });
});

describe('the card', () => {
  test('links its sources in a new tab, without giving the page access to the opener', () => {
    const card = renderCard(battalion, 'nl');
    const links = within(card).getAllByRole('link');
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['en.wikipedia.org', 'https://en.wikipedia.org/wiki/Battalion'],
      ['nl.wikipedia.org', 'https://nl.wikipedia.org/wiki/Bataljon'],
    ]);
    for (const a of links) {
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')?.split(' ')).toContain('noopener');
    }
  });

  test('shows markup in a definition as text', () => {
    const entry = structuredClone(battalion);
    entry.terms.en.definition = 'A <b>x</b> unit <img src=x onerror="alert(1)">';
    const card = renderCard(entry, 'en');
    expect(card.querySelector('.definition')?.textContent).toBe(
      'A <b>x</b> unit <img src=x onerror="alert(1)">',
    );
    expect(card.querySelector('b')).toBeNull();
    expect(card.querySelector('img')).toBeNull();
  });

  test('a rank shows its NATO code and what it commands, and no unit facts', () => {
    const entry: Entry = {
      ...structuredClone(battalion),
      id: 'lieutenant-colonel',
      category: 'rank',
      unit: undefined,
      note: undefined,
      rank: {
        code: 'OF-4',
        commands: { nl: 'een bataljon', en: 'a battalion', de: 'ein Bataillon', fr: 'un bataillon' },
      },
    };
    const card = renderCard(entry, 'en');
    expect(card.querySelector('.category')?.textContent).toBe('rank');
    expect(card.querySelector('.echelon')?.textContent).toBe('OF-4');
    expect(card.querySelector('.echelon')?.getAttribute('title')).toBe('NATO code');
    expect(fact(card, 'Commands')).toBe('a battalion');
    expect(fact(card, 'Strength')).toBeUndefined();
    expect(card.querySelector('.note')).toBeNull();
  });

  test('an entry without facts has no fact list', () => {
    const card = renderCard(fixtureEntry('nato'), 'nl');
    expect(card.querySelector('dl')).toBeNull();
    expect(card.querySelector('.echelon')).toBeNull();
    expect(card.querySelector('.category')?.textContent).toBe('organisatie');
  });

  test('a strength of one figure is written once', () => {
    const entry = structuredClone(battalion);
    if (entry.unit) entry.unit.strength = { min: 1200, max: 1200 };
    expect(fact(renderCard(entry, 'de'), 'Stärke')).toBe('1.200 Soldaten');
  });

  test('has a close button only where it can be closed', () => {
    const onClose = vi.fn();
    const card = renderCard(battalion, 'fr', onClose);
    fireEvent.click(within(card).getByRole('button', { name: 'Fermer' }));
    expect(onClose).toHaveBeenCalledOnce();
    cleanup();
    expect(within(renderCard(battalion, 'fr')).queryByRole('button')).toBeNull();
  });
});

describe('cardData', () => {
  test('narrows an entry to one language and keeps the others’ names', () => {
    expect(cardData(battalion, 'de')).toEqual({
      id: 'battalion',
      lang: 'de',
      category: 'unit',
      name: 'Bataillon',
      definition: battalion.terms.de.definition,
      unit: {
        echelon: 'II',
        strength: { min: 300, max: 1000 },
        composition: '3–6 Kompanien',
        commander: 'Oberstleutnant',
      },
      note: battalion.note?.de,
      otherNames: [
        { lang: 'nl', name: 'bataljon' },
        { lang: 'en', name: 'battalion' },
        { lang: 'fr', name: 'bataillon' },
      ],
      sources: battalion.sources,
    });
  });

  test('leaves out what the entry does not have', () => {
    const card = cardData(fixtureEntry('nato'), 'fr');
    expect(card).not.toHaveProperty('unit');
    expect(card).not.toHaveProperty('rank');
    expect(card).not.toHaveProperty('note');
    expect(card.name).toBe('OTAN');
  });
});
