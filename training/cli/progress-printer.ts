import type { TrainProgress } from '../trainer/train.js';

function formatSeconds(s: number): string {
  if (!Number.isFinite(s)) return '–';
  const m = Math.floor(s / 60);
  return m > 0 ? `${m}m${String(Math.round(s % 60)).padStart(2, '0')}s` : `${Math.round(s)}s`;
}

const pct = (x: number | null) => (x === null ? '  –  ' : `${(x * 100).toFixed(2)}%`);

/**
 * Training progress on a terminal: a bar that redraws within the epoch (only on a TTY, so logs
 * stay clean) and one line per finished epoch.
 */
export class ProgressPrinter {
  private barShown = false;

  constructor(private readonly out: NodeJS.WriteStream) {}

  update(p: TrainProgress): void {
    if (p.type === 'batch') {
      if (!this.out.isTTY) return;
      const width = 30;
      const filled = Math.round((p.batch / p.batches) * width);
      this.out.write(
        `\repoch ${p.epoch} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${p.batch}/${p.batches}`,
      );
      this.barShown = true;
      return;
    }
    this.clearBar();
    this.out.write(
      `epoch ${String(p.epoch).padStart(3)}/${p.epochs}  loss ${p.loss.toFixed(4)}  acc ${pct(p.accuracy)}  ` +
        `val loss ${p.validationLoss === null ? '  –   ' : p.validationLoss.toFixed(4)}  val acc ${pct(p.validationAccuracy)}  ` +
        `lr ${p.learningRate.toPrecision(3)}  ${Math.round(p.samplesPerSecond)} samples/s  ` +
        `elapsed ${formatSeconds(p.elapsedSeconds)}  eta ≤${formatSeconds(p.etaSeconds)}\n`,
    );
  }

  message(text: string): void {
    this.clearBar();
    this.out.write(`${text}\n`);
  }

  finish(): void {
    this.clearBar();
  }

  private clearBar(): void {
    if (!this.barShown) return;
    this.out.write('\r\x1b[2K');
    this.barShown = false;
  }
}
