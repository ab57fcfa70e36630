import type { Position } from '../front-matter';

// Where a malformed-MDX error really is. The parser reports an unclosed tag where it gives
// up (often in the next paragraph, reading its words as attribute names); the editor needs
// the line where the tag opens.

export type MdxError = { line?: number; column?: number; reason?: string; message: string };
export type LocatedMdxError = { pos: Position; reason: string; tag?: string };

/** Body-relative position and words for a parse error; an unclosed tag is placed at its `<`. */
export function locateMdxError(body: string, err: MdxError): LocatedMdxError {
  const reason = err.reason ?? err.message;
  // Some errors carry their place only in the text: "(3:1-4:26)".
  const inText = /\((\d+):(\d+)-\d+:\d+\)/.exec(reason);
  const pos = err.line !== undefined ? { line: err.line, column: err.column ?? 1 } : inText ? { line: Number(inText[1]), column: Number(inText[2]) } : { line: 1, column: 1 };
  const open = unclosedTagBefore(body, pos);
  if (open && open.pos.line !== pos.line) {
    return { pos: open.pos, tag: open.name, reason: `the <${open.name}> tag that opens here is never closed (the text after it is read as part of the tag)` };
  }
  return { pos, reason };
}

/** The last `<Name` before pos that is not closed by a `>` before pos. */
function unclosedTagBefore(body: string, pos: Position): { name: string; pos: Position } | undefined {
  const lines = body.split('\n');
  const offset = lines.slice(0, pos.line - 1).reduce((n, l) => n + l.length + 1, 0) + pos.column - 1;
  const before = body.slice(0, offset);
  const start = before.search(/<[A-Za-z][\w.]*(?![\s\S]*<[A-Za-z])/);
  if (start === -1 || before.slice(start).includes('>')) return undefined;
  const name = /^<([A-Za-z][\w.]*)/.exec(before.slice(start))![1]!;
  const upTo = before.slice(0, start).split('\n');
  return { name, pos: { line: upTo.length, column: (upTo[upTo.length - 1]?.length ?? 0) + 1 } };
}
