/**
 * Holds events for the page until it has loaded and subscribed, then passes them straight on.
 * A file opened from the OS at launch would otherwise be sent before anyone listens.
 */
export class EventGate<T> {
  private pending: T[] = [];
  private isOpen = false;

  /** A page that never subscribes must not make main hoard events: the oldest are dropped. */
  constructor(
    private readonly deliver: (event: T) => void,
    private readonly maxPending = 100,
  ) {}

  push(event: T): void {
    if (this.isOpen) return this.deliver(event);
    this.pending.push(event);
    if (this.pending.length > this.maxPending) this.pending.shift();
  }

  open(): void {
    this.isOpen = true;
    const queued = this.pending;
    this.pending = [];
    for (const event of queued) this.deliver(event);
  }

  /** The page is reloading: hold events again until it is back. */
  close(): void {
    this.isOpen = false;
  }
}
