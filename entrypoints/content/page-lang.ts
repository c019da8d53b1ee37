import type { Lang } from '../../glossary/langs';
import { guessLang, LOOSE, STRICT, toLang } from '../../glossary/language';

/**
 * The page's language, from its title and first paragraphs where they tell clearly, else as <html>
 * declares it. Real pages declare wrongly often enough (a German or French article under lang="en",
 * from a shared template) that the text has the last word.
 */
export function pageLang(doc: Document): Lang | undefined {
  const declared = toLang(doc.documentElement.getAttribute('lang'));
  return guessLang(`${doc.title} ${firstProse(doc).join(' ')}`, declared ? STRICT : LOOSE) ?? declared;
}

const SAMPLE = 80;

/**
 * The text of the first SAMPLE headings, paragraphs and list items, in document order. Only those
 * are taken from the list: spreading it would make an object for each of a large page's thousands
 * (measured on a long live blog: 8.2 ms against 4.7 ms).
 */
function firstProse(doc: Document): string[] {
  const list = doc.querySelectorAll('h1, h2, h3, p, li');
  const texts: string[] = [];
  for (let i = 0; i < Math.min(SAMPLE, list.length); i++) texts.push(list[i]?.textContent ?? '');
  return texts;
}
