/**
 * The underline: ranges in CSS.highlights, styled by public/highlights.css, which the manifest loads
 * with the page's own styles. The page gets no element, attribute or class. `::highlight()` must be
 * styled by a sheet of the document itself, not of the shadow root with the card's styles.
 */
export const HIGHLIGHT = 'context-cards';
export const ACTIVE_HIGHLIGHT = 'context-cards-active';

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export class Highlights {
  readonly #terms = new Highlight();
  readonly #active = new Highlight();

  constructor() {
    this.#active.priority = 1;
  }

  attach(): void {
    CSS.highlights.set(HIGHLIGHT, this.#terms);
    CSS.highlights.set(ACTIVE_HIGHLIGHT, this.#active);
  }

  detach(): void {
    CSS.highlights.delete(HIGHLIGHT);
    CSS.highlights.delete(ACTIVE_HIGHLIGHT);
    this.#terms.clear();
    this.#active.clear();
  }

  add(range: AbstractRange): void {
    this.#terms.add(range);
  }

  delete(range: AbstractRange): void {
    this.#terms.delete(range);
    this.#active.delete(range);
  }

  setActive(range: AbstractRange | undefined): void {
    this.#active.clear();
    if (range) this.#active.add(range);
  }
}
