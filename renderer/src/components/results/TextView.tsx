import { useLayoutEffect, useRef, type JSX } from 'react';
import { shortcutFor } from '../../lib/shortcuts';
import { insertAt } from '../../lib/text-insert';
import type { ParseView } from '../../lib/parse-view';
import { InsertBar } from './InsertBar';
import { ParseStatus } from './ParseStatus';

export interface TextViewProps {
  readonly text: string;
  onChange(text: string): void;
  readonly view: ParseView;
  readonly edited: boolean;
  /** Back to the recognised text. */
  onRevert(): void;
  /** Undo and redo in the box go to this history instead of the field's own. */
  onHistory?(command: 'undo' | 'redo'): void;
}

/** The formula box, which the workspace's undo recognises. */
export const FORMULA_INPUT_ID = 'formula-input';

/** The editable text of the selected line, with its parse verdict. */
export function TextView(props: TextViewProps): JSX.Element {
  const ref = useRef<HTMLTextAreaElement>(null);
  const caretAfterInsert = useRef<number | null>(null);

  useLayoutEffect(() => {
    const caret = caretAfterInsert.current;
    const field = ref.current;
    if (caret === null || field === null) return;
    caretAfterInsert.current = null;
    field.focus();
    field.setSelectionRange(caret, caret);
  }, [props.text]);

  const insert = (char: string) => {
    const field = ref.current;
    const start = field?.selectionStart ?? props.text.length;
    const end = field?.selectionEnd ?? start;
    const edit = insertAt(props.text, start, end, char);
    caretAfterInsert.current = edit.caret;
    props.onChange(edit.text);
  };

  return (
    <div className="text-view">
      <textarea
        ref={ref}
        id={FORMULA_INPUT_ID}
        className="formula-input math"
        aria-label="Formula text"
        rows={2}
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
        autoCorrect="off"
        placeholder="∀x(P(x)→Q(x))"
        value={props.text}
        onChange={(event) => props.onChange(event.target.value)}
        onKeyDown={(event) => {
          const { onHistory } = props;
          if (onHistory === undefined) return;
          const command = shortcutFor(event, { inField: false, inDialog: false });
          if (command !== 'undo' && command !== 'redo') return;
          event.preventDefault();
          onHistory(command);
        }}
      />
      <div className="text-view-bar">
        <InsertBar onInsert={insert} />
        {props.edited ? (
          <button
            type="button"
            className="link-button"
            title="Back to the recognised text"
            onClick={props.onRevert}
          >
            Revert
          </button>
        ) : null}
      </div>
      <ParseStatus view={props.view} text={props.text} />
    </div>
  );
}
