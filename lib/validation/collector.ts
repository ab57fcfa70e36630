import type { Position } from './front-matter';
import type { Problem, Severity } from './problems';

// Every problem of one run, in the order the checks found them (makeReport's sort is stable, so
// this order decides ties at the same position).
export class Collector {
  problems: Problem[] = [];
  add(severity: Severity, file: string, pos: Position, field: string, message: string, fix: string) {
    this.problems.push({ severity, file, line: pos.line, column: pos.column, field, message, fix });
  }
  error(file: string, pos: Position, field: string, message: string, fix: string) {
    this.add('error', file, pos, field, message, fix);
  }
  warn(file: string, pos: Position, field: string, message: string, fix: string) {
    this.add('warning', file, pos, field, message, fix);
  }
}
