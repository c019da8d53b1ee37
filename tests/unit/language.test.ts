import { describe, expect, test } from 'vitest';
import { pageLang } from '../../entrypoints/content/page-lang';
import { cardLang, guessLang, LOOSE, STRICT, toLang } from '../../glossary/language';

describe('toLang', () => {
  test.each([
    ['nl', 'nl'],
    ['nl-BE', 'nl'],
    ['NL-nl', 'nl'],
    ['en-GB', 'en'],
    ['en_US', 'en'],
    [' de-AT ', 'de'],
    ['fr-CA', 'fr'],
  ])('%j → %s', (tag, lang) => {
    expect(toLang(tag)).toBe(lang);
  });

  test.each([['es'], ['nld'], ['english'], [''], ['-nl'], [null], [undefined]])(
    '%j is not a language of the glossary',
    (tag) => {
      expect(toLang(tag)).toBeUndefined();
    },
  );
});

describe('cardLang', () => {
  test('is the page language where the glossary has it', () => {
    expect(cardLang('de-DE', 'nl')).toBe('de');
    expect(cardLang('fr', 'en-US')).toBe('fr');
  });

  test('else the browser language', () => {
    expect(cardLang('es', 'nl-NL')).toBe('nl');
    expect(cardLang(undefined, 'fr-BE')).toBe('fr');
    expect(cardLang(null, 'de')).toBe('de');
    expect(cardLang('', 'nl')).toBe('nl');
  });

  test('else English', () => {
    expect(cardLang('es', 'pt-BR')).toBe('en');
    expect(cardLang(undefined, undefined)).toBe('en');
  });
});

const samples = {
  nl: 'De NAVO zet voor het eerst haar flitsmacht in om de lidstaten te beschermen en de oostflank van het bondgenootschap te versterken.',
  en: 'The alliance said that troops from the member states are ready to deploy, and the first units of the force were moved this week.',
  de: 'Die Bundeswehr schickt eine Kompanie nach Litauen, und das Bataillon ist auch bereit. Der Minister sagt, dass die Truppe nicht lange warten wird.',
  fr: "La France envoie des soldats en Roumanie pour renforcer le flanc est de l'Alliance, et une compagnie est déjà sur place dans le pays.",
} as const;

describe('guessLang', () => {
  test.each(Object.entries(samples))('recognises %s', (lang, sample) => {
    expect(guessLang(sample)).toBe(lang);
  });

  test('is case-insensitive', () => {
    expect(guessLang(samples.de.toUpperCase())).toBe('de');
  });

  test('gives no answer for a sample too short to tell', () => {
    expect(guessLang('De NAVO en het bataljon')).toBeUndefined();
    expect(guessLang('')).toBeUndefined();
  });

  test('gives no answer for a language it does not know', () => {
    expect(
      guessLang('La OTAN despliega tropas en el flanco oriental para proteger a los aliados del este.'),
    ).toBe(undefined);
  });

  test('gives no answer where two languages are mixed evenly', () => {
    expect(guessLang('the and of het een van '.repeat(3))).toBeUndefined();
  });

  test('honours the least score and lead it is given', () => {
    const sample = `${samples.de} ${samples.en}`;
    expect(guessLang(samples.nl, { minScore: 1000, lead: 1 })).toBeUndefined();
    expect(guessLang(sample, { minScore: 1, lead: 1 })).toBeDefined();
    expect(guessLang(sample, { minScore: 1, lead: 100 })).toBeUndefined();
  });

  test('STRICT asks more than LOOSE, the default', () => {
    expect(STRICT.minScore).toBeGreaterThan(LOOSE.minScore);
    expect(STRICT.lead).toBeGreaterThan(LOOSE.lead);
    expect(guessLang(samples.fr)).toBe('fr');
    expect(guessLang(samples.fr, STRICT)).toBeUndefined();
    expect(guessLang(samples.fr.repeat(5), STRICT)).toBe('fr');
  });

  test('follows the language that clearly leads in a mixed sample', () => {
    expect(guessLang(`${samples.nl} ${samples.nl} ${samples.nl} The NATO Response Force.`)).toBe('nl');
  });
});

describe('pageLang', () => {
  const page = (lang: string | null, body: string) =>
    new DOMParser().parseFromString(
      `<!doctype html><html${lang === null ? '' : ` lang="${lang}"`}><head><title>Nieuws</title></head><body>${body}</body></html>`,
      'text/html',
    );
  const german = `<h1>Bundeswehr</h1>${'<p>Die Bundeswehr schickt eine Kompanie nach Litauen, und das Bataillon ist auch bereit. Der Minister sagt, dass die Truppe nicht lange warten wird.</p>'.repeat(4)}`;

  test('is the declared language where the text agrees or says too little', () => {
    expect(pageLang(page('nl-NL', '<p>De NAVO en het bataljon.</p>'))).toBe('nl');
    expect(pageLang(page('en', '<p>Die Kompanie und das Bataillon.</p>'))).toBe('en');
  });

  test('is the language of the text where it clearly contradicts the declaration', () => {
    expect(pageLang(page('en', german))).toBe('de');
  });

  test('is guessed from the text where none of ours is declared', () => {
    expect(pageLang(page(null, `<p>${samples.nl}</p>`))).toBe('nl');
    expect(pageLang(page('es', `<p>${samples.fr}</p>`))).toBe('fr');
  });

  test('is unknown where nothing is declared and the text says too little', () => {
    expect(pageLang(page(null, '<p>NAVO</p>'))).toBeUndefined();
  });

  test('reads only the first 80 headings, paragraphs and list items, nested ones included', () => {
    const english = `<ul>${'<li>Menu <ul><li>Home</li></ul></li>'.repeat(40)}</ul>`;
    // The 81st item on is German: it must not count, so the declared Dutch stands.
    expect(pageLang(page('nl', `${english}${german}`))).toBe('nl');
    expect(pageLang(page('nl', german))).toBe('de');
  });

  test('reads some 4,000 characters of them at most', () => {
    const dutch = `<p>${'De NAVO en het leger zijn er klaar voor, zegt de minister van Defensie. '.repeat(60)}</p>`;
    const longGerman = `<p>${'Die Bundeswehr schickt eine Kompanie nach Litauen, und das Bataillon ist auch bereit. '.repeat(10)}</p>`;
    expect(pageLang(page('nl', `${dutch}${longGerman.repeat(30)}`))).toBe('nl');
    expect(pageLang(page('nl', longGerman.repeat(30)))).toBe('de');
  });
});
