import { useId, type JSX } from 'react';
import {
  type ModelInfo,
  type TrainingSetInfo,
  type SweepParameter,
  type TrainingDefaults,
} from '@services/contract';
import { coverageText, readsEverySymbol } from '../../lib/model-coverage';
import { Field } from '../common/Field';
import { plural } from '../lib/format';
import {
  ACTIVATION_NAMES,
  ACTIVATIONS,
  ALGORITHM_HINTS,
  ALGORITHM_NAMES,
  ALGORITHMS,
  settingsUsed,
  switchAlgorithm,
  switchStart,
  type DraftErrors,
  type TrainingDraft,
} from '../lib/training-draft';

export interface TrainingFormProps {
  readonly draft: TrainingDraft;
  onDraft(draft: TrainingDraft): void;
  readonly defaults: TrainingDefaults;
  readonly sets: readonly TrainingSetInfo[];
  readonly models: readonly ModelInfo[];
  /** Shown once the user has tried to start. */
  readonly errors: DraftErrors;
  /** The setting an experiment varies: its field is replaced by a note. */
  readonly sweep?: SweepParameter;
  readonly nameLabel?: string;
  /** Why the run starts where it does, when the data alone would not make a model that reads. */
  readonly startNote?: string | null;
  onGoToSets(): void;
}

const VARIED = 'Varied by the experiment';

/**
 * What a training run learns from and how: the Train page's form, and the base settings of an
 * experiment. Fields an algorithm does not use are replaced by a sentence saying why.
 */
export function TrainingForm(props: TrainingFormProps): JSX.Element {
  const { draft, errors, sweep } = props;
  const set = (patch: Partial<TrainingDraft>) => props.onDraft({ ...draft, ...patch });
  const used = settingsUsed(draft.algorithm);
  const fineTuning = draft.fineTuneFrom !== null;
  const varied = (field: SweepParameter) => sweep === field;
  const radioName = useId();

  const toggleSet = (id: string, on: boolean) =>
    set({ setIds: on ? [...draft.setIds, id] : draft.setIds.filter((s) => s !== id) });

  return (
    <div className="training-form">
      <Field label={props.nameLabel ?? 'Model name'} error={errors.name}>
        {(control) => (
          <input
            {...control}
            className="text-input"
            value={draft.name}
            onChange={(event) => set({ name: event.target.value })}
          />
        )}
      </Field>

      <fieldset
        className="form-group"
        aria-describedby={errors.sets === undefined ? undefined : 'sets-error'}
      >
        <legend>Learn from</legend>
        {props.sets.length === 0 ? (
          <p className="field-hint">
            No training sets yet.{' '}
            <button type="button" className="link-button" onClick={props.onGoToSets}>
              Create one
            </button>
          </p>
        ) : (
          <ul className="check-list">
            {props.sets.map((s) => (
              <li key={s.id}>
                <label className="checkbox">
                  <input
                    type="checkbox"
                    checked={draft.setIds.includes(s.id)}
                    onChange={(event) => toggleSet(s.id, event.target.checked)}
                  />
                  {s.name}
                  <span className="check-meta">{plural(s.samples, 'sample')}</span>
                </label>
              </li>
            ))}
          </ul>
        )}
        {props.defaults.baseDataAvailable ? (
          <label className="checkbox">
            <input
              type="checkbox"
              checked={draft.includeBaseData}
              onChange={(event) => set({ includeBaseData: event.target.checked })}
            />
            Also use the built-in data (the default model&apos;s training samples)
          </label>
        ) : null}
        {errors.sets === undefined ? null : (
          <p id="sets-error" className="field-error">
            {errors.sets}
          </p>
        )}
      </fieldset>

      <Field
        label="Start from"
        hint={
          props.startNote ??
          (fineTuning
            ? 'Fine-tuning keeps that model’s network (hidden layers and activation) and takes ' +
              'smaller steps by default, so it learns your samples without forgetting the rest.'
            : undefined)
        }
      >
        {(control) => (
          <select
            {...control}
            className="select"
            value={draft.fineTuneFrom ?? ''}
            onChange={(event) =>
              props.onDraft({
                ...switchStart(
                  draft,
                  event.target.value === '' ? null : event.target.value,
                  props.defaults,
                ),
                startChosen: true,
              })
            }
          >
            <option value="">Random weights (a new network)</option>
            {props.models.map((m) => (
              <option key={m.id} value={m.id}>
                Fine-tune {m.name}
                {readsEverySymbol(m) ? '' : ` (${coverageText(m.symbols)})`}
              </option>
            ))}
          </select>
        )}
      </Field>

      <fieldset className="form-group">
        <legend>Algorithm</legend>
        {varied('algorithm') ? (
          <p className="field-hint">{VARIED}</p>
        ) : (
          <>
            <div className="segmented" role="radiogroup" aria-label="Algorithm">
              {ALGORITHMS.map((algorithm) => (
                <label key={algorithm} className="segment">
                  <input
                    type="radio"
                    name={radioName}
                    checked={draft.algorithm === algorithm}
                    onChange={() =>
                      props.onDraft(switchAlgorithm(draft, algorithm, props.defaults))
                    }
                  />
                  <span>{ALGORITHM_NAMES[algorithm]}</span>
                </label>
              ))}
            </div>
            <p className="field-hint">
              {ALGORITHM_HINTS[draft.algorithm]} Choosing one loads its defaults.
            </p>
          </>
        )}
      </fieldset>

      <div className="form-grid">
        <Field
          label="Hidden layers"
          error={fineTuning || varied('hidden') ? undefined : errors.hidden}
          hint={
            varied('hidden')
              ? VARIED
              : fineTuning
                ? 'From the model being fine-tuned'
                : 'Units per layer, e.g. 512, 256'
          }
        >
          {(control) => (
            <input
              {...control}
              className="text-input"
              value={varied('hidden') ? '' : draft.hidden}
              disabled={fineTuning || varied('hidden')}
              onChange={(event) => set({ hidden: event.target.value })}
            />
          )}
        </Field>
        <Field label="Activation" hint={varied('activation') ? VARIED : undefined}>
          {(control) => (
            <select
              {...control}
              className="select"
              value={draft.activation}
              disabled={fineTuning || varied('activation')}
              onChange={(event) =>
                set({
                  activation: ACTIVATIONS.find((a) => a === event.target.value) ?? draft.activation,
                })
              }
            >
              {ACTIVATIONS.map((a) => (
                <option key={a} value={a}>
                  {ACTIVATION_NAMES[a]}
                </option>
              ))}
            </select>
          )}
        </Field>
        {used.learningRate ? (
          <Field
            label="Learning rate"
            error={varied('learningRate') ? undefined : errors.learningRate}
            hint={varied('learningRate') ? VARIED : undefined}
          >
            {(control) => (
              <input
                {...control}
                className="text-input"
                inputMode="decimal"
                value={varied('learningRate') ? '' : draft.learningRate}
                disabled={varied('learningRate')}
                onChange={(event) => set({ learningRate: event.target.value })}
              />
            )}
          </Field>
        ) : (
          <p className="form-note">
            Rprop adapts a step size for every weight, so it has no learning rate.
          </p>
        )}
        {used.momentum ? (
          <Field label="Momentum" error={errors.momentum}>
            {(control) => (
              <input
                {...control}
                className="text-input"
                inputMode="decimal"
                value={draft.momentum}
                onChange={(event) => set({ momentum: event.target.value })}
              />
            )}
          </Field>
        ) : null}
        {used.batchSize ? (
          <Field
            label="Batch size"
            error={varied('batchSize') ? undefined : errors.batchSize}
            hint={varied('batchSize') ? VARIED : undefined}
          >
            {(control) => (
              <input
                {...control}
                className="text-input"
                inputMode="numeric"
                value={varied('batchSize') ? '' : draft.batchSize}
                disabled={varied('batchSize')}
                onChange={(event) => set({ batchSize: event.target.value })}
              />
            )}
          </Field>
        ) : (
          <p className="form-note" data-testid="full-batch-note">
            Rprop uses the full batch: every sample counts in every step.
          </p>
        )}
        <Field label="Epochs" error={errors.epochs}>
          {(control) => (
            <input
              {...control}
              className="text-input"
              inputMode="numeric"
              value={draft.epochs}
              onChange={(event) => set({ epochs: event.target.value })}
            />
          )}
        </Field>
        <Field
          label="Validation split (%)"
          error={errors.validationPercent}
          hint="Held back to watch for over-fitting"
        >
          {(control) => (
            <input
              {...control}
              className="text-input"
              inputMode="decimal"
              value={draft.validationPercent}
              onChange={(event) => set({ validationPercent: event.target.value })}
            />
          )}
        </Field>
        <Field label="Seed" error={errors.seed} hint="Same seed, same run">
          {(control) => (
            <input
              {...control}
              className="text-input"
              inputMode="numeric"
              value={draft.seed}
              onChange={(event) => set({ seed: event.target.value })}
            />
          )}
        </Field>
      </div>
      {used.augment ? (
        <label className="checkbox">
          <input
            type="checkbox"
            checked={draft.augment}
            onChange={(event) => set({ augment: event.target.checked })}
          />
          Augment: small random shifts, rotations and stretches of each sample
        </label>
      ) : (
        <p className="form-note">
          Rprop needs the same samples in every epoch, so it trains without augmentation.
        </p>
      )}
    </div>
  );
}
