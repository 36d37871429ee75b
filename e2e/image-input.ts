import type { Page } from 'playwright-core';

/** Chooses a PNG in the workspace's file input, as the user does with Open image. */
export async function choosePng(page: Page, name: string, buffer: Buffer): Promise<void> {
  await page.getByTestId('image-input').setInputFiles({ name, mimeType: 'image/png', buffer });
}
