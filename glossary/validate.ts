import type { z } from 'zod';
import { DataFile, type Entry, formText, LANGS } from './schema';
import { formKey } from './tokens';

export interface DataSource {
  file: string;
  data: unknown;
}

export interface Validated {
  entries: Entry[];
  errors: string[];
}

function describe(file: string, data: unknown, issue: z.core.$ZodIssue): string {
  const [index, ...field] = issue.path;
  const raw = Array.isArray(data) && typeof index === 'number' ? data[index] : undefined;
  const id =
    raw && typeof raw === 'object' && 'id' in raw && typeof raw.id === 'string'
      ? raw.id
      : `entry ${String(index)}`;
  const where = field.length > 0 ? field.join('.') : '(entry)';
  return `${file}: ${id}: ${where}: ${issue.message}`;
}

/**
 * Checks every data file against the schema, then what the schema cannot see alone: ids unique and
 * sorted, and no form filed under two entries in one language (the matcher could not tell them apart).
 */
export function validateGlossary(sources: DataSource[]): Validated {
  const errors: string[] = [];
  const entries: Entry[] = [];
  const fileOf = new Map<string, string>();

  for (const { file, data } of sources) {
    const parsed = DataFile.safeParse(data);
    if (!parsed.success) {
      errors.push(...parsed.error.issues.map((issue) => describe(file, data, issue)));
      continue;
    }
    parsed.data.forEach((entry, i) => {
      const previous = parsed.data[i - 1];
      if (previous && previous.id >= entry.id) {
        errors.push(`${file}: ${entry.id}: id: not sorted (comes after "${previous.id}")`);
      }
      const other = fileOf.get(entry.id);
      if (other) errors.push(`${file}: ${entry.id}: id: duplicate id (also in ${other})`);
      fileOf.set(entry.id, file);
      entries.push(entry);
    });
  }

  for (const lang of LANGS) {
    // A form may stand in two entries of one language only where both call it an everyday word:
    // their rules then tell the senses apart, and the matcher tries one after the other.
    const owner = new Map<string, { id: string; everyday: boolean }>();
    for (const entry of entries) {
      const everyday = new Set(entry.terms[lang].ambiguous?.forms.map(formKey) ?? []);
      for (const form of entry.terms[lang].forms) {
        const key = formKey(formText(form));
        if (key === '') {
          errors.push(
            `${fileOf.get(entry.id)}: ${entry.id}: terms.${lang}.forms: "${formText(form)}" has no word`,
          );
          continue;
        }
        // The prefilter files forms by Latin letters only (prefilter.wat); other scripts never match.
        if ([...key].some((c) => c.charCodeAt(0) >= 0x250 && /[\p{L}\p{M}\p{N}]/u.test(c))) {
          errors.push(
            `${fileOf.get(entry.id)}: ${entry.id}: terms.${lang}.forms: "${formText(form)}" has a letter outside the Latin tables (U+0000–U+024F)`,
          );
        }
        const first = owner.get(key);
        const mine = everyday.has(key);
        if (first && first.id !== entry.id && !(first.everyday && mine)) {
          errors.push(
            `${fileOf.get(entry.id)}: ${entry.id}: terms.${lang}.forms: "${formText(form)}" is also a form of "${first.id}" in ${lang}, and nothing tells them apart`,
          );
        }
        owner.set(key, { id: entry.id, everyday: mine && (first?.everyday ?? true) });
      }
      const ambiguity = entry.terms[lang].ambiguous;
      for (const collocation of ambiguity?.collocations ?? []) {
        if (!collocation.split(/\s+/).includes('_')) {
          errors.push(
            `${fileOf.get(entry.id)}: ${entry.id}: terms.${lang}.ambiguous.collocations: "${collocation}" has no "_" standing for the form`,
          );
        }
      }
    }
  }
  return { entries: errors.length === 0 ? entries : [], errors };
}
