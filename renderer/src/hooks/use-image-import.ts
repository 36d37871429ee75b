import { useCallback, useMemo } from 'react';
import { fileLabel, IMAGE_PROBLEMS } from '@recognition';
import type { OpenedImage } from '@services/contract';
import { imageFileProblem, imageTypeOf } from '../lib/image-file';
import { firstImageFile, readFileBytes } from '../lib/read-file';
import type { ImageSource } from './use-image-page';

export interface ImageImport {
  /** A file from the file input, a drop or a paste. */
  importFile(file: File): Promise<void>;
  /** Dropped files: the first image among them. */
  importFiles(files: readonly File[]): void;
  /** An image the shell opened (dialog, recent files, the OS). */
  importOpened(image: OpenedImage): void;
}

/**
 * Every way a picture comes in ends here: refused in the page when it is empty or too large
 * (the back end would refuse it too, after the bytes had travelled), else shown and read.
 */
export function useImageImport(
  load: (source: ImageSource) => void,
  onAccepted: () => void,
  report: (error: unknown) => void,
): ImageImport {
  const accept = useCallback(
    (name: string, bytes: Uint8Array, type: string) => {
      const problem = imageFileProblem(name, bytes.length);
      if (problem !== null) {
        report(problem);
        return;
      }
      onAccepted();
      load({ name, bytes, type: type === '' ? imageTypeOf(name) : type });
    },
    [load, onAccepted, report],
  );

  const importFile = useCallback(
    async (file: File) => {
      const name = file.name === '' ? 'pasted image' : file.name;
      const problem = imageFileProblem(name, file.size);
      if (problem !== null) {
        report(problem);
        return;
      }
      let bytes: Uint8Array;
      try {
        bytes = await readFileBytes(file);
      } catch (error) {
        report(error);
        return;
      }
      accept(name, bytes, file.type);
    },
    [accept, report],
  );

  const importFiles = useCallback(
    (files: readonly File[]) => {
      const image = firstImageFile(files);
      if (image === null) report(IMAGE_PROBLEMS.notAPicture(fileLabel(files[0]?.name)));
      else void importFile(image);
    },
    [importFile, report],
  );

  const importOpened = useCallback(
    (image: OpenedImage) => accept(image.name, image.bytes, ''),
    [accept],
  );

  return useMemo(
    () => ({ importFile, importFiles, importOpened }),
    [importFile, importFiles, importOpened],
  );
}
