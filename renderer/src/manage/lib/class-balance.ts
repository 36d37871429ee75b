/** The class balance chart's bars: one per class present, in the symbol table's order. */
import { ALL_CLASSES } from './symbol-list';

export interface ClassCount {
  readonly label: string;
  readonly count: number;
}

const ORDER = new Map(ALL_CLASSES.map((name, i) => [name, i]));

export function classCounts(perClass: Readonly<Record<string, number>>): ClassCount[] {
  return Object.entries(perClass)
    .filter(([, count]) => count > 0)
    .map(([label, count]) => ({ label, count }))
    .sort(
      (a, b) =>
        (ORDER.get(a.label) ?? Number.MAX_SAFE_INTEGER) -
          (ORDER.get(b.label) ?? Number.MAX_SAFE_INTEGER) || a.label.localeCompare(b.label),
    );
}

export interface BalanceSummary {
  readonly classes: number;
  readonly total: number;
  readonly smallest: ClassCount | null;
  readonly largest: ClassCount | null;
}

export function balanceSummary(counts: readonly ClassCount[]): BalanceSummary {
  let smallest: ClassCount | null = null;
  let largest: ClassCount | null = null;
  let total = 0;
  for (const c of counts) {
    total += c.count;
    if (smallest === null || c.count < smallest.count) smallest = c;
    if (largest === null || c.count > largest.count) largest = c;
  }
  return { classes: counts.length, total, smallest, largest };
}
