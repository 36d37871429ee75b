/**
 * The page needs no device, location or notification access; writing to the clipboard from a
 * copy button is the one web permission it uses.
 */
const ALLOWED = new Set(['clipboard-sanitized-write']);

export const isPermissionAllowed = (permission: string): boolean => ALLOWED.has(permission);
