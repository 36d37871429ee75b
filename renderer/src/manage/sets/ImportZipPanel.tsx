import { useState, type JSX } from 'react';
import { type TrainingSetInfo, type ImportReport } from '@services/contract';
import { useApi } from '../../api/api-context';
import { readFileBytes } from '../../lib/read-file';
import { BusyNote } from '../common/BusyNote';
import { FileButton } from '../common/FileButton';
import { useNotices } from '../hooks/notices';
import { UploadIcon } from '../icons';
import { FOLDER_LIMITS, folderName, packFolder, type PickedFile } from '../lib/folder-archive';
import { count, plural } from '../lib/format';

function pickedFile(file: File): PickedFile {
  return {
    // Chromium and Electron fill this in for files picked with a folder dialog.
    path: file.webkitRelativePath || file.name,
    size: file.size,
    bytes: () => readFileBytes(file),
  };
}

/** Adds the samples of an ImageFolder tree (a folder or a zip) and says what was left out and why. */
export function ImportZipPanel(props: {
  set: TrainingSetInfo;
  onSet(set: TrainingSetInfo): void;
}): JSX.Element {
  const api = useApi();
  const { notify, report } = useNotices();
  const [busy, setBusy] = useState<string | null>(null);
  const [result, setResult] = useState<{
    name: string;
    report: ImportReport;
    leftOut: string | null;
  } | null>(null);

  /** `read` yields the zip's bytes and a note about anything left out before sending. */
  const runImport = async (
    name: string,
    read: () => Promise<{ bytes: Uint8Array; leftOut: string | null }>,
  ) => {
    setBusy(name);
    setResult(null);
    try {
      const { bytes, leftOut } = await read();
      const answer = await api.importSamples({
        setId: props.set.id,
        source: { kind: 'zip', bytes, name },
      });
      props.onSet(answer.set);
      setResult({ name, report: answer, leftOut });
      notify(`Added ${plural(answer.added, 'sample')} from ${name}`);
    } catch (error) {
      report(error);
    } finally {
      setBusy(null);
    }
  };
  const importZip = (file: File) =>
    runImport(file.name, async () => ({ bytes: await readFileBytes(file), leftOut: null }));
  const importFolder = (files: File[]) => {
    const picked = files.map(pickedFile);
    return runImport(folderName(picked), async () => {
      const packed = await packFolder(picked);
      const leftOut =
        packed.tooLarge === 0
          ? null
          : `${plural(packed.tooLarge, 'file')} over ${FOLDER_LIMITS.maxFileBytes / 2 ** 20} MB left out unread`;
      return { bytes: packed.zip, leftOut };
    });
  };

  const skipped = result === null ? [] : Object.entries(result.report.skipped);
  const skippedTotal = skipped.reduce((n, [, k]) => n + k, 0);

  return (
    <section className="card" aria-labelledby="zip-heading">
      <div className="card-head">
        <h3 id="zip-heading">Import a folder or a zip of one</h3>
      </div>
      <p className="card-note">
        One folder per class, named like the classes (<code>wedge</code>, <code>forall</code>,{' '}
        <code>x</code>, <code>A</code> …), optionally under <code>train/</code>, each holding images
        of single symbols. Every image is normalised like the app&apos;s own glyphs.
      </p>
      <div className="form-actions">
        <FileButton
          label="Choose zip file…"
          accept=".zip,application/zip"
          onFile={(file) => void importZip(file)}
          disabled={busy !== null}
          icon={<UploadIcon />}
          primary
          testId="zip-input"
        />
        <FileButton
          label="Choose folder…"
          directory
          onFiles={(files) => void importFolder(files)}
          disabled={busy !== null}
          icon={<UploadIcon />}
          testId="folder-input"
        />
        <BusyNote doing="Importing" what={busy} />
      </div>
      {result === null ? null : (
        <div className="import-report" data-testid="import-report">
          <p>
            <strong>Added {plural(result.report.added, 'sample')}</strong> from {result.name}
            {skippedTotal === 0 ? '.' : `; skipped ${count(skippedTotal)}:`}
          </p>
          {result.leftOut === null ? null : <p>{result.leftOut}.</p>}
          {skipped.length === 0 ? null : (
            <table className="data-table compact">
              <thead>
                <tr>
                  <th scope="col">Why skipped</th>
                  <th scope="col" className="num">
                    Files
                  </th>
                </tr>
              </thead>
              <tbody>
                {skipped.map(([reason, n]) => (
                  <tr key={reason}>
                    <td>{reason}</td>
                    <td className="num">{count(n)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      )}
    </section>
  );
}
