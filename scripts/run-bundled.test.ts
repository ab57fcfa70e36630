import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The launcher behind `npm run content:check`: a cached bundle must never run stale code.
const launcher = path.resolve('scripts/run-bundled.mjs');
const dir = mkdtempSync(path.join(tmpdir(), 'run-bundled-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(file: string, text: string) {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
}
function run(...args: string[]) {
  const r = spawnSync(process.execPath, [launcher, 'tool/main.ts', ...args], { cwd: dir, encoding: 'utf8' });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as { word: string; args: string[]; hash: string };
}

describe('run-bundled', () => {
  write('package-lock.json', '{}');
  write('tool/word.ts', "export const word: string = 'first';\n");
  write('tool/main.ts', "import { word } from './word';\nconsole.log(JSON.stringify({ word, args: process.argv.slice(2), hash: process.env.STANDFIRST_BUNDLE_HASH }));\n");

  it('runs a TypeScript script with its arguments', () => {
    expect(run('--json', 'x')).toMatchObject({ word: 'first', args: ['--json', 'x'] });
  });

  it('reuses the bundle while no source changed', () => {
    expect(run().hash).toBe(run().hash);
  });

  it('rebuilds when an imported file changes, and the hash that keys caches changes with it', () => {
    const before = run().hash;
    write('tool/word.ts', "export const word: string = 'second';\n");
    const after = run();
    expect(after.word).toBe('second');
    expect(after.hash).not.toBe(before);
  });
});
