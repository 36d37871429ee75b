import type { JSX } from 'react';
import type { ModelList as Models } from '@services/contract';
import { accuracyText, coverageText, readsEverySymbol } from '../../lib/model-coverage';
import { ListItem } from '../common/ListItem';
import { dateText } from '../lib/format';
import { algorithmName } from '../lib/training-draft';

/** Every model with its figures; the one in use is marked. */
export function ModelList(props: {
  list: Models | null;
  selectedId: string | null;
  onSelect(id: string): void;
}): JSX.Element {
  const { list } = props;
  if (list === null) return <p className="pane-note">Loading…</p>;
  return (
    <>
      <ul className="item-list" aria-label="Models">
        {list.models.map((model) => (
          <ListItem
            key={model.id}
            name={model.name}
            badges={
              <>
                {model.id === list.activeId ? <span className="badge badge-ok">Active</span> : null}
                {model.builtIn ? <span className="badge badge-muted">Built-in</span> : null}
              </>
            }
            meta={
              <>
                {algorithmName(model.algorithm)} ·{' '}
                <span className={readsEverySymbol(model) ? undefined : 'is-partial'}>
                  {coverageText(model.symbols)}
                </span>{' '}
                · {accuracyText(model)} · {dateText(model.createdAt)}
              </>
            }
            selected={model.id === props.selectedId}
            onSelect={() => props.onSelect(model.id)}
          />
        ))}
      </ul>
      {list.broken.length === 0 ? null : (
        <ul className="broken-list" aria-label="Models that cannot be read">
          {list.broken.map((b) => (
            <li key={b.id}>
              <strong>{b.id}</strong> cannot be read: {b.message}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
