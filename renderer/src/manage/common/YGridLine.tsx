import type { JSX } from 'react';

/** A chart's horizontal grid line at `y`, from `left` to `right`, with its value `gap` to the left. */
export function YGridLine(props: {
  y: number;
  left: number;
  right: number;
  gap: number;
  label: string | number;
}): JSX.Element {
  return (
    <g className="chart-grid">
      <line x1={props.left} x2={props.right} y1={props.y} y2={props.y} />
      <text
        className="chart-tick"
        x={props.left - props.gap}
        y={props.y}
        dy="0.32em"
        textAnchor="end"
      >
        {props.label}
      </text>
    </g>
  );
}
