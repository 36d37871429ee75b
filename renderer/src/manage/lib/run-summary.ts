/** One line that says how a run was set up, for job lists, cards and tables. */
import type { TrainingSettings } from '@services/contract';
import { settingText } from './format';
import { ACTIVATION_NAMES, ALGORITHM_NAMES, settingsUsed } from './training-draft';

export function settingsSummary(settings: TrainingSettings): string {
  const used = settingsUsed(settings.algorithm);
  const parts = [
    ALGORITHM_NAMES[settings.algorithm],
    `${settings.hidden.join('-')} ${ACTIVATION_NAMES[settings.activation]}`,
  ];
  if (used.learningRate) parts.push(`rate ${settingText(settings.learningRate)}`);
  if (used.momentum) parts.push(`momentum ${settingText(settings.momentum)}`);
  parts.push(used.batchSize ? `batch ${settings.batchSize}` : 'full batch');
  parts.push(`${settings.epochs} epochs`);
  if (used.augment && settings.augment) parts.push('augmented');
  return parts.join(' · ');
}
