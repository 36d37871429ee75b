import type { CSSProperties } from 'react';

/** How many colours the chart palette has (manage.css `--chart-0` …); later series reuse them. */
const PALETTE_SIZE = 8;

/** The style that gives a chart series, its legend entry or its swatch the series' colour. */
export const seriesColour = (index: number): CSSProperties => ({
  color: `var(--chart-${index % PALETTE_SIZE})`,
});
