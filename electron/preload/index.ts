/**
 * The only bridge between the sandboxed page and the app: `window.inkform`, typed by
 * `InkformApi` in services/contract/. Bundled to one CommonJS file (sandboxed preloads cannot
 * load modules), so it imports nothing but `electron` at run time.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createInkformApi } from './api.js';

contextBridge.exposeInMainWorld('inkform', createInkformApi(ipcRenderer));
