/**
 * The process that `kill-safety.test.ts` kills: it saves for ever, the way the app does, until
 * it gets SIGKILL.
 *
 *   kill-safety-child samples <sets root>    adds 1–3 samples per call to one training set
 *   kill-safety-child models <models folder>  saves each finished "run" under a new model id
 *
 * Stdout is a line protocol: `ready <detail>` once, then `saving <item>` before and
 * `saved <item>` after every save (the item is a sample count or a model id). Lines go out with
 * `writeSync`, so a line is on the pipe before the next step starts and a kill can never drop
 * one that was already "said" (process.stdout is asynchronous on some platforms).
 */
import { writeSync } from 'node:fs';
import { join } from 'node:path';
import { GLYPH_PIXELS } from '../../recognition/imaging/gray-image.js';
import { initTensorflow } from '../../recognition/tf/backend.js';
import { newId } from '../training/ids.js';
import { untrainedModelCard } from '../../recognition/model-format/model-card.js';
import { saveModel } from '../../recognition/model-format/model-io.js';
import { buildNetwork } from '../../training/model/network.js';
import { barGlyph } from '../../training/sets/sample-test-support.js';
import { TrainingSetStore, type SampleToSave } from '../../training/sets/training-set-store.js';

const LABELS = ['a', 'b', 'x', 'forall'];

const say = (line: string) => writeSync(1, `${line}\n`);

async function saveSamples(root: string): Promise<never> {
  const store = new TrainingSetStore(root);
  // Later rounds keep filling the set the first one made, as a user's corrections do.
  const set = (await store.list())[0] ?? (await store.create('kill safety'));
  say(`ready ${set.id}`);
  for (let k = 0; ; k++) {
    const samples: SampleToSave[] = Array.from({ length: 1 + (k % 3) }, (_, i) => ({
      label: LABELS[(k + i) % LABELS.length],
      glyph: barGlyph(k + i),
      source: 'capture',
    }));
    say(`saving ${samples.length}`);
    await store.add(set.id, samples);
    say(`saved ${samples.length}`);
  }
}

async function saveModels(modelsDir: string): Promise<never> {
  await initTensorflow();
  const network = { hidden: [8], activation: 'relu' as const, dropout: 0 };
  const classes = LABELS;
  const model = buildNetwork({ ...network, inputSize: GLYPH_PIXELS, classes: classes.length }, 1);
  say('ready models');
  for (let k = 0; ; k++) {
    // As the job runner names the folder of a finished run: a fresh id under the models folder.
    const id = newId(`kill safety ${k}`, 'model');
    say(`saving ${id}`);
    await saveModel(join(modelsDir, id), model, untrainedModelCard(id, classes, network));
    say(`saved ${id}`);
  }
}

const MODES = new Map([
  ['samples', saveSamples],
  ['models', saveModels],
]);
const [mode = '', dir] = process.argv.slice(2);
const run = MODES.get(mode);
if (!run || !dir) {
  process.stderr.write('usage: kill-safety-child samples|models <folder>\n');
  process.exit(2);
}
run(dir).catch((error: unknown) => {
  // Only a kill may end this process; anything else is a failure the test must report.
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : error}\n`);
  process.exit(1);
});
