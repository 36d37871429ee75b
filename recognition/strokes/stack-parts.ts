import { strokeBox } from './stroke-geometry.js';

type Stroke = readonly (readonly number[])[];

/**
 * The strokes of a group the user joined, with its side-by-side parts moved over one another.
 * A join says the strokes are one symbol, not where they were meant to sit: the bars of an =
 * written a symbol's width apart read as a staircase where they lie, and as = once stacked.
 * Parts are runs of strokes whose boxes overlap horizontally; each is centred on the widest.
 * Returns null when the strokes already overlap as one part, so that nothing is read twice.
 */
export function stackParts(strokes: readonly Stroke[]): Stroke[] | null {
  const boxes = strokes.map(strokeBox);
  const order = strokes.map((_, i) => i).sort((a, b) => boxes[a].x - boxes[b].x);
  const parts: { members: number[]; left: number; right: number }[] = [];
  for (const i of order) {
    const { x, width } = boxes[i];
    const last = parts.at(-1);
    if (last && x <= last.right) {
      last.members.push(i);
      last.right = Math.max(last.right, x + width);
    } else parts.push({ members: [i], left: x, right: x + width });
  }
  if (parts.length < 2) return null;
  const centre = (p: (typeof parts)[number]) => (p.left + p.right) / 2;
  const widest = parts.reduce((a, b) => (b.right - b.left > a.right - a.left ? b : a));
  const shift = new Map<number, number>();
  for (const part of parts)
    for (const i of part.members) shift.set(i, centre(widest) - centre(part));
  return strokes.map((stroke, i) => stroke.map(([x, y]) => [x + shift.get(i)!, y]));
}
