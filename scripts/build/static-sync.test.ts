import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from './publish';
import { syncPublic } from './static-sync';

let root: string;
let pub: string;
let site: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'static-sync-'));
  pub = path.join(root, 'public');
  site = path.join(root, 'site');
  writeFileAtomic(path.join(pub, 'images/a.jpg'), 'a');
  writeFileAtomic(path.join(pub, 'images/draft.jpg'), 'd');
  writeFileAtomic(path.join(pub, 'logo.png'), 'l');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('syncPublic', () => {
  it('links public/ less the withheld photos, then reports only what changed', () => {
    const first = syncPublic(pub, site, new Set(['/images/draft.jpg']), {});
    expect(Object.keys(first.state)).toEqual(['images/a.jpg', 'logo.png']);
    expect(first.changed).toEqual(['images/a.jpg', 'logo.png']);
    expect(existsSync(path.join(site, 'images/draft.jpg'))).toBe(false);

    expect(syncPublic(pub, site, new Set(['/images/draft.jpg']), first.state).changed).toEqual([]);

    writeFileSync(path.join(pub, 'images/a.jpg.new'), 'a2');
    rmSync(path.join(pub, 'logo.png'));
    const second = syncPublic(pub, site, new Set(), first.state);
    expect(second.changed).toEqual(['images/a.jpg.new', 'images/draft.jpg', 'logo.png']);
    expect(existsSync(path.join(site, 'logo.png'))).toBe(false);
    expect(readFileSync(path.join(site, 'images/draft.jpg'), 'utf8')).toBe('d');
  });

  it('sees a photo overwritten in place, and never changes the site while public/ is written', () => {
    const first = syncPublic(pub, site, new Set(), {});
    writeFileSync(path.join(pub, 'images/a.jpg'), 'A', { flag: 'r+' });
    expect(readFileSync(path.join(site, 'images/a.jpg'), 'utf8')).toBe('a');
    expect(syncPublic(pub, site, new Set(), first.state).changed).toEqual(['images/a.jpg']);
    expect(readFileSync(path.join(site, 'images/a.jpg'), 'utf8')).toBe('A');
  });

  it('copies nothing when only the times changed (a fresh clone)', () => {
    const first = syncPublic(pub, site, new Set(), {});
    const later = new Date(Date.now() + 60_000);
    for (const f of ['images/a.jpg', 'images/draft.jpg', 'logo.png']) utimesSync(path.join(pub, f), later, later);
    expect(syncPublic(pub, site, new Set(), first.state).changed).toEqual([]);
  });
});
