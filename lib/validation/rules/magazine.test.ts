import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../check-content';

const FIXTURES = path.resolve(import.meta.dirname, '../../../tests/fixtures');
const BROKEN = path.join(FIXTURES, 'broken-magazine');
const dirs: string[] = [];
const NOW = new Date('2026-06-01T00:00:00Z');

/** The valid fixture site plus an Arabic article, in a temp folder; issues are added per test. */
function site() {
  const root = mkdtempSync(path.join(tmpdir(), 'standfirst-magazine-'));
  dirs.push(root);
  cpSync(path.join(FIXTURES, 'site'), root, { recursive: true });
  const content = path.join(root, 'content');
  const articles = path.join(content, 'articles');
  const arabic = readFileSync(path.join(articles, 'second-article.mdx'), 'utf8').replace(/^---\n/, '---\nlang: ar\n');
  writeFileSync(path.join(articles, 'arabic-article.mdx'), arabic);
  mkdirSync(path.join(content, 'magazine', 'ar'), { recursive: true });
  const issue = (name: string, text: string) => writeFileSync(path.join(content, 'magazine', name), text);
  const check = () => checkContent({ contentDir: content, publicDir: path.join(root, 'public'), rootDir: root, now: NOW });
  return { root, content, issue, check };
}

const valid = (over: Partial<Record<'number' | 'date' | 'articles' | 'lang', string>> = {}) =>
  [
    'title: "A fixture issue"',
    `number: ${over.number ?? 1}`,
    `date: "${over.date ?? '2026-01'}"`,
    ...(over.lang ? [`lang: ${over.lang}`] : []),
    'description: "An issue for the tests."',
    'cover:',
    '  src: /images/fixture/hero.jpg',
    '  alt: "A brown rectangle"',
    '  credit: "FIXTURE / STUDIO"',
    'articles:',
    ...(over.articles ?? '- valid-article').split(',').map((a) => `  ${a.trim()}`),
    '',
  ].join('\n');

afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('magazine issues in the content check', () => {
  it('accepts a valid issue in each edition', () => {
    const s = site();
    s.issue('2026-01.yaml', valid());
    s.issue('ar/2026-01.yaml', valid({ lang: 'ar', articles: '- arabic-article' }));
    const report = s.check();
    expect(report.errorCount).toBe(0);
    expect(report.problems.filter((p) => p.file.startsWith('content/magazine/'))).toEqual([]);
  });

  // Each broken fixture is a whole issue with one defect: an error naming file, line, field and fix.
  const broken: [fixture: string, field: string, message: RegExp, fix?: RegExp][] = [
    ['unknown-article', 'articles[1]', /no article has the slug "valid-artcle"/, /did you mean valid-article/],
    ['other-edition-article', 'articles[1]', /article of the ar edition/, /list it in the ar edition/],
    ['date-mismatch', 'date', /is 2026-02 but the file is named 2026-01\.yaml/, /date: "2026-01"/],
    ['cover-missing-credit', 'cover.credit', /is missing/],
    ['cover-missing-alt', 'cover.alt', /is missing/],
    ['cover-missing-src', 'cover.src', /is missing/],
    ['cover-file-missing', 'cover.src', /does not exist/, /did you mean \/images\/fixture\/hero\.jpg/],
    ['number-not-integer', 'number', /must be a whole number/],
    ['missing-title', 'title', /is missing/],
    ['unknown-field', 'articels', /is not a field of a magazine issue/, /did you mean "articles"/],
    ['article-twice', 'articles[2]', /already listed earlier in this issue/],
  ];
  it.each(broken)('%s → error on %s', (name, field, message, fix) => {
    const s = site();
    const text = readFileSync(path.join(BROKEN, `${name}.yaml`), 'utf8');
    s.issue('2026-01.yaml', text);
    const errors = s.check().problems.filter((p) => p.severity === 'error');
    expect(errors.every((p) => p.file === 'content/magazine/2026-01.yaml'), JSON.stringify(errors, null, 2)).toBe(true);
    const match = errors.find((p) => p.field === field && message.test(p.message));
    expect(match, JSON.stringify(errors, null, 2)).toBeDefined();
    if (fix) expect(match!.fix).toMatch(fix);
    const line = text.split('\n')[match!.line - 1] ?? '';
    // The line shown is the field's own (or, for a missing one, the file's or its group's start).
    if (!/missing/.test(match!.message)) expect(line).toContain(field.replace(/\[\d+\]$/, '').split('.').pop()!.replace('articles', '-'));
  });

  it('covers every fixture in tests/fixtures/broken-magazine', () => {
    expect(readdirSync(BROKEN).map((f) => f.replace(/\.yaml$/, '')).sort()).toEqual(broken.map(([f]) => f).sort());
  });

  it('refuses an article listed in two issues, naming the first', () => {
    const s = site();
    s.issue('2026-01.yaml', valid());
    s.issue('2026-02.yaml', valid({ number: '2', date: '2026-02' }));
    const p = s.check().problems.find((q) => q.file === 'content/magazine/2026-02.yaml' && q.field === 'articles[1]');
    expect(p?.severity).toBe('error');
    expect(p?.message).toMatch(/already listed in content\/magazine\/2026-01\.yaml/);
  });

  it('refuses a number used twice in an edition, but not the same number in the other edition', () => {
    const s = site();
    s.issue('2026-01.yaml', valid());
    s.issue('2026-02.yaml', valid({ date: '2026-02', articles: '- second-article' }));
    s.issue('ar/2026-01.yaml', valid({ lang: 'ar', articles: '- arabic-article' }));
    const numbers = s.check().problems.filter((q) => q.field === 'number');
    expect(numbers).toHaveLength(1);
    expect(numbers[0]).toMatchObject({ file: 'content/magazine/2026-02.yaml', severity: 'error', line: 2 });
    expect(numbers[0]!.message).toMatch(/already the number of content\/magazine\/2026-01\.yaml/);
  });

  it('refuses an issue whose lang does not match its folder', () => {
    const s = site();
    s.issue('ar/2026-01.yaml', valid({ articles: '- arabic-article' }));
    const p = s.check().problems.find((q) => q.field === 'lang');
    expect(p).toMatchObject({ file: 'content/magazine/ar/2026-01.yaml', severity: 'error' });
    expect(p!.fix).toBe('write lang: ar');
  });

  it('warns about (and does not fail on) a draft in the contents, and schedules a future issue', () => {
    const s = site();
    const draft = readFileSync(path.join(s.content, 'articles', 'second-article.mdx'), 'utf8').replace(/^---\n/, '---\ndraft: true\n');
    writeFileSync(path.join(s.content, 'articles', 'second-article.mdx'), draft);
    s.issue('2026-07.yaml', valid({ date: '2026-07', articles: '- valid-article, - second-article' }));
    const report = s.check();
    expect(report.errorCount).toBe(0);
    const warnings = report.problems.filter((p) => p.file === 'content/magazine/2026-07.yaml');
    expect(warnings.map((w) => w.field).sort()).toEqual(['articles[2]', 'date']);
    expect(warnings.find((w) => w.field === 'articles[2]')!.message).toMatch(/is a draft, so the public contents leave it out/);
    expect(warnings.find((w) => w.field === 'date')!.message).toMatch(/scheduled/);
  });
});
