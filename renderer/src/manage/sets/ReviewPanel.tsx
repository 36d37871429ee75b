import { useCallback, useMemo, useState, type JSX, type KeyboardEvent } from 'react';
import { type TrainingSetInfo, type Outlier } from '@services/contract';
import { useApi } from '../../api/api-context';
import { EmptyState } from '../common/EmptyState';
import { VirtualGrid } from '../common/VirtualGrid';
import { useNotices } from '../hooks/notices';
import { useSamplePages } from '../hooks/use-sample-pages';
import { count, plural } from '../lib/format';
import { clickSelection, EMPTY_SELECTION, type GridSelection } from '../lib/selection';
import { symbolChar } from '../lib/symbol-list';
import { ReviewToolbar } from './ReviewToolbar';
import { SampleCell, type GridItem } from './SampleCell';

/**
 * The set's samples as a virtualised grid of thumbnails: filter by class, select, relabel,
 * delete (with Undo), and find the samples the active model confidently reads otherwise.
 */
export function ReviewPanel(props: {
  set: TrainingSetInfo;
  onSet(set: TrainingSetInfo): void;
}): JSX.Element {
  const { set, onSet } = props;
  const api = useApi();
  const { notify, report } = useNotices();
  const [label, setLabel] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  // The count changes when samples come from elsewhere too (a correction saved meanwhile).
  const pages = useSamplePages(api, set.id, label, `${generation}:${set.samples}`, report);
  const [selection, setSelection] = useState<GridSelection>(EMPTY_SELECTION);
  const [outliers, setOutliers] = useState<readonly Outlier[] | null>(null);
  const [outliersOnly, setOutliersOnly] = useState(false);
  const [checking, setChecking] = useState(false);
  const [relabelTo, setRelabelTo] = useState('');
  const [busy, setBusy] = useState(false);

  const outlierById = useMemo(
    () => new Map((outliers ?? []).map((o) => [o.sampleId, o])),
    [outliers],
  );
  const shownOutliers = useMemo(
    () => (outliers ?? []).filter((o) => label === null || o.label === label),
    [outliers, label],
  );
  const onlyOutliers = outliersOnly && outliers !== null;

  const itemAt = useCallback(
    (index: number): GridItem | null => {
      if (onlyOutliers) {
        const o = shownOutliers[index];
        return o === undefined
          ? null
          : { id: o.sampleId, label: o.label, glyph: o.glyph, outlier: o };
      }
      const s = pages.sampleAt(index);
      return s === undefined
        ? null
        : { id: s.id, label: s.label, glyph: s.glyph, outlier: outlierById.get(s.id) ?? null };
    },
    [onlyOutliers, shownOutliers, pages, outlierById],
  );
  const idsBetween = (from: number, to: number) =>
    onlyOutliers
      ? shownOutliers.slice(from, to + 1).map((o) => o.sampleId)
      : pages.idsBetween(from, to);
  const total = onlyOutliers ? shownOutliers.length : (pages.total ?? 0);
  const { request } = pages;
  const onRange = useCallback(
    (start: number, end: number) => {
      if (!onlyOutliers) request(start, end);
    },
    [onlyOutliers, request],
  );

  const changed = (updated: TrainingSetInfo, ids: readonly string[]) => {
    onSet(updated);
    setGeneration((g) => g + 1);
    setSelection(EMPTY_SELECTION);
    const gone = new Set(ids);
    setOutliers((list) => (list === null ? null : list.filter((o) => !gone.has(o.sampleId))));
  };

  const selectedIds = [...selection.ids];

  const relabel = async () => {
    if (selectedIds.length === 0 || relabelTo === '') return;
    setBusy(true);
    try {
      const updated = await api.relabelSamples({
        setId: set.id,
        sampleIds: selectedIds,
        label: relabelTo,
      });
      changed(updated, selectedIds);
      notify(`Relabelled ${plural(selectedIds.length, 'sample')} as ${symbolChar(relabelTo)}`);
    } catch (error) {
      report(error);
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    if (selectedIds.length === 0) return;
    setBusy(true);
    try {
      const deleted = await api.deleteSamples({ setId: set.id, sampleIds: selectedIds });
      changed(deleted.set, selectedIds);
      const what = plural(selectedIds.length, 'sample');
      notify(`Deleted ${what}`, {
        label: 'Undo',
        run: () => {
          api.restoreSamples({ setId: set.id, trashId: deleted.trashId }).then((restored) => {
            onSet(restored);
            setGeneration((g) => g + 1);
            notify(`Restored ${what}`);
          }, report);
        },
      });
    } catch (error) {
      report(error);
    } finally {
      setBusy(false);
    }
  };

  const findOutliers = async () => {
    setChecking(true);
    try {
      const found = await api.findOutliers({ setId: set.id });
      setOutliers(found);
      setOutliersOnly(found.length > 0);
      notify(
        found.length === 0
          ? 'The active model agrees with every label'
          : `${plural(found.length, 'sample')} the model confidently reads as something else`,
      );
    } catch (error) {
      report(error);
    } finally {
      setChecking(false);
    }
  };

  const onGridKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') setSelection(EMPTY_SELECTION);
    else if ((event.key === 'Delete' || event.key === 'Backspace') && selection.ids.size > 0) {
      event.preventDefault();
      void remove();
    }
  };

  if (set.samples === 0)
    return (
      <EmptyState title="Nothing to review yet">
        Samples appear here once you capture or import them.
      </EmptyState>
    );

  return (
    <div className="review">
      <ReviewToolbar
        set={set}
        label={label}
        onLabel={(next) => {
          setLabel(next);
          setSelection(EMPTY_SELECTION);
        }}
        outliers={outliers === null ? null : outliers.length}
        checking={checking}
        onFindOutliers={() => void findOutliers()}
        outliersOnly={outliersOnly}
        onOutliersOnly={setOutliersOnly}
        selected={selection.ids.size}
        relabelTo={relabelTo}
        onRelabelTo={setRelabelTo}
        busy={busy}
        onRelabel={() => void relabel()}
        onDelete={() => void remove()}
        onClearSelection={() => setSelection(EMPTY_SELECTION)}
      />
      <div className="review-grid" onKeyDown={onGridKey}>
        {onlyOutliers && shownOutliers.length === 0 ? (
          <p className="pane-note">No outliers{label === null ? '' : ' in this class'}.</p>
        ) : (
          <VirtualGrid
            key={`${label ?? ''}:${onlyOutliers}`}
            total={total}
            label={`Samples${label === null ? '' : ` of ${label}`}: ${count(total)}`}
            onRange={onRange}
            renderCell={(index) => {
              const item = itemAt(index);
              if (item === null)
                return <div className="sample-cell is-loading" aria-hidden="true" />;
              return (
                <SampleCell
                  item={item}
                  selected={selection.ids.has(item.id)}
                  onClick={(modifiers) =>
                    setSelection((current) =>
                      clickSelection(current, index, item.id, modifiers, idsBetween),
                    )
                  }
                />
              );
            }}
          />
        )}
      </div>
    </div>
  );
}
