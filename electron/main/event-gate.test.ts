import { describe, expect, it } from 'vitest';
import { EventGate } from './event-gate.js';

describe('EventGate', () => {
  it('holds events until opened, then delivers them in order and passes later ones straight on', () => {
    const delivered: number[] = [];
    const gate = new EventGate<number>((n) => delivered.push(n));
    gate.push(1);
    gate.push(2);
    expect(delivered).toEqual([]);
    gate.open();
    gate.push(3);
    expect(delivered).toEqual([1, 2, 3]);
    gate.close();
    gate.push(4);
    expect(delivered).toEqual([1, 2, 3]);
    gate.open();
    expect(delivered).toEqual([1, 2, 3, 4]);
  });

  it('keeps only the newest events while closed', () => {
    const delivered: number[] = [];
    const gate = new EventGate<number>((n) => delivered.push(n), 2);
    for (const n of [1, 2, 3]) gate.push(n);
    gate.open();
    expect(delivered).toEqual([2, 3]);
  });
});
