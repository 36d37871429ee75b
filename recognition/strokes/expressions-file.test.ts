import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseStrokeExpression, readStrokeExpressions } from './expressions-file.js';

const EXPRESSION = {
  id: 'crohme-1',
  subset: '2013',
  writer: 'crohme:7',
  split: 'train',
  latex: 'x=1',
  strokes: [
    [
      [0, 0],
      [10, 10],
    ],
    [
      [20, 5],
      [30, 5],
    ],
  ],
  symbols: [
    { label: 'x', strokes: [0], image: 12 },
    { label: 'other:\\div', strokes: [1] },
  ],
  fol_only: false,
  known_only: false,
  linear: true,
};

describe('stroke expressions file', () => {
  it('reads every line of the gzipped file, naming a bad one by file and line', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'inkform-expressions-'));
    try {
      const good = join(dir, 'good.jsonl.gz');
      const lines = [EXPRESSION, { ...EXPRESSION, id: 'crohme-2', split: 'test' }];
      await writeFile(good, gzipSync(lines.map((l) => JSON.stringify(l)).join('\n') + '\n'));
      const read = await readStrokeExpressions(good);
      expect(read.map((e) => [e.id, e.split])).toEqual([
        ['crohme-1', 'train'],
        ['crohme-2', 'test'],
      ]);
      expect(read[0].symbols[0].image).toBe(12);
      expect(read[0].symbols[1]).toEqual({ label: 'other:\\div', strokes: [1] });

      const bad = join(dir, 'bad.jsonl.gz');
      await writeFile(bad, gzipSync(`${JSON.stringify(EXPRESSION)}\n{"id": 3}\n`));
      await expect(readStrokeExpressions(bad)).rejects.toThrow(`${bad}:2: not a stroke expression`);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('refuses lines that are not JSON or not shaped like an expression', () => {
    expect(() => parseStrokeExpression('{oops', 'f:1')).toThrow('f:1: not JSON');
    const shapes: Record<string, unknown>[] = [
      { ...EXPRESSION, linear: 'yes' },
      { ...EXPRESSION, strokes: [[[0, 'a']]] },
      { ...EXPRESSION, symbols: [{ label: 'x', strokes: [0.5] }] },
      { ...EXPRESSION, symbols: [{ strokes: [0] }] },
      { ...EXPRESSION, symbols: [{ label: 'x', strokes: [0], image: 'row 3' }] },
      { ...EXPRESSION, known_only: undefined },
      { ...EXPRESSION, writer: undefined },
    ];
    for (const shape of shapes)
      expect(() => parseStrokeExpression(JSON.stringify(shape), 'f:2')).toThrow(
        'f:2: not a stroke expression',
      );
  });
});
