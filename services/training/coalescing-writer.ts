import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { writeFileAtomic } from '../../training/storage/atomic-file.js';

/**
 * Keeps one file in step with some state that changes often (a training job reports every
 * epoch): each `schedule()` asks for the latest state to be written, writes never overlap, and
 * requests that arrive during a write are folded into one more write. Each write is atomic.
 */
export class CoalescingWriter {
  private dirty = false;
  private running: Promise<void> | null = null;

  constructor(
    private readonly path: string,
    private readonly snapshot: () => string,
    private readonly warn: (message: string) => void = (m) => console.warn(m),
  ) {}

  schedule(): void {
    this.dirty = true;
    this.running ??= this.drain();
  }

  /** Resolves once everything scheduled so far is on disk (or failed and was reported). */
  async flush(): Promise<void> {
    while (this.running) await this.running;
  }

  private async drain(): Promise<void> {
    try {
      while (this.dirty) {
        this.dirty = false;
        await mkdir(dirname(this.path), { recursive: true });
        await writeFileAtomic(this.path, this.snapshot());
      }
    } catch (error) {
      // A full disk must not stop training; the next change tries again.
      this.warn(`could not save ${this.path}: ${(error as Error).message}`);
    } finally {
      this.running = null;
    }
  }
}
