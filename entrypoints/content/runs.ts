import type { Lang } from '../../glossary/schema';
import { TextReader } from './text-reader';

/**
 * A run is the text of one block as a reader sees it: the text nodes between two block boundaries,
 * joined, so a phrase that crosses inline markup (`NATO <em>Response</em> Force`) is one string.
 * It is also the context in which everyday words look for military cues.
 */
export interface Run {
  text: string;
  nodes: Text[];
  lang: Lang | undefined;
}

/** Where each of the run's nodes starts in its text, as the nodes are now. */
export function nodeStarts(run: Run): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const node of run.nodes) {
    starts.push(at);
    at += node.data.length;
  }
  return starts;
}

/**
 * A run worth matching has a letter. Latin letters and anything past U+00BF but general punctuation
 * count: a Unicode-property regex would be exact, but compiling one costs a millisecond.
 */
const HAS_LETTER = /[A-Za-z\u00c0-\u1fff\u2070-\u2fff\u3040-\uffff]/;

/** Every run under `root` that has a letter, in document order: what a scan would read in full. */
export function collectRuns(root: Node, lang: Lang | undefined): Run[] {
  const reader = new TextReader(root, lang);
  while (!reader.done) reader.read(4096);
  const runs: Run[] = [];
  for (let k = 0; k < reader.nodes.length; k++) {
    const span = reader.runAt(k);
    if (!span) continue;
    if (HAS_LETTER.test(span.run.text)) runs.push(span.run);
    k = span.last;
  }
  return runs;
}
