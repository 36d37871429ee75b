/**
 * Names of the folders that hold deleted models: the time of deletion in base 36 milliseconds,
 * then a random part, so that names are short, unique without a lock, and say how old they are.
 */
import { randomBytes } from 'node:crypto';

const MODEL_TRASH_ID = /^([0-9a-z]{1,11})-[0-9a-f]{8}$/;

export const newModelTrashId = (now: Date): string =>
  `${now.getTime().toString(36)}-${randomBytes(4).toString('hex')}`;

/** When the model in `trashId` was deleted; undefined for any name `newModelTrashId` cannot make. */
export function modelTrashDeletedAt(trashId: string): Date | undefined {
  const match = MODEL_TRASH_ID.exec(trashId);
  if (!match) return undefined;
  const ms = parseInt(match[1], 36);
  // Written back the same, or it is not our name (leading zeros, a time past the end of dates).
  if (!Number.isSafeInteger(ms) || ms.toString(36) !== match[1]) return undefined;
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
