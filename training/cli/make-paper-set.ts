import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { GLYPH_SIZE } from '../../recognition/imaging/gray-image.js';
import { mulberry32 } from '../../recognition/imaging/random.js';
import { glyphAt, type GlyphDataset } from '../data/dataset.js';
import { encodeClassFolder } from '../data/class-folder-names.js';
import { loadPacked } from '../data/packed.js';
import {
  CLASS_LIST_NAMES,
  CLASS_LISTS,
  pickSamples,
  type ClassListName,
} from '../data/paper-set.js';
import { findSharedData, SHARED_DATA_MISSING } from '../../recognition/data/shared-data.js';
import {
  isMainModule,
  parseChoice,
  parseNumber,
  runCli,
  UsageError,
} from '../../recognition/cli/cli-util.js';

/**
 * `npm run make:paper-set -- --out DIR`: an ImageFolder data set in the setting of the paper
 * (about 17k training and 2.3k test characters of 67 classes) made from the shared handwriting,
 * each character rendered as a scan would give it: dark ink on off-white paper, any size, with
 * sensor noise and a margin. Used for the algorithm comparison in the README.
 *
 * By default the training characters come from the shared train split and the test characters
 * from its test split (partly writer-disjoint), as often as each class occurs. `--test-from
 * train` draws the test from the train split too, so from the training characters' writers, as
 * the paper's random split did; `--balanced` takes the same number of every class.
 */

async function scanLike(glyph: Uint8Array, rng: () => number): Promise<Buffer> {
  const size = 36 + Math.floor(rng() * 90);
  const margin = 2 + Math.floor(rng() * 12);
  const paper = 200 + Math.floor(rng() * 50);
  const ink = Math.floor(rng() * 60);
  const scaled = await sharp(Buffer.from(glyph), {
    raw: { width: GLYPH_SIZE, height: GLYPH_SIZE, channels: 1 },
  })
    .resize(size, size, { kernel: 'cubic' })
    .extend({
      top: margin,
      bottom: margin,
      left: margin,
      right: margin,
      background: { r: 0, g: 0, b: 0 },
    })
    .extractChannel(0)
    .raw()
    .toBuffer();
  const out = Buffer.alloc(scaled.length);
  for (let i = 0; i < scaled.length; i++) {
    const coverage = scaled[i] / 255;
    const noise = (rng() + rng() + rng() - 1.5) * 12;
    out[i] = Math.max(0, Math.min(255, Math.round(paper + (ink - paper) * coverage + noise)));
  }
  const side = size + 2 * margin;
  const image = sharp(out, { raw: { width: side, height: side, channels: 1 } });
  return rng() < 0.5 ? image.png().toBuffer() : image.jpeg({ quality: 85 }).toBuffer();
}

async function writeSplit(
  root: string,
  data: GlyphDataset,
  indices: number[],
  rng: () => number,
): Promise<void> {
  let n = 0;
  for (const i of indices) {
    const name = data.classes[data.labels[i]];
    const dir = join(root, encodeClassFolder(name));
    await mkdir(dir, { recursive: true });
    const bytes = await scanLike(glyphAt(data, i), rng);
    const ext = bytes[0] === 0x89 ? 'png' : 'jpg';
    await writeFile(join(dir, `${String(n++).padStart(6, '0')}.${ext}`), bytes);
  }
}

const TEST_SOURCES = ['test', 'train'] as const;

/** What each option is when not given; the help is written from these. */
const DEFAULTS = {
  train: 17_000,
  test: 2_300,
  seed: 67,
  testFrom: 'test' as (typeof TEST_SOURCES)[number],
  balanced: false,
  classes: 'logic' as ClassListName,
};

export const PAPER_SET_USAGE = `usage: npm run make:paper-set -- --out DIR [--train N] [--test N] [--seed N]
       [--test-from test|train] [--balanced] [--classes ${CLASS_LIST_NAMES.join('|')}]

  --out DIR          where to write the ImageFolder set; anything there is replaced (required)
  --train N          training characters (default ${DEFAULTS.train})
  --test N           test characters (default ${DEFAULTS.test})
  --seed N           random seed: the same seed makes the same set (default ${DEFAULTS.seed})
  --test-from SPLIT  ${TEST_SOURCES.join(' | ')}: the shared split the test characters come from
                     (default ${DEFAULTS.testFrom}; train means the training writers, as in the paper)
  --balanced         the same number of every class (default ${DEFAULTS.balanced ? 'on' : 'off'}: as often as each occurs)
  --classes LIST     logic: the 67 distinct shapes of the formula classes; paper: those and the
                     paper's + − < > (${CLASS_LISTS.paper.length}); all: every class's distinct shape (${CLASS_LISTS.all.length})
                     (default ${DEFAULTS.classes})
  --help             show this text`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      train: { type: 'string' },
      test: { type: 'string' },
      seed: { type: 'string' },
      'test-from': { type: 'string' },
      balanced: { type: 'boolean', default: DEFAULTS.balanced },
      classes: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(`${PAPER_SET_USAGE}\n`);
    return;
  }
  if (!values.out) throw new UsageError('--out DIR is required');
  const shared = findSharedData();
  if (!shared) throw new Error(SHARED_DATA_MISSING);
  const out = resolve(values.out);
  const rng = mulberry32(
    values.seed ? parseNumber(values.seed, '--seed', { integer: true }) : DEFAULTS.seed,
  );
  const trainCount = values.train
    ? parseNumber(values.train, '--train', { integer: true, min: 1 })
    : DEFAULTS.train;
  const testCount = values.test
    ? parseNumber(values.test, '--test', { integer: true, min: 1 })
    : DEFAULTS.test;
  const testFrom =
    values['test-from'] === undefined
      ? DEFAULTS.testFrom
      : parseChoice(values['test-from'], '--test-from', TEST_SOURCES);
  const balanced = values.balanced;
  const classes =
    CLASS_LISTS[
      values.classes === undefined
        ? DEFAULTS.classes
        : parseChoice(values.classes, '--classes', CLASS_LIST_NAMES)
    ];
  const { train, test } = await loadPacked(join(shared, 'symbols'));
  const testSource = testFrom === 'train' ? train : test;
  const pickTrain = (random: () => number) =>
    pickSamples(train, classes, trainCount, random, { balanced });
  const pickTest = (trainPicks: readonly number[], random: () => number) =>
    pickSamples(testSource, classes, testCount, random, {
      balanced,
      exclude: testFrom === 'train' ? new Set(trainPicks) : undefined,
    });
  // A request the data cannot meet fails here, before the previous set in --out is removed. The
  // picks below draw from the seeded generator between renderings, so they cannot move up.
  const trial = mulberry32(0);
  pickTest(pickTrain(trial), trial);
  await rm(out, { recursive: true, force: true });
  const trainPicks = pickTrain(rng);
  await writeSplit(join(out, 'train'), train, trainPicks, rng);
  await writeSplit(join(out, 'test'), testSource, pickTest(trainPicks, rng), rng);
  process.stdout.write(
    `wrote ${trainCount} training and ${testCount} test images of ${classes.length} ` +
      `classes to ${out} (test from the ${testFrom} split` +
      `${balanced ? ', classes balanced' : ''})\n`,
  );
}

if (isMainModule(import.meta.url)) void runCli(main, PAPER_SET_USAGE);
