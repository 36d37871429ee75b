/**
 * Writing whose symbols the recogniser cannot tell apart by itself, for the segmentation tests:
 * a comma that hangs from the x before it (one piece of ink in a picture), and an = whose bars
 * were written a symbol's width apart (two symbols to the join model).
 */
import sharp from 'sharp';
import { composeFormula } from '../recognition/strokes/templates.js';

type Stroke = readonly (readonly [number, number])[];

const SYMBOL_HEIGHT = 60;

const polyline = (stroke: Stroke): string =>
  stroke.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ');

export const COMMA_TEXT = 'Q(x,x)';

/**
 * Q(x,x) in pen on white paper, the comma's first point just beside the foot of the x before it
 * so that their ink touches. Also where the comma starts, in the picture's pixels.
 */
export async function touchingCommaPicture(): Promise<{ png: Buffer; commaX: number }> {
  const { strokes, groups } = composeFormula(['Q', 'lparen', 'x', 'comma', 'x', 'rparen'], {
    seed: 1,
    height: SYMBOL_HEIGHT,
    origin: [60, 60],
  });
  const foot = strokes[groups[2][0]].at(-1)!;
  const top = strokes[groups[3][0]][0];
  const dx = top[0] - (foot[0] + 3);
  const dy = top[1] - foot[1];
  const comma = new Set(groups[3]);
  const after = new Set(groups.slice(4).flat());
  const placed: Stroke[] = strokes.map((s, i) =>
    s.map(([x, y]) =>
      comma.has(i) ? [x - dx, y - dy] : after.has(i) ? [x - dx, y] : ([x, y] as const),
    ),
  );
  const width = Math.ceil(Math.max(...placed.flat().map(([x]) => x))) + 60;
  const lines = placed.map((s) => `<polyline points="${polyline(s)}"/>`).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="200">
  <rect width="100%" height="100%" fill="#fbfaf7"/>
  <g fill="none" stroke="#1b2340" stroke-width="4" stroke-linecap="round" stroke-linejoin="round">${lines}</g>
</svg>`;
  return { png: await sharp(Buffer.from(svg)).png().toBuffer(), commaX: foot[0] + 1 };
}

export const EQUALS_TEXT = '∀x(x=x)';

/** ∀x(x=x) with the second bar of = (and the rest) a symbol's width to the right of the first. */
export function splitEqualsStrokes(): readonly Stroke[] {
  const { strokes, groups } = composeFormula(['forall', 'x', 'lparen', 'x', 'eq', 'x', 'rparen'], {
    seed: 1,
    height: SYMBOL_HEIGHT,
  });
  const moved = new Set([groups[4][1], ...groups.slice(5).flat()]);
  return strokes.map((s, i) =>
    s.map(([x, y]) => [moved.has(i) ? x + SYMBOL_HEIGHT : x, y] as const),
  );
}
