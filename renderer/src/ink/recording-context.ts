import type { InkContext } from './paint-ink';

export interface PaintCall {
  readonly op: string;
  readonly args: readonly number[];
  /** Style at the time of the call, for calls that put ink down. */
  readonly color: string;
  readonly alpha: number;
  readonly lineWidth: number;
}

/** A 2D context stand-in for tests (jsdom has none) that records what would be drawn. */
export class RecordingContext implements InkContext {
  lineCap: CanvasLineCap = 'butt';
  lineJoin: CanvasLineJoin = 'miter';
  lineWidth = 1;
  strokeStyle: string | CanvasGradient | CanvasPattern = '#000';
  fillStyle: string | CanvasGradient | CanvasPattern = '#000';
  globalAlpha = 1;
  readonly calls: PaintCall[] = [];

  private record(op: string, args: readonly number[]): void {
    const color = String(op === 'fill' ? this.fillStyle : this.strokeStyle);
    this.calls.push({ op, args, color, alpha: this.globalAlpha, lineWidth: this.lineWidth });
  }

  setTransform(a?: number | DOMMatrix2DInit, ...rest: number[]): void {
    this.record('setTransform', typeof a === 'number' ? [a, ...rest] : []);
  }
  clearRect(x: number, y: number, w: number, h: number): void {
    this.record('clearRect', [x, y, w, h]);
  }
  beginPath(): void {
    this.record('beginPath', []);
  }
  moveTo(x: number, y: number): void {
    this.record('moveTo', [x, y]);
  }
  quadraticCurveTo(cx: number, cy: number, x: number, y: number): void {
    this.record('quadraticCurveTo', [cx, cy, x, y]);
  }
  arc(x: number, y: number, radius: number, start: number, end: number): void {
    this.record('arc', [x, y, radius, start, end]);
  }
  fill(): void {
    this.record('fill', []);
  }
  stroke(): void {
    this.record('stroke', []);
  }

  ops(name: string): PaintCall[] {
    return this.calls.filter((call) => call.op === name);
  }
}
