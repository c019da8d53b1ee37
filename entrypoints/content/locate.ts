import type { Match } from '../../glossary/match';
import type { Run } from './runs';
import type { FoundTerm } from './term-index';

/** Maps a match in a run back to text nodes and offsets. */
export function locate(run: Run, match: Match): FoundTerm {
  const spans: FoundTerm['spans'] = [];
  for (let i = 0; i < run.nodes.length; i++) {
    const node = run.nodes[i] as Text;
    const start = run.starts[i] as number;
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
  const last = spans[spans.length - 1] as FoundTerm['spans'][number];
  return {
    entry: match.entry,
    lang: match.lang,
    everyday: match.rule >= 0,
    spans,
    range: new StaticRange({
      startContainer: first.node,
      startOffset: first.start,
      endContainer: last.node,
      endOffset: last.end,
    }),
  };
}
