import type { JSX } from 'react';
import { seriesColour } from './series-colour';
import { linearScale, linePath, niceDomain, niceTicks, type Point } from '../lib/chart-scale';
import { YGridLine } from './YGridLine';

export interface ChartSeries {
  readonly name: string;
  readonly points: readonly Point[];
  /** Index into the chart palette (manage.css `--chart-0` …). */
  readonly colour: number;
  readonly dashed?: boolean;
}

export interface LineChartProps {
  readonly title: string;
  readonly series: readonly ChartSeries[];
  /** The x axis runs from 1 to this (the planned epochs), so a run fills the chart as it goes. */
  readonly xMax: number;
  readonly xLabel: string;
  /** Fixed y range (accuracy: 0–1); otherwise fitted to the data from 0. */
  readonly yDomain?: readonly [number, number];
  formatY(value: number): string;
  /** What the chart shows, in words: its accessible name. */
  readonly summary: string;
  readonly testId?: string;
}

const WIDTH = 560;
const HEIGHT = 240;
const MARGIN = { left: 52, right: 16, top: 12, bottom: 38 } as const;
/** Beyond this many points per line, only the last one gets a dot. */
const MAX_DOTS = 80;

/** A line chart per epoch, drawn as SVG with axes, grid, dots and a legend. */
export function LineChart(props: LineChartProps): JSX.Element {
  const { series } = props;
  const lastX = Math.max(0, ...series.flatMap((s) => s.points.map(([x]) => x)));
  const xTop = Math.max(2, props.xMax, lastX);
  const yValues = series.flatMap((s) => s.points.map(([, y]) => y));
  const [y0, y1] = props.yDomain ?? niceDomain(yValues, true);
  const x = linearScale([1, xTop], [MARGIN.left, WIDTH - MARGIN.right]);
  const y = linearScale([y0, y1], [HEIGHT - MARGIN.bottom, MARGIN.top]);
  const xTicks = niceTicks(1, xTop, 6, 1).filter((t) => Number.isInteger(t));
  const yTicks = niceTicks(y0, y1, 4);
  const bottom = HEIGHT - MARGIN.bottom;

  return (
    <figure className="chart" data-testid={props.testId}>
      <figcaption className="chart-title">{props.title}</figcaption>
      <svg
        className="chart-svg"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={props.summary}
      >
        {yTicks.map((tick) => (
          <YGridLine
            key={`y${tick}`}
            y={y(tick)}
            left={MARGIN.left}
            right={WIDTH - MARGIN.right}
            gap={8}
            label={props.formatY(tick)}
          />
        ))}
        <line
          className="chart-axis"
          x1={MARGIN.left}
          x2={WIDTH - MARGIN.right}
          y1={bottom}
          y2={bottom}
        />
        {xTicks.map((tick) => (
          <text
            key={`x${tick}`}
            className="chart-tick"
            x={x(tick)}
            y={bottom + 16}
            textAnchor="middle"
          >
            {tick}
          </text>
        ))}
        <text
          className="chart-axis-label"
          x={(MARGIN.left + WIDTH - MARGIN.right) / 2}
          y={HEIGHT - 4}
          textAnchor="middle"
        >
          {props.xLabel}
        </text>
        {series.map((s) => {
          const points = s.points.map(([px, py]): Point => [x(px), y(py)]);
          const dots = points.length <= MAX_DOTS ? points : points.slice(-1);
          return (
            <g
              key={s.name}
              className="chart-series"
              style={seriesColour(s.colour)}
              data-series={s.name}
            >
              <path d={linePath(points)} className={s.dashed === true ? 'is-dashed' : undefined} />
              {dots.map(([cx, cy], i) => (
                <circle key={i} className="chart-point" cx={cx} cy={cy} r={2.6} />
              ))}
            </g>
          );
        })}
      </svg>
      <ul className="chart-legend">
        {series.map((s) => (
          <li key={s.name} style={seriesColour(s.colour)}>
            <span
              className={`chart-swatch ${s.dashed === true ? 'is-dashed' : ''}`}
              aria-hidden="true"
            />
            {s.name}
          </li>
        ))}
      </ul>
    </figure>
  );
}
