import { useEffect } from 'react';
import { shortcutFor, type ShortcutCommand } from '../lib/shortcuts';
import { useLatest } from './use-latest';

/** Text fields, selects and editable elements keep their own keys. */
export function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement)
    return !['checkbox', 'radio', 'button', 'submit', 'reset', 'file', 'range'].includes(
      target.type,
    );
  return false;
}

/**
 * The page's keyboard shortcuts; `run` carries a command out. A command `accepts` turns down is
 * left alone entirely, so the key keeps its ordinary meaning on that page.
 */
export function useShortcuts(
  run: (command: ShortcutCommand) => void,
  accepts: (command: ShortcutCommand) => boolean = () => true,
): void {
  const latest = useLatest(run);
  const latestAccepts = useLatest(accepts);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const target = event.target;
      const inDialog = target instanceof Element && target.closest('[role="dialog"]') !== null;
      const command = shortcutFor(event, { inField: isTextField(target), inDialog });
      if (command === null || !latestAccepts.current(command)) return;
      // Also keeps the menu (same accelerator) and the browser (Ctrl+S, Ctrl+O) from acting twice.
      event.preventDefault();
      latest.current(command);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [latest, latestAccepts]);
}
