import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Matcher } from '../../glossary/matcher';
import type { Lang } from '../../glossary/schema';
import type { FoundTerm as FoundListItem } from '../../utils/messages';
import type { CardSource } from './card-source';
import { type CardUi, mountCardUi } from './card-ui';
import { Highlights } from './highlights';
import { liveRange } from './hit-test';
import { type Hover, watchHover } from './hover';
import { observeMutations } from './mutations';
import { OnScreen } from './on-screen';
import { pageSettled } from './page-settled';
import { judgeRemotely } from './remote-judge';
import { scan } from './scanner';
import { type FoundTerm, TermIndex } from './term-index';

export interface SessionEnv {
  ctx: ContentScriptContext;
  matcher: Matcher;
  ids: string[];
  lang: Lang | undefined;
  cards: CardSource;
}

export interface Session {
  stop(): void;
  /** Resolves when every scan asked for so far has run. */
  idle(): Promise<void>;
  found(): Promise<FoundListItem[]>;
  reveal(id: string): Promise<boolean>;
}

/**
 * Everything the extension does while it is switched on for this page. Each part takes the session's
 * signal, so switching off is one abort plus dropping the highlights.
 */
export function startSession(env: SessionEnv): Session {
  const controller = new AbortController();
  const signal = AbortSignal.any([env.ctx.signal, controller.signal]);
  const highlights = new Highlights();
  highlights.attach();
  const onScreen = new OnScreen(highlights, signal);
  const index = new TermIndex({
    added: (term) => onScreen.add(term),
    removed: (term) => onScreen.delete(term),
  });

  let ui: Promise<CardUi> | undefined;
  let hover: Hover | undefined;
  const cardUi = () => {
    ui ??= mountCardUi(env.ctx, {
      onClose: () => hover?.close(),
      onPointerEnter: () => hover?.pointerOnCard(true),
      onPointerLeave: () => hover?.pointerOnCard(false),
    });
    return ui;
  };

  let queue: Promise<unknown> = Promise.resolve();
  const rescan = (roots: Node[]) => {
    queue = queue.then(() =>
      signal.aborted
        ? undefined
        : scan(roots, {
            matcher: env.matcher,
            judge: judgeRemotely,
            index,
            lang: env.lang,
            signal,
            onFound: (entries) => env.cards.prefetch(entries),
          }),
    );
  };

  hover = watchHover({
    signal,
    index,
    highlights,
    card: (entry) => env.cards.get(entry),
    show: async (view) => (await cardUi()).show(view),
    hide: () => void ui?.then((u) => u.hide()),
  });

  observeMutations({
    signal,
    rescan,
    dropDetached: () => {
      for (const term of index.detached()) {
        for (const { node } of term.spans) {
          index.removeNode(node);
        }
      }
    },
  });

  const started = pageSettled(signal).then(() => rescan([document.body]));

  const firstOf = (id: string): FoundTerm | undefined => {
    const entry = env.ids.indexOf(id);
    for (const term of index.terms()) if (term.entry === entry) return term;
    return undefined;
  };

  return {
    stop: () => {
      controller.abort();
      highlights.detach();
      index.clear();
      void ui?.then((u) => u.remove());
      ui = undefined;
    },
    idle: () => started.then(() => queue).then(() => undefined),
    found: async () => {
      const counts = new Map<number, number>();
      for (const term of index.terms()) counts.set(term.entry, (counts.get(term.entry) ?? 0) + 1);
      // Names come with the cards, in the card's language, from the background.
      return Promise.all(
        [...counts].map(async ([entry, count]) => {
          const id = env.ids[entry] as string;
          return { id, name: (await env.cards.get(entry))?.name ?? id, count };
        }),
      );
    },
    reveal: async (id) => {
      await started;
      await queue;
      const term = firstOf(id);
      if (!term || !hover) return false;
      const rect = liveRange(term).getBoundingClientRect();
      window.scrollBy({ top: rect.top - window.innerHeight / 3, behavior: 'instant' });
      await hover.pin(term);
      return true;
    },
  };
}
