import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { countPublication } from './scale-check';

const at = new Date('2026-06-01T12:00:00Z');
let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function write(file: string, text: string | Buffer) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/** A built site in miniature: two published articles, a draft and a scheduled one, every index complete. */
function site(): { root: string; out: string } {
  dir = mkdtempSync(path.join(tmpdir(), 'scale-check-'));
  const root = dir;
  const out = path.join(root, 'out');
  const article = (slug: string, date: string, extra = '') => write(path.join(root, 'content/articles', `${slug}.mdx`), `---\ntitle: "T"\ndate: ${date}\n${extra}---\n\nBody.\n`);
  article('alpha', '2026-01-02');
  article('beta', '2026-03-04');
  article('gamma-draft', '2026-02-02', 'draft: true\n');
  article('delta-later', '2027-01-01');
  for (const slug of ['alpha', 'beta']) write(path.join(out, 'articles', `${slug}.html`), '<html></html>');
  write(path.join(out, 'sitemap.xml'), '<urlset><url><loc>https://x.example/</loc></url><url><loc>https://x.example/articles/alpha</loc></url><url><loc>https://x.example/articles/beta</loc></url></urlset>');
  write(path.join(out, 'archive.html'), '<html><body><nav><a href="/articles/alpha">x</a></nav><main><a href="/articles/alpha">A</a><a href="/articles/beta">B</a><a href="/sections/x">S</a></main></body></html>');
  ['alpha', 'beta'].forEach((slug, i) => write(path.join(out, 'pagefind/fragment', `en_${i}.pf_fragment`), gzipSync(`pagefind_dcd${JSON.stringify({ url: `/articles/${slug}` })}`)));
  return { root, out };
}

describe('countPublication', () => {
  it('counts published articles from the content files and finds each of them four times', () => {
    const { root, out } = site();
    const c = countPublication(root, out, at);
    expect(c).toMatchObject({ published: 2, pages: 2, sitemap: 2, archive: 2, search: 2, ok: true, problems: [] });
  });

  it('names the article missing from the search index', () => {
    const { root, out } = site();
    rmSync(path.join(out, 'pagefind/fragment/en_1.pf_fragment'));
    const c = countPublication(root, out, at);
    expect(c.ok).toBe(false);
    expect(c.search).toBe(1);
    expect(c.problems.join('\n')).toMatch(/search index: 1 published article\(s\) missing, e\.g\. beta/);
  });

  it('catches a page for an article that is not published (a leaked draft)', () => {
    const { root, out } = site();
    write(path.join(out, 'articles/gamma-draft.html'), '<html></html>');
    const c = countPublication(root, out, at);
    expect(c.ok).toBe(false);
    expect(c.problems.join('\n')).toMatch(/article pages: 1 article\(s\) that are not published, e\.g\. gamma-draft/);
  });

  it('catches an article missing from the archive even when the sitemap is complete', () => {
    const { root, out } = site();
    write(path.join(out, 'archive.html'), '<html><body><main><a href="/articles/alpha">A</a></main></body></html>');
    const c = countPublication(root, out, at);
    expect(c.archive).toBe(1);
    expect(c.problems).toEqual([expect.stringMatching(/^archive: 1 published article\(s\) missing, e\.g\. beta/)]);
  });

  it('counts an article published later once its date has passed', () => {
    const { root, out } = site();
    const c = countPublication(root, out, new Date('2027-02-01T00:00:00Z'));
    expect(c.published).toBe(3);
    expect(c.problems.join('\n')).toMatch(/delta-later/);
  });
});
