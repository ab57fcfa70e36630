import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Report } from './validation/problems';

// The content check's latest report, for `npm run dev` only: `check-content.ts --watch` writes it
// on every run and the dev pages show its errors (components/DevContentProblems.tsx), so an editor
// sees the check's own message in the browser rather than a crash. Production builds never read it:
// there the check fails the build before any page renders.

export type DevReport = { checkedAt: string; report: Report };

export function devReportFile(root: string): string {
  return path.join(root, 'node_modules/.cache/standfirst/content-check-report.json');
}

export function writeDevReport(root: string, report: Report, checkedAt: Date): void {
  const file = devReportFile(root);
  mkdirSync(path.dirname(file), { recursive: true });
  // Written whole, then renamed: a page rendering meanwhile never reads half a report.
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify({ checkedAt: checkedAt.toISOString(), report } satisfies DevReport));
  renameSync(tmp, file);
}

export function readDevReport(root: string): DevReport | undefined {
  try {
    const data = JSON.parse(readFileSync(devReportFile(root), 'utf8')) as DevReport;
    return Array.isArray(data?.report?.problems) ? data : undefined;
  } catch {
    // No watch-mode check has run (e.g. `next dev` alone): nothing to show.
    return undefined;
  }
}
