import { describe, expect, it } from 'vitest';
import {
  ASAR_BUDGET,
  checkWeight,
  describeWeight,
  FIRST_SCREEN_SCRIPT_BUDGET,
  firstScreenScripts,
} from './weight.js';

/** The head Vite writes for a page whose entry statically imports one shared chunk. */
const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <script type="module" crossorigin src="./assets/index-K2Mvcpuj.js"></script>
    <link rel="modulepreload" crossorigin href="./assets/vendor-AbC.js">
    <link rel="stylesheet" crossorigin href="./assets/index-DQB8o13I.css">
    <link rel="icon" href="./icon.png">
  </head>
  <body><div id="root"></div><script>window.x = 1;</script></body>
</html>`;

describe('first screen scripts', () => {
  it('are the module entry and the chunks it preloads, not stylesheets or inline scripts', () => {
    expect(firstScreenScripts(PAGE)).toEqual([
      './assets/index-K2Mvcpuj.js',
      './assets/vendor-AbC.js',
    ]);
  });

  it('leave out classic scripts with a src, which Vite never writes for the app', () => {
    expect(firstScreenScripts('<script src="./legacy.js"></script>')).toEqual([]);
  });
});

describe('weight budgets', () => {
  const light = { firstScreenScriptBytes: 330_645, asarFiles: 268, asarBytes: 7_900_000 };

  it('pass a page and archive under both budgets, and print both sizes', () => {
    expect(checkWeight(light)).toEqual([]);
    const [page, asar] = describeWeight(light);
    expect(page).toMatch(/first screen: 330\.6 kB of script \(budget 600\.0 kB\)/);
    expect(asar).toMatch(/app\.asar: +268 files, 7\.5 MB \(budget 43\.0 MB\)/);
  });

  it('fail each budget exceeded, by a byte', () => {
    const heavyPage = { ...light, firstScreenScriptBytes: FIRST_SCREEN_SCRIPT_BUDGET + 1 };
    expect(checkWeight(heavyPage).join()).toMatch(/first screen loads 600\.0 kB/);
    expect(checkWeight({ ...light, firstScreenScriptBytes: FIRST_SCREEN_SCRIPT_BUDGET })).toEqual(
      [],
    );
    const heavyAsar = { ...light, asarBytes: ASAR_BUDGET + 1 };
    expect(checkWeight(heavyAsar)).toHaveLength(1);
    expect(checkWeight(heavyAsar)[0]).toMatch(/app\.asar weighs 43\.0 MB/);
  });
});
