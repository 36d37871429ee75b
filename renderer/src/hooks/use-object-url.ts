import { useEffect, useState } from 'react';

/**
 * An object URL for showing bytes in an <img>, revoked when the bytes change or the view goes,
 * so a session of many photos does not keep them all in memory.
 */
export function useObjectUrl(bytes: Uint8Array | null, type: string): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (bytes === null || typeof URL.createObjectURL !== 'function') {
      setUrl(null);
      return;
    }
    // Copied into a plain ArrayBuffer: Blob refuses views that might be on shared memory.
    const part = new Uint8Array(bytes);
    const created = URL.createObjectURL(new Blob([part], type === '' ? {} : { type }));
    setUrl(created);
    return () => URL.revokeObjectURL(created);
  }, [bytes, type]);
  return url;
}
