import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../recognition/cli/cli-util.js';
import { LOGIC_USAGE, main } from './logic.js';

/** Runs the CLI in this process and collects what it writes. */
async function run(...args: string[]): Promise<{ status: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const status = await main(args, {
    stdout: (text) => (out += text),
    stderr: (text) => (err += text),
  });
  return { status, out, err };
}

async function file(lines: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'inkform-logic-'));
  const path = join(dir, 'formulas.txt');
  await writeFile(path, lines, 'utf8');
  return path;
}

describe('npm run logic', () => {
  it('prints the transformation asked for', async () => {
    const { status, out } = await run(
      '--text',
      '∀x(P(x)→∃yR(x,y))',
      '--pnf',
      '--skolem',
      '--clauses',
    );
    expect(status).toBe(0);
    expect(out).toContain('pnf: ∀x∃y(P(x)→R(x,y))');
    expect(out).toContain('skolem: ∀x(P(x)→R(x,f(x)))');
    expect(out).toContain('clauses: {¬P(x), R(x,f(x))}');
  });
  it('reports the variables when nothing else is asked', async () => {
    const { out } = await run('--text', '∀xP(x,y)');
    expect(out).toContain('free variables: y');
    expect(out).toContain('sentence: no');
  });
  it('prints a truth table and a verdict', async () => {
    const { out } = await run('--text', 'P→Q', '--truth-table', '--check');
    expect(out).toContain('P | Q | P→Q');
    expect(out).toContain('T | F | F');
    expect(out).toContain('check: contingent');
  });
  it('checks the last line of a file against the others', async () => {
    const follows = await run(await file('P→Q\nP\n\nQ\n'), '--check');
    expect(follows.out).toContain('last line from the others: follows (decided by SAT)');
    const not = await run(await file('∃xP(x)\n∀xP(x)\n'), '--check');
    expect(not.out).toMatch(/does not follow: counter-model with 2 elements: Domain \{1, 2\}/);
  });
  it('writes JSON', async () => {
    const { out } = await run('--text', '(P∧Q)∨R', '--cnf', '--format', 'json');
    const parsed = JSON.parse(out) as { lines: { cnf: string }[] };
    expect(parsed.lines[0].cnf).toBe('(P∨R)∧(Q∨R)');
  });
  it('says which line of which file does not parse, and where', async () => {
    const path = await file('∀xP(x)\nP(\n');
    const { status, err } = await run(path, '--nnf');
    expect(status).toBe(1);
    expect(err).toContain(`${path}, line 2, column 3: this line is not a formula`);
  });
  it('offers --check for a formula too large for a truth table', async () => {
    const { status, err } = await run('--text', 'A∧B∧C∧D∧E∧F∧G∧H∧I∧J∧K∧L∧M', '--truth-table');
    expect(status).toBe(1);
    expect(err).toMatch(/13 atoms.*run with --check instead/);
  });
  it('derives its flags from the transformations and refuses bad arguments', async () => {
    const { out } = await run('--help');
    expect(out).toBe(`${LOGIC_USAGE}\n`);
    for (const flag of [
      '--nnf',
      '--pnf',
      '--skolem',
      '--cnf',
      '--dnf',
      '--clauses',
      '--truth-table',
      '--check',
    ])
      expect(LOGIC_USAGE).toContain(flag);
    await expect(run()).rejects.toThrow(UsageError);
    await expect(run('--text', 'P', '--format', 'xml')).rejects.toThrow(
      /--format must be one of text, json/,
    );
    await expect(run('/no/such/file.txt')).rejects.toThrow(/file not found/);
  });
});
