// `npm run docs:elements`: rewrites the element reference in docs/editing.md from the
// definitions in lib/elements/ (between the elements:start and elements:end markers).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { withElementReference } from '../lib/elements/guide';

const file = path.resolve('docs/editing.md');
const before = readFileSync(file, 'utf8');
const after = withElementReference(before);
if (after === before) console.log('docs/editing.md: element reference already up to date');
else {
  writeFileSync(file, after);
  console.log('docs/editing.md: element reference rewritten');
}
