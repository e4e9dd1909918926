/*
 * The attacker of the reports' statistical secrecy, independent of the server's code: given
 * every cell a person could obtain (from any report, period, scope and breakdown) with the set
 * of records behind it, it tries to work out a count from 1 to the threshold that no cell
 * publishes, by subtraction of two cells (one period minus another, an académie minus a
 * département, a year minus a month, two overlapping periods) and by the total of a table
 * minus its other cells, first taking each published number as exact, then as the interval
 * the publication rule allows (a rounded value v means a truth in (v − 10, v + 10), « < 5 »
 * means 0 to 5, a published 0 means 0): a difference whose interval is one value from 1 to 5 is
 * found. In a table, the interval is also narrowed by what the cell itself publishes (its own
 * « < 5 »), the sharper reasoning docs/decisions/0008-statistical-disclosure.md discusses.
 */

/** A set of records as bits (record i is bit i). */
export type Bits = Uint32Array;

export function bitsOf(members: Iterable<number>, size: number): Bits {
  const bits = new Uint32Array(Math.ceil(size / 32) || 1);
  for (const i of members) bits[i >> 5]! |= 1 << (i & 31);
  return bits;
}

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

const count = (a: Bits) => a.reduce((sum, w) => sum + popcount(w), 0);
const countAndNot = (a: Bits, b: Bits) => a.reduce((sum, w, i) => sum + popcount(w & ~b[i]!), 0);
const intersects = (a: Bits, b: Bits) => a.some((w, i) => (w & b[i]!) !== 0);

/** One published cell: what it counts (`filter`: the attributes other than place and time), its records, what was shown. */
export interface ObservedCell {
  /** Where it was read, for the failure message. */
  label: string;
  /** Cells compare only with cells of the same filter (« topic=health », « all »…). */
  filter: string;
  members: Bits;
  /** The number published, or null when masked. */
  value: number | null;
  /** Why masked: « < 5 » or withheld (0 to the threshold), or hidden above it (old secondary secret). */
  masked?: 'small' | 'withheld' | 'other';
}

/** A table of one report: a total and the cells that add up to it. */
export interface ObservedTable { total: ObservedCell; parts: ObservedCell[] }

type Interval = [number, number];

/**
 * What one published cell says. A « < 5 » says « at least one » whenever the reports also publish
 * exact zeros (the attacker sees them); a withheld cell never does.
 */
function publishedInterval(cell: ObservedCell, threshold: number, zerosPublished: boolean): Interval {
  if (cell.value === null) {
    if (cell.masked === 'other') return [threshold + 1, Number.MAX_SAFE_INTEGER];
    return [cell.masked === 'small' && zerosPublished ? 1 : 0, threshold];
  }
  if (cell.value === 0) return [0, 0];
  return [Math.max(threshold + 1, cell.value - 9), cell.value + 9];
}

const idOf = (cell: ObservedCell) => `${cell.filter}|${cell.members.join(',')}`;

/** Every small count the attacker works out, as sentences; empty when the reports hold. */
export function recoveries(cells: ObservedCell[], tables: ObservedTable[], threshold: number): string[] {
  const found: string[] = [];
  // What the attacker knows of a set of records: every report that publishes it, intersected
  // (a cell withheld in one table may be « < 5 » as the total of another report).
  const knowledge = new Map<string, Interval>();
  const zerosPublished = cells.some((cell) => cell.value === 0);
  for (const cell of cells) {
    const [lo, hi] = publishedInterval(cell, threshold, zerosPublished);
    const known = knowledge.get(idOf(cell));
    knowledge.set(idOf(cell), known ? [Math.max(known[0], lo), Math.min(known[1], hi)] : [lo, hi]);
  }
  const intervalOf = (cell: ObservedCell, _threshold: number): Interval => knowledge.get(idOf(cell)) ?? publishedInterval(cell, threshold, zerosPublished);
  for (const [id, [lo, hi]] of knowledge) {
    if (lo === hi && lo >= 1 && lo <= threshold) found.push(`${id.split('|')[0]} : exactement ${lo} en croisant les rapports`);
  }
  const small = (n: number) => n >= 1 && n <= threshold;
  // The same records read through several reports count once.
  const distinct = new Map<string, ObservedCell>();
  for (const cell of cells) {
    const id = idOf(cell);
    const seen = distinct.get(id);
    // A withheld cell (0 to the threshold) may be published elsewhere; any other difference is a second draw.
    if (seen && seen.value !== cell.value && seen.masked !== 'withheld' && cell.masked !== 'withheld') found.push(`les mêmes demandes publiées ${seen.value} (${seen.label}) et ${cell.value} (${cell.label})`);
    if (!seen) distinct.set(id, cell);
    if (cell.value !== null && small(cell.value)) found.push(`${cell.label} publie ${cell.value}`);
  }
  const byFilter = new Map<string, ObservedCell[]>();
  for (const cell of distinct.values()) byFilter.set(cell.filter, [...(byFilter.get(cell.filter) ?? []), cell]);

  for (const group of byFilter.values()) {
    for (let i = 0; i < group.length; i += 1) {
      for (let j = 0; j < group.length; j += 1) {
        const a = group[i]!;
        const b = group[j]!;
        if (i === j || !intersects(a.members, b.members)) continue;
        const onlyA = countAndNot(a.members, b.members);
        if (!small(onlyA)) continue;
        // Exact subtraction: A minus B gives the records of A outside B when B lies inside A.
        if (a.value !== null && b.value !== null && a.value - b.value === onlyA) {
          found.push(`${a.label} moins ${b.label} = ${onlyA}`);
          continue;
        }
        if (countAndNot(b.members, a.members) !== 0) continue;
        const [loA, hiA] = intervalOf(a, threshold);
        const [loB, hiB] = intervalOf(b, threshold);
        const low = Math.max(0, loA - hiB);
        const high = hiA - loB;
        if (low === high && low === onlyA) found.push(`${a.label} moins ${b.label} : exactement ${onlyA} par encadrement`);
      }
    }
  }

  for (const { total, parts } of tables) {
    parts.forEach((cell, i) => {
      const n = count(cell.members);
      if (!small(n) || cell.value !== null) return;
      const others = parts.filter((_, j) => j !== i);
      if (total.value !== null && others.every((o) => o.value !== null)) {
        const derived = total.value - others.reduce((sum, o) => sum + o.value!, 0);
        if (derived === n) { found.push(`${total.label} moins les autres cellules = ${n} (${cell.label})`); return; }
      }
      // The interval of the difference, narrowed by what the cell itself publishes.
      const [loT, hiT] = intervalOf(total, threshold);
      const [loCell, hiCell] = intervalOf(cell, threshold);
      const bounds = others.map((o) => intervalOf(o, threshold));
      const low = Math.max(0, loCell, loT - bounds.reduce((sum, [, h]) => sum + h, 0));
      const high = Math.min(hiCell, hiT - bounds.reduce((sum, [l]) => sum + l, 0));
      if (low === high && low === n) found.push(`${total.label} moins les autres cellules : exactement ${n} par encadrement (${cell.label})`);
    });
  }
  return found;
}
