// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RenameForm } from './RenameForm';

afterEach(cleanup);

function renderForm(accept: boolean) {
  const onRename = vi.fn<(name: string) => Promise<boolean>>(async () => accept);
  const onClose = vi.fn();
  render(<RenameForm label="Set name" current="Mine" onRename={onRename} onClose={onClose} />);
  const input = screen.getByRole('textbox', { name: 'Set name' });
  return { onRename, onClose, input };
}

describe('RenameForm', () => {
  it('sends the trimmed name and closes once the rename is accepted', async () => {
    const { onRename, onClose, input } = renderForm(true);
    fireEvent.change(input, { target: { value: '  Scans  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save name' }));
    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(1));
    expect(onRename).toHaveBeenCalledWith('Scans');
  });

  it('stays open with the typed name when the rename is refused', async () => {
    const { onRename, onClose, input } = renderForm(false);
    fireEvent.change(input, { target: { value: 'Taken' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save name' }));
    await waitFor(() => expect(onRename).toHaveBeenCalledWith('Taken'));
    expect(onClose).not.toHaveBeenCalled();
    expect(input).toHaveProperty('value', 'Taken');
  });

  it('closes without asking for a blank or unchanged name, or on Escape', () => {
    const { onRename, onClose, input } = renderForm(true);
    fireEvent.change(input, { target: { value: '   ' } });
    fireEvent.submit(input.closest('form') as HTMLFormElement);
    fireEvent.change(input, { target: { value: 'Mine' } });
    fireEvent.submit(input.closest('form') as HTMLFormElement);
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(onRename).not.toHaveBeenCalled();
    return waitFor(() => expect(onClose).toHaveBeenCalledTimes(3));
  });
});
