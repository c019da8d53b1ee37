import type { FoundTerm, TermIndex } from './term-index';

export const HIT_MEASURE = 'context-cards:hit';

/** A live range over a term, made only when its geometry is needed. */
export function liveRange(term: FoundTerm): Range {
  const range = document.createRange();
  range.setStart(term.range.startContainer, term.range.startOffset);
  range.setEnd(term.range.endContainer, term.range.endOffset);
  return range;
}

function caretAt(x: number, y: number): { node: Node; offset: number } | undefined {
  if (typeof document.caretPositionFromPoint === 'function') {
    const position = document.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : undefined;
  }
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
}

const SLACK = 1;

/**
 * The term under the pointer, from the caret position at that point and the term's own rectangles.
 * The caret snaps to the nearest character even in a margin, so the rectangles have the last word.
 * Only points over text with terms are measured: the rest is a map lookup.
 */
export function termAt(index: TermIndex, x: number, y: number): FoundTerm | undefined {
  const start = performance.now();
  const caret = caretAt(x, y);
  if (!caret || !index.has(caret.node)) return undefined;
  let term = index.at(caret.node, caret.offset);
  if (term) {
    const inside = [...liveRange(term).getClientRects()].some(
      (r) => x >= r.left - SLACK && x <= r.right + SLACK && y >= r.top - SLACK && y <= r.bottom + SLACK,
    );
    if (!inside) term = undefined;
  }
  performance.measure(HIT_MEASURE, { start, end: performance.now() });
  return term;
}
