/**
 * Shell-internal signal from the preload to main, outside the API contract: the page has
 * subscribed to events, so main may stop holding them (see `EventGate`).
 */
export const LISTENING_CHANNEL = 'inkform:listening';
