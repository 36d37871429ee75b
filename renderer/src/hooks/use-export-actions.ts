import { useCallback, useMemo } from 'react';
import type { InkformApi, TextFormat } from '@services/contract';
import { FORMAT_LABELS, fileContent, suggestedFileName } from '../lib/export-formats';

export interface ExportActions {
  copy(format: TextFormat, text: string): Promise<void>;
  /** Any text, `what` naming it in the notice ("Copied Clauses (LaTeX)"). */
  copyText(text: string, what: string): Promise<void>;
  /** Any file's text, through the same save dialog. */
  saveFile(suggestedName: string, content: string, what: string): Promise<void>;
  /** One formula, in a file the format's tools can read. */
  save(format: TextFormat, text: string): Promise<void>;
  /** Several formulas, one per line. */
  saveAll(format: TextFormat, formulas: readonly string[]): Promise<void>;
}

const fileName = (path: string | null, fallback: string): string =>
  path === null ? fallback : (path.split(/[\\/]/).pop() ?? fallback);

export function useExportActions(
  api: InkformApi,
  notify: (text: string) => void,
  report: (error: unknown) => void,
): ExportActions {
  const copyText = useCallback(
    async (text: string, what: string) => {
      try {
        await api.writeClipboard({ text });
        notify(`Copied ${what}`);
      } catch (error) {
        report(error);
      }
    },
    [api, notify, report],
  );
  const copy = useCallback(
    (format: TextFormat, text: string) => copyText(text, FORMAT_LABELS[format]),
    [copyText],
  );

  const write = useCallback(
    async (suggestedName: string, content: string, what: string) => {
      try {
        const result = await api.saveText({ suggestedName, content });
        if (result.saved) notify(`Saved ${what} to ${fileName(result.path, suggestedName)}`);
      } catch (error) {
        report(error);
      }
    },
    [api, notify, report],
  );

  const save = useCallback(
    (format: TextFormat, text: string) =>
      write(suggestedFileName(format, 'one'), fileContent(format, [text]), FORMAT_LABELS[format]),
    [write],
  );

  const saveAll = useCallback(
    async (format: TextFormat, formulas: readonly string[]) => {
      if (formulas.length === 0) {
        notify('No well-formed lines to export yet');
        return;
      }
      const count = formulas.length === 1 ? '1 line' : `${formulas.length} lines`;
      await write(suggestedFileName(format, 'all'), fileContent(format, formulas), count);
    },
    [write, notify],
  );

  return useMemo(
    () => ({ copy, copyText, saveFile: write, save, saveAll }),
    [copy, copyText, write, save, saveAll],
  );
}
