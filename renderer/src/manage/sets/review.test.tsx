// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderManage } from '../test/render-manage';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

async function openReview(setName: string) {
  const harness = renderManage('sets');
  fireEvent.click(await screen.findByRole('button', { name: new RegExp(`^${setName}`) }));
  await screen.findByRole('heading', { name: setName });
  fireEvent.click(screen.getByRole('tab', { name: 'Review' }));
  await waitFor(() => expect(screen.getAllByTestId('sample-cell').length).toBeGreaterThan(0));
  return harness;
}

const cells = () => screen.getAllByTestId('sample-cell');
const cellIds = () => cells().map((cell) => cell.dataset.sampleId ?? '');

describe('Review grid', () => {
  it('renders a window of a 20,000-sample set and fetches pages as it scrolls', async () => {
    const { api } = await openReview('Scanned sheets');
    expect(screen.getByRole('group', { name: 'Samples: 20,000' })).toBeTruthy();
    const rendered = cells().length;
    expect(rendered).toBeGreaterThan(20);
    expect(rendered).toBeLessThan(200);
    expect(api.callsTo('listSamples')).toEqual([
      { setId: 'scanned-sheets', label: null, offset: 0, limit: 240 },
    ]);
    // The scrollbar spans every row, though only a few are in the page.
    const content = screen.getByTestId('sample-grid').firstElementChild as HTMLElement;
    expect(parseFloat(content.style.height)).toBeGreaterThan(100_000);

    const grid = screen.getByTestId('sample-grid');
    grid.scrollTop = 120_000;
    fireEvent.scroll(grid);
    await waitFor(() => expect(api.callsTo('listSamples').length).toBeGreaterThan(1));
    // Only the page or two that the window straddles, not the 83 pages above it.
    const later = api.callsTo('listSamples').slice(1);
    expect(later.length).toBeLessThanOrEqual(2);
    for (const call of later) {
      expect(call.offset).toBeGreaterThan(8_000);
      expect(call.offset % 240).toBe(0);
    }
    await waitFor(() => expect(cellIds()[0]).not.toMatch(/^forall\//));
    expect(cells().length).toBeLessThan(200);
  });

  it('filters by class', async () => {
    const { api } = await openReview('My handwriting');
    fireEvent.change(screen.getByRole('combobox', { name: 'Class' }), { target: { value: 'vee' } });
    await waitFor(() => expect(cells()).toHaveLength(9));
    expect(api.callsTo('listSamples').at(-1)).toMatchObject({ label: 'vee', offset: 0 });
    expect(cellIds().every((id) => id.startsWith('vee/'))).toBe(true);
  });

  it('selects with click, Ctrl-click and Shift-click, and relabels the selected samples', async () => {
    const { api } = await openReview('My handwriting');
    const ids = cellIds();
    fireEvent.click(cells()[2]);
    fireEvent.click(cells()[5], { ctrlKey: true });
    // Shift alone selects the range from the anchor instead; with Ctrl it adds the range.
    fireEvent.click(cells()[7], { shiftKey: true });
    expect(screen.getByText('3 samples selected')).toBeTruthy();
    fireEvent.click(cells()[7], { shiftKey: true, ctrlKey: true });
    expect(screen.getByText('3 samples selected')).toBeTruthy();
    fireEvent.click(cells()[2], { ctrlKey: true });
    expect(screen.getByText('4 samples selected')).toBeTruthy();
    expect(cells().filter((c) => c.getAttribute('aria-pressed') === 'true')).toHaveLength(4);

    fireEvent.change(screen.getByRole('combobox', { name: 'Relabel as' }), {
      target: { value: 'vee' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Relabel' }));
    await waitFor(() => expect(api.callsTo('relabelSamples')).toHaveLength(1));
    const [relabel] = api.callsTo('relabelSamples');
    expect(relabel.setId).toBe('my-handwriting');
    expect(relabel.label).toBe('vee');
    expect([...relabel.sampleIds].sort()).toEqual([ids[2], ids[5], ids[6], ids[7]].sort());
    expect(await screen.findByText('Relabelled 4 samples as ∨')).toBeTruthy();
    await waitFor(() => expect(screen.getByText(/Click to select/)).toBeTruthy());
  });

  it('deletes the selected samples and brings them back with Undo', async () => {
    const { api } = await openReview('My handwriting');
    const ids = cellIds();
    fireEvent.click(cells()[0]);
    fireEvent.click(cells()[1], { metaKey: true });
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(api.callsTo('deleteSamples')).toHaveLength(1));
    expect(api.callsTo('deleteSamples')[0]).toEqual({
      setId: 'my-handwriting',
      sampleIds: [ids[0], ids[1]],
    });
    const toast = await screen.findByText('Deleted 2 samples');
    await waitFor(() => expect(cellIds()).not.toContain(ids[0]));
    expect(screen.getByRole('heading', { name: 'My handwriting' })).toBeTruthy();
    expect(screen.getByText(/107 samples/, { selector: '.detail-meta' })).toBeTruthy();

    const status = toast.closest('[role="status"]') as HTMLElement;
    fireEvent.click(within(status).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(api.callsTo('restoreSamples')).toHaveLength(1));
    expect(api.callsTo('restoreSamples')[0].setId).toBe('my-handwriting');
    expect(api.callsTo('restoreSamples')[0].trashId).toMatch(/^\d{8}T\d{6}-\d{8}$/);
    await waitFor(() => expect(cellIds()).toContain(ids[0]));
    expect(screen.getByText(/109 samples/, { selector: '.detail-meta' })).toBeTruthy();
  });

  it('finds outliers, shows only them with the model’s reading, and marks them in the grid', async () => {
    const { api } = await openReview('My handwriting');
    fireEvent.click(screen.getByRole('button', { name: 'Find outliers' }));
    await waitFor(() => expect(api.callsTo('findOutliers')).toEqual([{ setId: 'my-handwriting' }]));
    const only = await screen.findByRole('checkbox', { name: 'Only outliers (3)' });
    expect((only as HTMLInputElement).checked).toBe(true);
    await waitFor(() => expect(cells()).toHaveLength(3));
    expect(cells()[0].getAttribute('aria-label')).toBe('forall sample, the model reads A (98%)');
    expect(cells().every((c) => c.classList.contains('is-outlier'))).toBe(true);

    fireEvent.click(only);
    await waitFor(() => expect(cells().length).toBeGreaterThan(3));
    expect(cells().filter((c) => c.classList.contains('is-outlier'))).toHaveLength(3);
  });
});

describe('Training sets', () => {
  it('creates a set and opens Capture for it', async () => {
    const { api } = renderManage('sets');
    fireEvent.click(await screen.findByRole('button', { name: 'New set' }));
    fireEvent.change(screen.getByLabelText('Name of the new set'), {
      target: { value: 'Lecture notes' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Create' }));
    await waitFor(() =>
      expect(api.callsTo('createTrainingSet')).toEqual([{ name: 'Lecture notes' }]),
    );
    expect(await screen.findByRole('heading', { name: 'Lecture notes' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Capture' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByTestId('capture-symbol').textContent).toBe('∀');
  });

  it('renames a set', async () => {
    const { api } = renderManage('sets');
    await screen.findByRole('heading', { name: 'My handwriting' });
    fireEvent.click(screen.getByRole('button', { name: 'Rename' }));
    fireEvent.change(screen.getByLabelText('Set name'), { target: { value: 'Mine' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save name' }));
    await waitFor(() =>
      expect(api.callsTo('renameTrainingSet')).toEqual([{ id: 'my-handwriting', name: 'Mine' }]),
    );
    expect(await screen.findByRole('heading', { name: 'Mine' })).toBeTruthy();
  });

  it('deletes a set with an Undo that restores it', async () => {
    const { api } = renderManage('sets');
    await screen.findByRole('heading', { name: 'My handwriting' });
    fireEvent.click(screen.getByRole('button', { name: 'Delete set' }));
    await screen.findByText('Deleted “My handwriting”');
    expect(screen.queryByRole('button', { name: /^My handwriting/ })).toBeNull();
    expect(api.callsTo('deleteTrainingSet')).toEqual([{ id: 'my-handwriting' }]);

    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(api.callsTo('restoreTrainingSet')).toHaveLength(1));
    expect(api.callsTo('restoreTrainingSet')[0].trashId).toMatch(/^\d{8}T\d{6}-\d{8}$/);
    expect(await screen.findByRole('heading', { name: 'My handwriting' })).toBeTruthy();
  });

  it('draws the class balance with a bar per class and a summary', async () => {
    renderManage('sets');
    await screen.findByRole('heading', { name: 'My handwriting' });
    const chart = screen.getByRole('img', { name: /^Samples per class/ });
    expect(chart.getAttribute('aria-label')).toBe(
      'Samples per class: 7 classes, 109 samples; fewest ∨ (9); most ∀ (20)',
    );
    const bars = screen.getAllByTestId('balance-bar');
    expect(bars.map((b) => b.dataset.label)).toEqual([
      'forall',
      'exists',
      'wedge',
      'vee',
      'rightarrow',
      'x',
      'P',
    ]);
    const heights = bars.map((b) => Number(b.querySelector('rect')?.getAttribute('height')));
    expect(heights[3]).toBeLessThan(heights[2]);
    expect(heights[0]).toBe(heights[4]);
  });

  it('imports a zip and reports what was added and skipped', async () => {
    const { api } = renderManage('sets');
    await screen.findByRole('heading', { name: 'My handwriting' });
    fireEvent.click(screen.getByRole('tab', { name: 'Import files' }));
    const zip = new File([new Uint8Array([0x50, 0x4b, 3, 4, 9])], 'samples.zip', {
      type: 'application/zip',
    });
    fireEvent.change(screen.getByTestId('zip-input'), { target: { files: [zip] } });
    const report = await screen.findByTestId('import-report');
    expect(api.callsTo('importSamples')).toEqual([
      {
        setId: 'my-handwriting',
        source: { kind: 'zip', bytes: new Uint8Array([0x50, 0x4b, 3, 4, 9]), name: 'samples.zip' },
      },
    ]);
    expect(report.textContent).toContain('Added 42 samples from samples.zip; skipped 3:');
    const rows = within(report)
      .getAllByRole('row')
      .map((r) => r.textContent);
    expect(rows).toEqual(['Why skippedFiles', 'not an image2', 'unknown class "λ"1']);
  });

  it('imports a picked folder as one zip of its files, under their paths in the folder', async () => {
    const { api } = renderManage('sets');
    await screen.findByRole('heading', { name: 'My handwriting' });
    fireEvent.click(screen.getByRole('tab', { name: 'Import files' }));
    const picked = (path: string, bytes: number[]) => {
      const file = new File([new Uint8Array(bytes)], path.split('/').pop() ?? path);
      // jsdom has no folder dialog; Chromium sets this for every file under the picked folder.
      Object.defineProperty(file, 'webkitRelativePath', { value: path });
      return file;
    };
    fireEvent.change(screen.getByTestId('folder-input'), {
      target: { files: [picked('mine/wedge/1.png', [1, 2]), picked('mine/^A/2.png', [3])] },
    });
    const report = await screen.findByTestId('import-report');
    expect(report.textContent).toContain('Added 42 samples from mine');
    const [request] = api.callsTo('importSamples');
    expect(request?.source.kind).toBe('zip');
    const bytes = request?.source.kind === 'zip' ? request.source.bytes : new Uint8Array();
    const files = unzipSync(bytes);
    expect(Object.keys(files).sort()).toEqual(['mine/^A/2.png', 'mine/wedge/1.png']);
    expect(Array.from(files['mine/wedge/1.png'] ?? [])).toEqual([1, 2]);
  });

  it('tells the user when the picked folder is empty, and sends nothing', async () => {
    const { api } = renderManage('sets');
    await screen.findByRole('heading', { name: 'My handwriting' });
    fireEvent.click(screen.getByRole('tab', { name: 'Import files' }));
    fireEvent.change(screen.getByTestId('folder-input'), { target: { files: [] } });
    await screen.findByText(/That folder is empty/);
    expect(api.callsTo('importSamples')).toEqual([]);
  });

  it('reads a sheet by rows, lets the user check the labels and saves the kept samples', async () => {
    const { api } = renderManage('sets');
    await screen.findByRole('heading', { name: 'My handwriting' });
    fireEvent.click(screen.getByRole('tab', { name: 'Import sheet' }));
    fireEvent.change(screen.getByLabelText('Symbol of each row, top to bottom'), {
      target: { value: '∧ vee' },
    });
    const png = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], 'sheet.png', {
      type: 'image/png',
    });
    fireEvent.change(screen.getByTestId('sheet-input'), { target: { files: [png] } });
    await waitFor(() => expect(screen.getAllByTestId('sheet-candidate')).toHaveLength(9));
    expect(api.callsTo('readSheet')[0].layout).toEqual({ kind: 'rows', labels: ['wedge', 'vee'] });

    // The third line had no label in the layout: left out until the user labels it.
    const third = screen.getByRole('checkbox', {
      name: 'Keep symbol 7 (line 3)',
    }) as HTMLInputElement;
    expect(third.checked).toBe(false);
    fireEvent.change(screen.getByRole('combobox', { name: 'Label of symbol 7' }), {
      target: { value: 'x' },
    });
    expect(third.checked).toBe(true);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Keep symbol 2 (line 1)' }));

    // The photo shows each symbol's box in the engine's pixels, coloured by how it stands.
    const boxes = screen.getAllByTestId('sheet-box');
    expect(boxes).toHaveLength(9);
    expect(screen.getByTestId('sheet-overview').querySelector('svg')!.getAttribute('viewBox')).toBe(
      '0 0 1200 620',
    );
    expect(boxes.map((b) => b.getAttribute('data-state'))).toEqual([
      'kept',
      'left-out',
      'kept',
      'kept',
      'kept',
      'kept',
      'kept',
      'left-out',
      'left-out',
    ]);
    expect(boxes[0].querySelector('rect')!.getAttribute('x')).toBe('100');
    // A click on a box leaves that symbol out, or keeps it again, as its checkbox does.
    const first = screen.getByRole('checkbox', {
      name: 'Keep symbol 1 (line 1)',
    }) as HTMLInputElement;
    fireEvent.click(boxes[0]);
    expect(first.checked).toBe(false);
    expect(screen.getAllByTestId('sheet-box')[0].getAttribute('data-state')).toBe('left-out');
    fireEvent.click(screen.getAllByTestId('sheet-box')[0]);
    expect(first.checked).toBe(true);
    fireEvent.change(screen.getByRole('combobox', { name: 'Label of symbol 8' }), {
      target: { value: 'y' },
    });
    expect(screen.getAllByTestId('sheet-box')[7].getAttribute('data-state')).toBe('disputed');
    fireEvent.click(screen.getAllByTestId('sheet-box')[7]);

    fireEvent.click(screen.getByRole('button', { name: 'Save 6 samples' }));

    await waitFor(() => expect(api.callsTo('addSamples')).toHaveLength(1));
    const { samples } = api.callsTo('addSamples')[0];
    expect(samples.map((s) => s.label)).toEqual(['wedge', 'wedge', 'vee', 'vee', 'vee', 'x']);
    expect(samples.every((s) => s.source === 'sheet' && s.glyph.length === 784)).toBe(true);
    expect(await screen.findByText('Added 6 samples from the sheet')).toBeTruthy();
    expect(screen.queryByTestId('sheet-overview')).toBeNull();
  });
});
