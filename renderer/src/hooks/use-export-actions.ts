import { useCallback, useMemo } from 'react';
import type { FormulaExports, InkformApi, TextFormat } from '@services/contract';
import {
  FORMAT_LABELS,
  fileContent,
  suggestedFileName,
  type TptpFileOptions,
} from '../lib/export-formats';

export interface ExportActions {
  copy(format: TextFormat, text: string): Promise<void>;
  /** Any text, `what` naming it in the notice ("Copied Clauses (LaTeX)"). */
  copyText(text: string, what: string): Promise<void>;
  /** Any file's text, through the same save dialog. */
  saveFile(suggestedName: string, content: string, what: string): Promise<void>;
  /** One line, in a file the format's tools can read. */
  save(format: TextFormat, line: FormulaExports): Promise<void>;
  /** Several lines, one per line of the file. */
  saveAll(format: TextFormat, lines: readonly FormulaExports[]): Promise<void>;
}

const fileName = (path: string | null, fallback: string): string =>
  path === null ? fallback : (path.split(/[\\/]/).pop() ?? fallback);

export function useExportActions(
  api: InkformApi,
  notify: (text: string) => void,
  report: (error: unknown) => void,
  /** How a TPTP file writes its lines (the export panel's choices). */
  tptp: TptpFileOptions,
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

  const { style, freeVariables } = tptp;
  const save = useCallback(
    (format: TextFormat, line: FormulaExports) =>
      write(
        suggestedFileName(format, 'one'),
        fileContent(format, [line], { style, freeVariables }),
        FORMAT_LABELS[format],
      ),
    [write, style, freeVariables],
  );

  const saveAll = useCallback(
    async (format: TextFormat, lines: readonly FormulaExports[]) => {
      if (lines.length === 0) {
        notify('No well-formed lines to export yet');
        return;
      }
      const count = lines.length === 1 ? '1 line' : `${lines.length} lines`;
      const content = fileContent(format, lines, { style, freeVariables });
      await write(suggestedFileName(format, 'all'), content, count);
    },
    [write, notify, style, freeVariables],
  );

  return useMemo(
    () => ({ copy, copyText, saveFile: write, save, saveAll }),
    [copy, copyText, write, save, saveAll],
  );
}
