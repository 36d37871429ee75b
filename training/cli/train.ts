import { summariseReport } from '../data/image-folder.js';
import { startTrainingJob } from '../worker/training-job.js';
import { runCli } from '../../recognition/cli/cli-util.js';
import { ProgressPrinter } from './progress-printer.js';
import { configFromArgs, TRAIN_USAGE } from './train-args.js';

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${TRAIN_USAGE}\n`);
    return;
  }
  const { config, data, out, name } = configFromArgs(argv);
  const printer = new ProgressPrinter(process.stderr);
  process.stderr.write(`loading ${data} …\n`);
  const job = startTrainingJob(
    { dataPath: data, config, outDir: out, modelName: name },
    {
      onDataLoaded: ({ report, trainSamples, testSamples, classes }) => {
        process.stderr.write(
          `${summariseReport(report)}\ntraining on ${trainSamples} samples of ${classes.length} classes` +
            `${testSamples ? `, ${testSamples} test samples held back` : ''}; ${config.algorithm}, ` +
            `hidden ${config.hidden.join('-')} ${config.activation}\n`,
        );
      },
      onProgress: (p) => printer.update(p),
      onEvaluating: () => printer.message('evaluating on the test data …'),
    },
  );
  let interrupts = 0;
  process.on('SIGINT', () => {
    interrupts += 1;
    if (interrupts === 1) {
      printer.message(
        'stopping after this batch; the best weights so far will be saved (Ctrl+C again to quit)',
      );
      job.cancel();
    } else {
      void job.kill().then(() => process.exit(130));
    }
  });
  const summary = await job.result;
  printer.finish();
  const m = summary.metrics;
  const pct = (x: number | undefined) => (x === undefined ? '–' : `${(x * 100).toFixed(2)}%`);
  process.stdout.write(
    `${summary.status}: ${summary.epochs} epochs (best ${summary.bestEpoch}) in ${summary.trainingSeconds.toFixed(0)} s\n` +
      `validation accuracy ${pct(m.validationAccuracy)}` +
      (m.testAccuracy !== undefined
        ? `, test accuracy ${pct(m.testAccuracy)} (look-alikes merged ${pct(m.testMergedAccuracy)})`
        : '') +
      `\nsaved to ${summary.outDir}\n`,
  );
}

void runCli(main, TRAIN_USAGE);
