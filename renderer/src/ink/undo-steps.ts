/**
 * Undo and redo over immutable values, the same for the ink alone and for the whole workspace:
 * a step keeps the value before it, which shares everything that did not change.
 */

export interface Steps<T> {
  /** Oldest first; the last one is what undo returns to. */
  readonly past: readonly T[];
  readonly present: T;
  /** Nearest first: the first one is what redo returns to. */
  readonly future: readonly T[];
}

/**
 * `next` as a new step, keeping at most `cap` steps to undo (all of them unless capped); what
 * could be redone is dropped.
 */
export function stepTo<T>(steps: Steps<T>, next: T, cap = Infinity): Steps<T> {
  const past = [...steps.past, steps.present];
  return {
    past: past.length > cap ? past.slice(past.length - cap) : past,
    present: next,
    future: [],
  };
}

/** One step back, or null when there is nothing to undo. */
export function stepBack<T>(steps: Steps<T>): Steps<T> | null {
  const previous = steps.past[steps.past.length - 1];
  if (previous === undefined) return null;
  return {
    past: steps.past.slice(0, -1),
    present: previous,
    future: [steps.present, ...steps.future],
  };
}

/** One step forward again, or null when there is nothing to redo. */
export function stepForward<T>(steps: Steps<T>): Steps<T> | null {
  const [next, ...rest] = steps.future;
  if (next === undefined) return null;
  return { past: [...steps.past, steps.present], present: next, future: rest };
}
