import { createHash } from 'node:crypto';
import type { Root } from 'mdast';
import type { ElementRef } from '../elements/check';
import { elementDefinition } from '../elements/registry';
import { normaliseForQuote } from '../elements/text';
import { bodyText, parseMdx } from '../mdx-ast';
import type { BodyCache, BodyCacheEntry } from './check-content';
import type { Collector } from './collector';
import type { Position } from './front-matter';
import type { ImagePaths } from './image-paths';
import { checkBodyElements } from './rules/body-elements';
import { bodyLinks, type LinkRef } from './rules/body-links';
import { locateMdxError, type MdxError } from './rules/mdx-parse-error';
import { BODY_RULES } from './rules/registry';
import type { ArticleRef, Located } from './rules/types';

// The MDX body of an article or author page. Its analysis depends only on the text, so it is
// cached by the text's hash (MDX parsing is most of the check's time); what it finds that
// depends on other files (element attributes naming files or articles) is checked on every run.

type Kind = 'article' | 'author';

export type BodyChecker = {
  check: (file: string, body: string, bodyStartLine: number, kind: Kind) => void;
  articleRefs: ArticleRef[];
  /** file → the links in its body. */
  linksByFile: Map<string, LinkRef[]>;
};

function mdxFixHint(message: string): string {
  if (/closing tag|end tag|Expected a closing/i.test(message)) return 'close every component: <PullQuote>…</PullQuote>, and <Figure … /> with />';
  if (/Unexpected character.*before name|lazy|`<`/i.test(message)) return 'a "<" in text must be written as &lt; or \\<';
  if (/expression|acorn|`\{`/i.test(message)) return 'a "{" in text must be written as \\{';
  return 'look at the line shown: a tag may be unclosed, or a < or { may need a backslash before it';
}

/** Reports the problems of one body into `c`; returns what must be checked against other files. */
function analyse(c: Collector, file: string, body: string, bodyStartLine: number, kind: Kind): { refs: ElementRef[]; links: LinkRef[] } {
  const refs: ElementRef[] = [];
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
    return { refs, links: [] };
  }
  const text = normaliseForQuote(bodyText(tree));
  const at = (n: Located): Position => ({ line: (n.position?.start.line ?? 1) + bodyStartLine - 1, column: n.position?.start.column ?? 1 });
  const links = bodyLinks(tree).map((l) => ({ url: l.url, pos: { line: l.pos.line + bodyStartLine - 1, column: l.pos.column } }));
  for (const rule of BODY_RULES) {
    rule.check(tree, (where, field, message, fix, severity = 'error') => c.add(severity, file, 'line' in where ? { line: where.line + bodyStartLine - 1, column: where.column } : at(where), field, message, fix), kind);
  }
  checkBodyElements(tree, undefined, { emit: (severity, pos, field, message, fix) => c.add(severity, file, pos, field, message, fix), at, kind, normalisedBody: text, refs });
  return { refs, links };
}

export function bodyChecker(c: Collector, images: ImagePaths, cacheVersion: number, cache: BodyCache | undefined): BodyChecker {
  const articleRefs: ArticleRef[] = [];
  const linksByFile = new Map<string, LinkRef[]>();
  const check: BodyChecker['check'] = (file, body, bodyStartLine, kind) => {
    const key = createHash('sha1').update(`${cacheVersion}\0${kind}\0${bodyStartLine}\0${body}`).digest('base64url');
    const hit = cache?.get(key);
    let entry: BodyCacheEntry | undefined = hit && 'problems' in hit ? hit : undefined;
    if (!entry) {
      const before = c.problems.length;
      const found = analyse(c, file, body, bodyStartLine, kind);
      entry = {
        problems: c.problems.splice(before).map((p) => {
          const { file: _file, ...rest } = p; // eslint-disable-line @typescript-eslint/no-unused-vars -- the file is re-added on replay
          return rest;
        }),
        ...found,
      };
      cache?.set(key, entry);
    }
    for (const p of entry.problems) c.problems.push({ ...p, file });
    for (const ref of entry.refs) {
      const spec = elementDefinition(ref.element)?.attributes[ref.attr];
      const field = `<${ref.element}> ${ref.attr}`;
      if (spec?.file) images.check(file, ref.pos, field, ref.value, true, spec.file, ref.attrs);
      if (spec?.article) articleRefs.push({ ...ref, file, kind });
    }
    linksByFile.set(file, entry.links);
  };
  return { check, articleRefs, linksByFile };
}
