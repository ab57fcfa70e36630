import path from 'node:path';
import { magazineFiles } from './magazine';
import type { SiteRule } from './types';

// A file Contentlayer does not know what to do with is never published: say so rather than drop it silently.

const KINDS = [
  { folder: 'articles', ext: '.mdx' },
  { folder: 'authors', ext: '.mdx' },
  { folder: 'sections', ext: '.yaml' },
] as const;

function fixFor(contentDir: string, full: string): string {
  const relInContent = path.relative(contentDir, full).split(path.sep);
  const folder = relInContent.length > 1 ? relInContent[0] : '';
  const ext = path.extname(full);
  if ((folder === 'articles' || folder === 'authors') && (ext === '.md' || ext === '.markdown')) return `rename it to ${path.basename(full, ext)}.mdx`;
  if (folder === 'sections' && ext === '.yml') return `rename it to ${path.basename(full, ext)}.yaml`;
  if ((folder === 'articles' || folder === 'authors' || folder === 'sections') && relInContent.length > 2) return `move it directly into content/${folder}/ (no sub-folders)`;
  return 'move it out of content/: articles are content/articles/<slug>.mdx, authors content/authors/<slug>.mdx, sections content/sections/<slug>.yaml';
}

export const unknownFiles: SiteRule = {
  name: 'unknown files',
  check({ contentDir, contentFiles, rel, error }) {
    const isKnownKind = (f: string) => KINDS.some((k) => path.extname(f) === k.ext && path.dirname(f) === path.join(contentDir, k.folder));
    const known = new Set([...contentFiles.filter(isKnownKind), ...magazineFiles(contentDir)].map((f) => path.resolve(f)));
    for (const full of contentFiles) {
      if (known.has(path.resolve(full))) continue;
      error(rel(full), { line: 1, column: 1 }, 'file', 'is not an article, author or section file, so it would not be published', fixFor(contentDir, full));
    }
  },
};
