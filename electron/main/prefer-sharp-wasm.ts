/**
 * Imported first by the main entry and, through a banner the build adds, by every bundled
 * worker: resolve hooks are per thread, and each thread must hide native sharp before it loads
 * sharp (see sharp-wasm.ts).
 */
import { preferSharpWasm } from './sharp-wasm.js';

if (process.platform === 'linux') preferSharpWasm();
