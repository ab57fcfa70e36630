import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseContentDate } from '../dates';
import type { ElementRef } from '../elements/check';
import { site } from '../site';
import { bodyChecker, type BodyChecker } from './body';
import { Collector } from './collector';
import { parseYaml, splitFrontMatter, yamlProblems, type ParsedYaml } from './front-matter';
import { imagePaths, type ImagePaths } from './image-paths';
import { makeReport, type Problem, type Report } from './problems';
import type { LinkRef } from './rules/body-links';
import { describe, isRecord } from './rules/front-matter-fields';
import { ARTICLE_LINTS, ARTICLE_RULES, AUTHOR_RULES, SECTION_RULES, SITE_RULES } from './rules/registry';
import type { ArticleContext, ArticleInfo, DocumentContext, DocumentRule } from './rules/types';
import { fromSnapshot, type YamlSnapshot } from './yaml-snapshot';

// The content check: every rule an article, author or section must satisfy, including the
// cross-document ones Contentlayer cannot express. The build and `npm run content:check` both
// call this, so editors see the same messages. The rules themselves are in rules/ (registry.ts
// lists them); this file reads the documents and runs the rules in order.

export type CheckOptions = {
  /** Folder holding articles/, authors/, sections/. */
  contentDir: string;
  /** Folder that image paths are relative to. */
  publicDir: string;
  /** Paths in messages are shown relative to this folder (default: cwd). */
  rootDir?: string;
  timeZone?: string;
  /** The moment against which scheduled (future-dated) articles are reported. */
  now?: Date;
  /** Memo of body analyses by content hash (see lib/validation/cache.ts). */
  cache?: BodyCache;
};

export type BodyCacheEntry = { problems: Omit<Problem, 'file'>[]; refs: ElementRef[]; links: LinkRef[] };
/** A file's front matter, parsed (see yaml-snapshot.ts). */
export type FrontMatterCacheEntry = { yaml: YamlSnapshot };
export type CacheEntry = BodyCacheEntry | FrontMatterCacheEntry;
export type BodyCache = Map<string, CacheEntry>;
// Part of every cache key (lib/validation/cache.ts also keys the disk cache by this file's source).
const CACHE_VERSION = 4;

const SLUG_PATTERN = /^[\p{Ll}\p{Lo}\p{Nd}]+(?:-[\p{Ll}\p{Lo}\p{Nd}]+)*$/u;

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue; // editor and OS droppings (.DS_Store, swap files)
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(full));
    else out.push(full);
  }
  return out;
}

/** What the steps of one check share. */
type Run = {
  opts: CheckOptions;
  timeZone: string;
  now: Date;
  c: Collector;
  rel: (full: string) => string;
  images: ImagePaths;
  body: BodyChecker;
};

type Kind = 'article' | 'author' | 'section';
type ParsedDocument = { y: ParsedYaml; data: Record<string, unknown>; body: string; bodyStartLine: number };

function slugProblems(run: Run, file: string, slug: string, kind: Kind) {
  if (SLUG_PATTERN.test(slug)) return;
  const suggestion = slug
    .toLowerCase()
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  run.c.error(file, { line: 1, column: 1 }, 'slug (file name)', `"${slug}" is not a valid ${kind} slug: use lowercase letters, digits and single hyphens`, `rename the file to ${suggestion || 'my-' + kind}${path.extname(file)}`);
}

/** Front matter parsed with positions, or its snapshot from the cache when the text is unchanged. */
function parseFrontMatter(cache: BodyCache | undefined, yamlText: string, startLine: number): ParsedYaml {
  const key = createHash('sha1').update(`${CACHE_VERSION}\0yaml\0${startLine}\0${yamlText}`).digest('base64url');
  const hit = cache?.get(key);
  if (hit && 'yaml' in hit) return fromSnapshot(hit.yaml, startLine);
  const y = parseYaml(yamlText, startLine);
  const snapshot = cache ? y.snapshot?.() : undefined;
  if (snapshot) cache?.set(key, { yaml: snapshot });
  return y;
}

/** An MDX file's front matter as fields, or undefined once what stops the field rules is reported. */
function readParsed(run: Run, full: string, kind: 'article' | 'author'): ParsedDocument | undefined {
  const file = run.rel(full);
  const split = splitFrontMatter(readFileSync(full, 'utf8'));
  if (!split.ok) {
    run.c.error(file, split.position, 'front matter', split.message, split.fix);
    return undefined;
  }
  const y = parseFrontMatter(run.opts.cache, split.yaml, split.yamlStartLine);
  for (const e of yamlProblems(split.yaml, split.yamlStartLine, y.errors)) run.c.error(file, e.position, e.field, e.message, e.fix);
  if (y.errors.length) {
    // Still check the body so the editor sees every problem at once.
    run.body.check(file, split.body, split.bodyStartLine, kind);
    return undefined;
  }
  if (!isRecord(y.data)) {
    run.c.error(file, { line: 1, column: 1 }, 'front matter', `must be a list of "field: value" lines, found ${describe(y.data)}`, 'see content/articles/paris-talks-israel-syria.mdx for the layout');
    return undefined;
  }
  return { y, data: y.data, body: split.body, bodyStartLine: split.bodyStartLine };
}

function documentContext(run: Run, file: string, y: ParsedYaml, data: Record<string, unknown>): DocumentContext {
  return {
    file,
    y,
    data,
    timeZone: run.timeZone,
    now: run.now,
    error: (pos, field, message, fix) => run.c.error(file, pos, field, message, fix),
    warn: (pos, field, message, fix) => run.c.warn(file, pos, field, message, fix),
    imagePath: (pos, field, value, required) => run.images.check(file, pos, field, value, required),
  };
}

function runRules<C extends DocumentContext>(rules: readonly DocumentRule<C>[], doc: C) {
  for (const rule of rules) rule.check(doc);
}

/** The documents of one folder of content/ with the extension their kind has (the rest is reported by the unknown-files rule). */
function documents(run: Run, folder: string, ext: string): { full: string; file: string; slug: string }[] {
  const dir = path.join(run.opts.contentDir, folder);
  return listFiles(dir)
    .filter((full) => path.extname(full) === ext && path.dirname(full) === dir)
    .map((full) => ({ full, file: run.rel(full), slug: path.basename(full, ext) }));
}

/** slug → file of every section. */
function checkSections(run: Run): Map<string, string> {
  const slugs = new Map<string, string>();
  for (const { full, file, slug } of documents(run, 'sections', '.yaml')) {
    slugProblems(run, file, slug, 'section');
    slugs.set(slug, file);
    const yamlText = readFileSync(full, 'utf8');
    const y = parseYaml(yamlText, 1);
    for (const e of yamlProblems(yamlText, 1, y.errors)) run.c.error(file, e.position, e.field, e.message, e.fix);
    if (y.errors.length) continue;
    if (!isRecord(y.data)) {
      run.c.error(file, { line: 1, column: 1 }, 'yaml', `must hold "field: value" lines, found ${describe(y.data)}`, 'write title: "…" and description: "…"');
      continue;
    }
    runRules(SECTION_RULES, documentContext(run, file, y, y.data));
  }
  return slugs;
}

/** slug → file of every author. */
function checkAuthors(run: Run): Map<string, string> {
  const slugs = new Map<string, string>();
  for (const { full, file, slug } of documents(run, 'authors', '.mdx')) {
    slugProblems(run, file, slug, 'author');
    slugs.set(slug, file);
    const parsed = readParsed(run, full, 'author');
    if (!parsed) continue;
    runRules(AUTHOR_RULES, documentContext(run, file, parsed.y, parsed.data));
    run.body.check(file, parsed.body, parsed.bodyStartLine, 'author');
  }
  return slugs;
}

function checkArticles(run: Run): ArticleInfo[] {
  const articles: ArticleInfo[] = [];
  for (const { full, file, slug } of documents(run, 'articles', '.mdx')) {
    slugProblems(run, file, slug, 'article');
    const info: ArticleInfo = { file, slug, draft: false, authors: [], related: [] };
    articles.push(info);
    const parsed = readParsed(run, full, 'article');
    if (!parsed) continue;
    const doc: ArticleContext = { ...documentContext(run, file, parsed.y, parsed.data), info, body: parsed.body, bodyStartLine: parsed.bodyStartLine };
    runRules(ARTICLE_RULES, doc);
    run.body.check(file, parsed.body, parsed.bodyStartLine, 'article');
    runRules(ARTICLE_LINTS, doc);
  }
  return articles;
}

export function checkContent(opts: CheckOptions): Report {
  const rootDir = opts.rootDir ?? process.cwd();
  const timeZone = opts.timeZone ?? site.timeZone;
  const c = new Collector();
  const rel = (p: string) => path.relative(rootDir, p).split(path.sep).join('/');
  const images = imagePaths(opts.publicDir, rel, c);
  const run: Run = { opts, timeZone, now: opts.now ?? new Date(), c, rel, images, body: bodyChecker(c, images, CACHE_VERSION, opts.cache) };
  const sections = checkSections(run);
  const authors = checkAuthors(run);
  const articles = checkArticles(run);

  // Cross-document rules (rules/registry.ts), magazine issues included.
  const monthStart = (m: string) => (parseContentDate(`${m}-01`, timeZone) as { date: Date }).date.getTime();
  const contentFiles = listFiles(opts.contentDir);
  const { articleRefs, linksByFile } = run.body;
  const siteData = { articles, authors, sections, articleRefs, imageUses: images.uses, placeholders: images.placeholders, bodyLinks: linksByFile, now: run.now };
  const context = { contentDir: opts.contentDir, publicDir: opts.publicDir, contentFiles, rel, monthStart };
  for (const rule of SITE_RULES) rule.check({ ...siteData, ...context, error: c.error.bind(c), warn: c.warn.bind(c) });
  return makeReport(c.problems, contentFiles.length);
}
