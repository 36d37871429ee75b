/**
 * The logic services' entry for the page (`@services/logic`): the questions the Logic panel asks,
 * answered by the `logic/` layer inside the page's own worker, and the layer's types. The page
 * never imports `logic/` itself; what it may use of it is this list.
 */
export type * from '../../logic/api.js';
export * from './logic-port.js';
export * from './logic-service.js';
export { LOGIC_ENGINE } from './logic-engine.js';
