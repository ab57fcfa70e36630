import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildAndSwap, siteSteps, type Step } from './build-site';

// The build writes into a staging folder and only a complete build replaces out/.
let root = '';
let out = '';
let staging = '';
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'standfirst-swap-'));
  out = path.join(root, 'out');
  staging = path.join(root, '.out-staging');
  mkdirSync(out);
  writeFileSync(path.join(out, 'index.html'), 'previous build');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const node = (name: string, code: string): Step => ({ name, cmd: [process.execPath, '-e', code] });
const writePage = (text: string) =>
  node('export', `const fs=require('fs');fs.mkdirSync(${JSON.stringify(staging)},{recursive:true});fs.writeFileSync(${JSON.stringify(path.join(staging, 'index.html'))},${JSON.stringify(text)})`);

describe('build into staging, then swap (scripts/build-site.ts)', () => {
  it('a step that fails midway leaves the previous out/ untouched and removes the half-built staging folder', () => {
    const failed = buildAndSwap(out, staging, [writePage('half'), node('post-build', 'process.exit(3)')]);
    expect(failed).toBe('post-build');
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('previous build');
    expect(existsSync(staging)).toBe(false);
  });

  it('a build killed by a signal counts as failed', () => {
    const failed = buildAndSwap(out, staging, [writePage('half'), node('next build', "process.kill(process.pid, 'SIGTERM')")]);
    expect(failed).toBe('next build');
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('previous build');
  });

  it('a complete build replaces out/ whole', () => {
    writeFileSync(path.join(out, 'stale.html'), 'gone after the swap');
    expect(buildAndSwap(out, staging, [writePage('new build')])).toBeUndefined();
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('new build');
    expect(existsSync(path.join(out, 'stale.html'))).toBe(false);
    expect(existsSync(staging)).toBe(false);
  });

  it('repairs a crash between the two renames of an earlier swap', () => {
    rmSync(out, { recursive: true });
    mkdirSync(`${out}.previous`);
    writeFileSync(path.join(`${out}.previous`, 'index.html'), 'previous build');
    expect(buildAndSwap(out, staging, [node('next build', 'process.exit(1)')])).toBe('next build');
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('previous build');
  });

  it('every step of the real build works in the staging folder, never in out/', () => {
    for (const step of siteSteps('.out-staging')) {
      expect(step.cmd.join(' ').includes(' out') || step.cmd.includes('out'), step.name).toBe(false);
    }
    expect(siteSteps('.out-staging')[0]!.env).toMatchObject({ STANDFIRST_EXPORT_DIR: '.out-staging' });
  });
});
