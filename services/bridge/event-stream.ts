/**
 * Pushed events as Server-Sent Events: the browser's EventSource reconnects by itself, and one
 * response per tab is all the state there is.
 */
import type { ServerResponse } from 'node:http';
import type { AppEvent } from '../contract/app.js';
import { encodeWire } from '../contract/wire.js';
import { SECURITY_HEADERS } from './security.js';

/** Comments keep idle streams from being dropped by anything that times out quiet sockets. */
const HEARTBEAT_MS = 25_000;

export class EventHub {
  private readonly clients = new Set<ServerResponse>();
  private readonly heartbeat: ReturnType<typeof setInterval>;

  constructor() {
    this.heartbeat = setInterval(() => this.broadcast(': keep-alive\n\n'), HEARTBEAT_MS);
    // A quiet bridge must not keep a test process, or the CLI after Ctrl+C, alive.
    this.heartbeat.unref();
  }

  get size(): number {
    return this.clients.size;
  }

  /** Turns `res` into an event stream until the tab goes away or the hub closes. */
  attach(res: ServerResponse): void {
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    // Sent at once so the page's EventSource reports "open" without waiting for an event.
    res.write('retry: 3000\n\n');
    this.clients.add(res);
    res.on('close', () => this.clients.delete(res));
  }

  /** Wire JSON has no raw newlines, so each event is a single `data:` line. */
  emit(event: AppEvent): void {
    this.broadcast(`data: ${encodeWire(event)}\n\n`);
  }

  close(): void {
    clearInterval(this.heartbeat);
    for (const res of this.clients) res.end();
    this.clients.clear();
  }

  private broadcast(chunk: string): void {
    for (const res of this.clients) res.write(chunk);
  }
}
