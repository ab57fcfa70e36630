import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { VFile } from 'vfile';
import { parse as parseYaml } from 'yaml';
import { DEFAULT_EDITION, EDITIONS, type Edition } from './site';

/**
 * The edition of the document a remark/rehype plugin is compiling. Contentlayer gives the
 * plugins the body and the source path only, so the `lang` comes from the file's front matter.
 */
export function documentEdition(file: VFile, contentDir = process.env.STANDFIRST_CONTENT_DIR ?? 'content'): Edition {
  const raw = (file.data as { rawDocumentData?: { sourceFilePath?: string } }).rawDocumentData;
  if (!raw?.sourceFilePath) return DEFAULT_EDITION;
  try {
    const source = readFileSync(path.join(contentDir, raw.sourceFilePath), 'utf8');
    const yaml = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? '';
    const lang = (parseYaml(yaml) as { lang?: unknown } | null)?.lang;
    return (EDITIONS as readonly unknown[]).includes(lang) ? (lang as Edition) : DEFAULT_EDITION;
  } catch {
    return DEFAULT_EDITION;
  }
}
