import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../check-content';

const FIXTURES = path.resolve(import.meta.dirname, '../../../tests/fixtures');
const dirs: string[] = [];

/** The valid fixture site in a temp folder, with the given stray files added under content/. */
function checkWith(files: string[]) {
  const root = mkdtempSync(path.join(tmpdir(), 'standfirst-unknown-'));
  dirs.push(root);
  cpSync(path.join(FIXTURES, 'site'), root, { recursive: true });
  for (const f of files) {
    const full = path.join(root, 'content', f);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, '---\ntitle: x\n---\n');
  }
  const report = checkContent({ contentDir: path.join(root, 'content'), publicDir: path.join(root, 'public'), rootDir: root });
  return report.problems.filter((p) => p.message.endsWith('so it would not be published'));
}

afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('files under content/ that would not be published', () => {
  it('names each one with the fix for its kind', () => {
    const problems = checkWith(['articles/notes.md', 'sections/world.yml', 'articles/2026/nested.mdx', 'stray.txt']);
    const byFile = new Map(problems.map((p) => [p.file, p]));
    expect(byFile.get('content/articles/notes.md')?.fix).toBe('rename it to notes.mdx');
    expect(byFile.get('content/sections/world.yml')?.fix).toBe('rename it to world.yaml');
    expect(byFile.get('content/articles/2026/nested.mdx')?.fix).toBe('move it directly into content/articles/ (no sub-folders)');
    expect(byFile.get('content/stray.txt')?.fix).toMatch(/^move it out of content\//);
    for (const p of problems) {
      expect(p).toMatchObject({ severity: 'error', line: 1, column: 1, message: 'is not an article, author or section file, so it would not be published' });
    }
    expect(problems).toHaveLength(4);
  });
  it('leaves articles, authors, sections and magazine issues alone', () => {
    expect(checkWith(['magazine/2026-01.yaml']).map((p) => p.file)).toEqual([]);
  });
});
