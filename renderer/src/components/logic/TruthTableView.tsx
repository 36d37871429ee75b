import type { JSX } from 'react';
import type { TruthTable } from '@services/logic';

const value = (b: boolean): string => (b ? 'T' : 'F');

/** The truth table, the rows that make the formula true marked. */
export function TruthTableView(props: { table: TruthTable; formula: string }): JSX.Element {
  const { atoms, rows } = props.table;
  return (
    <table className="truth-table" data-testid="truth-table" aria-label="Truth table">
      <thead>
        <tr>
          {atoms.map((atom) => (
            <th key={atom} scope="col">
              {atom}
            </th>
          ))}
          <th scope="col" className="truth-result">
            {props.formula}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row, k) => (
          <tr
            key={k}
            className={row.result ? 'is-satisfying' : undefined}
            data-satisfying={row.result}
            aria-label={row.result ? 'satisfying row' : undefined}
          >
            {row.values.map((v, i) => (
              <td key={i}>{value(v)}</td>
            ))}
            <td className="truth-result">
              {value(row.result)}
              {row.result ? <span aria-hidden="true"> ✓</span> : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
