import { compileGlossary } from '../../glossary/compile';
import { LANGS, type Lang } from '../../glossary/langs';
import { loadGlossary } from '../../glossary/load';

/** Every form the extension looks for in text of this language, as written (without the exact-case mark). */
export function glossaryForms(lang: Lang): string[] {
  const slot = LANGS.indexOf(lang);
  const forms = compileGlossary(loadGlossary()).forms.flatMap((perLang) => perLang[slot]?.split('|') ?? []);
  return [...new Set(forms.filter(Boolean).map((form) => (form.startsWith('=') ? form.slice(1) : form)))];
}
