import { describe, expect, it } from 'vitest';
import { Adam, adamUpdate, secondHalfStart } from './adam.js';
import type { Optimiser } from './optimiser.js';
import { DEFAULT_RPROP, Rprop, type RpropOptions } from './rprop.js';
import { SgdMomentum } from './sgd-momentum.js';

/** Deterministic pseudo-random gradient sequences, independent of the code under test. */
function sequence(steps: number, size: number, seed: number): number[][] {
  let s = seed;
  const next = () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31 - 0.5;
  };
  return Array.from({ length: steps }, () => Array.from({ length: size }, next));
}

function run(
  opt: Optimiser,
  start: number[],
  grads: number[][],
  losses: number[] = grads.map(() => 0),
): number[] {
  const w = Float32Array.from(start);
  grads.forEach((g, t) => opt.step([w], [Float32Array.from(g)], losses[t]));
  return Array.from(w);
}

describe('SgdMomentum (backprop)', () => {
  it('applies heavy-ball momentum: v ← μv − ηg, w ← w + v', () => {
    const grads = sequence(5, 4, 1);
    const lr = 0.1;
    const mu = 0.9;
    const w = [0.5, -0.5, 1, 0];
    const v = [0, 0, 0, 0];
    for (const g of grads) {
      for (let i = 0; i < 4; i++) {
        v[i] = mu * v[i] - lr * g[i];
        w[i] += v[i];
      }
    }
    const got = run(new SgdMomentum({ learningRate: lr, momentum: mu }), [0.5, -0.5, 1, 0], grads);
    got.forEach((x, i) => expect(x).toBeCloseTo(w[i], 5));
  });

  it('without momentum is plain gradient descent and honours a new learning rate', () => {
    const w = Float32Array.from([1, 2]);
    const opt = new SgdMomentum({ learningRate: 0.5, momentum: 0 });
    opt.step([w], [Float32Array.from([1, -1])]);
    opt.setLearningRate(0.25);
    opt.step([w], [Float32Array.from([2, 2])]);
    expect(Array.from(w)).toEqual([0, 2]);
  });
});

describe('Adam', () => {
  it('matches the bias-corrected update of Kingma & Ba', () => {
    const grads = sequence(20, 3, 7);
    const o = { learningRate: 0.01, beta1: 0.9, beta2: 0.999, epsilon: 1e-7 };
    const w = [0.1, 0.2, 0.3];
    const m = [0, 0, 0];
    const v = [0, 0, 0];
    grads.forEach((g, k) => {
      const t = k + 1;
      for (let i = 0; i < 3; i++) {
        m[i] = o.beta1 * m[i] + (1 - o.beta1) * g[i];
        v[i] = o.beta2 * v[i] + (1 - o.beta2) * g[i] ** 2;
        const mHat = m[i] / (1 - o.beta1 ** t);
        const vHat = v[i] / (1 - o.beta2 ** t);
        w[i] -= (o.learningRate * mHat) / (Math.sqrt(vHat) + o.epsilon);
      }
    });
    const got = run(new Adam(o), [0.1, 0.2, 0.3], grads);
    got.forEach((x, i) => expect(x).toBeCloseTo(w[i], 5));
  });

  it('gives the same step when the tensor is updated in two ranges, as two threads do', () => {
    const o = { learningRate: 0.01, beta1: 0.9, beta2: 0.999, epsilon: 1e-7 };
    const grads = sequence(5, 7, 11);
    const whole = run(new Adam(o), [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7], grads);
    const w = Float32Array.from([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7]);
    const m = new Float32Array(7);
    const v = new Float32Array(7);
    const adam = new Adam(o, { m: [m], v: [v] });
    for (const g of grads) {
      const c = adam.nextStep();
      const g32 = Float32Array.from(g);
      adamUpdate(w, g32, m, v, secondHalfStart(7), 7, c);
      adamUpdate(w, g32, m, v, 0, secondHalfStart(7), c);
    }
    expect(Array.from(w)).toEqual(whole);
    expect(adam.momentsFor([w]).m[0]).toBe(m);
  });

  it('takes a first step of about the learning rate whatever the gradient scale', () => {
    const got = run(
      new Adam({ learningRate: 0.01, beta1: 0.9, beta2: 0.999, epsilon: 1e-8 }),
      [0, 0],
      [[1e-4, -1e3]],
    );
    expect(got[0]).toBeCloseTo(-0.01, 5);
    expect(got[1]).toBeCloseTo(0.01, 5);
  });
});

/** Igel & Hüsken (2000), written out per weight as in the paper's pseudo-code. */
function referenceRprop(
  o: RpropOptions,
  start: number[],
  grads: number[][],
  losses: number[],
): number[] {
  const w = [...start];
  const delta = start.map(() => o.delta0);
  const gPrev = start.map(() => 0);
  const dwPrev = start.map(() => 0);
  let ePrev = Infinity;
  grads.forEach((g0, t) => {
    const g = [...g0];
    for (let i = 0; i < w.length; i++) {
      const s = g[i] * gPrev[i];
      if (s > 0) {
        delta[i] = Math.min(delta[i] * o.etaPlus, o.deltaMax);
        dwPrev[i] = -Math.sign(g[i]) * delta[i];
        w[i] += dwPrev[i];
      } else if (s < 0) {
        delta[i] = Math.max(delta[i] * o.etaMinus, o.deltaMin);
        if (o.variant === 'irprop+' && losses[t] > ePrev) w[i] -= dwPrev[i];
        g[i] = 0;
      } else {
        dwPrev[i] = -Math.sign(g[i]) * delta[i];
        w[i] += dwPrev[i];
      }
      gPrev[i] = g[i];
    }
    ePrev = losses[t];
  });
  return w;
}

describe('Rprop', () => {
  for (const variant of ['irprop-', 'irprop+'] as const) {
    it(`${variant} follows the reference algorithm step for step`, () => {
      const grads = sequence(40, 6, variant === 'irprop-' ? 3 : 4);
      // Losses that sometimes go up, so iRprop+ has steps to take back.
      const losses = grads.map((_, t) => 1 / (t + 1) + (t % 3 === 0 ? 0.5 : 0));
      const o = { ...DEFAULT_RPROP, variant, delta0: 0.1, deltaMax: 1 };
      const start = [0.1, -0.2, 0.3, 0, 0.5, -1];
      const want = referenceRprop(o, start, grads, losses);
      const got = run(new Rprop(o), start, grads, losses);
      got.forEach((x, i) => expect(x).toBeCloseTo(want[i], 4));
    });
  }

  it('grows the step while the sign holds and shrinks it after a flip, within bounds', () => {
    const o = { ...DEFAULT_RPROP, delta0: 0.1, deltaMax: 0.15, deltaMin: 0.04 };
    // Same sign three times: steps 0.1, then min(0.12, 0.15), then min(0.144, 0.15).
    expect(run(new Rprop(o), [0], [[1], [1], [1]])[0]).toBeCloseTo(-(0.1 + 0.12 + 0.144), 6);
    // A flip: no step on the flip, then a step of max(0.05, 0.04) from the zeroed gradient.
    expect(run(new Rprop(o), [0], [[1], [-1], [-1]])[0]).toBeCloseTo(-0.1 + 0.05, 6);
  });

  it('minimises a badly scaled quadratic where plain gradient descent would crawl', () => {
    const target = [3, -2, 0.001];
    const scale = [1000, 1, 0.001];
    const w = new Float32Array(3);
    const opt = new Rprop({ ...DEFAULT_RPROP, variant: 'irprop+', delta0: 0.1 });
    for (let i = 0; i < 200; i++) {
      const loss = target.reduce((sum, t, k) => sum + scale[k] * (w[k] - t) ** 2, 0);
      const grad = Float32Array.from(target, (t, k) => 2 * scale[k] * (w[k] - t));
      opt.step([w], [grad], loss);
    }
    const got = Array.from(w);
    expect(got[0]).toBeCloseTo(3, 3);
    expect(got[1]).toBeCloseTo(-2, 3);
  });

  it('rejects step-size settings that make no sense', () => {
    expect(() => new Rprop({ ...DEFAULT_RPROP, etaPlus: 0.9 })).toThrow(/η\+/);
    expect(() => new Rprop({ ...DEFAULT_RPROP, deltaMin: 1, delta0: 0.1 })).toThrow(/Δmin/);
  });
});
