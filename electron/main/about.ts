/** Where Help → Project Page leads. */
export const PROJECT_URL = 'https://github.com/inkform/inkform';

export interface AboutInfo {
  readonly appName: string;
  readonly version: string;
  readonly versions: Readonly<Partial<Record<'electron' | 'chrome' | 'node', string>>>;
}

export function aboutText({ appName, version, versions }: AboutInfo): {
  message: string;
  detail: string;
} {
  return {
    message: `${appName} ${version}`,
    detail: [
      'Turns handwritten first-order-logic formulas into editable text.',
      '',
      `Electron ${versions.electron ?? '?'} · Chromium ${versions.chrome ?? '?'} · Node.js ${versions.node ?? '?'}`,
      'MIT licence',
      PROJECT_URL,
    ].join('\n'),
  };
}
