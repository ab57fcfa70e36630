import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { checkContent } from '../check-content';
import type { Problem } from '../problems';

// For the document rules' tests: a broken fixture (one defect in a whole file) checked inside
// a copy of the valid fixture site, as an editor's mistake would be.

const FIXTURES = path.resolve(import.meta.dirname, '../../../tests/fixtures');

function fixtureNames(folder: string): string[] {
  return readdirSync(path.join(FIXTURES, folder)).sort();
}

/** The errors of the fixture site with `name` from tests/fixtures/<folder> added to content/<into>. */
function errorsWithFixture(folder: string, name: string, into: 'authors' | 'sections'): Problem[] {
  const root = mkdtempSync(path.join(tmpdir(), 'standfirst-rule-'));
  try {
    cpSync(path.join(FIXTURES, 'site'), root, { recursive: true });
    cpSync(path.join(FIXTURES, folder, name), path.join(root, 'content', into, name));
    const report = checkContent({ contentDir: path.join(root, 'content'), publicDir: path.join(root, 'public'), rootDir: root });
    return report.problems.filter((p) => p.severity === 'error');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

export type BrokenCase = [fixture: string, field: string, message: RegExp];

/** One test per fixture of tests/fixtures/<folder> (each must have a case): its error, and no error elsewhere. */
export function brokenFixtureTests(folder: string, into: 'authors' | 'sections', cases: readonly BrokenCase[]): void {
  it(`has a case for every fixture in tests/fixtures/${folder}`, () => {
    expect(fixtureNames(folder)).toEqual(cases.map(([f]) => f));
  });
  it.each(cases)('reports %s in that file only', (fixture, field, message) => {
    const errors = errorsWithFixture(folder, fixture, into);
    expect(errors.every((p) => p.file === `content/${into}/${fixture}`), JSON.stringify(errors)).toBe(true);
    expect(errors.some((p) => p.field === field && message.test(p.message)), JSON.stringify(errors)).toBe(true);
  });
}
