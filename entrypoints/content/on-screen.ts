import type { Highlights } from './highlights';
import type { FoundTerm } from './term-index';

/** How far beyond the viewport terms stay underlined: three screens up and down. */
const MARGIN = '300% 0px';

/**
 * Puts a term's range in the highlight only while its element is near the viewport. The browser's
 * cost of painting highlights grows with the number of ranges registered, so a live blog with
 * thousands of terms would slow every frame; near the viewport there are never more than a screenful
 * or three. One IntersectionObserver watches the terms' parent elements; it adds nothing to the page.
 */
export class OnScreen {
  readonly #observer: IntersectionObserver;
  readonly #byElement = new Map<Element, Set<FoundTerm>>();
  readonly #near = new Set<Element>();

  constructor(
    private readonly highlights: Highlights,
    signal: AbortSignal,
  ) {
    this.#observer = new IntersectionObserver((entries) => this.#update(entries), { rootMargin: MARGIN });
    signal.addEventListener('abort', () => this.clear());
  }

  #update(entries: IntersectionObserverEntry[]): void {
    for (const { target, isIntersecting } of entries) {
      const terms = this.#byElement.get(target);
      if (!terms) continue;
      if (isIntersecting) this.#near.add(target);
      else this.#near.delete(target);
      for (const term of terms) {
        if (isIntersecting) this.highlights.add(term.range);
        else this.highlights.delete(term.range);
      }
    }
  }

  add(term: FoundTerm): void {
    const element = term.spans[0]?.node.parentElement;
    if (!element) return;
    let terms = this.#byElement.get(element);
    if (!terms) {
      terms = new Set();
      this.#byElement.set(element, terms);
      this.#observer.observe(element);
    }
    terms.add(term);
    if (this.#near.has(element)) this.highlights.add(term.range);
  }

  delete(term: FoundTerm): void {
    this.highlights.delete(term.range);
    const element = term.spans[0]?.node.parentElement;
    const terms = element && this.#byElement.get(element);
    if (!element || !terms) return;
    terms.delete(term);
    if (terms.size > 0) return;
    this.#byElement.delete(element);
    this.#near.delete(element);
    this.#observer.unobserve(element);
  }

  clear(): void {
    this.#observer.disconnect();
    this.#byElement.clear();
    this.#near.clear();
  }
}
