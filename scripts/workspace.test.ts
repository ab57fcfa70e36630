import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeWorkspace, runStep } from './workspace';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function write(file: string, text: string) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/** The project as unpacked from a release archive: source files and build leftovers, no .git. */
function plainCopy(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'workspace-plain-'));
  made.push(dir);
  const files: Record<string, string> = {
    'package.json': '{"name":"x"}',
    '.gitignore': '# built\nout/\n*.tsbuildinfo\n/public/og/\n',
    'lib/site.ts': 'export const site = 1;',
    'app/page.tsx': 'export default 1;',
    'public/logo.svg': '<svg/>',
    'public/og/a.png': 'generated',
    'out/index.html': 'built',
    '.next/cache/x': 'built',
    '.contentlayer/generated/index.mjs': 'built',
    'tsconfig.tsbuildinfo': 'built',
    'content/articles/a.mdx': 'real content',
    'node_modules/pkg/index.js': 'module.exports = 1;',
  };
  for (const [file, text] of Object.entries(files)) write(path.join(dir, file), text);
  return dir;
}

describe('makeWorkspace', () => {
  it('copies the source files from a plain folder with no .git, without built output or content', () => {
    const repo = plainCopy();
    const ws = makeWorkspace(repo);
    made.push(ws);
    expect(readFileSync(path.join(ws, 'lib/site.ts'), 'utf8')).toBe('export const site = 1;');
    expect(existsSync(path.join(ws, 'app/page.tsx'))).toBe(true);
    expect(existsSync(path.join(ws, 'public/logo.svg'))).toBe(true);
    expect(existsSync(path.join(ws, 'node_modules/pkg/index.js'))).toBe(true);
    for (const left of ['out', '.next', '.contentlayer', 'public/og', 'tsconfig.tsbuildinfo', 'content']) expect(existsSync(path.join(ws, left)), left).toBe(false);
  });

  it('says what is wrong when the folder holds no project', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'workspace-empty-'));
    made.push(dir);
    expect(() => makeWorkspace(dir)).toThrow(/no package\.json/);
  });
});

describe('runStep', () => {
  it("puts a failing command's stderr and exit code in the error", () => {
    expect(() => runStep('node', ['-e', 'console.log("compiling"); console.error("Type error in lib/site.ts:3"); process.exit(2)'])).toThrow(
      /exited with code 2[\s\S]*compiling[\s\S]*Type error in lib\/site\.ts:3/,
    );
  });

  it('returns the output of a step that succeeds', () => {
    expect(runStep('node', ['-e', 'console.log("done")'])).toBe('done\n');
  });
});
