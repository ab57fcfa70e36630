import { existsSync } from 'node:fs';
import path from 'node:path';
import type { ElementIssue } from './media-types';

// Files that the chart, video and audio elements point to: a path under public/ that exists.

export function publicFileIssue(attribute: string, value: string, extensions: readonly string[], publicDir: string, example: string): ElementIssue | undefined {
  if (/^[a-z]+:|^\/\//i.test(value)) {
    return { attribute, message: `points to another site (${value}); pages load nothing from other sites`, fix: `save the file under public/ and write ${attribute}="${example}"` };
  }
  if (!value.startsWith('/')) {
    return { attribute, message: `must start with / (a path under public/), found "${value}"`, fix: `write ${attribute}="/${value.replace(/^\.?\/?(public\/)?/, '')}"` };
  }
  if (value.split('/').includes('..')) {
    return { attribute, message: `must not contain ".." (found "${value}")`, fix: `give the path from the public/ folder, e.g. ${example}` };
  }
  const ext = path.extname(value).toLowerCase();
  if (!extensions.includes(ext)) {
    return { attribute, message: `"${value}" is not a ${extensions.join(' or ')} file`, fix: `use a file ending in ${extensions.join(', ')}` };
  }
  if (!existsSync(path.join(publicDir, value))) {
    return { attribute, message: `file not found: public${value}`, fix: `add the file at public${value}, or correct the path` };
  }
  return undefined;
}
