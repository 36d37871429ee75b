import { useEffect } from 'react';
import { useLatest } from './use-latest';

function pastedImage(event: ClipboardEvent): File | null {
  const items = Array.from(event.clipboardData?.items ?? []);
  for (const item of items) {
    if (item.kind !== 'file' || !item.type.startsWith('image/')) continue;
    const file = item.getAsFile();
    if (file !== null) return file;
  }
  return null;
}

/** An image pasted anywhere (a screenshot, a copied photo); pasted text is left alone. */
export function usePasteImage(onImage: (file: File) => void): void {
  const latest = useLatest(onImage);
  useEffect(() => {
    const onPaste = (event: ClipboardEvent) => {
      const file = pastedImage(event);
      if (file === null) return;
      event.preventDefault();
      latest.current(file);
    };
    window.addEventListener('paste', onPaste);
    return () => window.removeEventListener('paste', onPaste);
  }, [latest]);
}
