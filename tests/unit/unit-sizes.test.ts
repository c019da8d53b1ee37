import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadGlossary } from '../../glossary/load';

const SHARED = process.env.CONTEXT_CARDS_SHARED ?? join(import.meta.dirname, '../../../shared');

/** Every sourced claim of ../shared/reference/unit_sizes.tsv, by concept (national cases left out). */
function claims(): Map<string, Array<{ min?: number; max?: number }>> {
  const rows = readFileSync(join(SHARED, 'reference/unit_sizes.tsv'), 'utf8').trim().split('\n').slice(1);
  const byConcept = new Map<string, Array<{ min?: number; max?: number }>>();
  for (const row of rows) {
    const [id = '', , , , , min = '', max = ''] = row.split('\t');
    if (id.includes('@') || (!min && !max)) continue;
    const claim = { ...(min && { min: Number(min) }), ...(max && { max: Number(max) }) };
    byConcept.set(id, [...(byConcept.get(id) ?? []), claim]);
  }
  return byConcept;
}

const ALIASES: Record<string, string> = {
  nrf: 'nato-response-force',
  vjtf: 'very-high-readiness-joint-task-force',
};

describe('unit strengths agree with the sourced figures', () => {
  const entries = new Map(loadGlossary().map((e) => [e.id, e]));
  const sourced = [...claims()].filter(([id]) => entries.get(ALIASES[id] ?? id)?.unit?.strength);
  test('the reference names units the glossary has', () => {
    expect(sourced.length).toBeGreaterThanOrEqual(8);
  });
  test.each(sourced)('%s: the card range lies within what the sources claim', (id, list) => {
    const strength = entries.get(ALIASES[id] ?? id)?.unit?.strength;
    const lows = list.flatMap((c) => (c.min === undefined ? [] : [c.min]));
    const highs = list.flatMap((c) => (c.max === undefined ? [] : [c.max]));
    if (lows.length > 0) expect(strength?.min).toBeGreaterThanOrEqual(Math.min(...lows));
    if (highs.length > 0) expect(strength?.max).toBeLessThanOrEqual(Math.max(...highs));
  });
});
