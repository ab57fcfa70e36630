// One build at a time per checkout: `npm run build` writes shared folders (.contentlayer,
// public/, .next, the staging folder, out/), so two builds at once would interleave their
// writes. The second build waits for the first, then runs on its own (its content is read
// only once it holds the lock, so nothing it was asked to publish is lost).
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';

export const LOCK_FILE = '.build.lock';

type Holder = { pid: number; startedAt: string };

function readHolder(file: string): Holder | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Holder;
  } catch {
    return undefined; // gone, or written halfway by a holder that was killed at that instant
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the lock if free (or left by a dead process); returns the living holder otherwise. */
export function tryLock(file = LOCK_FILE): Holder | undefined {
  for (;;) {
    try {
      const fd = openSync(file, 'wx'); // atomic: exactly one process creates the file
      writeSync(fd, JSON.stringify({ pid: process.pid, startedAt: new Date().toISOString() } satisfies Holder));
      closeSync(fd);
      return undefined;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const holder = readHolder(file);
    if (holder && alive(holder.pid)) return holder;
    // A killed build leaves its lock behind: a lock whose process is gone is free.
    if (!holder) {
      // Possibly being written this instant: look again before calling it stale.
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
      const again = readHolder(file);
      if (again && alive(again.pid)) return again;
      if (!again) rmSync(file, { force: true });
      continue;
    }
    // Remove it only if it is still the dead holder's (another waiter may have replaced it).
    if (readHolder(file)?.pid === holder.pid) rmSync(file, { force: true });
  }
}

export function unlock(file = LOCK_FILE): void {
  if (readHolder(file)?.pid === process.pid) rmSync(file, { force: true });
}

/** Waits until this process holds the lock, saying once who it is waiting for. Released on exit. */
export async function lockBuild(file = LOCK_FILE, pollMs = 1000): Promise<void> {
  let told = false;
  for (let holder = tryLock(file); holder; holder = tryLock(file)) {
    if (!told) console.log(`build: another build (process ${holder.pid}, started ${holder.startedAt}) is running in this folder; waiting for it to finish…`);
    told = true;
    await new Promise((r) => setTimeout(r, pollMs));
  }
  process.on('exit', () => unlock(file));
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      unlock(file);
      process.exit(128 + (signal === 'SIGINT' ? 2 : signal === 'SIGTERM' ? 15 : 1));
    });
  }
}
