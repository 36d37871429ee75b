import { useMemo, useState, type JSX } from 'react';
import { LIMITS, type TrainingSetInfo, type SheetLayout } from '@services/contract';
import { useApi } from '../../api/api-context';
import { readFileBytes } from '../../lib/read-file';
import { BusyNote } from '../common/BusyNote';
import { Field } from '../common/Field';
import { SymbolListField } from '../common/SymbolListField';
import { FileButton } from '../common/FileButton';
import { SymbolSelect } from '../common/SymbolSelect';
import { useNotices } from '../hooks/notices';
import { UploadIcon } from '../icons';
import { plural } from '../lib/format';
import { parseSymbols } from '../lib/symbol-list';
import { SheetCandidates, type SheetChoice } from './SheetCandidates';
import { SheetOverview, type SheetImage } from './SheetOverview';

type LayoutKind = SheetLayout['kind'];

const LAYOUT_KINDS: readonly [LayoutKind, string][] = [
  ['rows', 'A row per symbol'],
  ['single', 'The whole sheet is one symbol'],
];

/**
 * A scanned or photographed sheet of samples: the engine finds the symbols, the layout proposes
 * their labels (a class per row, or one class for all), and the user checks them before saving.
 */
export function ImportSheetPanel(props: {
  set: TrainingSetInfo;
  onSet(set: TrainingSetInfo): void;
}): JSX.Element {
  const api = useApi();
  const { notify, report } = useNotices();
  const [kind, setKind] = useState<LayoutKind>('rows');
  const [rowsText, setRowsText] = useState('');
  const [single, setSingle] = useState('');
  const [reading, setReading] = useState<string | null>(null);
  const [choices, setChoices] = useState<readonly SheetChoice[] | null>(null);
  const [image, setImage] = useState<SheetImage | null>(null);
  const [saving, setSaving] = useState(false);
  const rows = useMemo(() => parseSymbols(rowsText), [rowsText]);

  const layout: SheetLayout | null =
    kind === 'rows'
      ? rows.labels.length > 0 && rows.unknown.length === 0
        ? { kind, labels: rows.labels }
        : null
      : single !== ''
        ? { kind, label: single }
        : null;

  const readSheet = async (file: File) => {
    if (layout === null) return;
    setReading(file.name);
    setChoices(null);
    setImage(null);
    try {
      const bytes = await readFileBytes(file);
      const sheet = await api.readSheet({ bytes, name: file.name, layout });
      const { width, height } = sheet;
      setImage({ bytes, type: file.type, name: file.name, width, height });
      setChoices(
        sheet.candidates.map((candidate) => ({
          candidate,
          label: candidate.label ?? '',
          keep: candidate.label !== null,
        })),
      );
      if (sheet.candidates.length === 0) notify(`No symbols found on ${file.name}`);
    } catch (error) {
      report(error);
    } finally {
      setReading(null);
    }
  };

  /** Ends the review; the photo's bytes go with it. */
  const close = () => {
    setChoices(null);
    setImage(null);
  };

  const kept = (choices ?? []).filter((c) => c.keep);
  const unlabelled = kept.filter((c) => c.label === '').length;

  const save = async () => {
    if (kept.length === 0 || unlabelled > 0) return;
    setSaving(true);
    try {
      const samples = kept.map((c) => ({
        label: c.label,
        glyph: c.candidate.glyph,
        source: 'sheet' as const,
      }));
      let updated = props.set;
      for (let i = 0; i < samples.length; i += LIMITS.maxSamplesPerCall)
        updated = await api.addSamples({
          setId: props.set.id,
          samples: samples.slice(i, i + LIMITS.maxSamplesPerCall),
        });
      props.onSet(updated);
      close();
      notify(`Added ${plural(samples.length, 'sample')} from the sheet`);
    } catch (error) {
      report(error);
    } finally {
      setSaving(false);
    }
  };

  const setAll = (keep: boolean) =>
    setChoices((list) => (list === null ? null : list.map((c) => ({ ...c, keep }))));
  const change = (index: number, choice: SheetChoice) =>
    setChoices((list) => (list === null ? null : list.map((c, i) => (i === index ? choice : c))));

  return (
    <section className="card" aria-labelledby="sheet-heading">
      <div className="card-head">
        <h3 id="sheet-heading">Import a sheet of handwritten samples</h3>
      </div>
      <fieldset className="sheet-layout">
        <legend>How the sheet is laid out</legend>
        {LAYOUT_KINDS.map(([value, label]) => (
          <label key={value} className="checkbox">
            <input
              type="radio"
              name="sheet-layout"
              checked={kind === value}
              onChange={() => setKind(value)}
            />
            {label}
          </label>
        ))}
      </fieldset>
      {kind === 'rows' ? (
        <SymbolListField
          label="Symbol of each row, top to bottom"
          hint="Separated by spaces, e.g. ∧ ∨ → ↔"
          unknown={rows.unknown}
          value={rowsText}
          placeholder="∧ ∨ → ↔"
          onChange={setRowsText}
        />
      ) : (
        <Field label="Symbol on the sheet">
          {(control) => (
            <SymbolSelect
              id={control.id}
              value={single}
              placeholder="Choose a symbol…"
              onChange={setSingle}
            />
          )}
        </Field>
      )}
      <div className="form-actions">
        <FileButton
          label="Choose sheet image…"
          accept="image/*"
          onFile={(file) => void readSheet(file)}
          disabled={layout === null || reading !== null}
          icon={<UploadIcon />}
          primary
          testId="sheet-input"
        />
        <BusyNote doing="Reading" what={reading} />
      </div>
      {choices === null || choices.length === 0 ? null : (
        <div className="sheet-review">
          <div className="toolbar-row">
            <p className="card-meta">
              {plural(choices.length, 'symbol')} found · {kept.length} kept
              {unlabelled > 0 ? ` · ${unlabelled} still need a label` : ''}
            </p>
            <button type="button" className="link-button" onClick={() => setAll(true)}>
              Keep all
            </button>
            <button type="button" className="link-button" onClick={() => setAll(false)}>
              Keep none
            </button>
            <span className="toolbar-spacer" />
            <button type="button" className="button" onClick={close}>
              Discard
            </button>
            <button
              type="button"
              className="button button-primary"
              disabled={kept.length === 0 || unlabelled > 0 || saving}
              onClick={() => void save()}
            >
              Save {plural(kept.length, 'sample')}
            </button>
          </div>
          {image === null || image.width === 0 ? null : (
            <SheetOverview
              image={image}
              choices={choices}
              onToggle={(index) => change(index, { ...choices[index], keep: !choices[index].keep })}
            />
          )}
          <SheetCandidates choices={choices} onChange={change} />
        </div>
      )}
    </section>
  );
}
