import type { JSX } from 'react';
import type { ModelEvaluation } from '@services/contract';
import { count, percent } from '../lib/format';
import { symbolChar } from '../lib/symbol-list';

type PerClass = ModelEvaluation['perClass'][number];

/** Worst first, so the symbols to capture more of are at the top. */
export function worstFirst(perClass: readonly PerClass[]): PerClass[] {
  return perClass.filter((c) => c.n > 0).sort((a, b) => a.accuracy - b.accuracy || b.n - a.n);
}

function tone(accuracy: number): string {
  return accuracy >= 0.9 ? 'is-good' : accuracy >= 0.7 ? 'is-fair' : 'is-poor';
}

/** Accuracy per class as bars in a table, sorted worst first. */
export function PerClassAccuracy(props: { perClass: readonly PerClass[] }): JSX.Element {
  const rows = worstFirst(props.perClass);
  return (
    <div className="per-class-scroll">
      <table className="data-table per-class" aria-label="Accuracy per class, worst first">
        <thead>
          <tr>
            <th scope="col">Symbol</th>
            <th scope="col" className="num">
              Test samples
            </th>
            <th scope="col">Accuracy</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label} data-testid="per-class-row" data-label={row.label}>
              <th scope="row">
                <span className="math per-class-char">{symbolChar(row.label)}</span>
                <span className="per-class-name">{row.label}</span>
              </th>
              <td className="num">{count(row.n)}</td>
              <td>
                <span className="accuracy-bar">
                  <span className={`accuracy-fill ${tone(row.accuracy)}`} style={{ width: `${row.accuracy * 100}%` }} />
                </span>
                <span className="accuracy-value">{percent(row.accuracy)}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
