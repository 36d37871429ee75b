/** For the page's tests only (`@services/logic/testing`): a small engine that really computes. */
export * from './fake-logic-engine.js';
