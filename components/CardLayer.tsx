import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { CardData } from '../glossary/card';
import { Card } from './Card';

/** What the card is placed against: the term's rectangle, re-read as the page scrolls. */
export interface CardAnchor {
  rect: () => DOMRect;
  context: Element;
}

export interface CardLayerProps {
  card: CardData | undefined;
  anchor: CardAnchor | undefined;
  pinned: boolean;
  onClose: () => void;
  onPointerEnter: () => void;
  onPointerLeave: () => void;
}

/** The card in place beside its term, flipped and shifted to stay in the viewport. */
export function CardLayer({ card, anchor, pinned, onClose, onPointerEnter, onPointerLeave }: CardLayerProps) {
  const floating = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    const element = floating.current;
    if (!element || !anchor) return undefined;
    const reference = {
      getBoundingClientRect: anchor.rect,
      contextElement: anchor.context,
    };
    return autoUpdate(reference, element, () => {
      void computePosition(reference, element, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          offset(6),
          // Below, else above, else beside the term, where a tall card has the whole height.
          flip({ padding: 8, fallbackPlacements: ['top-start', 'right-start', 'left-start'] }),
          shift({ padding: 8, crossAxis: true }),
          // A long card scrolls inside the room it has rather than running off the screen.
          size({
            padding: 8,
            apply: ({ availableHeight }) => {
              element.style.setProperty(
                '--card-max-height',
                `${Math.max(200, Math.floor(availableHeight))}px`,
              );
            },
          }),
        ],
      }).then(({ x, y }) => {
        element.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
      });
    });
  }, [anchor, card]);

  if (!card || !anchor) return null;
  return (
    <div ref={floating} class="layer" onPointerEnter={onPointerEnter} onPointerLeave={onPointerLeave}>
      <Card card={card} {...(pinned && { onClose })} />
    </div>
  );
}
