/**
 * The one entry point through which the page reaches the back end, from IPC or HTTP alike:
 * refuses unknown methods, validates the argument, runs the method and turns every outcome,
 * thrown errors included, into an `Envelope` the page can show.
 */
import {
  INVOKE_METHODS,
  type Envelope,
  type ErrorCode,
  type InvokeApi,
  type InvokeMethod,
} from './contract/app.js';
import { ServiceError } from './service-error.js';
import { VALIDATORS } from './validate.js';

/** Errors whose message already tells the user what is wrong with their input. */
const INPUT_ERRORS = new Set([
  'RecognitionInputError',
  'ImageDecodeError',
  'ModelLoadError',
  'TrainingDivergedError',
]);

export function isInvokeMethod(method: string): method is InvokeMethod {
  return (INVOKE_METHODS as readonly string[]).includes(method);
}

export function toEnvelopeError(error: unknown): { code: ErrorCode; message: string } {
  if (error instanceof ServiceError) return { code: error.code, message: error.message };
  if (error instanceof Error && INPUT_ERRORS.has(error.name))
    return { code: 'bad-input', message: error.message };
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message: `Something went wrong: ${message}` };
}

export async function dispatch(
  impl: Partial<InvokeApi>,
  method: string,
  raw: unknown,
): Promise<Envelope<unknown>> {
  try {
    if (!isInvokeMethod(method)) throw new ServiceError('bad-input', `unknown method "${method}"`);
    const arg: unknown = VALIDATORS[method](raw);
    const handler = impl[method] as ((arg: unknown) => Promise<unknown>) | undefined;
    if (!handler) throw new ServiceError('not-found', `"${method}" is not available here`);
    return { ok: true, value: await handler.call(impl, arg) };
  } catch (error) {
    return { ok: false, error: toEnvelopeError(error) };
  }
}
