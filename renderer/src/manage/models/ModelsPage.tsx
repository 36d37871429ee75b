import { useState, type JSX } from 'react';
import type { ModelInfo } from '@services/contract';
import { useApi } from '../../api/api-context';
import { readFileBytes } from '../../lib/read-file';
import { succeeded } from '../../lib/succeeded';
import { EmptyState } from '../common/EmptyState';
import { FileButton } from '../common/FileButton';
import { useNotices } from '../hooks/notices';
import { useActivateModel } from '../hooks/use-activate-model';
import type { ManageData } from '../hooks/use-manage-data';
import { UploadIcon } from '../icons';
import { saveBytes } from '../lib/save-bytes';
import { ModelDetail } from './ModelDetail';
import { ModelList } from './ModelList';
import { useModelDetails } from './use-model-details';
import './models.css';

/** The user's models and the shipped one: compare, choose the active one, share them. */
export function ModelsPage(props: {
  data: ManageData;
  selectedId: string | null;
  onSelect(id: string): void;
}): JSX.Element {
  const { data } = props;
  const api = useApi();
  const { notify, report } = useNotices();
  const activation = useActivateModel(data);
  const [importing, setImporting] = useState(false);
  const list = data.models;
  const models = list?.models ?? [];
  const info =
    models.find((m) => m.id === props.selectedId) ??
    models.find((m) => m.id === list?.activeId) ??
    models[0] ??
    null;
  const details = useModelDetails(api, info?.id ?? null, `${info?.name ?? ''}`, report);

  const rename = (model: ModelInfo, name: string): Promise<boolean> =>
    succeeded(async () => {
      await api.renameModel({ id: model.id, name });
      data.reloadModels();
    }, report);

  const exportArchive = async (model: ModelInfo) => {
    try {
      const archive = await api.exportModel({ id: model.id });
      const saved = await saveBytes(api, archive.suggestedName, archive.bytes);
      if (saved.saved) notify(saved.path === null ? `Exported ${archive.suggestedName}` : `Saved to ${saved.path}`);
    } catch (error) {
      report(error);
    }
  };

  const remove = async (model: ModelInfo) => {
    try {
      const { trashId } = await api.deleteModel({ id: model.id });
      data.reloadModels();
      notify(`Deleted “${model.name}”`, {
        label: 'Undo',
        run: () => {
          api.restoreModel({ trashId }).then((restored) => {
            data.reloadModels();
            props.onSelect(restored.id);
            notify(`Restored “${restored.name}”`);
          }, report);
        },
      });
    } catch (error) {
      report(error);
    }
  };

  const importArchive = async (file: File) => {
    setImporting(true);
    try {
      const imported = await api.importModel({ bytes: await readFileBytes(file), name: file.name });
      data.reloadModels();
      props.onSelect(imported.id);
      notify(`Imported “${imported.name}”`);
    } catch (error) {
      report(error);
    } finally {
      setImporting(false);
    }
  };

  return (
    <div className="split-page">
      <aside className="list-pane" aria-label="Models">
        <div className="pane-head">
          <h2>Models</h2>
          <FileButton
            label="Import…"
            accept=".zip,application/zip"
            onFile={(file) => void importArchive(file)}
            disabled={importing}
            icon={<UploadIcon />}
            testId="model-import-input"
          />
        </div>
        <ModelList list={list} selectedId={info?.id ?? null} onSelect={props.onSelect} />
      </aside>
      <div className="detail-pane">
        {info === null ? (
          <EmptyState title={list === null ? 'Loading…' : 'No models'} />
        ) : (
          <ModelDetail
            key={info.id}
            info={info}
            details={details}
            active={info.id === list?.activeId}
            actions={{
              activate: () => activation.activate(info.id),
              rename: (name) => rename(info, name),
              exportArchive: () => void exportArchive(info),
              remove: () => void remove(info),
            }}
          />
        )}
      </div>
      {activation.dialog}
    </div>
  );
}
