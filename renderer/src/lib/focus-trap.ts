const TABBABLE =
  'button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [href], [tabindex]:not([tabindex="-1"])';

/** The elements Tab reaches inside `root`, in order. */
export function tabbables(root: HTMLElement): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(TABBABLE)).filter(
    (element) => element.tabIndex >= 0,
  );
}

/**
 * Keeps Tab inside a modal: from the last element to the first and back. Returns true when it
 * moved the focus itself (the caller then prevents the default).
 */
export function trapTab(root: HTMLElement, shiftKey: boolean, active: Element | null): boolean {
  const items = tabbables(root);
  if (items.length === 0) return false;
  const first = items[0];
  const last = items[items.length - 1];
  const inside = active instanceof Node && root.contains(active);
  if (shiftKey && (active === first || !inside)) {
    last.focus();
    return true;
  }
  if (!shiftKey && (active === last || !inside)) {
    first.focus();
    return true;
  }
  return false;
}
