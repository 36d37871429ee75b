import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultModelDir } from '../recognition/models.js';
import { STROKE_LIMITS } from '../recognition/strokes/stroke-limits.js';
import { composeFormula, FORALL_P_IMPLIES_Q } from '../recognition/strokes/templates.js';
import { createAppServices, type AppServices } from './app-services.js';
import type { AppEvent, Box, Envelope, StrokeResult } from './contract/app.js';
import { dispatch } from './dispatch.js';

/**
 * Strokes no pen makes, sent the way the page sends them (validated, then read in the worker):
 * each call comes back as a reading or a plain `bad-input` error, and the worker lives on.
 */

const hasModel = existsSync(join(defaultModelDir(), 'inkform.json'));
if (!hasModel) console.warn('models/default is missing: skipping the extreme strokes API tests');

const formula = () => composeFormula(FORALL_P_IMPLIES_Q, { seed: 3 }).strokes;
const finiteBox = (b: Box) => [b.x, b.y, b.width, b.height].every(Number.isFinite);

describe.runIf(hasModel)('recognizeStrokes with strokes no pen makes', () => {
  let dir: string;
  let services: AppServices;
  const events: AppEvent[] = [];
  const call = (strokes: unknown) => dispatch(services, 'recognizeStrokes', { strokes });

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'inkform-extreme-'));
    services = createAppServices({ userDataDir: dir, emit: (e) => events.push(e) });
  });

  afterAll(async () => {
    await services.dispose();
    await rm(dir, { recursive: true, force: true });
  });

  it('reads a formula spread over ±1e308 as the formula, boxes in its own coordinates', async () => {
    const spread = formula().map((s) =>
      s.map(([x, y]) => [(x / 400 - 1) * 1e308, (y / 400 - 1) * 1e308]),
    );
    const reply = (await call(spread)) as Envelope<StrokeResult>;
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    expect(reply.value.lines.map((l) => l.text)).toEqual(['∀x(P(x)→Q(x))']);
    const [line] = reply.value.lines;
    expect(finiteBox(line.box)).toBe(true);
    expect(line.box.x).toBeLessThan(-0.9e308);
    expect(line.symbols.every((s) => finiteBox(s.box))).toBe(true);
  });

  it('answers one point at 1e308, and a stroke to 1e308 beside a formula', async () => {
    const dot = (await call([[[1e308, 1e308]]])) as Envelope<StrokeResult>;
    expect(dot.ok).toBe(true);
    const beside = (await call([
      ...formula(),
      [
        [0, 0],
        [1e308, 1e308],
      ],
    ])) as Envelope<StrokeResult>;
    expect(beside.ok).toBe(true);
    if (beside.ok) expect(beside.value.lines.every((l) => finiteBox(l.box))).toBe(true);
  });

  it('refuses too much ink in plain words, and goes on reading', async () => {
    const { maxPointsPerStroke, maxTotalPoints } = STROKE_LIMITS;
    const long = Array.from({ length: maxPointsPerStroke }, (_, i) => [i * 1e300, 1e308]);
    const tooMuch = Array.from({ length: maxTotalPoints / maxPointsPerStroke + 1 }, () => long);
    const reply = await call(tooMuch);
    expect(reply).toEqual({
      ok: false,
      error: {
        code: 'bad-input',
        message: 'the drawing has too many points (220,000; at most 200,000 in all)',
      },
    });
    const numberTooBig = await call([[[Infinity, 0]]]);
    expect(numberTooBig.ok).toBe(false);
    if (!numberTooBig.ok) expect(numberTooBig.error.code).toBe('bad-input');
    const after = (await call(formula())) as Envelope<StrokeResult>;
    expect(after.ok && after.value.lines[0].text).toBe('∀x(P(x)→Q(x))');
    expect(events.filter((e) => e.type === 'worker-restarted')).toEqual([]);
  });
});
