/**
 * The contract's one entry: every layer above services (the page, the shells, the bridge's
 * client) imports the contract from here, never from its parts (the layer rule in
 * eslint.config.js). Node- and Electron-free, because the page bundles it.
 */
export * from './app.js';
export * from './commands.js';
export * from './training.js';
export * from './wire.js';
