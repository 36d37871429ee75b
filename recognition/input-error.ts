/**
 * Thrown for input that cannot be read at all; its message is meant for the user. Kept apart from
 * `recognize.ts` so that the modules it calls can refuse input without importing it back.
 */
export class RecognitionInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RecognitionInputError';
  }
}
