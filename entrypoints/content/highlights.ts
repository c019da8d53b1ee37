/**
 * The underline. Ranges go into CSS.highlights and the style into document.adoptedStyleSheets: the
 * page gets no element, attribute or class. `::highlight()` must be styled by a sheet of the document
 * itself, which is why this sheet is not in the shadow root with the card's styles.
 */
export const HIGHLIGHT = 'context-cards';
export const ACTIVE_HIGHLIGHT = 'context-cards-active';

const CSS_TEXT = `
::highlight(${HIGHLIGHT}) {
  text-decoration-line: underline;
  text-decoration-style: dotted;
  text-decoration-color: rgb(217 119 6 / 0.9);
  text-decoration-thickness: 2px;
  text-underline-offset: 3px;
}
::highlight(${ACTIVE_HIGHLIGHT}) {
  background-color: rgb(245 165 36 / 0.28);
  text-decoration-line: underline;
  text-decoration-style: solid;
  text-decoration-color: rgb(217 119 6);
  text-decoration-thickness: 2px;
  text-underline-offset: 3px;
}
`;

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export class Highlights {
  readonly #terms = new Highlight();
  readonly #active = new Highlight();
  readonly #sheet = new CSSStyleSheet();

  constructor() {
    this.#sheet.replaceSync(CSS_TEXT);
    this.#active.priority = 1;
  }

  attach(): void {
    CSS.highlights.set(HIGHLIGHT, this.#terms);
    CSS.highlights.set(ACTIVE_HIGHLIGHT, this.#active);
    if (!document.adoptedStyleSheets.includes(this.#sheet)) {
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, this.#sheet];
    }
  }

  detach(): void {
    CSS.highlights.delete(HIGHLIGHT);
    CSS.highlights.delete(ACTIVE_HIGHLIGHT);
    this.#terms.clear();
    this.#active.clear();
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== this.#sheet);
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
