let counter = 0;

/**
 * A new stroke id, unique across sessions too: drawings are saved and loaded back (`replace`),
 * so a per-session counter alone could collide with the ids of a loaded drawing.
 */
export function newStrokeId(): string {
  counter += 1;
  const cryptoApi = globalThis.crypto;
  if (cryptoApi !== undefined && typeof cryptoApi.randomUUID === 'function') {
    return cryptoApi.randomUUID();
  }
  const random = Math.floor(Math.random() * 0x100000000).toString(36);
  return `s-${Date.now().toString(36)}-${counter.toString(36)}-${random}`;
}
