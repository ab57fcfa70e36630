// HTML validation with the Nu Html Checker (the W3C's own, from the vnu-jar package; needs
// Java 8+ on the PATH). CLI (`npm run check:html [dir]`): every .html file under out/;
// lists the errors and the warnings, and fails on any error.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export type VnuMessage = { type: string; subType?: string; url?: string; lastLine?: number; lastColumn?: number; message: string; extract?: string };
export type HtmlReport = { errors: VnuMessage[]; warnings: VnuMessage[] };

const vnuJar = createRequire(import.meta.url)('vnu-jar') as string;

/** Validates files or folders (every .html inside) and sorts vnu's messages into errors and warnings. */
export function checkHtml(paths: readonly string[]): HtmlReport {
  const r = spawnSync('java', ['-jar', vnuJar, '--format', 'json', '--skip-non-html', '--exit-zero-always', ...paths], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (r.error) throw new Error(`check-html: cannot run java (${r.error.message}); the Nu Html Checker needs Java 8 or newer`);
  let messages: VnuMessage[];
  try {
    messages = (JSON.parse(r.stderr) as { messages: VnuMessage[] }).messages;
  } catch {
    throw new Error(`check-html: vnu did not answer with JSON (exit ${r.status}):\n${r.stderr.slice(0, 2000)}`);
  }
  return {
    // "non-document-error" is vnu failing to read a file: as bad as an error in it.
    errors: messages.filter((m) => m.type === 'error' || m.type === 'non-document-error'),
    warnings: messages.filter((m) => m.type === 'info' && m.subType === 'warning'),
  };
}

export function formatMessage(m: VnuMessage, root: string): string {
  const file = m.url ? path.relative(root, new URL(m.url).pathname) : '?';
  return `${file}:${m.lastLine ?? '?'}:${m.lastColumn ?? '?'}  ${m.message}${m.extract ? `  [${m.extract.replace(/\s+/g, ' ').trim()}]` : ''}`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = path.resolve(process.argv[2] ?? 'out');
  const { errors, warnings } = checkHtml([dir]);
  for (const w of warnings) console.log(`warning  ${formatMessage(w, dir)}`);
  for (const e of errors) console.error(`error    ${formatMessage(e, dir)}`);
  console.log(`html: ${errors.length} error(s), ${warnings.length} warning(s) in ${path.relative(process.cwd(), dir) || '.'}/`);
  process.exit(errors.length ? 1 : 0);
}
