/** One sample of a stroke, in stroke units (CSS pixels at zoom 1 from the page's top-left). */
export interface InkPoint {
  readonly x: number;
  readonly y: number;
  /** 0–1 as the pointer reported it; a mouse reports 0.5 while pressed. */
  readonly pressure: number;
  /** Event time in ms (the event's `timeStamp`). */
  readonly t: number;
}

export interface InkStroke {
  readonly id: string;
  readonly points: readonly InkPoint[];
  /** The pen width the stroke was drawn with, in stroke units; pressure scales it per point. */
  readonly width: number;
}

export type InkTool = 'pen' | 'eraser';
