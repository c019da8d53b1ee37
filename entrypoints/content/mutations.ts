import { isBlock, UI_TAG } from './places';

/** A timer, not an animation frame: frames do not run in background tabs, timers only slow down. */
const BATCH_MS = 16;

export interface MutationDeps {
  signal: AbortSignal;
  /** Rescans these roots (their old terms are replaced). */
  rescan: (roots: Node[]) => void;
  /** Drops terms whose text left the document. */
  dropDetached: () => void;
}

/** The block a change belongs to: cues and phrases are read per block, so the whole block is rescanned. */
function blockOf(node: Node): Node {
  for (let el = node.parentElement; el; el = el.parentElement) {
    if (isBlock(el)) return el;
  }
  return node.ownerDocument?.body ?? node;
}

/** Keeps only roots that no other root contains. */
function outermost(roots: Set<Node>): Node[] {
  return [...roots].filter((root) => {
    for (let up = root.parentNode; up; up = up.parentNode) if (roots.has(up)) return false;
    return true;
  });
}

/**
 * One observer for the whole page. Records are batched for a few milliseconds, so a live blog adding a
 * hundred nodes at once costs one pass over its new blocks, not a pass per node.
 */
export function observeMutations(deps: MutationDeps): void {
  let roots = new Set<Node>();
  let removed = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const flush = () => {
    timer = undefined;
    const batch = outermost(roots);
    roots = new Set();
    if (removed) deps.dropDetached();
    removed = false;
    if (batch.length > 0) deps.rescan(batch);
  };

  // The card's host may be added before anyone could hand it over, so it is known by its tag.
  const ours = (node: Node) =>
    (node instanceof Element ? node : node.parentElement)?.closest(UI_TAG) != null ||
    node.getRootNode() instanceof ShadowRoot;

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (ours(record.target)) continue;
      if (record.type === 'characterData') {
        roots.add(blockOf(record.target));
        continue;
      }
      if (record.removedNodes.length > 0) removed = true;
      for (const node of record.addedNodes) {
        if (ours(node)) continue;
        if (node.nodeType === Node.ELEMENT_NODE && isBlock(node as Element)) roots.add(node);
        else if (node.nodeType === Node.ELEMENT_NODE || node.nodeType === Node.TEXT_NODE)
          roots.add(blockOf(node));
      }
    }
    if (!timer && (roots.size > 0 || removed)) timer = setTimeout(flush, BATCH_MS);
  });
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  deps.signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });
}
