import { beforeEach, describe, expect, test } from 'vitest';
import { type FoundTerm, TermIndex } from '../../entrypoints/content/term-index';

/** A term over [start, end) of each given node, as the scanner records it. */
function term(entry: number, ...spans: Array<[Text, number, number]>): FoundTerm {
  const [first] = spans;
  const last = spans[spans.length - 1];
  if (!first || !last) throw new Error('a term needs a span');
  return {
    entry,
    lang: 'nl',
    everyday: entry % 2 === 1,
    spans: spans.map(([node, start, end]) => ({ node, start, end })),
    // happy-dom has no StaticRange; the index never reads the range, the highlight does.
    range: {
      startContainer: first[0],
      startOffset: first[1],
      endContainer: last[0],
      endOffset: last[2],
      collapsed: false,
    } as StaticRange,
  };
}

describe('TermIndex', () => {
  let index: TermIndex;
  let p: HTMLParagraphElement;
  let a: Text; // "De NATO "
  let b: Text; // "Response"
  let c: Text; // " Force en het bataljon"

  beforeEach(() => {
    index = new TermIndex();
    document.body.innerHTML = '<p>De NATO <em>Response</em> Force en het bataljon</p>';
    p = document.querySelector('p') as HTMLParagraphElement;
    [a, b, c] = [
      p.firstChild as Text,
      (p.children[0] as HTMLElement).firstChild as Text,
      p.lastChild as Text,
    ];
  });

  test('starts empty', () => {
    expect(index.size).toBe(0);
    expect([...index.terms()]).toEqual([]);
    expect(index.has(a)).toBe(false);
    expect(index.at(a, 4)).toBeUndefined();
  });

  test('finds a term by node and caret offset, its end included', () => {
    const nato = term(0, [a, 3, 7]);
    index.add(nato);
    expect(index.size).toBe(1);
    expect(index.has(a)).toBe(true);
    expect(index.at(a, 3)).toBe(nato);
    expect(index.at(a, 5)).toBe(nato);
    expect(index.at(a, 7)).toBe(nato);
    expect(index.at(a, 2)).toBeUndefined();
    expect(index.at(a, 8)).toBeUndefined();
    expect(index.at(b, 3)).toBeUndefined();
  });

  test('tells apart two terms in one node', () => {
    const force = term(1, [c, 1, 6]);
    const battalion = term(2, [c, 14, 22]);
    index.add(force);
    index.add(battalion);
    expect(index.at(c, 3)).toBe(force);
    expect(index.at(c, 20)).toBe(battalion);
    expect(index.at(c, 10)).toBeUndefined();
  });

  test('a term across nodes is found from each of them', () => {
    const nrf = term(1, [a, 3, 8], [b, 0, 8], [c, 0, 6]);
    index.add(nrf);
    expect(index.at(a, 5)).toBe(nrf);
    expect(index.at(b, 4)).toBe(nrf);
    expect(index.at(c, 6)).toBe(nrf);
    expect(index.at(c, 12)).toBeUndefined();
    expect(index.size).toBe(1);
  });

  test('removeNode drops every term touching the node, from all its nodes', () => {
    const nrf = term(1, [a, 3, 8], [b, 0, 8], [c, 0, 6]);
    const battalion = term(2, [c, 14, 22]);
    const de = term(3, [a, 0, 2]);
    index.add(nrf);
    index.add(battalion);
    index.add(de);

    expect(index.removeNode(b)).toEqual([nrf]);
    expect(index.size).toBe(2);
    expect(index.has(b)).toBe(false);
    expect(index.at(a, 5)).toBeUndefined();
    expect(index.at(c, 3)).toBeUndefined();
    // the other terms of those nodes stay
    expect(index.at(a, 1)).toBe(de);
    expect(index.at(c, 20)).toBe(battalion);
    expect([...index.terms()]).toEqual([battalion, de]);
  });

  test('removeNode forgets a node once its last term is gone', () => {
    const nrf = term(1, [a, 3, 8], [b, 0, 8]);
    index.add(nrf);
    index.removeNode(a);
    expect(index.has(a)).toBe(false);
    expect(index.has(b)).toBe(false);
    expect(index.size).toBe(0);
  });

  test('removeNode of a node without terms changes nothing', () => {
    const battalion = term(2, [c, 14, 22]);
    index.add(battalion);
    expect(index.removeNode(a)).toEqual([]);
    expect(index.size).toBe(1);
  });

  test('detached lists the terms with a node that left the document', () => {
    const nrf = term(1, [a, 3, 8], [b, 0, 8], [c, 0, 6]);
    const de = term(3, [a, 0, 2]);
    index.add(nrf);
    index.add(de);
    expect(index.detached()).toEqual([]);
    b.remove();
    expect(index.detached()).toEqual([nrf]);
    p.remove();
    expect(index.detached()).toEqual([nrf, de]);
  });

  test('clear empties the index', () => {
    index.add(term(1, [a, 3, 8], [b, 0, 8]));
    index.clear();
    expect(index.size).toBe(0);
    expect(index.has(a)).toBe(false);
    expect(index.at(b, 2)).toBeUndefined();
  });
});

describe('TermIndex.sure', () => {
  test('counts only the terms that are military whatever their context', () => {
    const index = new TermIndex();
    const node = document.createTextNode('NATO company brigade');
    index.add(term(0, [node, 0, 4]));
    index.add(term(1, [node, 5, 12]));
    index.add(term(2, [node, 13, 20]));
    expect(index.size).toBe(3);
    expect(index.sure).toBe(2);
  });
});
