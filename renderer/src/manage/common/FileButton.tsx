import { useRef, type JSX, type ReactNode } from 'react';

/** One file, or (with `directory`) every file below the folder the user picks. */
type Picking =
  | { readonly directory?: false; readonly accept: string; onFile(file: File): void }
  | { readonly directory: true; onFiles(files: File[]): void };

/**
 * A button that opens the file or folder picker; the input itself is hidden but labelled, so
 * tests and assistive technology can reach it.
 */
export function FileButton(
  props: Picking & {
    label: string;
    disabled?: boolean;
    icon?: ReactNode;
    primary?: boolean;
    testId?: string;
  },
): JSX.Element {
  const input = useRef<HTMLInputElement>(null);
  const setInput = (element: HTMLInputElement | null) => {
    input.current = element;
    // Not a React attribute, so it is set on the element itself.
    if (element !== null && props.directory === true) element.setAttribute('webkitdirectory', '');
  };
  return (
    <>
      <button
        type="button"
        className={`button ${props.primary === true ? 'button-primary' : ''}`}
        disabled={props.disabled}
        onClick={() => input.current?.click()}
      >
        {props.icon}
        {props.label}
      </button>
      <input
        ref={setInput}
        type="file"
        hidden
        accept={props.directory === true ? undefined : props.accept}
        aria-label={props.label}
        data-testid={props.testId}
        onChange={(event) => {
          const files = Array.from(event.currentTarget.files ?? []);
          // Choosing the same file again must fire again.
          event.currentTarget.value = '';
          // An empty folder is passed on too, so the user hears why nothing was imported.
          if (props.directory === true) props.onFiles(files);
          else if (files[0] !== undefined) props.onFile(files[0]);
        }}
      />
    </>
  );
}
