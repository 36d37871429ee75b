import { useCallback, useState } from 'react';
import { type InkformApi, type TrainingSetInfo, type SampleInfo } from '@services/contract';
import type { InkHistory } from '../../ink/use-ink-history';
import { captureGlyph, findSavedSample, nextPrompt, stepPrompt } from '../lib/capture';
import { symbolChar } from '../lib/symbol-list';
import type { ManageNotices } from '../hooks/notices';

interface SavedCapture {
  readonly label: string;
  readonly glyph: Uint8Array;
}

export interface Capture {
  readonly index: number;
  readonly label: string | null;
  readonly saving: boolean;
  readonly canUndoSave: boolean;
  /** Every symbol of the list has reached the target. */
  readonly finished: boolean;
  save(): Promise<void>;
  skip(): void;
  step(delta: 1 | -1): void;
  jump(index: number): void;
  undoSave(): Promise<void>;
}

const LIST_LIMIT = 2000;

/** Every sample of one class (the service pages at 2,000), to find the one to take back. */
async function samplesOf(api: InkformApi, setId: string, label: string): Promise<SampleInfo[]> {
  const all: SampleInfo[] = [];
  for (;;) {
    const page = await api.listSamples({ setId, label, offset: all.length, limit: LIST_LIMIT });
    all.push(...page.samples);
    if (page.samples.length === 0 || all.length >= page.total) return all;
  }
}

/** Capture mode's actions: save the drawing as a sample of the prompted symbol, move on, undo. */
export function useCapture(options: {
  api: InkformApi;
  set: TrainingSetInfo;
  onSet(set: TrainingSetInfo): void;
  labels: readonly string[];
  target: number;
  history: InkHistory;
  notices: ManageNotices;
}): Capture {
  const { api, set, onSet, labels, target, history, notices } = options;
  const [chosen, setChosen] = useState(0);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<readonly SavedCapture[]>([]);
  const index = labels.length === 0 ? 0 : Math.min(chosen, labels.length - 1);
  const label = labels[index] ?? null;
  const counts = set.perClass;
  const finished = labels.length > 0 && labels.every((name) => (counts[name] ?? 0) >= target);
  const { clear } = history;

  const jump = useCallback(
    (next: number) => {
      setChosen(next);
      clear();
    },
    [clear],
  );

  const save = async () => {
    if (label === null || saving) return;
    const glyph = captureGlyph(history.strokes);
    if (glyph === null) {
      notices.notify(`Write ${symbolChar(label)} on the pad first`);
      return;
    }
    setSaving(true);
    try {
      const updated = await api.addSamples({
        setId: set.id,
        samples: [{ label, glyph, source: 'capture' }],
      });
      onSet(updated);
      setSaved((list) => [...list, { label, glyph }]);
      const next = nextPrompt(labels, updated.perClass, target, index);
      if (next === null) notices.notify('Every symbol has reached its target — well done');
      jump(next ?? index);
    } catch (error) {
      notices.report(error);
    } finally {
      setSaving(false);
    }
  };

  const undoSave = async () => {
    const last = saved[saved.length - 1];
    if (last === undefined || saving) return;
    setSaving(true);
    try {
      const sample = findSavedSample(await samplesOf(api, set.id, last.label), last.glyph);
      if (sample === null) throw new Error('The last captured sample is no longer in the set.');
      const result = await api.deleteSamples({ setId: set.id, sampleIds: [sample.id] });
      onSet(result.set);
      setSaved((list) => list.slice(0, -1));
      const back = labels.indexOf(last.label);
      if (back >= 0) jump(back);
      notices.notify(`Took back the last ${symbolChar(last.label)}`);
    } catch (error) {
      notices.report(error);
    } finally {
      setSaving(false);
    }
  };

  return {
    index,
    label,
    saving,
    canUndoSave: saved.length > 0,
    finished,
    save,
    skip: () =>
      jump(nextPrompt(labels, counts, target, index) ?? stepPrompt(labels.length, index, 1)),
    step: (delta) => jump(stepPrompt(labels.length, index, delta)),
    jump,
    undoSave,
  };
}
