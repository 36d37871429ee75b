// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IMAGE_PROBLEMS } from '@recognition';
import { ApiError, LIMITS } from '@services/contract';
import { FAKE_IMAGE_RESULT } from './test/fake-api';
import { stubObjectUrls } from './test/object-urls';
import { chooseImage, imageFile, renderApp } from './test/render-app';

// The photo view needs an object URL for its <img>.
beforeEach(() => stubObjectUrls('blob:inkform/photo'));

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('image import', () => {
  it('refuses an empty file in the page, without calling the back end', async () => {
    const { api } = renderApp();
    chooseImage(imageFile('empty.png', 0));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('“empty.png” is empty');
    expect(api.callsTo('recognizeImage')).toHaveLength(0);
  });

  it('refuses a file over the size limit before reading it', async () => {
    const { api } = renderApp();
    const huge = imageFile('huge.png', 4);
    Object.defineProperty(huge, 'size', { value: LIMITS.maxImageBytes + 1 });
    chooseImage(huge);
    expect((await screen.findByRole('alert')).textContent).toContain('up to 64 MB');
    expect(api.callsTo('recognizeImage')).toHaveLength(0);
  });

  it('reads a chosen photo and shows it with paper, line and symbol boxes', async () => {
    const { api } = renderApp();
    chooseImage(imageFile('board.png', 2048));
    const view = await screen.findByTestId('image-view');
    expect(screen.getByRole('tab', { name: 'Image' }).getAttribute('aria-selected')).toBe('true');
    await screen.findByTestId('paper-box');
    const [request] = api.callsTo('recognizeImage');
    expect(request.name).toBe('board.png');
    expect(request.bytes).toHaveLength(2048);
    // The <img> gets its object URL in an effect: wait for it rather than assume it came with the boxes.
    expect(
      await within(view).findByRole('img', { name: 'Imported image board.png' }),
    ).toHaveProperty('src', 'blob:inkform/photo');
    expect(screen.getByTestId('image-line-0')).toBeTruthy();
    expect(screen.getByTestId('image-line-1')).toBeTruthy();
    expect(screen.getByTestId('box-1-0')).toBeTruthy();
    expect(screen.getByTestId('line-text-1').textContent).toBe('∃y(R(y)∧¬S(y))');
    expect(screen.getByTestId('recognition-status').dataset.state).toBe('idle');
  });

  it('shows the back end’s error in a dismissible alert and stays usable', async () => {
    const { api } = renderApp();
    api.failNext(
      'recognizeImage',
      new ApiError('bad-input', IMAGE_PROBLEMS.otherFormat('“scan.png”', 'PDF')),
    );
    chooseImage(imageFile('scan.png', 512));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('“scan.png” is a PDF file');
    expect(screen.getByTestId('recognition-status').dataset.state).toBe('error');
    expect(screen.queryByTestId('image-view')).toBeNull();

    fireEvent.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
    chooseImage(imageFile('good.png', 512));
    await screen.findByTestId('paper-box');
  });

  it('says so when a picture holds no handwriting, instead of staying silent', async () => {
    const blank = { ...FAKE_IMAGE_RESULT, lines: [], paper: null };
    renderApp({ imageResult: blank });
    chooseImage(imageFile('blank.png', 256));
    const results = screen.getByRole('complementary', { name: 'Results' });
    await within(results).findByText('No handwriting found in “blank.png”.');
    const toast = document.querySelector('.notice-status-region');
    expect(toast?.textContent).toBe('No handwriting found in “blank.png”.');
    expect(screen.getByTestId('recognition-status').dataset.state).toBe('idle');
  });

  it('does not claim an empty picture before it has been read', async () => {
    renderApp({ imageResult: FAKE_IMAGE_RESULT });
    chooseImage(imageFile('board.png', 256));
    await screen.findByTestId('paper-box');
    expect(screen.queryByText(/No handwriting found/)).toBeNull();
  });

  it('opens the image the dialog returns', async () => {
    const { api } = renderApp({
      openImage: {
        name: 'photo.jpg',
        bytes: new Uint8Array([0xff, 0xd8, 0xff]),
        path: '/p/photo.jpg',
      },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Open image…' }));
    await screen.findByTestId('paper-box');
    expect(api.callsTo('openImage')).toHaveLength(1);
    expect(api.callsTo('recognizeImage')[0].name).toBe('photo.jpg');
  });

  it('takes a dropped image file', async () => {
    const { api } = renderApp();
    const file = imageFile('dropped.png', 100);
    fireEvent.dragEnter(window, { dataTransfer: { types: ['Files'], files: [file] } });
    fireEvent.drop(window, { dataTransfer: { types: ['Files'], files: [file] } });
    await waitFor(() => expect(api.callsTo('recognizeImage')).toHaveLength(1));
    expect(api.callsTo('recognizeImage')[0].name).toBe('dropped.png');
  });

  it('takes a pasted image', async () => {
    const { api } = renderApp();
    const file = imageFile('image.png', 100);
    const paste = new Event('paste', { bubbles: true, cancelable: true });
    Object.defineProperty(paste, 'clipboardData', {
      value: { items: [{ kind: 'file', type: 'image/png', getAsFile: () => file }] },
    });
    window.dispatchEvent(paste);
    await waitFor(() => expect(api.callsTo('recognizeImage')).toHaveLength(1));
    expect(paste.defaultPrevented).toBe(true);
  });

  it('reads the image again with the model the user picks', async () => {
    const { api } = renderApp();
    chooseImage(imageFile('board.png', 64));
    await screen.findByTestId('paper-box');
    const picker = await screen.findByRole('combobox', { name: 'Model' });
    await waitFor(() => expect(within(picker).getAllByRole('option')).toHaveLength(2));
    expect(within(picker).getByRole('option', { name: 'My Rprop model — 80.1%' })).toBeTruthy();
    fireEvent.change(picker, { target: { value: 'my-rprop' } });
    await waitFor(() => expect(api.callsTo('recognizeImage')).toHaveLength(2));
    expect(api.callsTo('setActiveModel')).toEqual([{ id: 'my-rprop' }]);
    expect((picker as HTMLSelectElement).value).toBe('my-rprop');
  });
});
