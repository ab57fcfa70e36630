// `npm run content:check` and the first step of `npm run build`: validates
// content/ with the same rules the build relies on, prints every problem at once,
// and exits 1 on any error so nothing invalid is published.
import path from 'node:path';
import { checkContent } from '../lib/validation/check-content';
import { formatReport } from '../lib/validation/problems';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const root = process.cwd();
const contentDir = path.resolve(flag('--content') ?? process.env.STANDFIRST_CONTENT_DIR ?? 'content');
const publicDir = path.resolve(flag('--public') ?? process.env.STANDFIRST_PUBLIC_DIR ?? 'public');

const report = checkContent({ contentDir, publicDir, rootDir: root });
if (args.includes('--json')) {
  process.stdout.write(JSON.stringify(report, null, 2) + '\n');
} else {
  const out = formatReport(report, { color: process.stdout.isTTY === true && !process.env.NO_COLOR });
  (report.errorCount > 0 ? process.stderr : process.stdout).write(out + '\n');
}
process.exitCode = report.errorCount > 0 ? 1 : 0;
