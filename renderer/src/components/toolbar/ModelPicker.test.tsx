// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ModelList } from '@services/contract';
import { FAKE_MODELS } from '../../test/fake-api';
import { ModelPicker } from './ModelPicker';

afterEach(cleanup);

const LIST: ModelList = {
  ...FAKE_MODELS,
  models: [
    ...FAKE_MODELS.models,
    { ...FAKE_MODELS.models[1], id: 'five', name: 'Five', classes: 5, symbols: 5, accuracy: 1 },
  ],
};

function renderPicker() {
  const onSelect = vi.fn<(id: string) => void>();
  render(<ModelPicker list={LIST} onSelect={onSelect} />);
  return { onSelect, picker: screen.getByRole('combobox', { name: 'Model' }) };
}

describe('ModelPicker', () => {
  it('says which models read only some symbols', () => {
    const { picker } = renderPicker();
    const options = [...picker.querySelectorAll('option')].map((o) => o.textContent);
    expect(options).toEqual([
      'Default model — 92.1%',
      'My Rprop model — 80.1%',
      'Five — 100.0% — 5 of 96 symbols',
    ]);
  });

  it('switches to a model that reads every symbol at once', () => {
    const { onSelect, picker } = renderPicker();
    fireEvent.change(picker, { target: { value: 'my-rprop' } });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(onSelect).toHaveBeenCalledWith('my-rprop');
  });

  it('asks before switching to one that reads few, and keeps the current one on Cancel', () => {
    const { onSelect, picker } = renderPicker();
    fireEvent.change(picker, { target: { value: 'five' } });
    const ask = screen.getByRole('alertdialog', { name: 'Read with “Five”?' });
    expect(ask.textContent).toContain('can read only 5 of 96 symbols');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onSelect).not.toHaveBeenCalled();
    expect((picker as HTMLSelectElement).value).toBe('default');

    fireEvent.change(picker, { target: { value: 'five' } });
    fireEvent.click(screen.getByRole('button', { name: 'Use it anyway' }));
    expect(onSelect).toHaveBeenCalledWith('five');
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });
});
