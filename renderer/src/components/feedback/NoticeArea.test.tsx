// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import type { JSX } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_ALERTS, STATUS_MS, useNotices, type Notices } from '../../hooks/use-notices';
import { NoticeArea } from './NoticeArea';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

/** The notice area on the real hook, with the hook's functions handed out to the test. */
function renderNotices(): { current: Notices } {
  const handle = { current: null as unknown as Notices };
  function Harness(): JSX.Element {
    handle.current = useNotices();
    return (
      <>
        <main>The page</main>
        <NoticeArea notices={handle.current} />
      </>
    );
  }
  render(<Harness />);
  return handle;
}

const area = () => screen.getByRole('contentinfo', { name: 'Notices' });

describe('notice area', () => {
  it('keeps the notices in a region of their own, out of the page', () => {
    const notices = renderNotices();
    act(() => notices.current.report(new Error('The model could not be read')));
    const alert = screen.getByRole('alert');
    expect(area().contains(alert)).toBe(true);
    expect(screen.getByRole('main').contains(alert)).toBe(false);
    // The live region for passing notices is there before anything is said in it.
    expect(within(area()).getByRole('status').textContent).toBe('');
  });

  it('stacks failures above the passing notice, each dismissible', () => {
    const notices = renderNotices();
    act(() => {
      notices.current.report(new Error('First failure'));
      notices.current.report(new Error('Second failure'));
      notices.current.notify('Copied LaTeX');
    });
    expect(screen.getAllByRole('alert').map((a) => a.textContent)).toEqual([
      'First failure',
      'Second failure',
    ]);
    expect(screen.getByRole('status').textContent).toBe('Copied LaTeX');

    fireEvent.click(
      within(screen.getAllByRole('alert')[0]).getByRole('button', { name: 'Dismiss' }),
    );
    expect(screen.getAllByRole('alert').map((a) => a.textContent)).toEqual(['Second failure']);
    fireEvent.click(within(screen.getByRole('status')).getByRole('button', { name: 'Dismiss' }));
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('shows a repeated failure once and only the latest few', () => {
    const notices = renderNotices();
    act(() => {
      for (let i = 1; i <= MAX_ALERTS + 1; i++) notices.current.report(`Failure ${i}`);
      notices.current.report('Failure 2');
    });
    expect(screen.getAllByRole('alert').map((a) => a.textContent)).toEqual([
      'Failure 3',
      'Failure 4',
      'Failure 2',
    ]);
  });

  it('dismisses the notice holding the focus with Escape and moves the focus on', () => {
    const notices = renderNotices();
    act(() => {
      notices.current.report('First failure');
      notices.current.report('Second failure');
    });
    const [first, second] = screen.getAllByRole('alert');
    within(first).getByRole('button', { name: 'Dismiss' }).focus();
    fireEvent.keyDown(document.activeElement ?? first, { key: 'Escape' });
    expect(screen.getAllByRole('alert')).toEqual([second]);
    expect(document.activeElement).toBe(within(second).getByRole('button', { name: 'Dismiss' }));
  });

  it('lets a passing notice go after a while, but not while the user is on it', () => {
    vi.useFakeTimers();
    const notices = renderNotices();
    act(() => notices.current.notify('Saved 2 lines to formulas.p'));
    const status = () => screen.getByRole('status').textContent;

    fireEvent.pointerEnter(area());
    act(() => vi.advanceTimersByTime(STATUS_MS * 2));
    expect(status()).toBe('Saved 2 lines to formulas.p');

    fireEvent.pointerLeave(area());
    act(() => vi.advanceTimersByTime(STATUS_MS - 1));
    expect(status()).toBe('Saved 2 lines to formulas.p');
    act(() => vi.advanceTimersByTime(1));
    expect(status()).toBe('');
  });

  it('lets the next passing notice go once the focused one was dismissed', () => {
    vi.useFakeTimers();
    const notices = renderNotices();
    act(() => notices.current.notify('Copied LaTeX'));
    const dismiss = within(screen.getByRole('status')).getByRole('button', { name: 'Dismiss' });
    act(() => dismiss.focus());
    fireEvent.keyDown(dismiss, { key: 'Escape' });
    act(() => notices.current.notify('Copied TPTP'));
    act(() => vi.advanceTimersByTime(STATUS_MS));
    expect(screen.getByRole('status').textContent).toBe('');
  });
});
