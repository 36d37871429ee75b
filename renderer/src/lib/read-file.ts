/** The bytes of a picked, dropped or pasted file (FileReader where Blob.arrayBuffer is missing). */
export function readFileBytes(file: Blob): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === 'function')
    return file.arrayBuffer().then((buffer) => new Uint8Array(buffer));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const result = reader.result;
      if (result instanceof ArrayBuffer) resolve(new Uint8Array(result));
      else reject(new Error('The file could not be read.'));
    };
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsArrayBuffer(file);
  });
}

/** The first image file among a transfer's items (paste) or files (drop), if any. */
export function firstImageFile(files: readonly File[]): File | null {
  return files.find((file) => file.type === '' || file.type.startsWith('image/')) ?? null;
}
