import { writeFileSync } from 'node:fs';
import { canonical, readDataFiles } from '../glossary/load';
import { CATEGORIES, LANGS } from '../glossary/schema';
import { validateGlossary } from '../glossary/validate';

/**
 * Tooling for whoever extends the glossary:
 *   check [--quiet]   validate the data, print counts per category and language
 *   format            sort entries by id and rewrite every data file in canonical JSON
 *   find <page.html>  print every match in a page with its context and concept (for annotating)
 *   text <page.html>  print the page's text as the content script reads it, one block per line
 */

function check(quiet: boolean): number {
  const files = readDataFiles();
  const { entries, errors } = validateGlossary(files);
  const unformatted = files.filter((f) => f.raw !== canonical(f.data)).map((f) => f.file);
  for (const file of unformatted)
    errors.push(`${file}: not in canonical format (run: npm run glossary -- format)`);
  if (errors.length > 0) {
    console.error(`The glossary is invalid (${errors.length} problems):`);
    for (const error of errors) console.error(`  - ${error}`);
    return 1;
  }
  if (quiet) return 0;
  console.log(`${entries.length} concepts in ${files.length} files`);
  console.log('\nconcepts per category');
  for (const category of CATEGORIES) {
    console.log(`  ${category.padEnd(14)}${entries.filter((e) => e.category === category).length}`);
  }
  console.log('\nforms per language (ambiguous forms)');
  for (const lang of LANGS) {
    const forms = entries.reduce((n, e) => n + e.terms[lang].forms.length, 0);
    const ambiguous = entries.reduce((n, e) => n + (e.terms[lang].ambiguous?.forms.length ?? 0), 0);
    console.log(`  ${lang}  ${String(forms).padStart(5)}  (${ambiguous})`);
  }
  const units = entries.filter((e) => e.unit?.strength).length;
  console.log(`\n${units} concepts with a strength, ${entries.filter((e) => e.note).length} with a note`);
  return 0;
}

function format(): number {
  for (const file of readDataFiles()) {
    if (!Array.isArray(file.data)) {
      console.error(`${file.file}: not a JSON array, left as it is`);
      continue;
    }
    // Plain code-point order, as the check compares ids, so the order never depends on a locale.
    const sorted = [...file.data].sort((a, b) => (String(a.id) < String(b.id) ? -1 : 1));
    const text = canonical(sorted);
    if (text !== file.raw) {
      writeFileSync(file.path, text);
      console.log(`formatted ${file.file}`);
    }
  }
  return 0;
}

async function find(page: string | undefined): Promise<number> {
  if (!page) {
    console.error('usage: npm run glossary -- find <page.html>');
    return 2;
  }
  const { findInPage } = await import('./find-in-page');
  const rows = await findInPage(page);
  console.log('occurrence\ttext\tconcept\tlang\tstatus\tcontext');
  for (const row of rows) {
    console.log(
      `${row.occurrence}\t${row.text}\t${row.concept}\t${row.lang}\t${row.status}\t…${row.context}…`,
    );
  }
  const kept = rows.filter((row) => !row.status.startsWith('rejected'));
  console.log(`${kept.length} highlighted, ${rows.length - kept.length} everyday words turned down`);
  return 0;
}

async function text(page: string | undefined): Promise<number> {
  if (!page) {
    console.error('usage: npm run glossary -- text <page.html>');
    return 2;
  }
  const { pageText } = await import('../tests/corpus/page-runs');
  const { lang, runs } = await pageText(page);
  console.log(`# page language: ${lang ?? 'unknown'}`);
  runs.forEach((run, i) => {
    console.log(`${i}\t${run.lang ?? '-'}\t${run.text.replace(/\s+/g, ' ').trim()}`);
  });
  return 0;
}

const [command, ...rest] = process.argv.slice(2);
const commands: Record<string, () => number | Promise<number>> = {
  check: () => check(rest.includes('--quiet')),
  format,
  find: () => find(rest[0]),
  text: () => text(rest[0]),
};
const run = command ? commands[command] : undefined;
if (!run) {
  console.error('usage: npm run glossary -- check [--quiet] | format | find <page.html> | text <page.html>');
  process.exit(2);
}
void Promise.resolve(run()).then((code) => process.exit(code));
