import type { JSX } from 'react';
import { linearScale, niceTicks } from '../lib/chart-scale';
import { balanceSummary, type ClassCount } from '../lib/class-balance';
import { count, plural } from '../lib/format';
import { symbolChar, symbolLabel } from '../lib/symbol-list';
import { YGridLine } from './YGridLine';

const HEIGHT = 200;
const MARGIN = { left: 40, right: 8, top: 10, bottom: 26 } as const;

function describe(counts: readonly ClassCount[], target: number | null): string {
  const summary = balanceSummary(counts);
  if (summary.smallest === null || summary.largest === null) return 'Samples per class: none yet';
  const parts = [
    `Samples per class: ${plural(summary.classes, 'class', 'classes')}, ${plural(summary.total, 'sample')}`,
    `fewest ${symbolChar(summary.smallest.label)} (${count(summary.smallest.count)})`,
    `most ${symbolChar(summary.largest.label)} (${count(summary.largest.count)})`,
  ];
  if (target !== null) parts.push(`target ${count(target)} per class`);
  return parts.join('; ');
}

/** Bars of samples per class, one per class present, with the capture target as a line. */
export function ClassBalanceChart(props: {
  counts: readonly ClassCount[];
  target?: number;
}): JSX.Element {
  const { counts } = props;
  const target = props.target ?? null;
  const pitch = Math.max(10, Math.min(40, 720 / Math.max(1, counts.length)));
  const width = MARGIN.left + MARGIN.right + pitch * Math.max(1, counts.length);
  const max = Math.max(1, target ?? 0, ...counts.map((c) => c.count));
  const ticks = niceTicks(0, max, 4);
  const top = Math.max(max, ticks[ticks.length - 1] ?? max);
  const y = linearScale([0, top], [HEIGHT - MARGIN.bottom, MARGIN.top]);
  const bar = pitch * 0.7;
  const labelSize = Math.min(12, pitch * 0.85);

  return (
    <figure className="chart balance-chart">
      <svg
        className="chart-svg"
        viewBox={`0 0 ${width} ${HEIGHT}`}
        style={{ maxWidth: width * 1.4 }}
        role="img"
        aria-label={describe(counts, target)}
      >
        {ticks.map((tick) => (
          <YGridLine
            key={tick}
            y={y(tick)}
            left={MARGIN.left}
            right={width - MARGIN.right}
            gap={6}
            label={tick}
          />
        ))}
        {counts.map((c, i) => {
          const left = MARGIN.left + i * pitch + (pitch - bar) / 2;
          return (
            <g key={c.label} data-testid="balance-bar" data-label={c.label}>
              <rect
                className={`balance-bar ${target !== null && c.count >= target ? 'is-full' : ''}`}
                x={left}
                y={y(c.count)}
                width={bar}
                height={Math.max(0, y(0) - y(c.count))}
                rx={Math.min(3, bar / 4)}
              >
                <title>{`${symbolLabel(c.label)}: ${plural(c.count, 'sample')}`}</title>
              </rect>
              <text
                className="balance-label math"
                x={left + bar / 2}
                y={HEIGHT - MARGIN.bottom + labelSize + 4}
                textAnchor="middle"
                style={{ fontSize: labelSize }}
              >
                {symbolChar(c.label)}
              </text>
            </g>
          );
        })}
        {target === null ? null : (
          <line
            className="balance-target"
            x1={MARGIN.left}
            x2={width - MARGIN.right}
            y1={y(target)}
            y2={y(target)}
          />
        )}
      </svg>
    </figure>
  );
}
