import { z } from 'zod';
import { CATEGORIES, LANGS } from './langs';

/**
 * The one schema of the glossary. Types derive from it (z.infer), the build and the tests validate
 * every data file against it, and `npm run glossary -- check` prints its errors by entry and field.
 */

export { CATEGORIES, LANGS };
export const Lang = z.enum(LANGS);
export type Lang = z.infer<typeof Lang>;
export const Category = z.enum(CATEGORIES);
export type Category = z.infer<typeof Category>;

const text = z.string().trim().min(1);
/** Forms and rule words are joined with these in the compiled glossary (compile.ts). */
const token = text.regex(/^[^|~\t\n]+$/, 'must not contain "|", "~", a tab or a line break');

function perLang<T extends z.ZodType>(value: T) {
  return z.strictObject({ nl: value, en: value, de: value, fr: value });
}

/**
 * A form as it is written in running text. Case is checked token by token: an all-capitals token
 * ("NATO") matches capitals or a capitalised word ("Nato"), a capitalised token ("Patriot") needs a
 * capital, a lower-case token matches in any case. `case: "exact"` demands the form letter for letter
 * ("SHAPE" must not match "Shape").
 */
export const Form = z.union([token, z.strictObject({ text: token, case: z.literal('exact') })]);
export type Form = z.infer<typeof Form>;

/**
 * Forms that are also everyday words. Each is highlighted only when its block reads as military:
 * no collocation around it rules the military sense out, no contrary word outweighs the cues, and at
 * least one cue (or an unambiguous military term) stands in the same block.
 *
 * A cue or contrary word ending in `*` matches any word that starts with it. A collocation is a
 * short phrase in which `_` stands for the form ("en _ de", "_ aérienne", "press _"). `page: true`
 * lets a page full of military terms stand in for a missing cue.
 */
export const Ambiguity = z.strictObject({
  forms: z.array(token).min(1),
  senses: z.array(text).min(2),
  cues: z.array(token).min(1),
  against: z.array(token).default([]),
  collocations: z.array(token).default([]),
  /**
   * The word may also take its sense from the page: where its block has no cue and no contrary word,
   * a page with military terms throughout (PAGE_CUES or more unambiguous ones) confirms it. For words
   * whose everyday sense is rare beside military news (a ministry's "Defensie" menu), never for
   * "company" or "division", which business and sports pages use beside a military story.
   */
  page: z.boolean().default(false),
  /**
   * Only the listed cues count: other glossary terms in the block do not. For generic words
   * ("groep", "Gruppe", "section") that a military paragraph uses in their everyday sense.
   */
  cuesOnly: z.boolean().default(false),
});
export type Ambiguity = z.infer<typeof Ambiguity>;

export const Term = z.strictObject({
  name: text,
  forms: z.array(Form).min(1),
  definition: text,
  ambiguous: Ambiguity.optional(),
});
export type Term = z.infer<typeof Term>;

export const Strength = z
  .strictObject({ min: z.number().int().positive(), max: z.number().int().positive() })
  .refine((s) => s.min <= s.max, { message: 'min is greater than max', path: ['min'] });

export const UnitFacts = z.strictObject({
  /** APP-6 echelon sign: Ø, •, ••, •••, I, II, III, X, XX, XXX, XXXX, XXXXX. */
  echelon: text.optional(),
  strength: Strength.optional(),
  composition: perLang(text),
  commander: perLang(text),
});

export const RankFacts = z.strictObject({
  /** NATO STANAG 2116 code: OF-1 … OF-10, OR-1 … OR-9. */
  code: z.string().regex(/^(OF-(D|[1-9]|10)|OR-[1-9])$/, 'a NATO code such as OF-4 or OR-6'),
  commands: perLang(text),
});

export const Entry = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'kebab-case ascii'),
    category: Category,
    terms: perLang(Term),
    unit: UnitFacts.optional(),
    rank: RankFacts.optional(),
    /** Shown on the card where sources disagree or a figure needs context. */
    note: perLang(text).optional(),
    sources: z.array(z.url({ protocol: /^https$/ })).min(1),
  })
  .superRefine((entry, ctx) => {
    if (entry.category === 'rank' && !entry.rank) {
      ctx.addIssue({ code: 'custom', message: 'a rank needs its NATO code', path: ['rank'] });
    }
    if (entry.rank && entry.category !== 'rank') {
      ctx.addIssue({ code: 'custom', message: 'only ranks have rank facts', path: ['rank'] });
    }
    if (entry.unit && entry.category !== 'unit' && entry.category !== 'force') {
      ctx.addIssue({ code: 'custom', message: 'only units and forces have unit facts', path: ['unit'] });
    }
    for (const lang of LANGS) {
      const term = entry.terms[lang];
      const forms = new Set(term.forms.map(formText));
      for (const form of term.ambiguous?.forms ?? []) {
        if (!forms.has(form)) {
          ctx.addIssue({
            code: 'custom',
            message: `ambiguous form "${form}" is not among the forms`,
            path: ['terms', lang, 'ambiguous', 'forms'],
          });
        }
      }
    }
  });
export type Entry = z.infer<typeof Entry>;
export type UnitFacts = z.infer<typeof UnitFacts>;
export type RankFacts = z.infer<typeof RankFacts>;

/** A data file: entries of any categories, sorted by id. */
export const DataFile = z.array(Entry);

export function formText(form: Form): string {
  return typeof form === 'string' ? form : form.text;
}
