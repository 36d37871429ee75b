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

function describe(
  what: string,
  history: readonly EpochPoint[],
  epochs: number,
  train: Metric,
  validation: Metric,
  format: (v: number | null) => string,
): string {
  const last = history[history.length - 1];
  if (last === undefined) return `${what} per epoch: no epoch finished yet`;
  const parts = [
    `${what} per epoch, ${last.epoch} of ${epochs} epochs: training ${format(train(last))}`,
  ];
  if (validation(last) !== null) parts.push(`validation ${format(validation(last))}`);
  return parts.join(', ');
}

/** Loss and accuracy per epoch, training and validation, redrawn as each epoch arrives. */
export function TrainingCharts(props: {
  history: readonly EpochPoint[];
  epochs: number;
}): JSX.Element {
  const { history, epochs } = props;
  const loss: ChartSeries[] = [
    { name: 'Training loss', points: series(history, (p) => p.loss), colour: 0 },
    {
      name: 'Validation loss',
      points: series(history, (p) => p.validationLoss),
      colour: 1,
      dashed: true,
    },
  ];
  const accuracy: ChartSeries[] = [
    { name: 'Training accuracy', points: series(history, (p) => p.accuracy), colour: 0 },
    {
      name: 'Validation accuracy',
      points: series(history, (p) => p.validationAccuracy),
      colour: 1,
      dashed: true,
    },
  ];
  const hasValidation = history.some((p) => p.validationAccuracy !== null);
  return (
    <div className="chart-pair">
      <LineChart
        title="Loss"
        testId="loss-chart"
        series={hasValidation ? loss : loss.slice(0, 1)}
        xMax={epochs}
        xLabel="Epoch"
        formatY={(v) => String(Number(v.toPrecision(3)))}
        summary={describe(
          'Loss',
          history,
          epochs,
          (p) => p.loss,
          (p) => p.validationLoss,
          lossText,
        )}
      />
      <LineChart
        title="Accuracy"
        testId="accuracy-chart"
        series={hasValidation ? accuracy : accuracy.slice(0, 1)}
        xMax={epochs}
        xLabel="Epoch"
        yDomain={[0, 1]}
        formatY={(v) => percent(v, 0)}
        summary={describe(
          'Accuracy',
          history,
          epochs,
          (p) => p.accuracy,
          (p) => p.validationAccuracy,
          (v) => percent(v),
        )}
      />
    </div>
  );
}
