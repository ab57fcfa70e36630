import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tryLock, unlock } from './build-lock';
import { buildSteps, type BuildStep } from './build-steps';
import { runSteps } from './build';

const tsx = path.resolve('node_modules/.bin/tsx');
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'build-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A child process that takes the build lock, logs start and end around a pause, and exits. */
function lockedChild(name: string, lock: string, log: string) {
  const script = path.join(dir, `${name}.mts`); // .mts: an ES module, for its top-level await
  writeFileSync(
    script,
    `import { appendFileSync } from 'node:fs';
import { lockBuild } from ${JSON.stringify(path.resolve('scripts/build-lock.ts'))};
await lockBuild(${JSON.stringify(lock)}, 50);
appendFileSync(${JSON.stringify(log)}, 'start ${name}\\n');
await new Promise((r) => setTimeout(r, 1500));
appendFileSync(${JSON.stringify(log)}, 'end ${name}\\n');
`,
  );
  const child = spawn(tsx, [script], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  return new Promise<string>((resolve) => child.on('exit', () => resolve(out)));
}

describe('two builds at once (scripts/build-lock.ts)', () => {
  it('never interleave: the second waits for the first, says so, then runs', async () => {
    const lock = path.join(dir, '.build.lock');
    const log = path.join(dir, 'log');
    const [a, b] = await Promise.all([lockedChild('a', lock, log), lockedChild('b', lock, log)]);
    const lines = readFileSync(log, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(4);
    // Whichever started first also ended first.
    expect(lines[1]).toBe(lines[0]!.replace('start', 'end'));
    expect(lines[3]).toBe(lines[2]!.replace('start', 'end'));
    expect(`${a}${b}`).toMatch(/another build \(process \d+, started .*\) is running in this folder; waiting/);
    expect(existsSync(lock)).toBe(false);
  }, 60_000);

  it('takes over a lock left by a build that was killed', () => {
    const lock = path.join(dir, '.build.lock');
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    writeFileSync(lock, JSON.stringify({ pid: dead, startedAt: '2026-01-01T00:00:00Z' }));
    expect(tryLock(lock)).toBeUndefined();
    expect(JSON.parse(readFileSync(lock, 'utf8')).pid).toBe(process.pid);
    unlock(lock);
    expect(existsSync(lock)).toBe(false);
  });

  it('refuses a lock held by a living build', () => {
    const lock = path.join(dir, '.build.lock');
    writeFileSync(lock, JSON.stringify({ pid: process.ppid, startedAt: 'now' }));
    expect(tryLock(lock)).toEqual({ pid: process.ppid, startedAt: 'now' });
  });
});

describe('steps skipped by the content of their inputs (scripts/build.ts)', () => {
  const node = (code: string) => [process.execPath, '-e', code];
  function steps(): BuildStep[] {
    const input = path.join(dir, 'input.txt');
    const output = path.join(dir, 'output.txt');
    const runs = path.join(dir, 'runs.txt');
    return [
      {
        name: 'copy',
        cmd: node(`const f=require('fs');f.appendFileSync(${JSON.stringify(runs)},'x');if(f.readFileSync(${JSON.stringify(input)},'utf8').includes('die'))process.kill(process.pid,'SIGKILL');f.copyFileSync(${JSON.stringify(input)},${JSON.stringify(output)})`),
        inputs: [input],
        outputs: [output],
        stage: 'prepare',
      },
      { name: 'site', cmd: node(`require('fs').mkdirSync(process.argv[1]||${JSON.stringify(path.join(dir, 'staging'))},{recursive:true})`), inputs: [], outputs: [], stage: 'site' },
    ];
  }
  const opts = () => ({ full: false, stateFile: path.join(dir, 'state.json'), outDir: path.join(dir, 'out'), staging: path.join(dir, 'staging'), log: () => {} });
  const runs = () => readFileSync(path.join(dir, 'runs.txt'), 'utf8').length;

  it('runs a step once, skips it while its inputs keep their content (whatever their file times), reruns it when they change', () => {
    const input = path.join(dir, 'input.txt');
    writeFileSync(input, 'one');
    expect(runSteps(steps(), opts())).toEqual({ rebuilt: ['copy', 'site'], skipped: [] });
    // A fresh clone: same bytes, new file times.
    utimesSync(input, new Date(), new Date(Date.now() + 60_000));
    expect(runSteps(steps(), opts())).toEqual({ rebuilt: ['site'], skipped: ['copy'] });
    expect(runs()).toBe(1);
    writeFileSync(input, 'two');
    expect(runSteps(steps(), opts()).rebuilt).toContain('copy');
    expect(readFileSync(path.join(dir, 'output.txt'), 'utf8')).toBe('two');
    expect(runSteps(steps(), { ...opts(), full: true }).rebuilt).toContain('copy');
    expect(runs()).toBe(3);
  });

  it('always runs a step that depends on the clock', () => {
    writeFileSync(path.join(dir, 'input.txt'), 'one');
    const clocked = steps().map((s) => (s.name === 'copy' ? { ...s, clock: true as const } : s));
    runSteps(clocked, opts());
    expect(runSteps(clocked, opts()).rebuilt).toContain('copy');
  });

  it('reruns a step whose outputs are gone', () => {
    writeFileSync(path.join(dir, 'input.txt'), 'one');
    runSteps(steps(), opts());
    rmSync(path.join(dir, 'output.txt'));
    expect(runSteps(steps(), opts()).rebuilt).toContain('copy');
  });

  it('after a build killed inside a step, keeps out/ and reruns that step next time', () => {
    const input = path.join(dir, 'input.txt');
    writeFileSync(input, 'one');
    runSteps(steps(), opts());
    writeFileSync(path.join(dir, 'out', 'page.html'), 'previous build');
    writeFileSync(input, 'die');
    expect(runSteps(steps(), opts()).failed).toBe('copy');
    expect(readFileSync(path.join(dir, 'out', 'page.html'), 'utf8')).toBe('previous build');
    // Back to the content of the last good run: the killed run's record must not make it look done.
    writeFileSync(input, 'one');
    expect(runSteps(steps(), opts()).rebuilt).toContain('copy');
  });
});

describe('the declared steps', () => {
  it('are the whole of `npm run build`, each with inputs, and the site steps after the preparing ones', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.build).toBe('tsx scripts/build.ts');
    const all = buildSteps('.out-staging');
    expect(all.map((s) => s.name).slice(0, 6)).toEqual(['content check', 'content compile', 'islands', 'images: social cards and crops', 'images: responsive variants', 'next build']);
    expect(all.findIndex((s) => s.stage === 'site')).toBeGreaterThan(all.findLastIndex((s) => s.stage === 'prepare'));
    for (const s of all) expect(s.inputs.length, s.name).toBeGreaterThan(0);
    // What is published depends on the clock: the steps that choose published articles always run.
    expect(all.filter((s) => s.clock).map((s) => s.name)).toEqual(['content check', 'images: social cards and crops', 'images: responsive variants']);
  });
});
