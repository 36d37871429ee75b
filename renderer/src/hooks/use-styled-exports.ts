import { useEffect, useState } from 'react';
import {
  DEFAULT_FREE_VARIABLES,
  type FormulaExports,
  type FreeVariableTreatment,
  type InkformApi,
  type NotationStyle,
  type ParenthesesStyle,
} from '@services/contract';

/** How the user wants the exports written (the export panel's options). */
export interface ExportStyle {
  readonly parentheses: ParenthesesStyle;
  readonly freeVariables: FreeVariableTreatment;
  readonly notation: NotationStyle;
}

/**
 * What recognition and the text box give: the writer's parentheses and notation, the default
 * treatment.
 */
const isDefault = (style: ExportStyle): boolean =>
  style.parentheses === 'as-written' &&
  style.freeVariables === DEFAULT_FREE_VARIABLES &&
  style.notation === 'as-written';

const cacheKey = (style: ExportStyle, text: string): string =>
  `${style.parentheses} ${style.freeVariables} ${style.notation}\n${text}`;

/**
 * The exports of each line in `style`, asked of the back end once per text and style (looked
 * up by the as-written Unicode). Empty in the default style, which the lines' own exports are.
 */
export function useStyledExports(
  api: InkformApi,
  style: ExportStyle,
  texts: readonly (string | null)[],
): ReadonlyMap<string, FormulaExports> {
  const [known, setKnown] = useState<ReadonlyMap<string, FormulaExports>>(new Map());
  const { parentheses, freeVariables, notation } = style;
  const wanted = isDefault(style)
    ? []
    : texts.filter((t): t is string => t !== null && !known.has(cacheKey(style, t)));
  const key = wanted.join('\n');
  useEffect(() => {
    if (key === '') return;
    let live = true;
    const asked = { parentheses, freeVariables, notation };
    for (const text of key.split('\n')) {
      api.parseFormula({ text, format: 'unicode', ...asked }).then(
        (result) => {
          if (live && result.ok)
            setKnown((map) => new Map(map).set(cacheKey(asked, text), result.exports));
        },
        // A line that cannot be re-exported keeps its exports as written.
        () => {},
      );
    }
    return () => {
      live = false;
    };
  }, [api, key, parentheses, freeVariables, notation]);
  const shown = new Map<string, FormulaExports>();
  if (!isDefault(style))
    for (const text of texts) {
      const exports = text === null ? undefined : known.get(cacheKey(style, text));
      if (text !== null && exports !== undefined) shown.set(text, exports);
    }
  return shown;
}
