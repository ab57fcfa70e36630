import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listFiles, publishAll, publishChanges, recoverPublish, writeFileAtomic } from './publish';

let root: string;
let site: string;
let out: string;
let journal: string;
const read = (dir: string) => Object.fromEntries(listFiles(dir).map((f) => [f, readFileSync(path.join(dir, f), 'utf8')]));

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'publish-'));
  site = path.join(root, 'site');
  out = path.join(root, 'out');
  journal = path.join(root, 'journal.json');
  for (const [f, text] of Object.entries({ 'index.html': 'home', 'articles/a.html': 'A', 'articles/b.html': 'B' })) writeFileAtomic(path.join(site, f), text);
  publishAll(site, out);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('publishing the site folder to out/', () => {
  it('publishes a whole folder', () => {
    expect(read(out)).toEqual({ 'articles/a.html': 'A', 'articles/b.html': 'B', 'index.html': 'home' });
  });

  it('never changes out/ while the site folder is written, only when the changes are published', () => {
    writeFileAtomic(path.join(site, 'articles/a.html'), 'A2');
    writeFileAtomic(path.join(site, 'articles/c.html'), 'C');
    rmSync(path.join(site, 'articles/b.html'));
    expect(read(out)).toEqual({ 'articles/a.html': 'A', 'articles/b.html': 'B', 'index.html': 'home' });
    const inode = statSync(path.join(out, 'index.html')).ino;
    publishChanges(site, out, ['articles/a.html', 'articles/b.html', 'articles/c.html'], journal);
    expect(read(out)).toEqual(read(site));
    expect(statSync(path.join(out, 'index.html')).ino).toBe(inode);
    expect(existsSync(journal)).toBe(false);
  });

  it('removes folders a deletion leaves empty', () => {
    writeFileAtomic(path.join(site, 'tags/x/page/1.html'), 'x');
    publishChanges(site, out, ['tags/x/page/1.html'], journal);
    rmSync(path.join(site, 'tags'), { recursive: true });
    publishChanges(site, out, ['tags/x/page/1.html'], journal);
    expect(existsSync(path.join(out, 'tags'))).toBe(false);
  });

  it('finishes a publish that a killed build left halfway', () => {
    writeFileAtomic(path.join(site, 'articles/a.html'), 'A2');
    writeFileAtomic(path.join(site, 'articles/c.html'), 'C');
    // As if killed after writing the journal and applying its first entry only.
    writeFileSync(journal, JSON.stringify({ siteDir: site, outDir: out, changed: ['articles/a.html', 'articles/c.html'] }));
    publishChanges(site, out, ['articles/a.html'], path.join(root, 'other-journal.json'));
    expect(read(out)['articles/c.html']).toBeUndefined();
    expect(recoverPublish(journal)).toBe(true);
    expect(read(out)).toEqual(read(site));
    expect(recoverPublish(journal)).toBe(false);
  });

  it('a full publish replaces out/ whole, keeping nothing that the site no longer has', () => {
    mkdirSync(path.join(out, 'stale'), { recursive: true });
    writeFileSync(path.join(out, 'stale/x.html'), 'x');
    publishAll(site, out);
    expect(read(out)).toEqual(read(site));
    expect(existsSync(`${out}.previous`)).toBe(false);
  });
});
