// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RecognizeImageRequest } from '@services/contract';
import { stubObjectUrls } from './test/object-urls';
import { chooseImage, imageFile, renderApp, type AppHarness } from './test/render-app';

// The photo view needs an object URL for its <img>.
beforeEach(() => stubObjectUrls('blob:inkform/photo'));

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** The photo (the fake reads every picture as 1200×800) imported and read once. */
async function importPhoto(): Promise<AppHarness> {
  const app = renderApp();
  chooseImage(imageFile('tilted.png', 2048));
  await screen.findByTestId('paper-box');
  // Its size is known from the first reading (jsdom never loads the <img>).
  await waitFor(() => expect(tool('Turn right 90°').disabled).toBe(false));
  return app;
}

const tool = (name: string) => screen.getByRole<HTMLButtonElement>('button', { name });

/** The layout part of the newest read request, once there are `count` of them. */
async function lastLayout(app: AppHarness, count: number) {
  await waitFor(() => expect(app.api.callsTo('recognizeImage')).toHaveLength(count), {
    timeout: 2000,
  });
  const request: RecognizeImageRequest = app.api.callsTo('recognizeImage')[count - 1];
  return { adjustment: request.adjustment, lineCuts: request.lineCuts };
}

/** jsdom has no PointerEvent: a MouseEvent with the fields the overlays read. */
function pointer(type: string, x: number, y: number): MouseEvent {
  const event = new MouseEvent(type, { bubbles: true, cancelable: true, clientX: x, clientY: y });
  Object.defineProperty(event, 'pointerId', { value: 1 });
  return event;
}

describe('turning a picture', () => {
  it('turns by quarter turns and a fine angle, shows it turned and reads it again', async () => {
    const app = await importPhoto();
    fireEvent.click(tool('Turn right 90°'));
    expect(await lastLayout(app, 2)).toEqual({
      adjustment: { angle: 90, crop: null },
      lineCuts: undefined,
    });
    // Steps of the fine angle (a slider's arrow keys, a typed number) are read once they stop.
    const angle = screen.getByRole('spinbutton', { name: 'Angle in degrees' });
    fireEvent.change(angle, { target: { value: '-2' } });
    fireEvent.change(angle, { target: { value: '-2.5' } });
    expect((await lastLayout(app, 3)).adjustment).toEqual({ angle: 87.5, crop: null });
    const photo = screen.getByRole('img', { name: 'Imported image tilted.png' });
    expect(photo.style.transform).toBe('rotate(87.5deg)');
    expect(screen.getByRole('slider', { name: 'Straighten (degrees clockwise)' })).toHaveProperty(
      'value',
      '-2.5',
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(app.api.callsTo('recognizeImage')).toHaveLength(3);
  });

  it('hides the boxes of a reading that no longer fits the picture', async () => {
    await importPhoto();
    fireEvent.click(tool('Turn left 90°'));
    // The fake still answers 1200×800, which the turned 800×1200 picture is not.
    await waitFor(() => expect(screen.queryByTestId('paper-box')).toBeNull());
  });

  it('undoes a change, with the button or the shortcut, and resets to the original', async () => {
    const app = await importPhoto();
    fireEvent.click(tool('Turn right 90°'));
    await lastLayout(app, 2);
    fireEvent.click(tool('Undo picture change'));
    expect(await lastLayout(app, 3)).toEqual({ adjustment: undefined, lineCuts: undefined });
    fireEvent.click(tool('Redo picture change'));
    expect((await lastLayout(app, 4)).adjustment).toEqual({ angle: 90, crop: null });
    fireEvent.click(tool('Turn right 90°'));
    await lastLayout(app, 5);
    fireEvent.keyDown(window, { key: 'z', ctrlKey: true });
    expect((await lastLayout(app, 6)).adjustment).toEqual({ angle: 90, crop: null });

    fireEvent.click(tool('Reset'));
    expect(await lastLayout(app, 7)).toEqual({ adjustment: undefined, lineCuts: undefined });
    expect(tool('Reset').disabled).toBe(true);
    // Reset is a step too: undo brings the turn back.
    fireEvent.click(tool('Undo picture change'));
    expect((await lastLayout(app, 8)).adjustment).toEqual({ angle: 90, crop: null });
  });

  it('starts each new picture from its original', async () => {
    const app = await importPhoto();
    fireEvent.click(tool('Turn right 90°'));
    await lastLayout(app, 2);
    chooseImage(imageFile('next.png', 1024));
    expect(await lastLayout(app, 3)).toEqual({ adjustment: undefined, lineCuts: undefined });
    await waitFor(() => expect(tool('Reset').disabled).toBe(true));
  });
});

describe('cropping a picture', () => {
  it('crops from the keyboard: move, resize, apply', async () => {
    const app = await importPhoto();
    fireEvent.click(tool('Crop'));
    const area = screen.getByTestId('crop-area');
    area.focus();
    // The proposal leaves 5% all round; a step is 1% of the side.
    fireEvent.keyDown(area, { key: 'ArrowRight' });
    fireEvent.keyDown(area, { key: 'ArrowUp', shiftKey: true });
    fireEvent.keyDown(area, { key: 'Enter' });
    expect((await lastLayout(app, 2)).adjustment).toEqual({
      angle: 0,
      crop: { x: 72, y: 40, width: 1080, height: 712 },
    });
    expect(screen.queryByTestId('crop-overlay')).toBeNull();
  });

  it('leaves the picture as it was when the crop is cancelled', async () => {
    const app = await importPhoto();
    fireEvent.click(tool('Crop'));
    fireEvent.keyDown(screen.getByTestId('crop-area'), { key: 'Escape' });
    expect(screen.queryByTestId('crop-overlay')).toBeNull();
    fireEvent.click(tool('Crop'));
    fireEvent.click(
      within(screen.getByTestId('image-view')).getByRole('button', { name: 'Cancel' }),
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(app.api.callsTo('recognizeImage')).toHaveLength(1);
  });
});

describe('separating lines', () => {
  it('adds a separator from the keyboard, moves it with the arrow keys and removes it', async () => {
    const app = await importPhoto();
    fireEvent.click(tool('Add separator'));
    const separator = screen.getByRole('slider', { name: 'Line separator 1' });
    await waitFor(() => expect(document.activeElement).toBe(separator));
    expect((await lastLayout(app, 2)).lineCuts).toEqual([{ x0: 0, y0: 400, x1: 1200, y1: 400 }]);
    fireEvent.keyDown(separator, { key: 'ArrowDown' });
    fireEvent.keyDown(separator, { key: 'ArrowDown' });
    expect((await lastLayout(app, 3)).lineCuts).toEqual([{ x0: 0, y0: 416, x1: 1200, y1: 416 }]);
    expect(separator.getAttribute('aria-valuenow')).toBe('416');
    fireEvent.keyDown(separator, { key: 'Delete' });
    expect((await lastLayout(app, 4)).lineCuts).toBeUndefined();
    expect(screen.queryByRole('slider', { name: 'Line separator 1' })).toBeNull();
  });

  it('draws a separator where the pointer drags across the picture', async () => {
    const app = await importPhoto();
    fireEvent.click(tool('Draw line separators'));
    const overlay = screen.getByTestId('line-cuts');
    // Shown at half size: 600×400 on screen for 1200×800 pixels.
    vi.spyOn(overlay, 'getBoundingClientRect').mockReturnValue(
      DOMRect.fromRect({ width: 600, height: 400 }),
    );
    fireEvent(overlay, pointer('pointerdown', 10, 100));
    fireEvent(overlay, pointer('pointermove', 300, 105));
    fireEvent(overlay, pointer('pointerup', 590, 110));
    expect((await lastLayout(app, 2)).lineCuts).toEqual([{ x0: 20, y0: 200, x1: 1180, y1: 220 }]);
  });

  it('keeps separators on their ink when the picture is turned afterwards', async () => {
    const app = await importPhoto();
    fireEvent.click(tool('Add separator'));
    await lastLayout(app, 2);
    fireEvent.click(tool('Turn right 90°'));
    // The level line at 400 of 800 becomes an upright one at 400 of the 800-wide turned picture.
    expect(await lastLayout(app, 3)).toEqual({
      adjustment: { angle: 90, crop: null },
      lineCuts: [{ x0: 400, y0: 0, x1: 400, y1: 1200 }],
    });
  });
});
