import { toLang } from '../../glossary/language';
import type { Lang } from '../../glossary/schema';

/** The host of the extension's own shadow-root UI. */
export const UI_TAG = 'context-cards-ui';

/** Never scanned: the extension's UI, code, form fields, scripts, media and other non-prose. */
const SKIPPED = new Set([
  UI_TAG,
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'code',
  'pre',
  'kbd',
  'samp',
  'svg',
  'math',
  'iframe',
  'object',
  'canvas',
  'video',
  'audio',
  'button',
]);

/** Elements that end a run. Anything else (a, span, em, custom elements ...) continues it. */
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'br',
  'caption',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'img',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

// Node type numbers, not the Node global, so the same code reads a DOM parsed outside a browser.
export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** Whether a subtree is off limits, by what the element itself says, without layout. */
export function isSkipped(el: Element): boolean {
  return (
    SKIPPED.has(el.localName) ||
    el.hasAttribute('hidden') ||
    (el.hasAttribute('contenteditable') && (el as HTMLElement).isContentEditable)
  );
}

export function isBlock(el: Element): boolean {
  return BLOCKS.has(el.localName);
}

/** What an element means for the text in it. */
export interface Place {
  /** The nearest block element: text under the same one, with nothing skipped between, is one run. */
  block: Element | null;
  skip: boolean;
  lang: Lang | undefined;
}

/**
 * The places of elements, each worked out once from its parent's. An element without attributes
 * (most) is known by its tag name alone. (Each DOM call costs, most of all from a content script's
 * isolated world, and a scan asks this only around the few places where a term may be.)
 */
export function placesUnder(root: Node, lang: Lang | undefined): (el: Element) => Place {
  const doc = root.ownerDocument ?? (root as Document);
  const places = new Map<Element, Place>();

  const placeOf = (el: Element): Place => {
    const known = places.get(el);
    if (known) return known;
    const parent = el.parentElement;
    let place: Place;
    if (!parent || el === doc.documentElement) {
      // The page's own language was settled by pageLang(), which may overrule a wrong <html lang>.
      place = { block: el, skip: false, lang };
    } else {
      const up = placeOf(parent);
      const name = el.localName;
      if (el.hasAttributes()) {
        const tag = el.getAttribute('lang');
        place = {
          block: BLOCKS.has(name) ? el : up.block,
          skip: up.skip || isSkipped(el),
          lang: tag === null ? up.lang : toLang(tag),
        };
      } else {
        place = {
          block: BLOCKS.has(name) ? el : up.block,
          skip: up.skip || SKIPPED.has(name),
          lang: up.lang,
        };
      }
    }
    places.set(el, place);
    return place;
  };
  return placeOf;
}
