import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_EDITION, EDITIONS } from '../../site';
import { closest } from '../closest';
import { parseYaml, type ParsedYaml, type Position } from '../front-matter';
import type { Problem, Severity } from '../problems';
import type { SiteRule } from './types';

// The rules for magazine issues (content/magazine/<YYYY-MM>.yaml), as
// /docs/editing.md "Magazine issues" describes them. Pure: takes what the
// article pass already learned, returns problems.

export const MAGAZINE_DIR = 'magazine';
const FIELDS = ['title', 'number', 'date', 'cover', 'description', 'lang', 'articles', 'letter'] as const;
const COVER_FIELDS = ['src', 'alt', 'credit'] as const;
const SLUG = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** What the rules need to know of each article. */
export type IssueArticle = { slug: string; file: string; lang?: string; draft: boolean; publishedAt?: number };

export type MagazineOptions = {
  contentDir: string;
  publicDir: string;
  /** Path as shown in messages. */
  rel: (full: string) => string;
  articles: readonly IssueArticle[];
  now: Date;
  /** Start of a `YYYY-MM` month in the newsroom's time zone, as epoch ms. */
  monthStart: (month: string) => number;
};

type Listed = { slug: string; file: string; pos: Position; field: string; lang: string };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const yamlIn = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort().map((f) => path.join(dir, f)) : []);

/**
 * The issue files: content/magazine/*.yaml (the default edition) and content/magazine/<edition>/*.yaml,
 * in a stable order (so "already listed in …" names the same file every time).
 */
export function magazineFiles(contentDir: string): string[] {
  const dir = path.join(contentDir, MAGAZINE_DIR);
  return [yamlIn(dir), ...EDITIONS.filter((e) => e !== DEFAULT_EDITION).map((e) => yamlIn(path.join(dir, e)))].flat();
}

/** The edition a file's folder stands for. */
function folderEdition(full: string): string {
  const folder = path.basename(path.dirname(full));
  return folder === MAGAZINE_DIR ? DEFAULT_EDITION : folder;
}

export function checkMagazine(opts: MagazineOptions): Problem[] {
  const problems: Problem[] = [];
  const add = (severity: Severity, file: string, pos: Position, field: string, message: string, fix: string) =>
    problems.push({ severity, file, line: pos.line, column: pos.column, field, message, fix });
  const bySlug = new Map(opts.articles.map((a) => [a.slug, a]));
  const listed: Listed[] = [];
  const numbers = new Map<string, string>(); // lang\0number -> file

  for (const full of magazineFiles(opts.contentDir)) {
    const file = opts.rel(full);
    const slug = path.basename(full, '.yaml');
    const y = parseYaml(readFileSync(full, 'utf8'), 1);
    for (const e of y.errors) add('error', file, e.position, 'file', `broken YAML: ${e.message}`, 'check the indentation and quotes on that line');
    if (y.errors.length) continue;
    if (!isRecord(y.data)) {
      add('error', file, { line: 1, column: 1 }, 'file', 'must be a list of "field: value" lines', 'see content/magazine/2026-11.yaml for the layout');
      continue;
    }
    const data = y.data;
    const at = (p: (string | number)[]) => (p.length && !(String(p[0]) in data) ? y.positionOf([]) : y.positionOf(p));
    const text = (key: 'title' | 'description', example: string) => {
      const v = data[key];
      if (typeof v !== 'string' || !v.trim()) add('error', file, at([key]), key, v === undefined ? 'is missing' : 'must be text', `add ${key}: "${example}"`);
    };
    text('title', 'The cover line');
    text('description', 'One or two sentences on the issue’s theme');

    for (const key of Object.keys(data)) {
      if ((FIELDS as readonly string[]).includes(key)) continue;
      const near = closest(key, FIELDS);
      add('error', file, y.keyPositionOf([key]), key, 'is not a field of a magazine issue', near ? `did you mean "${near}"? Rename it` : `remove it; the fields are: ${FIELDS.join(', ')}`);
    }

    const lang = data.lang ?? DEFAULT_EDITION;
    const folder = folderEdition(full);
    if (lang !== folder) {
      const where = folder === DEFAULT_EDITION ? `content/${MAGAZINE_DIR}/` : `content/${MAGAZINE_DIR}/${folder}/`;
      add('error', file, at(['lang']), 'lang', `is ${JSON.stringify(lang)} but files in ${where} are issues of the ${folder} edition`, folder === DEFAULT_EDITION ? `move the file to content/${MAGAZINE_DIR}/${String(lang)}/ or remove the lang line` : `write lang: ${folder}`);
      continue;
    }

    // slug and date
    const month = SLUG.exec(slug);
    if (!month) add('error', file, { line: 1, column: 1 }, 'slug (file name)', `"${slug}" is not a month written YYYY-MM`, 'name the file after the issue’s month, e.g. content/magazine/2026-02.yaml');
    const date = data.date;
    if (typeof date !== 'string' || !SLUG.test(date)) {
      add('error', file, at(['date']), 'date', date === undefined ? 'is missing' : `must be a month written YYYY-MM, found ${JSON.stringify(date)}`, `write date: "${month ? slug : '2026-02'}" (in quotes)`);
    } else if (month && date !== slug) {
      add('error', file, at(['date']), 'date', `is ${date} but the file is named ${slug}.yaml`, `make them match: date: "${slug}", or rename the file to ${date}.yaml`);
    } else if (opts.monthStart(date) > opts.now.getTime()) {
      add('warning', file, at(['date']), 'date', `scheduled: the issue goes live at the first build on or after the 1st of ${date}`, 'nothing to do if that is intended; scheduled builds publish it (docs/editing.md)');
    }

    // number
    const number = data.number;
    if (typeof number !== 'number' || !Number.isInteger(number) || number < 1) {
      add('error', file, at(['number']), 'number', number === undefined ? 'is missing' : `must be a whole number from 1, found ${JSON.stringify(number)}`, 'write number: 14 (without quotes)');
    } else {
      const key = `${lang}\0${number}`;
      const other = numbers.get(key);
      if (other) add('error', file, at(['number']), 'number', `${number} is already the number of ${other}`, 'give each issue of an edition its own number');
      else numbers.set(key, file);
    }

    checkCover(file, y, data, opts, add);

    // the table of contents
    const list = data.articles;
    if (!Array.isArray(list) || list.length === 0) {
      add('error', file, at(['articles']), 'articles', list === undefined ? 'is missing' : 'must list at least one article slug', 'add articles: then one "- article-slug" line per article, the cover story first');
    } else {
      list.forEach((s, i) => {
        const pos = y.positionOf(['articles', i]);
        if (typeof s !== 'string') add('error', file, pos, `articles[${i + 1}]`, 'must be an article slug', 'write the file name of an article, without .mdx');
        else listed.push({ slug: s, file, pos, field: `articles[${i + 1}]`, lang });
      });
    }
    const letter = data.letter;
    if (letter !== undefined && letter !== null) {
      if (typeof letter !== 'string') add('error', file, at(['letter']), 'letter', 'must be an article slug', 'write the file name of the editor’s letter, without .mdx');
      else listed.push({ slug: letter, file, pos: y.positionOf(['letter']), field: 'letter', lang });
    }
  }

  // Every listed slug: an article of the same edition, in at most one issue, public.
  const firstIssue = new Map<string, Listed>();
  for (const item of listed) {
    const article = bySlug.get(item.slug);
    const sameEdition = opts.articles.filter((a) => (a.lang ?? 'en') === item.lang).map((a) => a.slug);
    if (!article) {
      const near = closest(item.slug, sameEdition);
      add('error', item.file, item.pos, item.field, `no article has the slug "${item.slug}"`, near ? `did you mean ${near}?` : 'use the file name (without .mdx) of an article in content/articles/');
      continue;
    }
    if ((article.lang ?? 'en') !== item.lang) {
      const near = closest(item.slug, sameEdition);
      add('error', item.file, item.pos, item.field, `"${item.slug}" is an article of the ${article.lang} edition, and this issue is in ${item.lang}`, near ? `did you mean ${near}?` : `list it in the ${article.lang} edition’s issue, or set lang: in this file`);
      continue;
    }
    const first = firstIssue.get(item.slug);
    if (first) {
      const where = first.file === item.file ? 'earlier in this issue' : `in ${first.file}`;
      add('error', item.file, item.pos, item.field, `"${item.slug}" is already listed ${where}: an article belongs to one issue`, 'remove one of the two entries');
      continue;
    }
    firstIssue.set(item.slug, item);
    const unpublished = article.draft ? 'a draft' : (article.publishedAt ?? 0) > opts.now.getTime() ? 'scheduled for later' : undefined;
    if (unpublished) add('warning', item.file, item.pos, item.field, `"${item.slug}" is ${unpublished}, so the public contents leave it out until it is published`, 'nothing to do if that is intended');
  }
  return problems;
}

type Add = (severity: Severity, file: string, pos: Position, field: string, message: string, fix: string) => void;

function checkCover(file: string, y: ParsedYaml, data: Record<string, unknown>, opts: MagazineOptions, add: Add) {
  const cover = data.cover;
  if (!isRecord(cover)) {
    add('error', file, 'cover' in data ? y.positionOf(['cover']) : y.positionOf([]), 'cover', cover === undefined ? 'is missing' : 'must be a group of src, alt and credit', 'add cover: with src, alt and credit on indented lines below it');
    return;
  }
  const at = (k: string) => (k in cover ? y.positionOf(['cover', k]) : y.keyPositionOf(['cover']));
  for (const k of COVER_FIELDS) {
    const v = cover[k];
    if (typeof v !== 'string' || !v.trim()) add('error', file, at(k), `cover.${k}`, v === undefined ? 'is missing' : 'must be text', `add ${k}: "${coverExample[k]}"`);
  }
  for (const k of Object.keys(cover)) {
    if (!(COVER_FIELDS as readonly string[]).includes(k)) add('error', file, y.keyPositionOf(['cover', k]), `cover.${k}`, 'is not a field of a cover', `remove it; a cover has ${COVER_FIELDS.join(', ')}`);
  }
  const src = cover.src;
  if (typeof src !== 'string' || !src.trim()) return;
  if (!src.startsWith('/') || src.startsWith('//') || src.split('/').includes('..')) {
    add('error', file, at('src'), 'cover.src', `must be a path under public/ starting with /, found "${src}"`, 'write e.g. src: /images/covers/2026-02.jpg');
    return;
  }
  const full = path.join(opts.publicDir, src);
  if (existsSync(full) && statSync(full).isFile()) return;
  const dir = path.dirname(full);
  const near = existsSync(dir) ? closest(path.basename(full), readdirSync(dir)) : undefined;
  add('error', file, at('src'), 'cover.src', `image file ${opts.rel(full)} does not exist`, near ? `did you mean ${path.posix.join(path.posix.dirname(src), near)}? File names are case-sensitive` : `add the file at ${opts.rel(full)} (npm run make:covers makes sample covers) or correct the path`);
}

const coverExample: Record<(typeof COVER_FIELDS)[number], string> = {
  src: '/images/covers/2026-02.jpg',
  alt: 'What the cover shows, for readers who cannot see it',
  credit: 'ILLUSTRATOR / STUDIO',
};

/** The magazine rules as a registered cross-document rule: they need every article read first. */
export const magazine: SiteRule = {
  name: 'magazine issues',
  check({ contentDir, publicDir, rel, articles, now, monthStart, error, warn }) {
    for (const p of checkMagazine({ contentDir, publicDir, rel, articles, now, monthStart })) {
      const report = p.severity === 'error' ? error : warn;
      report(p.file, { line: p.line, column: p.column }, p.field, p.message, p.fix);
    }
  },
};
