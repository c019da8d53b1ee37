import type { Category, Lang } from '../glossary/schema';

/** Every word the interface itself shows, in the four languages of the glossary. */
export interface Labels {
  categories: Record<Category, string>;
  strength: string;
  people: string;
  composition: string;
  commander: string;
  echelon: string;
  rankCode: string;
  commands: string;
  otherLanguages: string;
  sources: string;
  close: string;
  cardLabel: (name: string) => string;
}

export const LABELS: Record<Lang, Labels> = {
  nl: {
    categories: {
      unit: 'militaire eenheid',
      force: 'strijdmacht',
      organisation: 'organisatie',
      command: 'commando',
      commitment: 'afspraak',
      role: 'functie',
      rank: 'rang',
      weapon: 'wapensysteem',
      concept: 'begrip',
    },
    strength: 'Sterkte',
    people: 'militairen',
    composition: 'Bestaat uit',
    commander: 'Commandant',
    echelon: 'NAVO-niveau',
    rankCode: 'NAVO-code',
    commands: 'Voert het bevel over',
    otherLanguages: 'In andere talen',
    sources: 'Bronnen',
    close: 'Sluiten',
    cardLabel: (name) => `Uitleg: ${name}`,
  },
  en: {
    categories: {
      unit: 'military unit',
      force: 'force',
      organisation: 'organisation',
      command: 'command',
      commitment: 'commitment',
      role: 'post',
      rank: 'rank',
      weapon: 'weapon system',
      concept: 'concept',
    },
    strength: 'Strength',
    people: 'soldiers',
    composition: 'Made of',
    commander: 'Commander',
    echelon: 'NATO echelon',
    rankCode: 'NATO code',
    commands: 'Commands',
    otherLanguages: 'In other languages',
    sources: 'Sources',
    close: 'Close',
    cardLabel: (name) => `Explanation: ${name}`,
  },
  de: {
    categories: {
      unit: 'militärische Einheit',
      force: 'Streitmacht',
      organisation: 'Organisation',
      command: 'Kommando',
      commitment: 'Verpflichtung',
      role: 'Amt',
      rank: 'Dienstgrad',
      weapon: 'Waffensystem',
      concept: 'Begriff',
    },
    strength: 'Stärke',
    people: 'Soldaten',
    composition: 'Besteht aus',
    commander: 'Führung',
    echelon: 'NATO-Ebene',
    rankCode: 'NATO-Code',
    commands: 'Führt',
    otherLanguages: 'In anderen Sprachen',
    sources: 'Quellen',
    close: 'Schließen',
    cardLabel: (name) => `Erklärung: ${name}`,
  },
  fr: {
    categories: {
      unit: 'unité militaire',
      force: 'force',
      organisation: 'organisation',
      command: 'commandement',
      commitment: 'engagement',
      role: 'fonction',
      rank: 'grade',
      weapon: "système d'armes",
      concept: 'notion',
    },
    strength: 'Effectif',
    people: 'militaires',
    composition: 'Composition',
    commander: 'Commandement',
    echelon: 'Échelon OTAN',
    rankCode: 'Code OTAN',
    commands: 'Commande',
    otherLanguages: "Dans d'autres langues",
    sources: 'Sources',
    close: 'Fermer',
    cardLabel: (name) => `Explication : ${name}`,
  },
};

/** "400–2.000 militairen", "300–1,000 soldiers": grouping as the language writes it. */
export function formatStrength(strength: { min: number; max: number }, lang: Lang): string {
  const number = new Intl.NumberFormat(lang);
  const people = LABELS[lang].people;
  if (strength.min === strength.max) return `${number.format(strength.min)} ${people}`;
  return `${number.format(strength.min)}–${number.format(strength.max)} ${people}`;
}

function parts(url: string): { host: string; page: string } {
  try {
    const parsed = new URL(url);
    const last = parsed.pathname.split('/').filter(Boolean).pop() ?? '';
    let page = last;
    try {
      page = decodeURIComponent(last);
    } catch {
      // Keep the encoded segment.
    }
    return { host: parsed.hostname.replace(/^www\./, ''), page: page.replace(/_/g, ' ') };
  } catch {
    return { host: url, page: '' };
  }
}

/** Link texts for a card's sources: the site, and the page's name where one site is cited twice. */
export function sourceLabels(urls: readonly string[]): string[] {
  const all = urls.map(parts);
  return all.map(({ host, page }) =>
    all.filter((other) => other.host === host).length > 1 && page ? `${host}: ${page}` : host,
  );
}
