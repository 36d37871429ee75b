import { useRef, type JSX, type ReactNode } from 'react';

/**
 * A button that opens the file picker; the input itself is hidden but labelled, so tests and
 * assistive technology can reach it.
 */
export function FileButton(props: {
  label: string;
  accept: string;
  onFile(file: File): void;
  disabled?: boolean;
  icon?: ReactNode;
  primary?: boolean;
  testId?: string;
}): JSX.Element {
  const input = useRef<HTMLInputElement>(null);
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
        ref={input}
        type="file"
        hidden
        accept={props.accept}
        aria-label={props.label}
        data-testid={props.testId}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          // Choosing the same file again must fire again.
          event.currentTarget.value = '';
          if (file !== undefined) props.onFile(file);
        }}
      />
    </>
  );
}
