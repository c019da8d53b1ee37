import type { Match } from '../../glossary/match';
import { nodeStarts, type Run } from './runs';
import type { FoundTerm } from './term-index';

/**
 * Maps a match in a run back to text nodes and offsets; undefined when the nodes' text has changed
 * since the run was read (a rescan of the change follows).
 */
export function locate(run: Run, match: Match): FoundTerm | undefined {
  const starts = nodeStarts(run);
  const last = run.nodes[run.nodes.length - 1];
  if (!last || (starts[starts.length - 1] as number) + last.data.length !== run.text.length) return undefined;
  const spans: FoundTerm['spans'] = [];
  for (let i = 0; i < run.nodes.length; i++) {
    const node = run.nodes[i] as Text;
    const start = starts[i] as number;
    const end = start + node.data.length;
    if (end <= match.start) continue;
    if (start >= match.end) break;
    spans.push({
      node,
      start: Math.max(match.start, start) - start,
      end: Math.min(match.end, end) - start,
    });
  }
  const first = spans[0] as FoundTerm['spans'][number];
  const final = spans[spans.length - 1] as FoundTerm['spans'][number];
  return {
    entry: match.entry,
    lang: match.lang,
    everyday: match.rule >= 0,
    spans,
    range: new StaticRange({
      startContainer: first.node,
      startOffset: first.start,
      endContainer: final.node,
      endOffset: final.end,
    }),
  };
}
