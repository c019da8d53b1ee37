import type { Lang } from '../glossary/schema';

export interface PopupLabels {
  title: string;
  everywhere: string;
  thisSite: (host: string) => string;
  noSite: string;
  found: string;
  none: string;
  off: string;
  unavailable: string;
  show: (name: string) => string;
}

export const POPUP_LABELS: Record<Lang, PopupLabels> = {
  nl: {
    title: 'Context Cards',
    everywhere: 'Aan op alle sites',
    thisSite: (host) => `Aan op ${host}`,
    noSite: 'Aan op deze site',
    found: 'Op deze pagina',
    none: 'Geen defensietermen gevonden op deze pagina.',
    off: 'Uitgeschakeld op deze pagina.',
    unavailable: 'Context Cards werkt niet op deze pagina.',
    show: (name) => `Toon ${name} op de pagina`,
  },
  en: {
    title: 'Context Cards',
    everywhere: 'On for all sites',
    thisSite: (host) => `On for ${host}`,
    noSite: 'On for this site',
    found: 'On this page',
    none: 'No defence terms found on this page.',
    off: 'Switched off on this page.',
    unavailable: 'Context Cards does not run on this page.',
    show: (name) => `Show ${name} in the page`,
  },
  de: {
    title: 'Context Cards',
    everywhere: 'Auf allen Websites an',
    thisSite: (host) => `Auf ${host} an`,
    noSite: 'Auf dieser Website an',
    found: 'Auf dieser Seite',
    none: 'Keine Verteidigungsbegriffe auf dieser Seite gefunden.',
    off: 'Auf dieser Seite ausgeschaltet.',
    unavailable: 'Context Cards läuft auf dieser Seite nicht.',
    show: (name) => `${name} auf der Seite zeigen`,
  },
  fr: {
    title: 'Context Cards',
    everywhere: 'Activé sur tous les sites',
    thisSite: (host) => `Activé sur ${host}`,
    noSite: 'Activé sur ce site',
    found: 'Sur cette page',
    none: 'Aucun terme de défense trouvé sur cette page.',
    off: 'Désactivé sur cette page.',
    unavailable: 'Context Cards ne fonctionne pas sur cette page.',
    show: (name) => `Montrer ${name} dans la page`,
  },
};
