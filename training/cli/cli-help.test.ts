/**
 * Every command-line tool answers --help with a text that gives each option's default, so that
 * nobody has to read the source to learn what a run does when an option is left out.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULTS, type TrainConfig } from '../trainer/config.js';
import type { Algorithm } from '../optimisers/optimiser.js';
import { FIT_JOIN_USAGE } from '../../recognition/cli/fit-join-model.js';
import { FIT_PRIORS_USAGE } from '../../recognition/cli/fit-priors.js';
import { EVAL_FORMULAS_USAGE } from '../../recognition/eval/eval-formulas.js';
import { BENCH_USAGE } from './bench.js';
import { runCliProcess } from './cli-test-support.js';
import { EVALUATE_DEFAULT_USAGE } from './evaluate-default.js';
import { EVALUATE_USAGE } from './evaluate.js';
import { PAPER_SET_USAGE } from './make-paper-set.js';
import { TRAIN_DEFAULT_USAGE } from './train-default.js';
import { showDefault, TRAIN_USAGE } from './train-args.js';

/** Each tool's help, and its entries that need no default (required, or --help itself). */
const TOOLS: readonly {
  readonly name: string;
  readonly usage: string;
  readonly noDefault: readonly string[];
}[] = [
  { name: 'train', usage: TRAIN_USAGE, noDefault: ['--data', '--out'] },
  { name: 'train:default', usage: TRAIN_DEFAULT_USAGE, noDefault: ['--help'] },
  { name: 'evaluate', usage: EVALUATE_USAGE, noDefault: [] },
  { name: 'evaluate:default', usage: EVALUATE_DEFAULT_USAGE, noDefault: ['--help'] },
  { name: 'bench', usage: BENCH_USAGE, noDefault: [] },
  { name: 'make:paper-set', usage: PAPER_SET_USAGE, noDefault: ['--out', '--help'] },
  { name: 'fit:join', usage: FIT_JOIN_USAGE, noDefault: ['--help'] },
  { name: 'fit:priors', usage: FIT_PRIORS_USAGE, noDefault: [] },
  { name: 'eval:formulas', usage: EVAL_FORMULAS_USAGE, noDefault: ['--help'] },
];

/** An option's entry: its first line (two spaces, then `--flag` or a NAME) and what follows. */
function entries(usage: string): Map<string, string> {
  const found = new Map<string, string>();
  let current: string | null = null;
  for (const line of usage.split('\n')) {
    const start = /^ {2}(--[\w-]+|[A-Z][A-Z_]+)\b/.exec(line);
    if (start) {
      current = start[1];
      found.set(current, line);
    } else if (current !== null && /^ {4,}\S/.test(line)) {
      found.set(current, `${found.get(current)}\n${line}`);
    } else current = null;
  }
  return found;
}

describe('--help of every command-line tool', () => {
  for (const tool of TOOLS) {
    it(`${tool.name} gives the default of each option`, () => {
      expect(tool.usage).toMatch(new RegExp(`^usage: npm run ${tool.name}\\b`));
      const options = entries(tool.usage);
      const needing = [...options].filter(([flag]) => !tool.noDefault.includes(flag));
      for (const [flag, text] of needing)
        expect({ flag, statesDefault: /\bdefault\b/.test(text) }).toEqual({
          flag,
          statesDefault: true,
        });
    });
  }

  it('bench names the settings it always runs with', () => {
    expect(BENCH_USAGE).toMatch(/always runs with:\n {2}network {3}784-\d+-\d+-\d+/);
    for (const setting of ['samples', 'epochs', 'batch', 'threads'])
      expect(BENCH_USAGE).toMatch(new RegExp(`^ {2}${setting} +\\d+`, 'm'));
  });

  it('is what the tools print, and printing it runs nothing', async () => {
    // One tool run for real: the others print their text the same way.
    const result = await runCliProcess('training/cli/make-paper-set.ts', ['--help']);
    expect(result).toEqual({ code: 0, stdout: `${PAPER_SET_USAGE}\n`, stderr: '' });
  }, 60_000);
});

describe('train --help', () => {
  const mini: readonly Algorithm[] = ['backprop', 'adam'];
  const all: readonly Algorithm[] = ['backprop', 'rprop', 'adam'];
  /** Each option, the setting it sets, and the algorithms it applies to. */
  const OPTIONS: readonly [string, (c: TrainConfig) => unknown, readonly Algorithm[]][] = [
    ['--hidden', (c) => c.hidden, all],
    ['--activation', (c) => c.activation, all],
    ['--dropout', (c) => c.dropout, all],
    ['--epochs', (c) => c.epochs, all],
    ['--batch', (c) => c.batchSize, mini],
    ['--lr', (c) => c.learningRate, mini],
    ['--momentum', (c) => c.momentum, ['backprop']],
    ['--beta1', (c) => c.beta1, ['adam']],
    ['--beta2', (c) => c.beta2, ['adam']],
    ['--epsilon', (c) => c.epsilon, ['adam']],
    ['--rprop-variant', (c) => c.rpropVariant, ['rprop']],
    ['--delta0', (c) => c.delta0, ['rprop']],
    ['--delta-min', (c) => c.deltaMin, ['rprop']],
    ['--delta-max', (c) => c.deltaMax, ['rprop']],
    ['--eta-plus', (c) => c.etaPlus, ['rprop']],
    ['--eta-minus', (c) => c.etaMinus, ['rprop']],
    ['--validation', (c) => c.validationSplit, all],
    ['--patience', (c) => c.patience, all],
    ['--schedule', (c) => c.schedule, all],
    ['--augment', (c) => c.augment, all],
    ['--seed', (c) => c.seed, all],
    ['--time-limit', (c) => c.timeLimitSeconds, all],
    ['--threads', (c) => c.threads, all],
  ];

  it("gives each algorithm's default of each option, from the same table training uses", () => {
    const options = entries(TRAIN_USAGE);
    for (const [flag, pick, algorithms] of OPTIONS) {
      const text = options.get(flag) ?? '';
      for (const algorithm of algorithms) {
        const value = showDefault(pick(DEFAULTS[algorithm]));
        expect({ flag, algorithm, shown: text.includes(value) }).toEqual({
          flag,
          algorithm,
          shown: true,
        });
      }
    }
    expect(options.get('--algorithm')).toContain('(default adam)');
  });

  it('shows numbers as they are typed and no augmentation as off', () => {
    expect(showDefault([512, 256])).toBe('512,256');
    expect(showDefault(null)).toBe('off');
    expect(showDefault(1e-7)).toBe('1e-7');
  });
});
