import type { CardAnchor } from '../../components/CardLayer';
import type { CardData } from '../../glossary/card';
import type { CardView } from './card-ui';
import type { Highlights } from './highlights';
import { liveRange, termAt } from './hit-test';
import type { FoundTerm, TermIndex } from './term-index';

/** How long the pointer rests on a term before its card opens, and off it before the card closes. */
export const OPEN_DELAY_MS = 300;
export const CLOSE_DELAY_MS = 300;

export interface HoverDeps {
  signal: AbortSignal;
  index: TermIndex;
  highlights: Highlights;
  card: (entry: number) => Promise<CardData | undefined>;
  show: (view: CardView) => Promise<void>;
  hide: () => void;
}

export interface Hover {
  /** Opens a term's card at once and keeps it open until closed (the popup's "show me"). */
  pin(term: FoundTerm): Promise<void>;
  close(): void;
  pointerOnCard(inside: boolean): void;
}

function anchorFor(term: FoundTerm): CardAnchor {
  return {
    rect: () => liveRange(term).getClientRects()[0] ?? liveRange(term).getBoundingClientRect(),
    context: term.range.startContainer.parentElement ?? document.body,
  };
}

/**
 * Hover without listeners on page elements: one pointermove listener on the window, a hit test per
 * frame at most, and two timers. Leaving a term for its card keeps the card open.
 */
export function watchHover(deps: HoverDeps): Hover {
  const { signal } = deps;
  let under: FoundTerm | undefined;
  let shown: FoundTerm | undefined;
  let pinned = false;
  let onCard = false;
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  let frame = 0;
  let x = 0;
  let y = 0;

  const open = async (term: FoundTerm, pin: boolean) => {
    const card = await deps.card(term.entry);
    if (!card || signal.aborted) return;
    if (!pin && under !== term) return;
    clearTimeout(closeTimer);
    closeTimer = undefined;
    shown = term;
    pinned = pin;
    deps.highlights.setActive(term.range);
    await deps.show({ card, anchor: anchorFor(term), pinned: pin });
  };

  const close = () => {
    clearTimeout(openTimer);
    clearTimeout(closeTimer);
    closeTimer = undefined;
    shown = undefined;
    pinned = false;
    onCard = false;
    deps.highlights.setActive(undefined);
    deps.hide();
  };

  const settle = () => {
    clearTimeout(openTimer);
    if (under && under !== shown) {
      const target = under;
      openTimer = setTimeout(() => void open(target, false), OPEN_DELAY_MS);
    }
    const leaving = shown !== undefined && !pinned && !onCard && under !== shown;
    if (!leaving) {
      clearTimeout(closeTimer);
      closeTimer = undefined;
    } else if (closeTimer === undefined) {
      closeTimer = setTimeout(close, CLOSE_DELAY_MS);
    }
  };

  const test = () => {
    frame = 0;
    const term = termAt(deps.index, x, y);
    if (term === under) return;
    under = term;
    settle();
  };

  window.addEventListener(
    'pointermove',
    (event) => {
      if (event.pointerType === 'touch') return;
      x = event.clientX;
      y = event.clientY;
      if (!frame) frame = requestAnimationFrame(test);
    },
    { passive: true, signal },
  );
  document.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape' && shown) close();
    },
    { signal },
  );
  signal.addEventListener('abort', () => {
    cancelAnimationFrame(frame);
    close();
  });

  return {
    pin: (term) => open(term, true),
    close,
    pointerOnCard: (inside) => {
      onCard = inside;
      settle();
    },
  };
}
