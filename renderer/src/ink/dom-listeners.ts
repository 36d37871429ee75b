/** Listeners by event type, typed by the target's event map (`WindowEventMap`, …). */
export type ListenersOf<M> = { readonly [K in keyof M]?: (event: M[K]) => void };

/**
 * Adds each listener to `target` and returns what removes them all again: an effect's set-up
 * and clean-up in one call, so the two lists cannot drift apart.
 */
export function listenAll<M>(target: EventTarget, listeners: ListenersOf<M>): () => void {
  // Each listener takes its own type's event, which is what the target passes it.
  const entries = Object.entries(listeners) as [string, EventListener][];
  for (const [type, listener] of entries) target.addEventListener(type, listener);
  return () => {
    for (const [type, listener] of entries) target.removeEventListener(type, listener);
  };
}
