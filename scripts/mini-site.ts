// Test helper: a copy of tests/fixtures/mini-site in a scratch folder, with its hosting files written and served.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { writeHosting } from './hosting';
import { createStaticServer } from './static-server';

export function copyMiniSite(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'standfirst-mini-'));
  cpSync(path.resolve(import.meta.dirname, '../tests/fixtures/mini-site'), dir, { recursive: true });
  return dir;
}

/** Serves a fresh copy of the mini site with its _headers; close() stops the server and removes the copy. */
export async function serveMiniSite(): Promise<{ dir: string; base: string; close: () => void }> {
  const dir = copyMiniSite();
  writeHosting(dir);
  const server = createStaticServer(dir).listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  return {
    dir,
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => {
      server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** For a test file: serves the mini site for all its tests; read `.current` inside a test. */
export function servedMiniSite(): { current: Awaited<ReturnType<typeof serveMiniSite>> } {
  const ref = {} as { current: Awaited<ReturnType<typeof serveMiniSite>> };
  beforeAll(async () => {
    ref.current = await serveMiniSite();
  });
  afterAll(() => ref.current.close());
  return ref;
}
