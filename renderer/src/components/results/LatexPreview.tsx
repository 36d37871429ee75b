import katex from 'katex';
import 'katex/dist/katex.min.css';
import { useMemo, type JSX } from 'react';

/** The LaTeX export typeset, so the user sees what a paper will show. */
export function LatexPreview(props: { latex: string }): JSX.Element {
  // KaTeX escapes its input and emits only its own markup, so its output is safe to inject;
  // throwOnError: false renders a bad command in red instead of throwing.
  const html = useMemo(
    () =>
      katex.renderToString(props.latex, {
        throwOnError: false,
        output: 'htmlAndMathml',
        displayMode: true,
      }),
    [props.latex],
  );
  return (
    <div
      className="latex-preview"
      data-testid="latex-preview"
      aria-label="LaTeX preview"
      role="img"
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
