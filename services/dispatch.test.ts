import { describe, expect, it } from 'vitest';
import { INVOKE_METHODS, type InvokeApi } from './contract/app.js';
import { dispatch } from './dispatch.js';
import { ServiceError } from './service-error.js';
import { VALIDATORS } from './validate.js';

const echo: Partial<InvokeApi> = {
  recognizeStrokes: async (request) => ({
    lines: [],
    modelId: String(request.strokes.length),
    elapsedMs: 0,
  }),
  getSettings: async () => {
    throw new Error('disk on fire');
  },
  setActiveModel: async () => {
    throw new ServiceError('not-found', 'no such model');
  },
};

describe('dispatch', () => {
  it('has a validator for every method of the contract', () => {
    expect(Object.keys(VALIDATORS).sort()).toEqual([...INVOKE_METHODS].sort());
  });

  it('runs a method with its validated argument', async () => {
    const reply = await dispatch(echo, 'recognizeStrokes', { strokes: [[[1, 2]], []] });
    expect(reply).toEqual({ ok: true, value: { lines: [], modelId: '2', elapsedMs: 0 } });
  });

  it.each<[string, unknown]>([
    ['recognizeStrokes', 'strokes'],
    ['recognizeStrokes', { strokes: [[[1, 'x']]] }],
    ['recognizeStrokes', { strokes: [[[1, Number.NaN]]] }],
    ['recognizeStrokes', { strokes: [[[1, 2]]], pins: [[0, 1]] }],
    ['recognizeStrokes', { strokes: [[[1, 2]]], pins: [[0.5]] }],
    ['recognizeImage', { bytes: new Uint8Array(1), name: 'a.png', pins: [{ x: 1 }] }],
    ['recognizeImage', { bytes: new Uint8Array(0), name: 'empty.png' }],
    ['recognizeImage', { bytes: new Uint8Array(1), name: 'a.png', adjustment: { angle: '5' } }],
    ['recognizeImage', { bytes: new Uint8Array(1), name: 'a.png', adjustment: { angle: 900 } }],
    [
      'recognizeImage',
      {
        bytes: new Uint8Array(1),
        name: 'a.png',
        adjustment: { angle: 0, crop: { x: 0, y: 0, width: 0, height: 5 } },
      },
    ],
    ['recognizeImage', { bytes: new Uint8Array(1), name: 'a.png', lineCuts: [{ x0: 1, y0: 2 }] }],
    ['recognizeImage', { bytes: 'base64?', name: 'a.png' }],
    ['redecodeLine', { glyphs: [], forced: [null] }],
    [
      'addSamples',
      { setId: 'ok', samples: [{ label: 'a', glyph: new Uint8Array(10), source: 'correction' }] },
    ],
    [
      'addSamples',
      {
        setId: 'ok',
        samples: [{ label: 'lambda', glyph: new Uint8Array(784), source: 'correction' }],
      },
    ],
    ['setActiveModel', { id: '../../etc' }],
    ['updateSettings', { theme: 'purple' }],
    ['updateSettings', { nodeIntegration: true }],
    ['getSettings', { sneaky: 1 }],
    ['parseFormula', { text: 'p', format: 'html' }],
    ['parseFormula', { text: 'p', format: 'unicode', freeVariables: 'skolemise' }],
  ])('refuses a bad %s argument before running it (case %#)', async (method, arg) => {
    const reply = await dispatch(echo, method, arg);
    expect(reply).toMatchObject({ ok: false, error: { code: 'bad-input' } });
  });

  it("keeps a picture's turn, crop and line separators, and only those it was sent", () => {
    const bytes = new Uint8Array(1);
    const adjustment = { angle: -2.5, crop: { x: 1, y: 2, width: 30, height: 40 } };
    const lineCuts = [{ x0: 0, y0: 10, x1: 50, y1: 12 }];
    const request = { bytes, name: 'a.png', adjustment, lineCuts, extra: 1 };
    expect(VALIDATORS.recognizeImage(request)).toEqual({
      bytes,
      name: 'a.png',
      adjustment,
      lineCuts,
    });
    expect(
      VALIDATORS.recognizeImage({ bytes, name: 'a.png', adjustment: { angle: 90, crop: null } }),
    ).toEqual({ bytes, name: 'a.png', adjustment: { angle: 90, crop: null } });
    expect(VALIDATORS.recognizeImage({ bytes, name: 'a.png' })).toEqual({ bytes, name: 'a.png' });
  });

  it('refuses unknown methods and reports missing ones', async () => {
    expect(await dispatch(echo, 'constructor', undefined)).toMatchObject({
      ok: false,
      error: { code: 'bad-input' },
    });
    expect(await dispatch(echo, 'listModels', undefined)).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('turns thrown errors into envelopes: ours keep their code, others become internal', async () => {
    expect(await dispatch(echo, 'setActiveModel', { id: 'mine' })).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'no such model' },
    });
    expect(await dispatch(echo, 'getSettings', undefined)).toEqual({
      ok: false,
      error: { code: 'internal', message: 'Something went wrong: disk on fire' },
    });
  });
});
