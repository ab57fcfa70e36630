import type { Root } from 'mdast';
import type { Position } from '../front-matter';
import type { Severity } from '../problems';

// A body rule sees one parsed MDX body and reports what is wrong in it. Its result depends
// only on the text, so the content check caches it by the body's hash.

export type Located = { position?: { start: { line: number; column: number } } };

export type BodyReport = (at: Located | Position, field: string, message: string, fix: string, severity?: Severity) => void;

export type BodyRule = {
  name: string;
  check: (tree: Root, report: BodyReport, kind: 'article' | 'author') => void;
};
