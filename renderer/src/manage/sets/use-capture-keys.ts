import { useEffect } from 'react';
import { isTextField } from '../../hooks/use-shortcuts';
import { useLatest } from '../../hooks/use-latest';

export interface CaptureKeys {
  save(): void;
  clear(): void;
  step(delta: 1 | -1): void;
}

/** Controls that give Enter or the arrows a meaning of their own. */
function ownsKey(target: EventTarget | null, key: string): boolean {
  if (isTextField(target)) return true;
  if (!(target instanceof Element)) return false;
  if (target.closest('[role="dialog"], [role="tablist"]') !== null) return true;
  if (key === 'Enter') return target.closest('button, a, input, select, textarea') !== null;
  return false;
}

/**
 * Enter saves and moves on, Escape clears the pad, ← and → change the symbol, wherever the focus
 * is in the page (the pen is usually still on the pad), except where a control uses the key.
 */
export function useCaptureKeys(keys: CaptureKeys): void {
  const latest = useLatest(keys);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      if (event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return;
      if (ownsKey(event.target, event.key)) return;
      const run: Record<string, () => void> = {
        Enter: () => latest.current.save(),
        Escape: () => latest.current.clear(),
        ArrowRight: () => latest.current.step(1),
        ArrowLeft: () => latest.current.step(-1),
      };
      const action = run[event.key];
      if (action === undefined) return;
      event.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [latest]);
}
