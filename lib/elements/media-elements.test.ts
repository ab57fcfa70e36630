import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../validation/check-content';

const FIXTURES = path.resolve(import.meta.dirname, '../../tests/fixtures');
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function siteWith(name: string, source: string) {
  const root = mkdtempSync(path.join(tmpdir(), 'standfirst-media-'));
  dirs.push(root);
  cpSync(path.join(FIXTURES, 'site'), root, { recursive: true });
  writeFileSync(path.join(root, 'content/articles', name), source);
  return { root, check: () => errors(checkContent({ contentDir: path.join(root, 'content'), publicDir: path.join(root, 'public'), rootDir: root })) };
}

// The fixture reuses the fixture site's photos, which is a warning, not an error.
function errors(report: ReturnType<typeof checkContent>) {
  return { problems: report.problems.filter((p) => p.severity === 'error') };
}

const valid = readFileSync(path.join(FIXTURES, 'media/valid-media.mdx'), 'utf8');

describe('chart, map, video and audio in the content check', () => {
  it('accepts every element written as the contract writes it', () => {
    expect(siteWith('valid-media.mdx', valid).check().problems).toEqual([]);
  });

  it('names the line and column of the element, and of the <Place> for a place’s error', () => {
    const source = valid.replace('lat="33.51" lon="36.29"', 'lat="33.51" lon="236.29"').replace('y="imports_gwh" unit', 'y="exports" unit');
    const problems = siteWith('m.mdx', source).check().problems;
    const lines = source.split('\n');
    const chart = problems.find((p) => p.field === '<Chart> y');
    expect(chart?.message).toBe('column "exports" is not in /data/fixture.csv');
    expect(chart?.fix).toBe('use one of: year, imports_gwh');
    // At the attribute itself: the framework reports each attribute at its own line and column.
    expect(lines[chart!.line - 1]!.slice(chart!.column - 1)).toMatch(/^data="\/data\/fixture\.csv"/);
    const place = problems.find((p) => p.field === '<Place> lon');
    expect(lines[place!.line - 1]!.slice(place!.column - 1)).toMatch(/^lon="236\.29"/);
  });

  it('checks the files again when only a file changed (never from the body cache)', () => {
    const s = siteWith('m.mdx', valid);
    const cache = new Map();
    const run = () => errors(checkContent({ contentDir: path.join(s.root, 'content'), publicDir: path.join(s.root, 'public'), rootDir: s.root, cache }));
    expect(run().problems).toEqual([]);
    rmSync(path.join(s.root, 'public/media/tone.txt'));
    writeFileSync(path.join(s.root, 'public/data/fixture.csv'), 'year,other\n2024,1\n');
    const fields = run().problems.map((p) => p.field).sort();
    expect(fields).toEqual(['<Chart> y', '<Audio> transcript'].sort());
  });

  it('refuses more than 20 places on one map', () => {
    const places = Array.from({ length: 21 }, (_, i) => `  <Place name="P${i}" lat="${i}" lon="${i}" />`).join('\n');
    const source = valid.replace(/<Map[\s\S]*?<\/Map>/, `<Map title="Many" source="Natural Earth">\n${places}\n</Map>`);
    const problem = siteWith('m.mdx', source).check().problems.find((p) => p.field === '<Map>');
    expect(problem?.message).toMatch(/holds 21 <Place>; it takes 1 to 20/);
  });
});
