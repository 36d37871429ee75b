import type { InkTool } from './ink-types';

/** The parts of a pointer event that decide whether it draws. */
export interface GatePointer {
  readonly pointerId: number;
  readonly pointerType: string;
  readonly button: number;
}

export type DragMode = 'draw' | 'erase';

export interface ActiveDrag {
  readonly pointerId: number;
  readonly pointerType: string;
  readonly mode: DragMode;
}

export type DownDecision =
  | { readonly kind: 'ignore' }
  | { readonly kind: 'start'; readonly drag: ActiveDrag }
  /** Drop the drag under way (it was a palm, or its release was lost) and start this one. */
  | { readonly kind: 'replace'; readonly drag: ActiveDrag };

/** The button pens report for the eraser end (Pointer Events, "eraser button"). */
const PEN_ERASER_BUTTON = 5;

/** What a press does with the chosen tool, or null for presses that are not for drawing. */
export function dragModeFor(tool: InkTool, pointer: GatePointer): DragMode | null {
  if (pointer.pointerType === 'pen' && pointer.button === PEN_ERASER_BUTTON) return 'erase';
  // Right and middle presses keep their usual meaning (context menu, auto-scroll).
  if (pointer.button !== 0) return null;
  return tool === 'eraser' ? 'erase' : 'draw';
}

/**
 * One drag at a time, so a second finger or a resting palm never starts a second stroke. A pen
 * wins over a touch because a hand resting on the screen touches it before the pen does. A
 * mouse or pen has a single pointer, so its pressing again means its release never arrived
 * (it happened outside the window, say) and the old drag must not block drawing for good.
 */
export function decideDown(
  active: ActiveDrag | null,
  pointer: GatePointer,
  tool: InkTool,
): DownDecision {
  const mode = dragModeFor(tool, pointer);
  if (mode === null) return { kind: 'ignore' };
  const drag: ActiveDrag = { pointerId: pointer.pointerId, pointerType: pointer.pointerType, mode };
  if (active === null) return { kind: 'start', drag };
  const palm = active.pointerType === 'touch' && pointer.pointerType === 'pen';
  const lostRelease = active.pointerType === pointer.pointerType && pointer.pointerType !== 'touch';
  if (palm || lostRelease) return { kind: 'replace', drag };
  return { kind: 'ignore' };
}

export function isActivePointer(active: ActiveDrag | null, pointerId: number): boolean {
  return active !== null && active.pointerId === pointerId;
}
