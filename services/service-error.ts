import type { ErrorCode } from './contract/app.js';

/** A failure whose message is meant for the user, with the kind of failure it is. */
export class ServiceError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ServiceError';
  }
}
