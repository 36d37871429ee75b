// Runs a TypeScript worker from source (CLI and tests): registers tsx in this thread first,
// because Node does not hand the parent's loader to worker threads.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
