import { type Category, LANGS, type Lang } from './langs';
import type { Entry } from './schema';

/** One entry as a card shows it: narrowed to the card's language, the other names kept beside. */
export interface CardData {
  id: string;
  lang: Lang;
  category: Category;
  name: string;
  definition: string;
  unit?: {
    echelon?: string;
    strength?: { min: number; max: number };
    composition: string;
    commander: string;
  };
  rank?: { code: string; commands: string };
  note?: string;
  otherNames: Array<{ lang: Lang; name: string }>;
  sources: string[];
}

export function cardData(entry: Entry, lang: Lang): CardData {
  const term = entry.terms[lang];
  const { unit, rank, note } = entry;
  return {
    id: entry.id,
    lang,
    category: entry.category,
    name: term.name,
    definition: term.definition,
    ...(unit && {
      unit: {
        ...(unit.echelon && { echelon: unit.echelon }),
        ...(unit.strength && { strength: unit.strength }),
        composition: unit.composition[lang],
        commander: unit.commander[lang],
      },
    }),
    ...(rank && { rank: { code: rank.code, commands: rank.commands[lang] } }),
    ...(note && { note: note[lang] }),
    otherNames: LANGS.filter((other) => other !== lang).map((other) => ({
      lang: other,
      name: entry.terms[other].name,
    })),
    sources: entry.sources,
  };
}
