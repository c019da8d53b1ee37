import type { Lang } from '../../glossary/schema';
import { ELEMENT_NODE, type Place, placesUnder, TEXT_NODE } from './places';
import type { Run } from './runs';

const SHOW_TEXT = 4;
/** Text nodes this long are asked for their parent as they are read: mostly scripts and styles. */
const LONG = 1024;

/** A run and the nodes it spans in a reader's list. */
export interface RunSpan {
  run: Run;
  first: number;
  last: number;
}

/**
 * The text nodes under a root in document order, read in slices, with the runs around any of them
 * worked out on request. Reading asks each node for its text only, the least any scan can do; what
 * an element means (block, skipped, language) costs a parent lookup per node, so it is asked only
 * for the nodes whose run is wanted: on most pages, few.
 */
export class TextReader {
  readonly nodes: Text[] = [];
  readonly texts: string[] = [];
  /** Where each node's text starts in all the text read, joined; one more entry for the end. */
  readonly starts: number[] = [0];
  done = false;
  private readonly walker: TreeWalker | undefined;
  private readonly placeOf: (el: Element) => Place;
  /** Nodes read right after text that was left out (a long script): no run joins across. */
  private readonly afterGap = new Set<number>();
  private readonly parents: Array<Element | null | undefined> = [];
  private gap = false;

  constructor(root: Node, lang: Lang | undefined) {
    this.placeOf = placesUnder(root, lang);
    if (root.nodeType === TEXT_NODE) {
      this.nodes.push(root as Text);
      this.texts.push((root as Text).data);
      this.starts.push((root as Text).data.length);
      this.done = true;
    } else {
      const doc = root.ownerDocument ?? (root as Document);
      this.walker = doc.createTreeWalker(root, SHOW_TEXT);
    }
  }

  /** Reads up to `count` more text nodes; returns how many it read. */
  read(count: number): number {
    const { walker, nodes, texts, starts } = this;
    if (!walker || this.done) return 0;
    const before = nodes.length;
    let at = starts[starts.length - 1] as number;
    // The innermost loop of the walk, once per text node of the page: nothing but the node's text.
    for (let i = 0; i < count; i++) {
      const node = walker.nextNode() as Text | null;
      if (!node) {
        this.done = true;
        break;
      }
      const text = node.data;
      // Long skipped text (inline scripts, styles) is left out of what the matcher reads at all.
      if (text.length >= LONG && this.longSkipped(node)) {
        this.gap = true;
        continue;
      }
      if (this.gap) {
        this.afterGap.add(nodes.length);
        this.gap = false;
      }
      nodes.push(node);
      texts.push(text);
      at += text.length;
      starts.push(at);
    }
    return nodes.length - before;
  }

  private longSkipped(node: Text): boolean {
    const parent = node.parentElement;
    return !parent || this.placeOf(parent).skip;
  }

  private parentAt(k: number): Element | null {
    let parent = this.parents[k];
    if (parent === undefined) {
      const up = (this.nodes[k] as Text).parentNode;
      parent = up && up.nodeType === ELEMENT_NODE ? (up as Element) : null;
      this.parents[k] = parent;
    }
    return parent;
  }

  private placeAt(k: number): Place | undefined {
    const parent = this.parentAt(k);
    return parent ? this.placeOf(parent) : undefined;
  }

  /** Whether node k+1 continues the run of node k. */
  private joins(k: number): boolean {
    if (this.afterGap.has(k + 1)) return false;
    const a = this.placeAt(k);
    const b = this.placeAt(k + 1);
    if (!a || !b || a.skip || b.skip || a.block !== b.block || a.lang !== b.lang) return false;
    // Two text nodes of one parent with an element between: a <br> breaks the line, and the run.
    return !(
      this.parentAt(k) === this.parentAt(k + 1) &&
      ((this.nodes[k + 1] as Text).previousSibling as Element | null)?.localName === 'br'
    );
  }

  /**
   * The run node k belongs to; undefined where the node is skipped, or where the run may go on past
   * the nodes read so far.
   */
  runAt(k: number): RunSpan | undefined {
    const place = this.placeAt(k);
    if (!place || place.skip) return undefined;
    let first = k;
    while (first > 0 && this.joins(first - 1)) first--;
    let last = k;
    while (last + 1 < this.nodes.length && this.joins(last)) last++;
    if (last + 1 === this.nodes.length && !this.done) return undefined;
    const text = first === last ? (this.texts[first] as string) : this.texts.slice(first, last + 1).join('');
    return { run: { text, nodes: this.nodes.slice(first, last + 1), lang: place.lang }, first, last };
  }

  /** The node whose text holds `offset` (of all the text read), searched from node `from` on. */
  nodeAt(offset: number, from = 0): number {
    const { starts } = this;
    let lo = from;
    let hi = this.nodes.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /**
   * The code unit just before node k's text in reading order: -1 where nothing joins it (the first
   * node, or text left out before it), undefined after an empty node.
   */
  charBefore(k: number): number | undefined {
    if (k === 0 || this.afterGap.has(k)) return -1;
    const text = this.texts[k - 1] as string;
    return text.length > 0 ? text.charCodeAt(text.length - 1) : undefined;
  }

  /** The language of node k's text. */
  langAt(k: number): Lang | undefined {
    return this.placeAt(k)?.lang;
  }

  /** Whether node k is skipped (runAt gives no run for it, however much is read). */
  skipped(k: number): boolean {
    const place = this.placeAt(k);
    return !place || place.skip;
  }
}
