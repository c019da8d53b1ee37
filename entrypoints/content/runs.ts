import { toLang } from '../../glossary/language';
import type { Lang } from '../../glossary/schema';

/**
 * A run is the text of one block as a reader sees it: the text nodes between two block boundaries,
 * joined, so a phrase that crosses inline markup (`NATO <em>Response</em> Force`) is one string.
 * It is also the context in which everyday words look for military cues.
 */
export interface Run {
  text: string;
  nodes: Text[];
  /** Where each node's text starts in `text`. */
  starts: number[];
  lang: Lang | undefined;
}

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

const HAS_LETTER = /\p{L}/u;
/** Elements whose attributes matter to a scan. */
const MARKED = '[lang], [hidden], [contenteditable]';
// Node type numbers, not the Node global, so the same code reads a DOM parsed outside a browser.
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

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

interface Place {
  /** The nearest block element: text under the same one, with nothing skipped between, is one run. */
  block: Element | null;
  skip: boolean;
  lang: Lang | undefined;
}

const SHOW_TEXT = 4;

/**
 * Reads the runs under `root` in document order. A native TreeWalker hands over the text nodes only,
 * so elements cost a visit each only as a text node's ancestors, and once: what an element means for
 * its text (block, skipped, language) is worked out from its parent's and kept. Script code pays
 * for every DOM node it touches, and more from a content script's isolated world.
 */
export function collectRuns(root: Node, lang: Lang | undefined): Run[] {
  return [...readRuns(root, lang)];
}

/** The runs under `root` one at a time, so a scan can give the page its turn in the middle of a walk. */
export function* readRuns(root: Node, lang: Lang | undefined): Generator<Run, void, undefined> {
  let ready: Run | undefined;
  let nodes: Text[] = [];
  let starts: number[] = [];
  let parts: string[] = [];
  let length = 0;
  let runPlace: Place | undefined;
  const doc = root.ownerDocument ?? (root as Document);
  const places = new Map<Element, Place>();
  // Attributes are asked of the few elements that have them, found natively in one call; every
  // other element is known by its tag name alone. (Each DOM call costs, most of all from a content
  // script's isolated world.)
  const marked = new Set<Element>(
    root.nodeType === ELEMENT_NODE ? (root as Element).querySelectorAll(MARKED) : [],
  );
  // The root and its ancestors are not covered by the query under the root: asked one by one.
  for (
    let up = root.nodeType === ELEMENT_NODE ? (root as Element) : root.parentElement;
    up;
    up = up.parentElement
  ) {
    marked.add(up);
  }

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
      if (marked.has(el)) {
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

  const end = () => {
    if (nodes.length === 0) return;
    const text = parts.length === 1 ? (parts[0] as string) : parts.join('');
    if (HAS_LETTER.test(text)) ready = { text, nodes, starts, lang: runPlace?.lang };
    nodes = [];
    starts = [];
    parts = [];
    length = 0;
  };

  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  let node: Node | null = root.nodeType === TEXT_NODE ? root : walker.nextNode();
  let lastParent: Node | null = null;
  for (; node; node = walker.nextNode()) {
    const parent = node.parentNode;
    if (!parent || parent.nodeType !== ELEMENT_NODE) continue;
    const place = placeOf(parent as Element);
    const breaks =
      place.skip ||
      (nodes.length > 0 && (place.block !== runPlace?.block || place.lang !== runPlace?.lang)) ||
      // Two text nodes of one parent with an element between: a <br> breaks the line, and the run.
      (parent === lastParent && (node.previousSibling as Element | null)?.localName === 'br');
    if (breaks) {
      end();
      if (ready) yield ready;
      ready = undefined;
    }
    if (place.skip) {
      // A skipped element still separates words: "NATO <code>x</code> Force" is no phrase.
      lastParent = null;
      continue;
    }
    lastParent = parent;
    if (nodes.length === 0) runPlace = place;
    const data = (node as Text).data;
    nodes.push(node as Text);
    starts.push(length);
    parts.push(data);
    length += data.length;
  }
  end();
  if (ready) yield ready;
}
