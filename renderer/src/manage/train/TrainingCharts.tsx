import type { JSX } from 'react';
import type { EpochPoint } from '@services/contract';
import { LineChart, type ChartSeries } from '../common/LineChart';
import type { Point } from '../lib/chart-scale';
import { lossText, percent } from '../lib/format';

type Metric = (p: EpochPoint) => number | null;

function series(history: readonly EpochPoint[], metric: Metric): Point[] {
  const points: Point[] = [];
  for (const p of history) {
    const value = metric(p);
    if (value !== null && Number.isFinite(value)) points.push([p.epoch, value]);
  }
  return points;
}

/** One quantity charted for training and, when the run holds samples back, validation. */
interface Measure {
  readonly title: string;
  readonly testId: string;
  readonly train: Metric;
  readonly validation: Metric;
  format(value: number | null): string;
  /** The axis: its range when fixed, and its tick labels. */
  readonly yDomain?: readonly [number, number];
  formatY(value: number): string;
}

const LOSS: Measure = {
  title: 'Loss',
  testId: 'loss-chart',
  train: (p) => p.loss,
  validation: (p) => p.validationLoss,
  format: lossText,
  formatY: (v) => String(Number(v.toPrecision(3))),
};

const ACCURACY: Measure = {
  title: 'Accuracy',
  testId: 'accuracy-chart',
  train: (p) => p.accuracy,
  validation: (p) => p.validationAccuracy,
  format: (v) => percent(v),
  yDomain: [0, 1],
  formatY: (v) => percent(v, 0),
};

function seriesOf(
  measure: Measure,
  history: readonly EpochPoint[],
  withValidation: boolean,
): ChartSeries[] {
  const name = measure.title.toLowerCase();
  const training = { name: `Training ${name}`, points: series(history, measure.train), colour: 0 };
  if (!withValidation) return [training];
  const validation = series(history, measure.validation);
  return [training, { name: `Validation ${name}`, points: validation, colour: 1, dashed: true }];
}

/** The chart in words, for assistive technology: where the last epoch left each series. */
function describe(measure: Measure, history: readonly EpochPoint[], epochs: number): string {
  const { title, train, validation, format } = measure;
  const last = history[history.length - 1];
  if (last === undefined) return `${title} per epoch: no epoch finished yet`;
  const parts = [
    `${title} per epoch, ${last.epoch} of ${epochs} epochs: training ${format(train(last))}`,
  ];
  if (validation(last) !== null) parts.push(`validation ${format(validation(last))}`);
  return parts.join(', ');
}

function MeasureChart(props: {
  measure: Measure;
  history: readonly EpochPoint[];
  epochs: number;
}): JSX.Element {
  const { measure, history, epochs } = props;
  const hasValidation = history.some((p) => p.validationAccuracy !== null);
  return (
    <LineChart
      title={measure.title}
      testId={measure.testId}
      series={seriesOf(measure, history, hasValidation)}
      xMax={epochs}
      xLabel="Epoch"
      yDomain={measure.yDomain}
      formatY={measure.formatY}
      summary={describe(measure, history, epochs)}
    />
  );
}

/** Loss and accuracy per epoch, training and validation, redrawn as each epoch arrives. */
export function TrainingCharts(props: {
  history: readonly EpochPoint[];
  epochs: number;
}): JSX.Element {
  return (
    <div className="chart-pair">
      <MeasureChart measure={LOSS} {...props} />
      <MeasureChart measure={ACCURACY} {...props} />
    </div>
  );
}
