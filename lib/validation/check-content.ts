import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Root, RootContent } from 'mdast';
import { formatDateTime, parseContentDate } from '../dates';
import { bodyText, parseMdx } from '../mdx-ast';
import { EDITIONS, site } from '../site';
import { parseYaml, splitFrontMatter, yamlProblems, type ParsedYaml, type Position } from './front-matter';
import { fromSnapshot, type YamlSnapshot } from './yaml-snapshot';
import { makeReport, type Problem, type Report, type Severity } from './problems';
import { checkElement, type ElementRef } from '../elements/check';
import { IMAGE_FILE } from '../elements/figure';
import { ELEMENT_NAMES, elementDefinition } from '../elements/registry';
import { normaliseForQuote } from '../elements/text';
import type { FileAttribute } from '../elements/types';
import { closest } from './closest';
import { BODY_RULES, SITE_RULES } from './rules/registry';
import type { ArticleInfo, ArticleRef } from './rules/types';

export { closest };
import { bodyLinks, type LinkRef } from './rules/body-links';
import { locateMdxError, type MdxError } from './rules/mdx-parse-error';
import type { ImageUse } from './rules/placeholder-image';
import { imageFacts } from './image-facts';

// The content check: every rule an article, author or section must satisfy,
// including the cross-document ones Contentlayer cannot express. The build and
// `npm run content:check` both call this, so editors see the same messages.

export const ARTICLE_FORMATS = ['analysis', 'explainer', 'opinion', 'interview'] as const;

const ARTICLE_FIELDS = [
  'title', 'dek', 'date', 'updated', 'section', 'authors', 'tags', 'image', 'related', 'format', 'draft', 'featured', 'socialImage', 'corrections', 'lang', 'translationKey',
] as const;
const IMAGE_FIELDS = ['src', 'alt', 'caption', 'credit'] as const;
const AUTHOR_FIELDS = ['name', 'role', 'avatar', 'name_ar', 'role_ar'] as const;
const SECTION_FIELDS = ['title', 'description', 'order', 'title_ar', 'description_ar'] as const;
// Elements that would smuggle scripts or foreign pages into a zero-JavaScript page.
const FORBIDDEN_HTML = new Set(['script', 'style', 'iframe', 'object', 'embed', 'form', 'link', 'meta', 'base']);
const HERO_MIN_WIDTH = 1200;
const TITLE_MAX = 110;
const DEK_MIN = 60;
const DEK_MAX = 220;
const SLUG_PATTERN = /^[\p{Ll}\p{Lo}\p{Nd}]+(?:-[\p{Ll}\p{Lo}\p{Nd}]+)*$/u;

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

type Loc = Position;

class Collector {
  problems: Problem[] = [];
  add(severity: Severity, file: string, pos: Loc, field: string, message: string, fix: string) {
    this.problems.push({ severity, file, line: pos.line, column: pos.column, field, message, fix });
  }
  error(file: string, pos: Loc, field: string, message: string, fix: string) {
    this.add('error', file, pos, field, message, fix);
  }
  warn(file: string, pos: Loc, field: string, message: string, fix: string) {
    this.add('warning', file, pos, field, message, fix);
  }
}

// ---------- small helpers ----------

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  switch (typeof value) {
    case 'string':
      return `the text "${value}"`;
    case 'number':
      return `the number ${value}`;
    case 'boolean':
      return `${value}`;
    case 'object':
      return 'a group of fields';
    default:
      return typeof value;
  }
}

/** Dotted field name for messages, with 1-based list positions: corrections[1].date */
export function fieldName(fieldPath: readonly (string | number)[]): string {
  return fieldPath.reduce<string>((acc, part) => (typeof part === 'number' ? `${acc}[${part + 1}]` : acc ? `${acc}.${part}` : part), '');
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}

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

// ---------- the checker ----------

export function checkContent(opts: CheckOptions): Report {
  const rootDir = opts.rootDir ?? process.cwd();
  const timeZone = opts.timeZone ?? site.timeZone;
  const c = new Collector();
  const rel = (p: string) => path.relative(rootDir, p).split(path.sep).join('/');
  const dirListings = new Map<string, string[]>();

  const articles: ArticleInfo[] = [];
  const authorSlugs = new Map<string, string>(); // slug -> file
  const sectionSlugs = new Map<string, string>();
  const imageUses = new Map<string, { file: string; pos: Loc; field: string }[]>();
  const placeholders = new Map<string, ImageUse[]>(); // file -> template placeholders it uses
  const linksByFile = new Map<string, LinkRef[]>();

  // --- image paths (hero, figures, avatars) ---
  const checkImagePath = (file: string, pos: Loc, field: string, value: unknown, required: boolean, kind: FileAttribute = IMAGE_FILE, attrs: Readonly<Record<string, string>> = {}) => {
    const image = kind === IMAGE_FILE;
    if (value === undefined || value === null || value === '') {
      if (required) c.error(file, pos, field, 'is missing', 'give the image path under public/, e.g. src: /images/my-article/photo.jpg');
      return;
    }
    if (typeof value !== 'string') {
      c.error(file, pos, field, `must be an image path, found ${describe(value)}`, 'write a path such as /images/my-article/photo.jpg');
      return;
    }
    if (/^(https?:)?\/\//i.test(value)) {
      c.error(file, pos, field, `points to a remote ${kind.what} (${value}); pages must not load anything from other sites`, image ? 'save the photo under public/images/ and give its path, e.g. /images/my-article/photo.jpg' : `save the ${kind.what} under public/ and give its path`);
      return;
    }
    if (!value.startsWith('/')) {
      c.error(file, pos, field, `must start with / (a path under public/), found "${value}"`, `write "/${value.replace(/^\.?\/?(public\/)?/, '')}"`);
      return;
    }
    if (value.split('/').includes('..')) {
      c.error(file, pos, field, `must not contain ".." (found "${value}")`, 'give the path from the public/ folder, e.g. /images/my-article/photo.jpg');
      return;
    }
    const ext = path.extname(value).toLowerCase();
    if (!kind.extensions.includes(ext)) {
      c.error(file, pos, field, `"${value}" is not ${image ? 'an image' : `a ${kind.what}`} file we can publish`, `use one of ${kind.extensions.join(', ')}`);
      return;
    }
    const full = path.join(opts.publicDir, decodeURIComponentSafe(value));
    if (existsSync(full) && statSync(full).isFile()) {
      for (const p of kind.verify?.(full, attrs) ?? []) c.error(file, pos, field.replace(/ [^ ]+$/, ` ${p.attr}`), p.message, p.fix);
      if (image && field !== 'avatar') imageUses.set(value, [...(imageUses.get(value) ?? []), { file, pos, field }]);
      const facts = image ? imageFacts(full) : undefined;
      if (facts?.placeholder && field !== 'avatar') placeholders.set(file, [...(placeholders.get(file) ?? []), { field, src: value, pos }]);
      if (field === 'image.src') {
        const width = facts?.width;
        if (width !== undefined && width < HERO_MIN_WIDTH) {
          c.warn(file, pos, field, `the hero photo is ${width} px wide; it looks soft on large screens and in link previews`, `use a photo at least ${HERO_MIN_WIDTH} px wide`);
        }
      }
      return;
    }
    const dir = path.dirname(full);
    let listing = dirListings.get(dir);
    if (!listing) {
      listing = existsSync(dir) ? readdirSync(dir) : [];
      dirListings.set(dir, listing);
    }
    const near = closest(path.basename(full), listing);
    c.error(
      file,
      pos,
      field,
      `${kind.what} file ${rel(full)} does not exist`,
      near ? `did you mean ${path.posix.join(path.posix.dirname(value), near)}? File names are case-sensitive` : `add the file at ${rel(full)} or correct the path`,
    );
  };

  // --- scalar field helpers ---
  const requireString = (file: string, y: ParsedYaml, data: Record<string, unknown>, key: string, fieldPath: (string | number)[], example: string, required = true): string | undefined => {
    const value = data[key];
    const field = fieldName(fieldPath);
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
      if (required) {
        const present = key in data;
        c.error(file, present ? y.keyPositionOf(fieldPath) : y.positionOf(fieldPath.slice(0, -1)), field, present ? 'is empty' : 'is missing', `add ${example}`);
      }
      return undefined;
    }
    if (typeof value !== 'string') {
      const fix = Array.isArray(value) || isRecord(value) ? `write it as one line of text in double quotes: ${key}: "…"` : `put the value in double quotes: ${key}: "${String(value)}"`;
      c.error(file, y.positionOf(fieldPath), field, `must be text, found ${describe(value)}`, fix);
      return undefined;
    }
    return value;
  };

  const stringList = (file: string, y: ParsedYaml, data: Record<string, unknown>, key: string, what: string, example: string, required: boolean): { value: string; pos: Loc }[] => {
    const value = data[key];
    if (value === undefined || value === null) {
      if (required) c.error(file, key in data ? y.keyPositionOf([key]) : y.positionOf([]), key, key in data ? 'is empty' : 'is missing', `add ${example}`);
      return [];
    }
    if (!Array.isArray(value)) {
      const fix = typeof value === 'string' ? `write it as a list: ${key}: [${value}]` : `write a list, e.g. ${example}`;
      c.error(file, y.positionOf([key]), key, `must be a list of ${what}, found ${describe(value)}`, fix);
      return [];
    }
    if (required && value.length === 0) {
      c.error(file, y.positionOf([key]), key, `must name at least one ${what.replace(/s$/, '')}`, `add ${example}`);
    }
    const out: { value: string; pos: Loc }[] = [];
    value.forEach((item, i) => {
      const pos = y.positionOf([key, i]);
      if (typeof item !== 'string' || item.trim() === '') {
        c.error(file, pos, `${key}[${i + 1}]`, `must be text, found ${describe(item)}`, item === null ? 'remove the empty entry' : `put it in double quotes: "${String(item)}"`);
      } else out.push({ value: item, pos });
    });
    return out;
  };

  const checkDate = (file: string, y: ParsedYaml, value: unknown, fieldPath: (string | number)[], required: boolean): Date | undefined => {
    const field = fieldName(fieldPath);
    if (value === undefined || value === null || value === '') {
      if (required) c.error(file, y.positionOf(fieldPath.slice(0, -1)), field, 'is missing', `add ${String(fieldPath[fieldPath.length - 1])}: 2026-01-08 (or a date-time such as 2026-01-08T09:30:00+03:00)`);
      return undefined;
    }
    if (typeof value !== 'string') {
      c.error(file, y.positionOf(fieldPath), field, `must be a date, found ${describe(value)}`, 'write it as YYYY-MM-DD or YYYY-MM-DDTHH:mm:ss+03:00');
      return undefined;
    }
    const parsed = parseContentDate(value, timeZone);
    if (!parsed.ok) {
      c.error(file, y.positionOf(fieldPath), field, `"${value}" ${parsed.reason}`, 'use a real calendar date as YYYY-MM-DD, or YYYY-MM-DDTHH:mm:ss+03:00 with a time');
      return undefined;
    }
    return parsed.date;
  };

  const checkUnknownFields = (file: string, y: ParsedYaml, data: Record<string, unknown>, known: readonly string[], prefix: (string | number)[], kind: string) => {
    for (const key of Object.keys(data)) {
      if (known.includes(key)) continue;
      const near = closest(key, known);
      c.error(
        file,
        y.keyPositionOf([...prefix, key]),
        fieldName([...prefix, key]),
        `is not a field of ${kind}`,
        near ? `did you mean "${near}"? Rename it` : `remove it; ${kind} fields are: ${known.join(', ')}`,
      );
    }
  };

  // --- MDX body ---
  // Element attributes naming files or articles, found while analysing a body; checked against
  // the disk and the other articles afterwards, so the (slow) MDX analysis itself depends only
  // on the text and can be cached.
  let elementRefs: ElementRef[] = [];
  const articleRefs: ArticleRef[] = [];
  let linkRefs: LinkRef[] = [];

  /** Body problems depend only on the text: cached by its hash (MDX parsing is most of the check's time). */
  const checkBody = (file: string, body: string, bodyStartLine: number, kind: 'article' | 'author') => {
    const key = createHash('sha1').update(`${CACHE_VERSION}\0${kind}\0${bodyStartLine}\0${body}`).digest('base64url');
    const hit = opts.cache?.get(key);
    let entry = hit && 'problems' in hit ? hit : undefined;
    if (!entry) {
      const before = c.problems.length;
      elementRefs = [];
      linkRefs = [];
      analyseBody(file, body, bodyStartLine, kind);
      entry = {
        problems: c.problems.splice(before).map((p) => {
          const { file: _file, ...rest } = p; // eslint-disable-line @typescript-eslint/no-unused-vars -- the file is re-added on replay
          return rest;
        }),
        refs: elementRefs,
        links: linkRefs,
      };
      opts.cache?.set(key, entry);
    }
    for (const p of entry.problems) c.problems.push({ ...p, file });
    for (const ref of entry.refs) {
      const spec = elementDefinition(ref.element)?.attributes[ref.attr];
      const field = `<${ref.element}> ${ref.attr}`;
      if (spec?.file) checkImagePath(file, ref.pos, field, ref.value, true, spec.file, ref.attrs);
      if (spec?.article) articleRefs.push({ ...ref, file, kind });
    }
    linksByFile.set(file, entry.links);
  };

  const analyseBody = (file: string, body: string, bodyStartLine: number, kind: 'article' | 'author') => {
    let tree: Root;
    try {
      tree = parseMdx(body);
    } catch (e) {
      const found = locateMdxError(body, e as MdxError);
      const line = found.pos.line + bodyStartLine - 1;
      // The parser counts lines from the start of the body; restate its positions as file lines.
      const reason = found.reason.replace(/\((\d+):(\d+)-(\d+):(\d+)\)/g, (_m, l1: string, c1: string) => `(line ${Number(l1) + bodyStartLine - 1}, column ${c1})`);
      const fix = found.tag ? `end the tag with ${found.tag === 'Figure' ? '/>' : `> and close it with </${found.tag}>`}` : mdxFixHint(reason);
      c.error(file, { line, column: found.pos.column }, found.tag ? `<${found.tag}>` : 'body', `malformed MDX: ${reason}`, fix);
      return;
    }
    const text = normaliseForQuote(bodyText(tree));
    const at = (n: { position?: { start: { line: number; column: number } } }): Loc => ({
      line: (n.position?.start.line ?? 1) + bodyStartLine - 1,
      column: n.position?.start.column ?? 1,
    });
    linkRefs = bodyLinks(tree).map((l) => ({ url: l.url, pos: { line: l.pos.line + bodyStartLine - 1, column: l.pos.column } }));
    for (const rule of BODY_RULES) {
      rule.check(tree, (where, field, message, fix, severity = 'error') => c.add(severity, file, 'line' in where ? { line: where.line + bodyStartLine - 1, column: where.column } : at(where), field, message, fix), kind);
    }
    const visit = (node: Root | RootContent, parent: string | undefined) => {
      switch (node.type) {
        case 'mdxjsEsm':
          c.error(file, at(node), 'body', 'import/export statements are not allowed in content', `remove the line; the elements (${ELEMENT_NAMES.map((n) => `<${n}>`).join(', ')}) need no import`);
          return;
        case 'mdxFlowExpression':
        case 'mdxTextExpression':
          if (!/^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value)) {
            c.error(file, at(node), 'body', `"{${node.value.slice(0, 30)}}" is a JavaScript expression, which content may not contain`, 'to show a curly brace write \\{ ; for a comment write {/* … */}');
          }
          return;
        case 'image':
        case 'imageReference':
          c.error(file, at(node), 'body', 'a Markdown image ![…](…) has no caption or credit', 'use <Figure src="…" alt="…" caption="…" credit="…" /> instead');
          return;
        case 'mdxJsxFlowElement':
        case 'mdxJsxTextElement': {
          const name = node.name;
          if (name === null) {
            c.error(file, at(node), 'body', 'empty <> fragments are not allowed', 'remove the <> and </> around the text');
            return;
          }
          if (/^[a-z]/.test(name)) {
            if (FORBIDDEN_HTML.has(name)) {
              c.error(file, at(node), `<${name}>`, `<${name}> is not allowed in content`, 'remove it; pages carry no scripts, styles or embedded pages');
              return;
            }
            if (name === 'img') {
              c.error(file, at(node), '<img>', 'a bare <img> has no caption or credit', 'use <Figure src="…" alt="…" caption="…" credit="…" /> instead');
              return;
            }
            for (const attr of node.attributes) {
              if (attr.type !== 'mdxJsxAttribute') continue;
              if (/^on/i.test(attr.name)) {
                c.error(file, at(node), `<${name}> ${attr.name}`, `event-handler attributes such as ${attr.name} are not allowed`, 'remove the attribute; pages carry no scripts');
              } else if (typeof attr.value === 'string' && /^\s*(javascript|vbscript|data):/i.test(attr.value) && attr.name !== 'alt') {
                c.error(file, at(node), `<${name}> ${attr.name}`, `"${attr.value.slice(0, 30)}" is a script or data URL`, 'link to a page or file instead');
              }
            }
            break;
          }
          const definition = elementDefinition(name);
          if (!definition) {
            const near = closest(name, ELEMENT_NAMES);
            c.error(file, at(node), `<${name}>`, `unknown component <${name}>`, near ? `did you mean <${near}>?` : `use one of ${ELEMENT_NAMES.map((n) => `<${n}>`).join(', ')}, or plain Markdown`);
            return;
          }
          checkElement(definition, node, { emit: (severity, pos, field, message, fix) => c.add(severity, file, pos, field, message, fix), at, kind, normalisedBody: text, parent, refs: elementRefs });
          for (const child of node.children) visit(child, name);
          return;
        }
        default:
          break;
      }
      if ('children' in node) for (const child of node.children) visit(child as RootContent, undefined);
    };
    visit(tree, undefined);
  };

  /** Front matter parsed with positions, or its snapshot from the cache when the text is unchanged. */
  const parseFrontMatter = (yamlText: string, startLine: number): ParsedYaml => {
    const key = createHash('sha1').update(`${CACHE_VERSION}\0yaml\0${startLine}\0${yamlText}`).digest('base64url');
    const hit = opts.cache?.get(key);
    if (hit && 'yaml' in hit) return fromSnapshot(hit.yaml, startLine);
    const y = parseYaml(yamlText, startLine);
    const snapshot = opts.cache ? y.snapshot?.() : undefined;
    if (snapshot) opts.cache?.set(key, { yaml: snapshot });
    return y;
  };

  const readParsed = (full: string, kind: 'article' | 'author'): { file: string; y: ParsedYaml; data: Record<string, unknown>; body: string; bodyStartLine: number } | undefined => {
    const file = rel(full);
    const source = readFileSync(full, 'utf8');
    const split = splitFrontMatter(source);
    if (!split.ok) {
      c.error(file, split.position, 'front matter', split.message, split.fix);
      return undefined;
    }
    const y = parseFrontMatter(split.yaml, split.yamlStartLine);
    for (const e of yamlProblems(split.yaml, split.yamlStartLine, y.errors)) c.error(file, e.position, e.field, e.message, e.fix);
    if (y.errors.length) {
      // Still check the body so the editor sees every problem at once.
      checkBody(file, split.body, split.bodyStartLine, kind);
      return undefined;
    }
    if (!isRecord(y.data)) {
      c.error(file, { line: 1, column: 1 }, 'front matter', `must be a list of "field: value" lines, found ${describe(y.data)}`, 'see content/articles/paris-talks-israel-syria.mdx for the layout');
      return undefined;
    }
    return { file, y, data: y.data, body: split.body, bodyStartLine: split.bodyStartLine };
  };

  const slugProblems = (file: string, slug: string, kind: string) => {
    if (!SLUG_PATTERN.test(slug)) {
      const suggestion = slug
        .toLowerCase()
        .normalize('NFKC')
        .replace(/[^\p{L}\p{N}]+/gu, '-')
        .replace(/^-+|-+$/g, '');
      c.error(file, { line: 1, column: 1 }, 'slug (file name)', `"${slug}" is not a valid ${kind} slug: use lowercase letters, digits and single hyphens`, `rename the file to ${suggestion || 'my-' + kind}${path.extname(file)}`);
    }
  };

  // ---------- sections ----------
  const contentDir = opts.contentDir;
  const sectionFiles = listFiles(path.join(contentDir, 'sections'));
  for (const full of sectionFiles) {
    const file = rel(full);
    const slug = path.basename(full).replace(/\.ya?ml$/, '');
    if (path.extname(full) !== '.yaml' || path.dirname(full) !== path.join(contentDir, 'sections')) continue; // reported as unknown below
    slugProblems(file, slug, 'section');
    sectionSlugs.set(slug, file);
    const yamlText = readFileSync(full, 'utf8');
    const y = parseYaml(yamlText, 1);
    for (const e of yamlProblems(yamlText, 1, y.errors)) c.error(file, e.position, e.field, e.message, e.fix);
    if (y.errors.length) continue;
    if (!isRecord(y.data)) {
      c.error(file, { line: 1, column: 1 }, 'yaml', `must hold "field: value" lines, found ${describe(y.data)}`, 'write title: "…" and description: "…"');
      continue;
    }
    requireString(file, y, y.data, 'title', ['title'], 'title: "Section name"');
    requireString(file, y, y.data, 'description', ['description'], 'description: "One sentence on what the section covers"');
    const order = y.data.order;
    if (order !== undefined && order !== null && typeof order !== 'number') {
      c.error(file, y.positionOf(['order']), 'order', `must be a number, found ${describe(order)}`, 'write order: 1 (without quotes)');
    }
    requireString(file, y, y.data, 'title_ar', ['title_ar'], 'title_ar: "اسم القسم"', false);
    requireString(file, y, y.data, 'description_ar', ['description_ar'], 'description_ar: "جملة عن القسم"', false);
    checkUnknownFields(file, y, y.data, SECTION_FIELDS, [], 'a section');
  }

  // ---------- authors ----------
  const authorFiles = listFiles(path.join(contentDir, 'authors'));
  for (const full of authorFiles) {
    if (path.extname(full) !== '.mdx' || path.dirname(full) !== path.join(contentDir, 'authors')) continue;
    const slug = path.basename(full, '.mdx');
    const file = rel(full);
    slugProblems(file, slug, 'author');
    authorSlugs.set(slug, file);
    const parsed = readParsed(full, 'author');
    if (!parsed) continue;
    const { y, data } = parsed;
    requireString(file, y, data, 'name', ['name'], 'name: "Full Name"');
    requireString(file, y, data, 'role', ['role'], 'role: "Diplomatic correspondent"');
    if (data.avatar !== undefined && data.avatar !== null) checkImagePath(file, y.positionOf(['avatar']), 'avatar', data.avatar, false);
    requireString(file, y, data, 'name_ar', ['name_ar'], 'name_ar: "الاسم بالعربية"', false);
    requireString(file, y, data, 'role_ar', ['role_ar'], 'role_ar: "المسمى بالعربية"', false);
    checkUnknownFields(file, y, data, AUTHOR_FIELDS, [], 'an author');
    checkBody(file, parsed.body, parsed.bodyStartLine, 'author');
  }

  // ---------- articles ----------
  const articleFiles = listFiles(path.join(contentDir, 'articles'));
  for (const full of articleFiles) {
    if (path.extname(full) !== '.mdx' || path.dirname(full) !== path.join(contentDir, 'articles')) continue;
    const slug = path.basename(full, '.mdx');
    const file = rel(full);
    slugProblems(file, slug, 'article');
    const info: ArticleInfo = { file, slug, draft: false, authors: [], related: [] };
    articles.push(info);
    const parsed = readParsed(full, 'article');
    if (!parsed) continue;
    const { y, data } = parsed;

    requireString(file, y, data, 'title', ['title'], 'title: "The headline"');
    requireString(file, y, data, 'dek', ['dek'], 'dek: "One sentence that frames the piece"');
    const published = checkDate(file, y, data.date, ['date'], true);
    const updated = checkDate(file, y, data.updated, ['updated'], false);
    if (published && updated && updated.getTime() < published.getTime()) {
      c.error(file, y.positionOf(['updated']), 'updated', 'is earlier than the publication date', 'set updated to the time of the last substantive change, after date');
    }

    if (published) info.publishedAt = published.getTime();

    // edition and translations
    const lang = data.lang;
    if (lang !== undefined && lang !== null) {
      if (typeof lang === 'string' && (EDITIONS as readonly string[]).includes(lang)) info.lang = lang;
      else {
        const near = typeof lang === 'string' ? closest(lang, EDITIONS) : undefined;
        c.error(file, y.positionOf(['lang']), 'lang', `${typeof lang === 'string' ? `"${lang}"` : describe(lang)} has no edition: the site publishes ${EDITIONS.join(', ')}`, near ? `did you mean ${near}?` : `write lang: ${EDITIONS.join(' or lang: ')}, or add the edition to editions in lib/site.ts first`);
      }
    } else info.lang = 'en';
    const translationKey = requireString(file, y, data, 'translationKey', ['translationKey'], 'translationKey: a-shared-key', false);
    if (translationKey) info.translationKey = { value: translationKey, pos: y.positionOf(['translationKey']) };

    const section = requireString(file, y, data, 'section', ['section'], 'section: middle-east (a file name from content/sections/)');
    if (section) info.section = { value: section, pos: y.positionOf(['section']) };
    info.authors = stringList(file, y, data, 'authors', 'author slugs', 'authors: [lina-haddad]', true);
    const seenAuthors = new Set<string>();
    for (const a of info.authors) {
      if (seenAuthors.has(a.value)) c.error(file, a.pos, 'authors', `lists "${a.value}" twice`, 'remove the repeated author');
      seenAuthors.add(a.value);
    }
    stringList(file, y, data, 'tags', 'tags', 'tags: [Syria, Diplomacy]', false);
    info.related = stringList(file, y, data, 'related', 'article slugs', 'related: [other-article-slug]', false);

    // hero image
    const image = data.image;
    if (image === undefined || image === null) {
      c.error(file, 'image' in data ? y.keyPositionOf(['image']) : y.positionOf([]), 'image', 'is missing: every article needs a hero photo', 'add image: with src, alt, caption and credit on indented lines below it');
    } else if (!isRecord(image)) {
      c.error(file, y.positionOf(['image']), 'image', `must be a group of src, alt, caption and credit, found ${describe(image)}`, 'write image: then indented lines src: …, alt: "…", caption: "…", credit: "…"');
    } else {
      checkImagePath(file, 'src' in image ? y.positionOf(['image', 'src']) : y.keyPositionOf(['image']), 'image.src', image.src, true);
      requireString(file, y, image, 'alt', ['image', 'alt'], 'alt: "What the photo shows, for readers who cannot see it"');
      requireString(file, y, image, 'caption', ['image', 'caption'], 'caption: "Who, what, where and when"');
      requireString(file, y, image, 'credit', ['image', 'credit'], 'credit: "PHOTOGRAPHER / AGENCY"');
      if (typeof image.src !== 'string' && image.src !== undefined && image.src !== null) {
        // already reported by checkImagePath
      }
      checkUnknownFields(file, y, image, IMAGE_FIELDS, ['image'], 'image');
    }

    // format
    const format = data.format;
    if (format !== undefined && format !== null && !(typeof format === 'string' && (ARTICLE_FORMATS as readonly string[]).includes(format))) {
      const near = typeof format === 'string' ? closest(format, ARTICLE_FORMATS) : undefined;
      c.error(file, y.positionOf(['format']), 'format', `must be one of ${ARTICLE_FORMATS.join(', ')}, found ${describe(format)}`, near ? `did you mean ${near}?` : 'pick one of them, or remove the line for analysis');
    }

    // draft
    const draft = data.draft;
    if (draft !== undefined && draft !== null && typeof draft !== 'boolean') {
      c.error(file, y.positionOf(['draft']), 'draft', `must be true or false, found ${describe(draft)}`, 'write draft: true or draft: false, without quotes');
    } else info.draft = draft === true;

    if (data.socialImage !== undefined && data.socialImage !== null) {
      checkImagePath(file, y.positionOf(['socialImage']), 'socialImage', data.socialImage, false);
    }

    const featured = data.featured;
    if (featured !== undefined && featured !== null && typeof featured !== 'boolean') {
      c.error(file, y.positionOf(['featured']), 'featured', `must be true or false, found ${describe(featured)}`, 'write featured: true to lead the front page, or remove the line');
    }

    // corrections
    const corrections = data.corrections;
    if (corrections !== undefined && corrections !== null) {
      if (!Array.isArray(corrections)) {
        c.error(file, y.positionOf(['corrections']), 'corrections', `must be a list, found ${describe(corrections)}`, 'write each correction as "- date: 2026-01-09" with "text: …" on the next line, indented');
      } else {
        corrections.forEach((entry, i) => {
          const field = `corrections[${i + 1}]`;
          if (!isRecord(entry)) {
            c.error(file, y.positionOf(['corrections', i]), field, `must have a date and a text, found ${describe(entry)}`, 'write "- date: 2026-01-09" and "  text: What was wrong and what is right"');
            return;
          }
          const d = checkDate(file, y, entry.date, ['corrections', i, 'date'], true);
          if (d && published && d.getTime() < published.getTime() - 86_400_000) {
            c.error(file, y.positionOf(['corrections', i, 'date']), `${field}.date`, 'is before the article was published', 'give the date the correction was made');
          }
          requireString(file, y, entry, 'text', ['corrections', i, 'text'], 'text: "What was wrong, and what is right"');
          checkUnknownFields(file, y, entry, ['date', 'text'], ['corrections', i], 'a correction');
        });
      }
    }

    checkUnknownFields(file, y, data, ARTICLE_FIELDS, [], 'an article');
    checkBody(file, parsed.body, parsed.bodyStartLine, 'article');

    // Editorial lints: warnings, the build still runs.
    const title = typeof data.title === 'string' ? data.title : undefined;
    const dek = typeof data.dek === 'string' ? data.dek : undefined;
    if (title && title.length > TITLE_MAX) {
      c.warn(file, y.positionOf(['title']), 'title', `the headline is ${title.length} characters; search results and phones cut it after about ${TITLE_MAX}`, 'tighten the headline');
    }
    if (dek && (dek.length < DEK_MIN || dek.length > DEK_MAX)) {
      c.warn(file, y.positionOf(['dek']), 'dek', `the standfirst is ${dek.length} characters; it reads best, and shows whole in search results, at ${DEK_MIN}–${DEK_MAX}`, dek.length < DEK_MIN ? 'say in one full sentence what the piece argues' : 'cut it to one sentence');
    }
    if (data.tags === undefined || (Array.isArray(data.tags) && data.tags.length === 0)) {
      c.warn(file, y.positionOf([]), 'tags', 'has no tags, so it appears on no topic page and has fewer related articles', 'add tags: [Topic, Another topic]');
    }
    for (const [key, value] of Object.entries(data)) {
      const strings = (v: unknown): string[] => (typeof v === 'string' ? [v] : Array.isArray(v) ? v.flatMap(strings) : isRecord(v) ? Object.values(v).flatMap(strings) : []);
      const text = strings(value).join(' ');
      if (/\bTODO\b/.test(text)) c.warn(file, y.positionOf([key]), key, 'still holds a TODO placeholder', 'replace the TODO with the real text');
    }
    if (/\bTODO\b/.test(parsed.body)) {
      const line = parsed.body.split('\n').findIndex((l) => /\bTODO\b/.test(l));
      c.warn(file, { line: parsed.bodyStartLine + line, column: 1 }, 'body', 'the text still holds a TODO placeholder', 'write the text, or remove the TODO line');
    }
    if (published && !info.draft && published.getTime() > (opts.now ?? new Date()).getTime()) {
      info.scheduled = true;
      c.warn(file, y.positionOf(['date']), 'date', `scheduled: goes live at the first build after ${formatDateTime(published, timeZone)} (${timeZone})`, 'nothing to do if that is intended; scheduled builds publish it (docs/editing.md)');
    }
  }

  // ---------- cross-document rules (lib/validation/rules/), magazine issues included ----------
  const now = opts.now ?? new Date();
  const monthStart = (m: string) => (parseContentDate(`${m}-01`, timeZone) as { date: Date }).date.getTime();
  const contentFiles = listFiles(contentDir);
  const siteData = { articles, authors: authorSlugs, sections: sectionSlugs, articleRefs, imageUses, placeholders, bodyLinks: linksByFile, now };
  const context = { contentDir, publicDir: opts.publicDir, contentFiles, rel, monthStart };
  for (const rule of SITE_RULES) rule.check({ ...siteData, ...context, error: c.error.bind(c), warn: c.warn.bind(c) });

  const filesChecked = contentFiles.length;
  return makeReport(c.problems, filesChecked);
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function mdxFixHint(message: string): string {
  if (/closing tag|end tag|Expected a closing/i.test(message)) return 'close every component: <PullQuote>…</PullQuote>, and <Figure … /> with />';
  if (/Unexpected character.*before name|lazy|`<`/i.test(message)) return 'a "<" in text must be written as &lt; or \\<';
  if (/expression|acorn|`\{`/i.test(message)) return 'a "{" in text must be written as \\{';
  return 'look at the line shown: a tag may be unclosed, or a < or { may need a backslash before it';
}
