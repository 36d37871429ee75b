import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectCleanError, REPO, runCliProcess } from './cli-test-support.js';
import { rasteriseStrokes } from '../imaging/rasterise-strokes.js';
import { defaultModelDir } from '../models.js';
import { composeFormula, FORALL_P_IMPLIES_Q } from '../strokes/templates.js';

const hasModel = existsSync(path.join(defaultModelDir(), 'inkform.json'));
if (!hasModel) console.warn('models/default is missing: skipping the recognize CLI tests');

const FORMULA = FORALL_P_IMPLIES_Q;
const recognize = (args: string[]) => runCliProcess('recognition/cli/recognize.ts', args);

describe.skipIf(!hasModel)('npm run recognize', () => {
  let root: string;
  const file = (name: string) => path.join(root, name);

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'inkform-recognize-'));
    const drawing = composeFormula(FORMULA, { seed: 11, height: 80 });
    await writeFile(file('drawing.json'), JSON.stringify(drawing.strokes));
    const ink = rasteriseStrokes(drawing.strokes, { width: 5, margin: 30, size: 1200 });
    await sharp(Buffer.from(ink.data.map((v) => 255 - v)), {
      raw: { width: ink.width, height: ink.height, channels: 1 },
    })
      .png()
      .toFile(file('formula.png'));
    await writeFile(file('empty.png'), '');
    await sharp({ create: { width: 400, height: 300, channels: 3, background: '#f4f4f0' } })
      .png()
      .toFile(file('blank.png'));
    await writeFile(file('paper.png'), '%PDF-1.4\n');
    await writeFile(file('bad.json'), '{"strokes": 1}');
  });

  afterAll(() => rm(root, { recursive: true, force: true }));

  it('prints each format, and JSON with one object per file', async () => {
    const text = await recognize([file('formula.png'), file('drawing.json')]);
    expect(text.code).toBe(0);
    expect(text.stdout.match(/^∀x\(P\(x\)→Q\(x\)\)$/gm)).toHaveLength(2);
    const latex = await recognize([file('drawing.json'), '--format', 'latex']);
    expect(latex.stdout.trim()).toMatch(/^\\forall x/);
    const tptp = await recognize([file('drawing.json'), '--format', 'tptp']);
    expect(tptp.stdout.trim()).toMatch(/^!\[X\]: ?\(p\(X\) => q\(X\)\)$/);
    const json = await recognize([file('formula.png'), file('empty.png'), '--format', 'json']);
    expect(json.code).toBe(1); // empty.png could not be read
    const out = JSON.parse(json.stdout) as {
      file: string;
      lines?: {
        text: string;
        wellFormed: boolean;
        latex: string;
        symbols: Record<string, unknown>[];
      }[];
      error?: string;
    }[];
    expect(out).toHaveLength(2);
    expect(out[0].lines?.[0]).toMatchObject({
      text: '∀x(P(x)→Q(x))',
      wellFormed: true,
      kind: 'formula',
    });
    expect(out[0].lines?.[0].symbols).toHaveLength(FORMULA.length);
    expect(Object.keys(out[0].lines?.[0].symbols[0] ?? {}).sort()).toEqual([
      'alternatives',
      'box',
      'char',
      'confidence',
      'label',
    ]);
    expect(out[1].error).toMatch(/empty/);
  });

  it("writes the writer's parentheses, or the standard ones on request", async () => {
    // ((P(x))) drawn: the redundant pairs come back as written, and go with --parentheses.
    const drawn = composeFormula(
      ['lparen', 'lparen', 'P', 'lparen', 'x', 'rparen', 'rparen', 'rparen'],
      {
        seed: 3,
        height: 80,
      },
    );
    await writeFile(file('parens.json'), JSON.stringify(drawn.strokes));
    const asWritten = await recognize([file('parens.json')]);
    expect(asWritten.stdout.trim()).toBe('((P(x)))');
    const standard = await recognize([file('parens.json'), '--parentheses', 'standard']);
    expect(standard.stdout.trim()).toBe('P(x)');
    expectCleanError(
      await recognize([file('parens.json'), '--parentheses', 'some']),
      2,
      /--parentheses must be one of/,
    );
  });

  it('closes free variables in tptp and prover9, or keeps them as constants, and says which', async () => {
    // P(x)→Q(x): x is free.
    const drawn = composeFormula(FORMULA.slice(3, -1), { seed: 11, height: 80 });
    await writeFile(file('open.json'), JSON.stringify(drawn.strokes));
    const closed = await recognize([file('open.json'), '--format', 'tptp']);
    expect(closed.stdout.trim()).toBe('![X]: (p(X) => q(X))');
    expect(closed.stderr).toContain('line 1: Free variable x: the TPTP export quantifies it');
    const kept = await recognize([
      file('open.json'),
      '--format',
      'prover9',
      '--free-variables',
      'constants',
    ]);
    expect(kept.stdout.trim()).toBe('P(c_x) -> Q(c_x)');
    expect(kept.stderr).toContain('keeps it as the constant c_x');
    expectCleanError(
      await recognize([file('open.json'), '--free-variables', 'skolem']),
      2,
      /--free-variables must be one of/,
    );
  });

  it("keeps the writer's ⊃, or writes the standard → on request, in the exports", async () => {
    const drawn = composeFormula(['P', 'supset', 'Q'], { seed: 11, height: 80 });
    await writeFile(file('supset.json'), JSON.stringify(drawn.strokes));
    const asWritten = await recognize([file('supset.json'), '--format', 'latex']);
    expect(asWritten.stdout.trim()).toBe('P \\supset Q');
    const standard = await recognize([
      file('supset.json'),
      '--format',
      'latex',
      '--notation',
      'standard',
    ]);
    expect(standard.stdout.trim()).toBe('P \\to Q');
    const text = await recognize([file('supset.json'), '--notation', 'standard']);
    expect(text.stdout.trim()).toBe('P→Q');
    expectCleanError(
      await recognize([file('supset.json'), '--notation', 'textbook']),
      2,
      /--notation must be one of as-written, standard, got "textbook"/,
    );
  });

  it('reads every file past bad ones, names each that failed and says so in its exit code', async () => {
    const mixed = await recognize([file('paper.png'), file('drawing.json'), file('missing.png')]);
    expect(mixed.code).toBe(1);
    expect(mixed.stdout).toMatch(/^∀x\(P\(x\)→Q\(x\)\)$/m);
    expect(mixed.stderr).toMatch(/paper\.png: error: .*PDF/);
    expect(mixed.stderr).toMatch(/missing\.png: error: file not found/);
    expect(mixed.stderr).toMatch(/2 of 3 files could not be read/);
    const allBad = await recognize([file('paper.png'), file('bad.json')]);
    expect(allBad.code).toBe(1);
    expect(allBad.stderr).toMatch(/bad\.json: error: strokes must be an array/);
    expect(allBad.stderr).not.toMatch(/\n\s+at /);
    const allGood = await recognize([file('drawing.json'), file('formula.png')]);
    expect(allGood.code).toBe(0);
  });

  it('says when a picture holds no handwriting, naming it', async () => {
    const blank = await recognize([file('blank.png')]);
    expect(blank.code).toBe(0);
    expect(blank.stdout.trim()).toBe('');
    expect(blank.stderr).toMatch(/No handwriting found in “blank\.png”/);
  });

  it('writes the other files of a batch when one holds strokes no pen makes', async () => {
    // Past the point limit, at the ends of the number range: the file that used to end the batch.
    const extreme = Array.from({ length: 11 }, () =>
      Array.from({ length: 20_000 }, (_, i) => [i % 2 ? 1e308 : -1e308, 1e308]),
    );
    await writeFile(file('extreme.json'), JSON.stringify(extreme));
    await writeFile(
      file('far.json'),
      JSON.stringify([
        [
          [-1e308, -1e308],
          [1e308, 1e308],
        ],
      ]),
    );
    const batch = [
      file('drawing.json'),
      file('extreme.json'),
      file('far.json'),
      file('formula.png'),
    ];
    const json = await recognize([...batch, '--format', 'json']);
    expect(json.code).toBe(1);
    const out = JSON.parse(json.stdout) as {
      file: string;
      lines?: { text: string }[];
      error?: string;
    }[];
    expect(out.map((r) => r.file)).toEqual(batch);
    expect(out[0].lines?.[0].text).toBe('∀x(P(x)→Q(x))');
    expect(out[1].error).toMatch(/too many points \(220,000; at most 200,000 in all\)/);
    expect(out[2].lines).toBeDefined();
    expect(out[3].lines?.[0].text).toBe('∀x(P(x)→Q(x))');
    expect(json.stderr).toMatch(/extreme\.json: error: .*too many points/);
    const text = await recognize(batch);
    expect(text.code).toBe(1);
    expect(text.stdout.match(/^∀x\(P\(x\)→Q\(x\)\)$/gm)).toHaveLength(2);
    expect(text.stderr).toMatch(/extreme\.json: error: the drawing has too many points/);
  });

  it('writes each result as soon as it has it', async () => {
    // Stopped once the first result is out, with files still to read: that result is whole.
    const files = Array.from({ length: 12 }, () => file('formula.png'));
    // Node itself rather than npx, so that the kill reaches the process that reads the files.
    const args = ['--import', 'tsx', 'recognition/cli/recognize.ts', ...files, '--format', 'json'];
    const child = spawn(process.execPath, args, { cwd: REPO });
    let stdout = '';
    const firstResult = new Promise<void>((done) =>
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString('utf8');
        if (stdout.includes('\n  }')) done();
      }),
    );
    const exited = new Promise<NodeJS.Signals | null>((done) =>
      child.on('exit', (_code, signal) => done(signal)),
    );
    await firstResult;
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    const first = stdout.slice(stdout.indexOf('{'), stdout.indexOf('\n  }') + 4);
    expect(JSON.parse(first)).toMatchObject({ lines: [{ text: '∀x(P(x)→Q(x))' }] });
  });

  it('shows every option with its default in --help', async () => {
    const help = await recognize(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/--format NAME\s+default: text/);
    expect(help.stdout).toMatch(/--parentheses STYLE\s+default: as-written/);
    expect(help.stdout).toMatch(/--model DIR\s+default: the shipped model/);
    expect(help.stdout).toMatch(/at most 2,000 strokes/);
  });

  it('explains bad arguments', async () => {
    expectCleanError(await recognize([]), 2, /at least one image/);
    expectCleanError(
      await recognize([file('formula.png'), '--format', 'docx']),
      2,
      /--format must be one of/,
    );
    expectCleanError(await recognize([file('formula.png'), '--model', file('nope')]), 1, /nope/);
  });
});
