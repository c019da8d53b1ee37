import { describe, expect, test } from 'vitest';
import { compileGlossary, parseGlossary, serializeGlossary } from '../../glossary/compile';
import { createJudge } from '../../glossary/judge';
import type { Lang } from '../../glossary/langs';
import { createMatcher, type Match } from '../../glossary/matcher';
import { DataFile, formText } from '../../glossary/schema';
import { formKey } from '../../glossary/tokens';
import { validateGlossary } from '../../glossary/validate';
import { matcherFixture } from '../fixtures/glossary/matcher-fixture';

const glossary = compileGlossary(matcherFixture);
const matcher = createMatcher(glossary);

/** What a reader would see underlined: the exact text of each match and its entry id, in order. */
function found(text: string, lang: Lang | undefined): Array<[string, string]> {
  return matcher.match(text, lang).map((m) => [text.slice(m.start, m.end), glossary.ids[m.entry] as string]);
}

interface Row {
  text: string;
  expected: Array<[string, string]>;
}

const NRF = 'nato-response-force';

/** Every row of the tables below, for the check of the content script / background split. */
const ALL: Array<Row & { lang: Lang | undefined }> = [];

describe('Dutch', () => {
  const rows: Row[] = [
    {
      text: 'De NAVO zet haar flitsmacht in.',
      expected: [
        ['NAVO', 'nato'],
        ['flitsmacht', NRF],
      ],
    },
    // whole words by Unicode letter boundaries
    { text: 'NAVO-troepen rukken op', expected: [['NAVO', 'nato']] },
    { text: 'De transportcompagnie met militairen', expected: [] },
    { text: 'Het tankbataljon rukt op', expected: [] },
    {
      text: 'Twee bataljons en drie bataljonnen',
      expected: [
        ['bataljons', 'battalion'],
        ['bataljonnen', 'battalion'],
      ],
    },
    {
      text: 'NAVO en NAVO',
      expected: [
        ['NAVO', 'nato'],
        ['NAVO', 'nato'],
      ],
    },
    { text: '🇳🇱 NAVO', expected: [['NAVO', 'nato']] },
    { text: 'Het legerkorps', expected: [['legerkorps', 'corps']] },
    // acronyms: capitals or capitalised, not lower case
    { text: 'De Navo-top', expected: [['Navo', 'nato']] },
    { text: 'de navo', expected: [] },
    { text: 'de NaVo', expected: [] },
    // longest form wins; phrases across whitespace, hyphens and newlines
    { text: 'De NATO Response Force is klaar.', expected: [['NATO Response Force', NRF]] },
    { text: 'De NATO Response is onvolledig', expected: [['NATO', 'nato']] },
    { text: 'NATO\nResponse Force', expected: [['NATO\nResponse Force', NRF]] },
    { text: 'NATO-Response-Force', expected: [['NATO-Response-Force', NRF]] },
    { text: 'NATO Response\u00a0Force', expected: [['NATO Response\u00a0Force', NRF]] },
    { text: 'NATO,  Response Force', expected: [['NATO', 'nato']] },
    { text: 'de snelle\nreactiemacht', expected: [['snelle\nreactiemacht', NRF]] },
    {
      text: 'NAVO-secretaris-generaal Stoltenberg',
      expected: [
        ['NAVO', 'nato'],
        ['secretaris-generaal', 'secretary-general'],
      ],
    },
    { text: 'de Secretaris Generaal', expected: [['Secretaris Generaal', 'secretary-general']] },
    // exact case and capitalised names
    { text: 'het hoofdkwartier SHAPE in Bergen', expected: [['SHAPE', 'shape']] },
    { text: 'Shape', expected: [] },
    { text: 'in goede shape', expected: [] },
    { text: 'Nederland levert Patriot-systemen', expected: [['Patriot', 'patriot']] },
    { text: 'een echte patriot', expected: [] },
    // digits
    { text: "Nieuwe F-16's", expected: [['F-16', 'f-16']] },
    { text: 'de f-16', expected: [] },
    { text: 'Leopard 2-tanks', expected: [['Leopard 2', 'leopard-2']] },
    { text: 'de Leopard-2', expected: [['Leopard-2', 'leopard-2']] },
    { text: 'een Leopard op de savanne', expected: [] },
    { text: 'de Leopard 20', expected: [] },
    // forms only in their own language
    { text: 'Het battalion rukt op', expected: [] },
    { text: 'Das Bataillon', expected: [] },
    // everyday words: cues, contrary words, collocations
    { text: 'Een compagnie militairen', expected: [['compagnie', 'company']] },
    { text: 'Twee compagnieën troepen', expected: [['compagnieën', 'company']] },
    {
      text: 'De Compagnie en het bataljon',
      expected: [
        ['Compagnie', 'company'],
        ['bataljon', 'battalion'],
      ],
    },
    { text: 'Het gezelschap is een compagnie', expected: [] },
    { text: 'De compagnie militairen speelde in het theater', expected: [] },
    { text: 'De Verenigde Oost-Indische Compagnie stuurde soldaten', expected: [] },
    { text: 'eerste divisie', expected: [] },
    { text: 'De club speelt in de eerste divisie', expected: [] },
    { text: 'De militairen van de eerste divisie', expected: [] },
    { text: 'De divisie telt tienduizend militairen', expected: [['divisie', 'division']] },
  ];
  ALL.push(...rows.map((row) => ({ ...row, lang: 'nl' as const })));
  test.each(rows)('$text', ({ text, expected }) => {
    expect(found(text, 'nl')).toEqual(expected);
  });
});

describe('English', () => {
  const rows: Row[] = [
    { text: 'NATO troops', expected: [['NATO', 'nato']] },
    { text: 'Nato allies', expected: [['Nato', 'nato']] },
    { text: 'nato', expected: [] },
    { text: 'the NATO Response Force', expected: [['NATO Response Force', NRF]] },
    { text: 'the NRF', expected: [['NRF', NRF]] },
    { text: 'a battalion of marines', expected: [['battalion', 'battalion']] },
    { text: 'the NAVO and a bataljon', expected: [] },
    { text: 'a company of infantry soldiers', expected: [['company', 'company']] },
    { text: 'Two companies of troops', expected: [['companies', 'company']] },
    {
      text: 'The company and the battalion',
      expected: [
        ['company', 'company'],
        ['battalion', 'battalion'],
      ],
    },
    { text: 'the company said on Tuesday its shares', expected: [] },
    { text: 'The company said the soldiers were deployed', expected: [] },
    { text: 'The company of soldiers sold its shares', expected: [] },
    { text: 'press corps', expected: [] },
    { text: 'The White House press corps met army officers', expected: [] },
    {
      text: 'an army corps of three divisions',
      expected: [
        ['corps', 'corps'],
        ['divisions', 'division'],
      ],
    },
    { text: 'three divisions of troops', expected: [['divisions', 'division']] },
    { text: 'the sales division', expected: [] },
    { text: 'Secretary General Jens Stoltenberg', expected: [['Secretary General', 'secretary-general']] },
    { text: 'the secretary-general', expected: [['secretary-general', 'secretary-general']] },
    { text: 'SHAPE in Mons', expected: [['SHAPE', 'shape']] },
    { text: 'Shape up', expected: [] },
    {
      text: 'Supreme Headquarters Allied Powers Europe',
      expected: [['Supreme Headquarters Allied Powers Europe', 'shape']],
    },
    { text: 'supreme headquarters allied powers europe', expected: [] },
    { text: 'Patriot missiles', expected: [['Patriot', 'patriot']] },
    { text: 'The Patriot Act', expected: [] },
    { text: 'The Patriot Act bans missile tests', expected: [] },
    { text: 'a true patriot', expected: [] },
    { text: 'F-16 jets', expected: [['F-16', 'f-16']] },
    { text: 'an F 16', expected: [['F 16', 'f-16']] },
  ];
  ALL.push(...rows.map((row) => ({ ...row, lang: 'en' as const })));
  test.each(rows)('$text', ({ text, expected }) => {
    expect(found(text, 'en')).toEqual(expected);
  });
});

describe('German', () => {
  const rows: Row[] = [
    { text: 'Der NATO-Gipfel', expected: [['NATO', 'nato']] },
    { text: 'Nato-Truppen', expected: [['Nato', 'nato']] },
    { text: 'Zwei Bataillone', expected: [['Bataillone', 'battalion']] },
    { text: 'des Bataillons', expected: [['Bataillons', 'battalion']] },
    { text: 'mit Bataillonen', expected: [['Bataillonen', 'battalion']] },
    { text: 'das bataillon', expected: [] },
    { text: 'Die Kompanie der Bundeswehr mit 120 Soldaten', expected: [['Kompanie', 'company']] },
    { text: 'Zwei Kompanien Infanterie', expected: [['Kompanien', 'company']] },
    { text: 'Die Kompanie tanzt im Theater', expected: [] },
    { text: 'Die Kompanie der Bundeswehr tanzt im Theater', expected: [] },
    { text: 'Die Panzerkompanie der Bundeswehr', expected: [] },
    {
      text: 'NATO-Generalsekretär Stoltenberg',
      expected: [
        ['NATO', 'nato'],
        ['Generalsekretär', 'secretary-general'],
      ],
    },
    { text: 'die NATO-Eingreiftruppe', expected: [['NATO-Eingreiftruppe', NRF]] },
    { text: 'der Leopard-2-Panzer', expected: [['Leopard-2', 'leopard-2']] },
    { text: 'Patriot-Raketen', expected: [['Patriot', 'patriot']] },
    { text: 'Ein Patriot liebt sein Land', expected: [] },
    { text: 'Die Division mit 20.000 Soldaten', expected: [['Division', 'division']] },
    { text: 'Die Division meldet Gewinne', expected: [] },
    { text: 'Das Korps mit 50.000 Soldaten', expected: [['Korps', 'corps']] },
    { text: 'the battalion', expected: [] },
  ];
  ALL.push(...rows.map((row) => ({ ...row, lang: 'de' as const })));
  test.each(rows)('$text', ({ text, expected }) => {
    expect(found(text, 'de')).toEqual(expected);
  });
});

describe('French', () => {
  const rows: Row[] = [
    { text: "l'OTAN", expected: [['OTAN', 'nato']] },
    { text: 'l’Otan', expected: [['Otan', 'nato']] },
    { text: "l'otan", expected: [] },
    { text: 'la NATO', expected: [] },
    {
      text: "le secrétaire général de l'OTAN",
      expected: [
        ['secrétaire général', 'secretary-general'],
        ['OTAN', 'nato'],
      ],
    },
    { text: 'la secrétaire générale', expected: [['secrétaire générale', 'secretary-general']] },
    { text: 'les bataillons', expected: [['bataillons', 'battalion']] },
    { text: 'la force de réaction rapide', expected: [['force de réaction rapide', NRF]] },
    { text: 'une compagnie de soldats du régiment', expected: [['compagnie', 'company']] },
    { text: 'Deux compagnies du régiment', expected: [['compagnies', 'company']] },
    { text: 'compagnie aérienne', expected: [] },
    { text: 'La compagnie aérienne transporte des soldats du régiment', expected: [] },
    { text: 'Les compagnies aériennes et les soldats', expected: [] },
    { text: 'en compagnie de', expected: [] },
    { text: 'Il est arrivé en compagnie de soldats du régiment', expected: [] },
    { text: 'une compagnie de théâtre', expected: [] },
    { text: "un corps d'armée", expected: [['corps', 'corps']] },
    { text: 'le corps humain', expected: [] },
    { text: 'une division de soldats', expected: [['division', 'division']] },
    { text: 'la division euclidienne', expected: [] },
  ];
  ALL.push(...rows.map((row) => ({ ...row, lang: 'fr' as const })));
  test.each(rows)('$text', ({ text, expected }) => {
    expect(found(text, 'fr')).toEqual(expected);
  });
});

describe('unknown language: only forms that are not everyday words', () => {
  const rows: Row[] = [
    { text: 'NATO', expected: [['NATO', 'nato']] },
    { text: 'NAVO-troepen', expected: [['NAVO', 'nato']] },
    { text: "l'OTAN", expected: [['OTAN', 'nato']] },
    {
      text: 'Bataillone und ein bataljon',
      expected: [
        ['Bataillone', 'battalion'],
        ['bataljon', 'battalion'],
      ],
    },
    { text: 'SHAPE', expected: [['SHAPE', 'shape']] },
    { text: 'a company of infantry soldiers', expected: [] },
    { text: 'une compagnie de soldats du régiment', expected: [] },
    { text: 'Die Kompanie der Bundeswehr mit 120 Soldaten', expected: [] },
    { text: 'an army corps of three divisions', expected: [] },
  ];
  ALL.push(...rows.map((row) => ({ ...row, lang: undefined })));
  test.each(rows)('$text', ({ text, expected }) => {
    expect(found(text, undefined)).toEqual(expected);
  });

  // "Patriot" is an everyday word in English and German (their forms are ambiguous), but a plain form
  // in Dutch and French. With the language unknown, the Dutch candidate still matches: an English page
  // without a lang attribute gets a missile card on "the Patriot Act". BUG, see the report.
  test('a form that is an everyday word in any language does not match', () => {
    expect(found('The Patriot Act was signed', undefined)).toEqual([]);
  });
});

describe('text as pages write it', () => {
  test('a phrase broken over lines and non-breaking spaces', () => {
    expect(found('de snelle\u00a0\nreactiemacht', 'nl')).toEqual([['snelle\u00a0\nreactiemacht', NRF]]);
  });

  test('typographic hyphens between the words of a form', () => {
    expect(found('de secretaris\u2011generaal', 'nl')).toEqual([
      ['secretaris\u2011generaal', 'secretary-general'],
    ]);
  });

  // News sites put soft hyphens (&shy;, U+00AD) into long words so headlines can break; the reader
  // sees "Bataillone". The matcher treats U+00AD as a separator between words, so the word is read as
  // "Ba", "tail", "lo", "ne" and nothing is found. BUG, see the report.
  test('a soft hyphen inside a word is invisible', () => {
    const text = 'Zwei Ba\u00adtail\u00adlo\u00adne der Bundeswehr';
    expect(found(text, 'de')).toEqual([[text.slice(5, 18), 'battalion']]);
  });

  // The full stop joins the words of forms like "lt. col.", but not across the end of a sentence.
  test('the end of a sentence does not join two words into a form', () => {
    expect(found('Hij sprak met de secretaris. Generaal Jansen zei niets.', 'nl')).toEqual([]);
    expect(found('They met at NATO. Response Force commanders came later.', 'en')).toEqual([
      ['NATO', 'nato'],
    ]);
  });
});

describe('match results', () => {
  test('carry the language of the form and come in text order without overlap', () => {
    const text = 'De NATO Response Force en de NAVO: een compagnie militairen en een bataljon.';
    const matches = matcher.match(text, 'nl');
    expect(matches.map((m) => m.lang)).toEqual(['nl', 'nl', 'nl', 'nl']);
    for (let i = 1; i < matches.length; i++) {
      expect(matches[i]?.start).toBeGreaterThanOrEqual(matches[i - 1]?.end as number);
    }
  });

  test('mark what was found through an everyday word', () => {
    const text = 'Een compagnie militairen en een bataljon';
    expect(matcher.match(text, 'nl').map((m) => [text.slice(m.start, m.end), m.rule >= 0])).toEqual([
      ['compagnie', true],
      ['bataljon', false],
    ]);
  });

  test('with explain, say why an everyday word was turned down', () => {
    const reasons = (text: string, lang: Lang) =>
      matcher.match(text, lang, { explain: true }).map((m) => [text.slice(m.start, m.end), m.rejected]);
    expect(reasons('en compagnie de soldats', 'fr')).toEqual([['compagnie', 'collocation']]);
    expect(reasons('Het gezelschap is een compagnie', 'nl')).toEqual([['compagnie', 'no cue']]);
    expect(reasons('Die Kompanie der Bundeswehr tanzt im Theater', 'de')).toEqual([
      ['Kompanie', 'contrary words'],
    ]);
    expect(reasons('Een compagnie militairen', 'nl')).toEqual([['compagnie', undefined]]);
  });

  test('an empty text or one without words has no match', () => {
    expect(matcher.match('', 'nl')).toEqual([]);
    expect(matcher.match(' — 2022 … ', 'nl')).toEqual([]);
  });
});

describe('the fixture glossary', () => {
  test('is valid', () => {
    expect(validateGlossary([{ file: 'matcher-fixture', data: matcherFixture }]).errors).toEqual([]);
  });

  // Every form must be findable as it is written; an ambiguous one with its first cue beside it.
  const cases = matcherFixture.flatMap((entry) =>
    (['nl', 'en', 'de', 'fr'] as const).flatMap((lang) =>
      entry.terms[lang].forms.map((form) => ({ id: entry.id, lang, form: formText(form) })),
    ),
  );
  test.each(cases)('$lang form "$form" of $id matches its own spelling', ({ id, lang, form }) => {
    const entry = matcherFixture.find((e) => e.id === id);
    const cue = entry?.terms[lang].ambiguous?.forms.includes(form)
      ? ` ${entry.terms[lang].ambiguous?.cues[0]?.replace('*', '')}`
      : '';
    expect(found(form + cue, lang)[0]).toEqual([form, id]);
  });
});

describe('the check accepts only forms the matcher can find', () => {
  /** A one-entry glossary whose only French form is `form`. */
  function withFrenchForm(form: string) {
    return DataFile.parse([
      {
        id: 'chief-of-staff',
        category: 'role',
        terms: {
          nl: { name: 'chef-staf', forms: ['chef-staf'], definition: 'Leidt een staf.' },
          en: { name: 'chief of staff', forms: ['chief of staff'], definition: 'Heads a staff.' },
          de: { name: 'Stabschef', forms: ['Stabschef'], definition: 'Leitet einen Stab.' },
          fr: { name: form, forms: [form], definition: 'Dirige un état-major.' },
        },
        sources: ['https://fr.wikipedia.org/wiki/Chef_d%27%C3%A9tat-major'],
      },
    ]);
  }

  /** Whether the check accepts the form, and whether the matcher finds it in text that spells it. */
  function checkAndFind(form: string) {
    const data = withFrenchForm(form);
    const accepted = validateGlossary([{ file: 'fixture', data }]).errors.length === 0;
    const text = `le ${form} des armées`;
    const hits = createMatcher(compileGlossary(data)).match(text, 'fr');
    // The match covers the form's words (a full stop after the last word is not part of it).
    const findable = hits.some((m) => m.start === 3 && formKey(text.slice(m.start, m.end)) === formKey(form));
    return { accepted, findable };
  }

  test.each(["chef d'état-major", 'chef d’état-major'])('a form with an elision apostrophe: %s', (form) => {
    expect(checkAndFind(form)).toEqual({ accepted: true, findable: true });
  });

  test('an elided form matches either apostrophe in text', () => {
    const m = createMatcher(compileGlossary(withFrenchForm("chef d'état-major")));
    for (const text of ["le chef d'état-major", 'le chef d’état-major']) {
      expect(m.match(text, 'fr').map((hit) => text.slice(hit.start, hit.end))).toEqual([text.slice(3)]);
    }
  });

  test.each(['lt.-col.', 'lt. col.'])('a form with a full stop between its words: %s', (form) => {
    expect(checkAndFind(form)).toEqual({ accepted: true, findable: true });
  });
});

/**
 * The content script carries the glossary without the rules' word lists and finds candidates; the
 * background judges the everyday words with the full rules. Together they must decide as one matcher.
 */
describe('content script candidates judged by the background', () => {
  const light = createMatcher(parseGlossary(serializeGlossary(matcherFixture, { rules: false })));
  const judge = createJudge(parseGlossary(serializeGlossary(matcherFixture)).ruleTable);

  test('the tables above have rows', () => {
    expect(ALL.length).toBeGreaterThan(100);
  });

  test('decide as the full matcher on every row of the tables', () => {
    for (const { text, lang } of ALL) {
      // the message to the background is JSON: what is judged is what survives the trip
      const sent = JSON.parse(JSON.stringify(light.candidates(text, lang)));
      expect(judge(text, sent), text).toEqual(matcher.match(text, lang));
    }
  });

  test('candidates include everyday words the judge turns down', () => {
    const text = 'the company said on Tuesday its shares';
    expect(light.candidates(text, 'en').map((m) => text.slice(m.start, m.end))).toEqual(['company']);
    expect(judge(text, light.candidates(text, 'en'))).toEqual([]);
  });
});

/**
 * The scanner's path: the places a prefilter gives, then the words at them. The module's places and
 * its JavaScript twin's must both lead to every term the plain loop finds over the whole text.
 */
describe('candidates at the places a prefilter gives', () => {
  const plain = createMatcher(glossary, { prefilter: false });
  const tricky = [
    'NATO\u00ad-troepen en de flitsmacht',
    'flits\u00admacht van de NAVO',
    'Кирилиця NATO Response Force 🚀NATO𝒜 NATO',
    'het bataljon→brigade en NAVO\u2014speerpunt',
    'lone \ud800 surrogate before NATO and after\udc00NAVO',
    '\ufeffNATO\u3000Response\u00a0Force',
    'ΑΒΓ Ελληνικά NATO-Response-Force İstanbul ıNATO',
    '',
    'Brigade',
    'de 13e Lichte Brigade en 43 Gemechaniseerde Brigade',
  ];

  /** The candidates of `text` as the scanner finds them with this matcher's places. */
  function atPlaces(m: typeof matcher, text: string, lang: Lang | undefined): Match[] {
    const places = m.places(text, [0], 0);
    return m.candidatesAt(text, lang, places.pairs, places.count);
  }

  test('the module runs here, and not where it was not asked for', () => {
    expect(matcher.prefiltered).toBe(true);
    expect(plain.prefiltered).toBe(false);
  });

  test.each(['nl', 'en', 'de', 'fr', undefined] as const)(
    'the same as the plain loop, language %s',
    (lang) => {
      const texts = [...tricky, ...ALL.filter((row) => row.lang === lang).map((row) => row.text)];
      let found = 0;
      for (const text of texts) {
        const expected = plain.candidates(text, lang);
        expect(atPlaces(matcher, text, lang), text).toEqual(expected);
        expect(atPlaces(plain, text, lang), text).toEqual(expected);
        found += expected.length;
      }
      expect(found).toBeGreaterThan(0);
    },
  );
});

describe('whether nothing starts at a place, from its text node and the neighbours’ edges', () => {
  const SPACE = 0x20;
  // "bataljon" is a Dutch form only: in English text no term starts at it.
  test('a word at the node’s start after a space, or at the first node, is decided there', () => {
    expect(matcher.nothingStartsAt('bataljon', 'en', 0, SPACE, ' and')).toBe(true);
    expect(matcher.nothingStartsAt('bataljon', 'en', 0, -1, ' and')).toBe(true);
  });

  test('after a letter or an empty node, the word may go on from the node before', () => {
    expect(matcher.nothingStartsAt('bataljon', 'en', 0, 0x61, ' and')).toBe(false);
    expect(matcher.nothingStartsAt('bataljon', 'en', 0, undefined, ' and')).toBe(false);
  });

  test('a word reaching the node’s end is decided only if the next node cannot lengthen it', () => {
    expect(matcher.nothingStartsAt('bataljon', 'en', 0, SPACE, 's')).toBe(false);
    expect(matcher.nothingStartsAt('bataljon', 'en', 0, SPACE, undefined)).toBe(false);
    expect(matcher.nothingStartsAt('bataljon', 'en', 0, SPACE, '')).toBe(false);
  });

  test('where a term starts, or a phrase may run on into the next node, the run decides', () => {
    expect(matcher.nothingStartsAt('het bataljon', 'nl', 4, -1, ' en')).toBe(false);
    expect(matcher.nothingStartsAt('a Leopard', 'en', 2, -1, ' 2 tank')).toBe(false);
    expect(matcher.nothingStartsAt('a Leopard', 'en', 2, -1, ' 2')).toBe(false);
    expect(matcher.nothingStartsAt('a Leopard', 'en', 2, -1, ' cub was born')).toBe(true);
  });
});
