import { parseYaml } from '../front-matter';
import type { Problem } from '../problems';
import { isRecord } from './front-matter-fields';
import type { ArticleContext, ArticleInfo, DocumentRule } from './types';

// For the document rules' unit tests: one rule run on front matter given as YAML lines, without
// the disk (every image path is taken to exist, 2000 px wide, unless `imageWidth` says otherwise).

export const VALID_ARTICLE = [
  'title: "A valid article"',
  'dek: "One sentence that frames the piece, long enough to read well in search results."',
  'date: 2026-01-08',
  'section: politics',
  'authors: [ada-writer]',
  'tags: [Testing]',
  'image:',
  '  src: /images/fixture/hero.jpg',
  '  alt: "A brown rectangle"',
  '  caption: "The fixture hero image."',
  '  credit: "FIXTURE / AGENCY"',
];

export type RuleRun = { problems: Omit<Problem, 'file'>[]; info: ArticleInfo };

export function runRule(
  rule: DocumentRule<ArticleContext>,
  lines: readonly string[],
  o: { body?: string; now?: Date; imageWidth?: number } = {},
): RuleRun {
  const y = parseYaml(lines.join('\n') + '\n', 2);
  if (y.errors.length || !isRecord(y.data)) throw new Error(`test front matter does not parse: ${JSON.stringify(y.errors)}`);
  const problems: RuleRun['problems'] = [];
  const report = (severity: Problem['severity']) => (pos: { line: number; column: number }, field: string, message: string, fix: string) =>
    problems.push({ severity, line: pos.line, column: pos.column, field, message, fix });
  const info: ArticleInfo = { file: 'x.mdx', slug: 'x', draft: false, authors: [], related: [] };
  rule.check({
    file: 'x.mdx',
    y,
    data: y.data,
    timeZone: 'Asia/Beirut',
    now: o.now ?? new Date('2026-06-01T00:00:00Z'),
    error: report('error'),
    warn: report('warning'),
    imagePath: () => ({ placeholder: false, width: o.imageWidth ?? 2000 }),
    info,
    body: o.body ?? 'Text.\n',
    bodyStartLine: lines.length + 3,
  });
  return { problems, info };
}

/** The same lines with one field's line replaced (or removed, with no replacement). */
export function withLine(lines: readonly string[], key: string, replacement?: string): string[] {
  const i = lines.findIndex((l) => l.startsWith(key));
  if (i < 0) return replacement === undefined ? [...lines] : [...lines, replacement];
  return [...lines.slice(0, i), ...(replacement === undefined ? [] : [replacement]), ...lines.slice(i + 1)];
}
