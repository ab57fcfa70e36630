// What the content check reports. One Problem = one thing an editor must (error)
// or may (warning) change, located as precisely as we can.

export type Severity = 'error' | 'warning';

export type Problem = {
  severity: Severity;
  /** Path relative to the project root, e.g. content/articles/foo.mdx */
  file: string;
  /** 1-based; 1 when the problem concerns the whole file. */
  line: number;
  column: number;
  /** Front-matter field (dotted path, e.g. image.credit), or a body location such as `<Figure> credit`. */
  field: string;
  message: string;
  fix: string;
};

export type Report = {
  problems: Problem[];
  errorCount: number;
  warningCount: number;
  filesChecked: number;
};

export function makeReport(problems: Problem[], filesChecked: number): Report {
  const sorted = [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.field.localeCompare(b.field),
  );
  return {
    problems: sorted,
    errorCount: sorted.filter((p) => p.severity === 'error').length,
    warningCount: sorted.filter((p) => p.severity === 'warning').length,
    filesChecked,
  };
}

/** Human output: grouped by file, one line per problem: path:line:col  field  message  (fix: …) */
export function formatReport(report: Report, opts: { color?: boolean } = {}): string {
  const c = (code: string, s: string) => (opts.color ? `\x1b[${code}m${s}\x1b[0m` : s);
  const lines: string[] = [];
  let current = '';
  for (const p of report.problems) {
    if (p.file !== current) {
      if (current) lines.push('');
      lines.push(c('1;4', p.file));
      current = p.file;
    }
    const tag = p.severity === 'error' ? c('31', 'error  ') : c('33', 'warning');
    lines.push(`  ${p.file}:${p.line}:${p.column}  ${tag}  ${c('1', p.field)}  ${p.message}  ${c('2', `(fix: ${p.fix})`)}`);
  }
  if (lines.length) lines.push('');
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  const summary = `${plural(report.errorCount, 'error')}, ${plural(report.warningCount, 'warning')} in ${plural(report.filesChecked, 'content file')} checked.`;
  if (report.errorCount > 0) {
    lines.push(c('31', `✖ ${summary} Nothing was published: fix the errors above and build again.`));
  } else {
    lines.push(c('32', `✔ ${summary}`));
  }
  return lines.join('\n');
}
