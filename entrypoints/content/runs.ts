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

/** The language that applies at a node, from the nearest lang attribute below <html>. */
export function langAt(node: Node, fallback: Lang | undefined): Lang | undefined {
  const el = node.nodeType === ELEMENT_NODE ? (node as Element) : node.parentElement;
  const tagged = el?.closest('[lang]');
  // The page's own language was settled by pageLang(), which may overrule a wrong <html lang>.
  if (!tagged || tagged === node.ownerDocument?.documentElement) return fallback;
  return toLang(tagged.getAttribute('lang'));
}

/**
 * Reads the runs under `root` in document order. Recursion follows the DOM's depth, which pages keep
 * far below any stack limit; a plain loop over siblings keeps it fast on 10,000-element pages.
 */
/** `lang` is the language of text with no lang attribute of its own. */
export function collectRuns(root: Node, lang: Lang | undefined): Run[] {
  const runs: Run[] = [];
  let nodes: Text[] = [];
  let starts: number[] = [];
  let parts: string[] = [];
  let length = 0;
  let runLang: Lang | undefined;

  const end = () => {
    if (nodes.length === 0) return;
    const text = parts.length === 1 ? (parts[0] as string) : parts.join('');
    if (HAS_LETTER.test(text)) runs.push({ text, nodes, starts, lang: runLang });
    nodes = [];
    starts = [];
    parts = [];
    length = 0;
  };

  const addText = (node: Text, lang: Lang | undefined) => {
    if (nodes.length > 0 && lang !== runLang) end();
    if (nodes.length === 0) runLang = lang;
    nodes.push(node);
    starts.push(length);
    parts.push(node.data);
    length += node.data.length;
  };

  const visit = (parent: Node, parentLang: Lang | undefined) => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        addText(child as Text, parentLang);
      } else if (child.nodeType === ELEMENT_NODE) {
        const el = child as Element;
        const block = isBlock(el);
        if (isSkipped(el)) {
          // A skipped element still separates words: "NATO <code>x</code> Force" is no phrase.
          end();
          continue;
        }
        const tag = el.getAttribute('lang');
        const childLang = tag === null ? parentLang : toLang(tag);
        if (block) end();
        visit(el, childLang);
        if (block) end();
      }
    }
  };

  // A rescan may start inside a region the first pass skipped (an editor, a hidden subtree).
  for (
    let el = root.nodeType === ELEMENT_NODE ? (root as Element) : root.parentElement;
    el;
    el = el.parentElement
  ) {
    if (isSkipped(el)) return runs;
  }
  if (root.nodeType === TEXT_NODE) {
    addText(root as Text, langAt(root, lang));
  } else {
    visit(root, langAt(root, lang));
  }
  end();
  return runs;
}
