import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultModelDir } from '../recognition/models.js';
import { composeFormula, FORALL_P_IMPLIES_Q } from '../recognition/strokes/templates.js';
import { createAppServices, type AppServices } from './app-services.js';
import type { AppEvent } from './contract/app.js';
import { dispatch } from './dispatch.js';
import { spawnRecognitionWorker } from './recognition/recognition-client.js';

const hasModel = existsSync(join(defaultModelDir(), 'inkform.json'));
if (!hasModel)
  console.warn('models/default is missing: skipping the app service tests that recognise');

let dir: string;
let events: AppEvent[];
let services: AppServices;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'inkform-services-'));
  events = [];
  services = createAppServices({ userDataDir: dir, emit: (e) => events.push(e) });
});

afterEach(async () => {
  await services.dispose();
  await rm(dir, { recursive: true, force: true });
});

const drawing = () =>
  composeFormula(FORALL_P_IMPLIES_Q, { seed: 3 }).strokes.map((s) =>
    s.map(([x, y]) => [x, y] as const),
  );

describe.runIf(hasModel)('recognition through the worker', () => {
  it('reads a drawn formula, with glyphs for corrections and the model that read it', async () => {
    const result = await services.recognizeStrokes({ strokes: drawing() });
    expect(result.modelId).toBe('default');
    expect(result.lines).toHaveLength(1);
    const [line] = result.lines;
    expect(line.text).toBe('∀x(P(x)→Q(x))');
    expect(line.symbols).toHaveLength(FORALL_P_IMPLIES_Q.length);
    expect(line.symbols.every((s) => s.glyph.length === 784)).toBe(true);
    expect(line.symbols[8].glyph.some((p) => p > 0)).toBe(true);
  });

  it('re-reads a line around a corrected symbol', async () => {
    const [line] = (await services.recognizeStrokes({ strokes: drawing() })).lines;
    const forced = line.symbols.map((_, i) => (i === 8 ? 'R' : null));
    const fixed = await services.redecodeLine({ glyphs: line.symbols, forced });
    expect(fixed.text).toBe('∀x(P(x)→R(x))');
    expect(fixed.exports?.latex).toContain('R(x)');
  });

  it('keeps the symbols the user delimited, splitting one and joining two', async () => {
    const strokes = drawing();
    const { groups } = composeFormula(FORALL_P_IMPLIES_Q, { seed: 3 });
    // ∀'s two strokes said to be two symbols, and P with its parenthesis said to be one.
    const pins = [[groups[0][0]], [groups[0][1]], [...groups[3], ...groups[4]]];
    const [line] = (await services.recognizeStrokes({ strokes, pins })).lines;
    const made = line.symbols.map((s) => s.strokes);
    for (const pin of pins) expect(made).toContainEqual([...pin].sort((a, b) => a - b));
    expect(made).toHaveLength(FORALL_P_IMPLIES_Q.length);
  });

  it('reports a corrupt image as bad input and keeps working', async () => {
    const bytes = new TextEncoder().encode('%PDF-1.4 not an image');
    const envelope = await dispatch(services, 'recognizeImage', { bytes, name: 'scan.png' });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'bad-input' } });
    expect(envelope.ok || envelope.error.message).toMatch(/^“scan\.png” is a PDF file/);
    const text = new TextEncoder().encode('just some notes');
    const renamed = await dispatch(services, 'recognizeImage', { bytes: text, name: 'notes.png' });
    expect(renamed.ok || renamed.error.message).toMatch(/^“notes\.png” is not a picture/);
    const again = await services.recognizeStrokes({ strokes: drawing() });
    expect(again.lines[0].text).toBe('∀x(P(x)→Q(x))');
  });

  it('recovers from a crashed worker: the request in flight fails clearly, the next one works', async () => {
    await services.dispose();
    let spawned = 0;
    const crashing = () =>
      new Worker('require("node:worker_threads").parentPort.on("message", () => process.exit(3))', {
        eval: true,
      });
    services = createAppServices({
      userDataDir: dir,
      emit: (e) => events.push(e),
      recognition: { spawn: () => (spawned++ === 0 ? crashing() : spawnRecognitionWorker()) },
    });
    const crashed = await dispatch(services, 'recognizeStrokes', { strokes: drawing() });
    expect(crashed).toMatchObject({ ok: false, error: { code: 'worker-crashed' } });
    expect(crashed.ok || crashed.error.message).toMatch(/restarted/);
    expect(events.some((e) => e.type === 'worker-restarted')).toBe(true);
    const next = await services.recognizeStrokes({ strokes: drawing() });
    expect(next.lines[0].text).toBe('∀x(P(x)→Q(x))');
    expect(spawned).toBe(2);
  });
});

describe('formulas as text', () => {
  it('parses each format and exports all of them, or says where it failed', async () => {
    const ok = await services.parseFormula({ text: '![X]: (p(X) => q(X))', format: 'tptp' });
    expect(ok).toMatchObject({ ok: true, unicode: '∀x(P(x)→Q(x))' });
    const bad = await services.parseFormula({ text: '∀x(P(x)→', format: 'unicode' });
    expect(bad.ok).toBe(false);
    expect(bad.ok ? -1 : bad.offset).toBeGreaterThanOrEqual(7);
  });

  it('closes free variables in TPTP and Prover9 or keeps them as constants, as asked', async () => {
    const text = 'P(x)→Q(x)';
    const closed = await services.parseFormula({ text, format: 'unicode' });
    expect(closed.ok && closed.exports.tptp).toBe('![X]: (p(X) => q(X))');
    const kept = await services.parseFormula({
      text,
      format: 'unicode',
      freeVariables: 'constants',
    });
    expect(kept.ok && kept.exports.tptp).toBe('p(x) => q(x)');
    expect(kept.ok && kept.exports.freeVariables?.tptp).toMatch(/keeps it as the constant x/);
  });
});

describe('settings, models and training sets on disk', () => {
  it('persists settings across restarts and ignores a corrupt settings file', async () => {
    await services.updateSettings({ theme: 'dark', recognitionDelayMs: 400 });
    const again = createAppServices({ userDataDir: dir, emit: () => {} });
    expect(await again.getSettings()).toMatchObject({ theme: 'dark', recognitionDelayMs: 400 });
    await writeFile(join(dir, 'settings.json'), '{"theme": "dark", "penWidth": 9');
    const fresh = createAppServices({ userDataDir: dir, emit: () => {} });
    expect((await fresh.getSettings()).theme).toBe('system');
    expect(events).toContainEqual(expect.objectContaining({ type: 'settings-changed' }));
  });

  it('lists the shipped model, user models, and broken model folders with the reason', async () => {
    await mkdir(join(dir, 'models', 'half-copied'), { recursive: true });
    await writeFile(
      join(dir, 'models', 'half-copied', 'inkform.json'),
      '{"format": "inkform-model"',
    );
    const list = await services.listModels();
    expect(list.activeId).toBe('default');
    expect(list.models.map((m) => m.id)).toEqual(hasModel ? ['default'] : []);
    expect(list.broken).toEqual([{ id: 'half-copied', message: expect.any(String) }]);
    const refused = await dispatch(services, 'setActiveModel', { id: 'half-copied' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'not-found' } });
    const traversal = await dispatch(services, 'setActiveModel', { id: '../evil' });
    expect(traversal).toMatchObject({ ok: false, error: { code: 'bad-input' } });
  });

  it('saves corrected glyphs as PNG samples of a training set, atomically', async () => {
    const set = await services.createTrainingSet({ name: 'My corrections' });
    expect(set.id).toMatch(/^my-corrections-[0-9a-f]{6}$/);
    const glyph = new Uint8Array(784).fill(0);
    glyph.fill(255, 300, 320);
    const after = await services.addSamples({
      setId: set.id,
      samples: [
        { label: 'wedge', glyph, source: 'correction' },
        { label: 'A', glyph, source: 'correction' },
        { label: 'a', glyph, source: 'correction' },
      ],
    });
    expect(after.samples).toBe(3);
    expect(after.perClass).toEqual({ wedge: 1, A: 1, a: 1 });
    const setDir = join(dir, 'training-sets', set.id);
    const folders = (await readdir(setDir)).filter((f) => f !== 'set.json').sort();
    // A and a must not share a folder on case-insensitive file systems.
    expect(new Set(folders.map((f) => f.toLowerCase())).size).toBe(3);
    for (const f of folders) expect(await readdir(join(setDir, f))).toHaveLength(1);
    expect((await services.listTrainingSets()).map((s) => s.name)).toEqual(['My corrections']);
    const missing = await dispatch(services, 'addSamples', {
      setId: 'nope',
      samples: [{ label: 'a', glyph, source: 'correction' }],
    });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
