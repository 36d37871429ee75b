/**
 * What to tell the user about a failed call. The back end's messages are written for users;
 * in Electron only the message survives the context bridge, so the class is not relied on.
 */
export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message.trim() !== '') return error.message;
  if (typeof error === 'string' && error.trim() !== '') return error;
  return 'Something went wrong. Please try again.';
}
