import { useMemo, useState, type JSX } from 'react';
import type { TrainingSetInfo } from '@services/contract';
import { useApi } from '../../api/api-context';
import { InkCanvas } from '../../ink/InkCanvas';
import { useInkHistory } from '../../ink/use-ink-history';
import { useNotices } from '../hooks/notices';
import { captureTotals } from '../lib/capture';
import {
  parseSymbols,
  symbolChar,
  uniqueLabels,
  ALL_CLASSES,
  symbolsText,
} from '../lib/symbol-list';
import { CaptureChips } from './CaptureChips';
import { CaptureSettings } from './CaptureSettings';
import { useCapture } from './use-capture';
import { useCaptureKeys } from './use-capture-keys';

export const DEFAULT_TARGET = 20;
/** Wide enough to read as handwriting, in the pad's stroke units. */
const PEN_WIDTH = 4;

function readTarget(text: string): number | null {
  const n = Number(text);
  return Number.isInteger(n) && n >= 1 && n <= 10_000 ? n : null;
}

/**
 * Capture mode: one symbol at a time in large type, the user writes it on the pad, Enter saves
 * it to the set and the next symbol short of its target follows.
 */
export function CapturePanel(props: {
  set: TrainingSetInfo;
  onSet(set: TrainingSetInfo): void;
}): JSX.Element {
  const api = useApi();
  const notices = useNotices();
  const history = useInkHistory();
  const [listText, setListText] = useState(() => symbolsText(ALL_CLASSES));
  const [targetText, setTargetText] = useState(String(DEFAULT_TARGET));
  const parsed = useMemo(() => parseSymbols(listText), [listText]);
  const labels = useMemo(() => uniqueLabels(parsed.labels), [parsed]);
  const target = readTarget(targetText) ?? DEFAULT_TARGET;
  const capture = useCapture({
    api,
    set: props.set,
    onSet: props.onSet,
    labels,
    target,
    history,
    notices,
  });
  const { label } = capture;
  const counts = props.set.perClass;
  const have = label === null ? 0 : (counts[label] ?? 0);
  const totals = captureTotals(labels, counts, target);

  useCaptureKeys({
    save: () => void capture.save(),
    clear: history.clear,
    step: capture.step,
  });

  return (
    <div className="capture">
      <CaptureSettings
        listText={listText}
        onListText={setListText}
        unknown={parsed.unknown}
        targetText={targetText}
        onTargetText={setTargetText}
        targetValid={readTarget(targetText) !== null}
      />
      {label === null ? (
        <p className="pane-note">Type the symbols to capture above, or choose a preset.</p>
      ) : (
        <div className="capture-main">
          <section className="capture-prompt" aria-labelledby="capture-prompt-label">
            <p id="capture-prompt-label" className="capture-prompt-label">
              Write
            </p>
            <p
              className="capture-symbol math"
              data-testid="capture-symbol"
              aria-live="polite"
              aria-label={`Write ${label}`}
            >
              {symbolChar(label)}
            </p>
            <p className="capture-name">{label}</p>
            <div
              className="progress"
              role="progressbar"
              aria-label={`Samples of ${label}`}
              aria-valuemin={0}
              aria-valuemax={target}
              aria-valuenow={Math.min(have, target)}
            >
              <span style={{ width: `${Math.min(100, (have / target) * 100)}%` }} />
            </div>
            <p className="capture-count" data-testid="capture-count">
              {have} of {target}
            </p>
            <p className="capture-total" data-testid="capture-total">
              {totals.done} of {totals.wanted} samples · {totals.complete} of {labels.length}{' '}
              symbols done
            </p>
            {capture.finished ? (
              <p className="capture-finished">
                Every symbol has reached its target. Keep going for more variety, or train a model.
              </p>
            ) : null}
          </section>
          <div className="capture-work">
            <div
              className="capture-pad"
              onKeyDown={(event) => {
                // The pad's own undo, before the workspace's shortcut (on window) sees the key.
                if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'z') {
                  event.preventDefault();
                  if (event.shiftKey) history.redo();
                  else history.undo();
                }
              }}
            >
              <InkCanvas
                strokes={history.strokes}
                onStroke={history.addStroke}
                onErase={history.eraseStrokes}
                tool="pen"
                penWidth={PEN_WIDTH}
                zoom={1}
                ariaLabel="Capture canvas"
              />
              {history.strokes.length === 0 ? (
                <p className="capture-pad-hint" aria-hidden="true">
                  write <span className="math">{symbolChar(label)}</span> here
                </p>
              ) : null}
              <span className="capture-baseline" aria-hidden="true" />
            </div>
            <div className="capture-actions">
              <button
                type="button"
                className="button button-primary"
                onClick={() => void capture.save()}
                disabled={capture.saving || history.strokes.length === 0}
                aria-keyshortcuts="Enter"
              >
                Save &amp; next <kbd>Enter</kbd>
              </button>
              <button
                type="button"
                className="button"
                onClick={history.clear}
                disabled={history.strokes.length === 0}
                aria-keyshortcuts="Escape"
              >
                Clear <kbd>Esc</kbd>
              </button>
              <button type="button" className="button" onClick={capture.skip}>
                Skip
              </button>
              <span className="capture-actions-gap" />
              <button
                type="button"
                className="button"
                onClick={() => capture.step(-1)}
                aria-keyshortcuts="ArrowLeft"
              >
                ← Previous
              </button>
              <button
                type="button"
                className="button"
                onClick={() => capture.step(1)}
                aria-keyshortcuts="ArrowRight"
              >
                Next →
              </button>
              <button
                type="button"
                className="button"
                onClick={() => void capture.undoSave()}
                disabled={!capture.canUndoSave || capture.saving}
              >
                Undo last save
              </button>
            </div>
          </div>
        </div>
      )}
      <CaptureChips
        labels={labels}
        counts={counts}
        target={target}
        current={capture.index}
        onJump={capture.jump}
      />
    </div>
  );
}
