import { useState, type JSX } from 'react';
import type { TrainingSetInfo } from '@services/contract';
import { useApi } from '../../api/api-context';
import { succeeded } from '../../lib/succeeded';
import { EmptyState } from '../common/EmptyState';
import { SubTabs, type SubTab } from '../common/SubTabs';
import { useNotices } from '../hooks/notices';
import type { ManageData } from '../hooks/use-manage-data';
import { CapturePanel } from './CapturePanel';
import { ImportSheetPanel } from './ImportSheetPanel';
import { ImportZipPanel } from './ImportZipPanel';
import { ReviewPanel } from './ReviewPanel';
import { SetHeader } from './SetHeader';
import { SetList } from './SetList';
import { SetOverview } from './SetOverview';
import './sets.css';

export type SetView = 'overview' | 'capture' | 'review' | 'import' | 'sheet';

const VIEWS: readonly SubTab<SetView>[] = [
  { id: 'overview', label: 'Overview' },
  { id: 'capture', label: 'Capture' },
  { id: 'review', label: 'Review' },
  { id: 'import', label: 'Import files' },
  { id: 'sheet', label: 'Import sheet' },
];

/** The user's training sets: make them, fill them, review them. */
export function SetsPage(props: { data: ManageData; onTrain(setId: string): void }): JSX.Element {
  const { data } = props;
  const api = useApi();
  const { notify, report } = useNotices();
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [view, setView] = useState<SetView>('overview');
  const sets = data.sets ?? [];
  const set = sets.find((s) => s.id === chosenId) ?? sets[0] ?? null;

  const create = (name: string): Promise<boolean> =>
    succeeded(async () => {
      const created = await api.createTrainingSet({ name });
      data.putSet(created);
      setChosenId(created.id);
      setView('capture');
      notify(`Created “${created.name}” — write the symbols it asks for`);
    }, report);

  const rename = (target: TrainingSetInfo, name: string): Promise<boolean> =>
    succeeded(
      async () => data.putSet(await api.renameTrainingSet({ id: target.id, name })),
      report,
    );

  const remove = async (target: TrainingSetInfo) => {
    try {
      const { trashId } = await api.deleteTrainingSet({ id: target.id });
      data.dropSet(target.id);
      notify(`Deleted “${target.name}”`, {
        label: 'Undo',
        run: () => {
          api.restoreTrainingSet({ trashId }).then((restored) => {
            data.putSet(restored);
            setChosenId(restored.id);
            notify(`Restored “${restored.name}”`);
          }, report);
        },
      });
    } catch (error) {
      report(error);
    }
  };

  return (
    <div className="split-page">
      <SetList
        sets={data.sets}
        selectedId={set?.id ?? null}
        onSelect={(id) => setChosenId(id)}
        onCreate={create}
      />
      <div className="detail-pane">
        {set === null ? (
          <EmptyState title={data.sets === null ? 'Loading…' : 'Create a training set to begin'}>
            {data.sets === null
              ? null
              : 'A training set holds samples of your handwriting. Create one with “New set”, then capture each symbol a few times.'}
          </EmptyState>
        ) : (
          <>
            <SetHeader
              key={set.id}
              set={set}
              onRename={(name) => rename(set, name)}
              onDelete={() => void remove(set)}
              onTrain={() => props.onTrain(set.id)}
            />
            <SubTabs<SetView>
              label="Work on the set"
              tabs={VIEWS}
              selected={view}
              onSelect={setView}
              idPrefix="set-view"
            />
            <div
              className="set-view"
              id="set-view-panel"
              role="tabpanel"
              aria-labelledby={`set-view-tab-${view}`}
            >
              {view === 'overview' ? (
                <SetOverview
                  set={set}
                  onCapture={() => setView('capture')}
                  onImport={() => setView('import')}
                />
              ) : view === 'capture' ? (
                <CapturePanel key={set.id} set={set} onSet={data.putSet} />
              ) : view === 'review' ? (
                <ReviewPanel key={set.id} set={set} onSet={data.putSet} />
              ) : view === 'import' ? (
                <ImportZipPanel key={set.id} set={set} onSet={data.putSet} />
              ) : (
                <ImportSheetPanel key={set.id} set={set} onSet={data.putSet} />
              )}
            </div>
          </>
        )}
      </div>
    </div>
  );
}
