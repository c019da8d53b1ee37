import type { Lang } from '../../glossary/langs';
import { guessLang, LOOSE, STRICT, toLang } from '../../glossary/language';

/**
 * The page's language, from its title and first paragraphs where they tell clearly, else as <html>
 * declares it. Real pages declare wrongly often enough (a German or French article under lang="en",
 * from a shared template) that the text has the last word.
 */
export function pageLang(doc: Document): Lang | undefined {
  const declared = toLang(doc.documentElement.getAttribute('lang'));
  const sample = [...doc.querySelectorAll('h1, h2, h3, p, li')]
    .slice(0, 80)
    .map((el) => el.textContent)
    .join(' ');
  return guessLang(`${doc.title} ${sample}`, declared ? STRICT : LOOSE) ?? declared;
}
