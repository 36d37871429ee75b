import { useState, type JSX } from 'react';
import type { ModelEvaluation } from '@services/contract';
import { cellSize, cellTone, confusionCells, rowTotals, topConfusions, type ConfusionCell } from '../lib/confusion';
import { count, percent } from '../lib/format';
import { symbolChar } from '../lib/symbol-list';

const LABEL_MARGIN = 28;

function cellText(cell: ConfusionCell, classes: readonly string[], totals: readonly number[]): string {
  const truth = classes[cell.truth];
  const predicted = classes[cell.predicted];
  const of = `${count(cell.count)} of ${count(totals[cell.truth])} (${percent(cell.rate)})`;
  return cell.truth === cell.predicted
    ? `${truth} read correctly: ${of}`
    : `${truth} read as ${predicted}: ${of}`;
}

function describe(evaluation: ModelEvaluation): string {
  const worst = topConfusions(evaluation.confusion, 3)
    .map((c) => `${evaluation.classes[c.truth]} as ${evaluation.classes[c.predicted]} (${c.count})`)
    .join(', ');
  return (
    `Confusion matrix of ${evaluation.classes.length} classes, ${count(evaluation.n)} test samples, ` +
    `${percent(evaluation.accuracy)} on the diagonal` +
    (worst === '' ? '' : `; most frequent mistakes: ${worst}`)
  );
}

/**
 * Rows are the true classes, columns what the model read; each cell coloured by its share of the
 * row. Every class is labelled on both axes, in a font small enough for 78 of them.
 */
export function ConfusionMatrix(props: { evaluation: ModelEvaluation }): JSX.Element {
  const { evaluation } = props;
  const { classes } = evaluation;
  const n = classes.length;
  const cell = cellSize(n);
  const side = LABEL_MARGIN + n * cell;
  const fontSize = Math.max(5, Math.min(12, cell * 0.8));
  const cells = confusionCells(evaluation.confusion);
  const totals = rowTotals(evaluation.confusion);
  const [hovered, setHovered] = useState<ConfusionCell | null>(null);

  return (
    <figure className="chart confusion" data-testid="confusion-matrix">
      <div className="confusion-scroll">
        <svg
          className="confusion-svg"
          viewBox={`0 0 ${side + 4} ${side + 4}`}
          width={side + 4}
          height={side + 4}
          role="img"
          aria-label={describe(evaluation)}
          onMouseLeave={() => setHovered(null)}
        >
          <rect className="confusion-frame" x={LABEL_MARGIN} y={LABEL_MARGIN} width={n * cell} height={n * cell} />
          {classes.map((name, i) => (
            <g key={name} className="confusion-labels">
              <text
                x={LABEL_MARGIN - 3}
                y={LABEL_MARGIN + i * cell + cell / 2}
                dy="0.35em"
                textAnchor="end"
                style={{ fontSize }}
              >
                {symbolChar(name)}
              </text>
              <text
                x={LABEL_MARGIN + i * cell + cell / 2}
                y={LABEL_MARGIN - 4}
                textAnchor="middle"
                style={{ fontSize }}
              >
                {symbolChar(name)}
              </text>
            </g>
          ))}
          {cells.map((c) => {
            const { tone, opacity } = cellTone(c);
            return (
              <rect
                key={`${c.truth}:${c.predicted}`}
                className={`confusion-cell is-${tone}`}
                x={LABEL_MARGIN + c.predicted * cell}
                y={LABEL_MARGIN + c.truth * cell}
                width={cell}
                height={cell}
                fillOpacity={opacity}
                data-testid="confusion-cell"
                onMouseEnter={() => setHovered(c)}
              >
                <title>{cellText(c, classes, totals)}</title>
              </rect>
            );
          })}
        </svg>
      </div>
      <figcaption className="confusion-caption">
        <span>Rows: the true symbol. Columns: what the model read.</span>
        <span className="confusion-readout" aria-live="off">
          {hovered === null ? 'Point at a cell for its counts.' : cellText(hovered, classes, totals)}
        </span>
      </figcaption>
    </figure>
  );
}
