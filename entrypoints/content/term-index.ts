import type { Lang } from '../../glossary/schema';

/** A term found in the page: which entry, in which language's form, and where. */
export interface FoundTerm {
  entry: number;
  lang: Lang;
  /** Found through an everyday word, confirmed by its context. */
  everyday: boolean;
  range: StaticRange;
  /** The text nodes the term covers, with the term's span inside each. */
  spans: Array<{ node: Text; start: number; end: number }>;
}

/**
 * Found terms by text node, for hit-testing from a caret position and for dropping what a mutation
 * removed. Static ranges keep the page's own DOM mutations free of range bookkeeping; the observer
 * rescans what changes instead.
 */
export interface TermListener {
  added(term: FoundTerm): void;
  removed(term: FoundTerm): void;
}

export class TermIndex {
  readonly #byNode = new Map<Text, FoundTerm[]>();
  readonly #all = new Set<FoundTerm>();

  /** Told of every term that comes and goes: the underline follows the index. */
  constructor(private readonly listener?: TermListener) {}

  get size(): number {
    return this.#all.size;
  }

  /** Terms that are military whatever their context: the page's own cues for everyday words. */
  get sure(): number {
    let n = 0;
    for (const term of this.#all) if (!term.everyday) n++;
    return n;
  }

  terms(): IterableIterator<FoundTerm> {
    return this.#all.values();
  }

  add(term: FoundTerm): void {
    this.#all.add(term);
    this.listener?.added(term);
    for (const { node } of term.spans) {
      const list = this.#byNode.get(node);
      if (list) list.push(term);
      else this.#byNode.set(node, [term]);
    }
  }

  has(node: Node): boolean {
    return this.#byNode.has(node as Text);
  }

  /** Removes every term that touches `node` and returns them. */
  removeNode(node: Text): FoundTerm[] {
    const list = this.#byNode.get(node);
    if (!list) return [];
    for (const term of list) {
      this.#all.delete(term);
      this.listener?.removed(term);
      for (const span of term.spans) {
        if (span.node === node) continue;
        const others = this.#byNode.get(span.node)?.filter((t) => t !== term);
        if (others && others.length > 0) this.#byNode.set(span.node, others);
        else this.#byNode.delete(span.node);
      }
    }
    this.#byNode.delete(node);
    return list;
  }

  /** The term whose span in `node` contains the caret `offset` (its end included). */
  at(node: Node, offset: number): FoundTerm | undefined {
    const list = this.#byNode.get(node as Text);
    return list?.find((term) =>
      term.spans.some((span) => span.node === node && span.start <= offset && offset <= span.end),
    );
  }

  /** Terms whose nodes have left the document. */
  detached(): FoundTerm[] {
    return [...this.#all].filter((term) => term.spans.some((span) => !span.node.isConnected));
  }

  clear(): void {
    this.#byNode.clear();
    this.#all.clear();
  }
}
