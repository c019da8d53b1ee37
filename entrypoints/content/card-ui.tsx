import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { type CardAnchor, CardLayer } from '../../components/CardLayer';
import type { CardData } from '../../glossary/card';
import { UI_TAG } from './places';

export interface CardView {
  card: CardData;
  anchor: CardAnchor;
  pinned: boolean;
}

export interface CardUiEvents {
  onClose: () => void;
  onPointerEnter: () => void;
  onPointerLeave: () => void;
}

export interface CardUi {
  readonly host: HTMLElement;
  show(view: CardView): void;
  hide(): void;
  remove(): void;
}

/**
 * The extension's one node in the page: a shadow host at the end of <body>, made when the first card
 * opens, so a page nobody hovers is left exactly as it was.
 */
export async function mountCardUi(ctx: ContentScriptContext, events: CardUiEvents): Promise<CardUi> {
  let container: HTMLElement | undefined;
  const ui = await createShadowRootUi(ctx, {
    name: UI_TAG,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    onMount: (uiContainer) => {
      container = uiContainer;
    },
    onRemove: () => {
      if (container) render(null, container);
    },
  });
  ui.mount();

  const draw = (view: CardView | undefined) => {
    if (!container) return;
    render(
      <CardLayer
        card={view?.card}
        anchor={view?.anchor}
        pinned={view?.pinned ?? false}
        onClose={events.onClose}
        onPointerEnter={events.onPointerEnter}
        onPointerLeave={events.onPointerLeave}
      />,
      container,
    );
  };

  return {
    host: ui.shadowHost,
    show: (view) => draw(view),
    hide: () => draw(undefined),
    remove: () => ui.remove(),
  };
}
