import { readFileSync, writeFileSync } from 'node:fs';

// The data-pagefind-* attributes (body, ignore, meta, filter, sort) tell the search indexer what
// to read; nothing in a browser reads them. Once the index is written (scripts/search-index.ts)
// they are removed from every page: on an article that is about 600 bytes raw, 120 gzip
// (issue 6: HTML that costs what its text costs).

// A start tag: React escapes < and > inside attribute values, and JSON-LD escapes them too, so
// the first > ends it. Text never matches: React writes a literal "<" in text as &lt;.
const START_TAG = /<[a-zA-Z][^<>]*>/g;
// React writes every attribute with a double-quoted value (true for a bare boolean one).
const INDEX_ATTRIBUTE = /\s+data-pagefind-[a-z_-]+(?:="[^"]*")?/g;

/** The page without its data-pagefind-* attributes; anything else is left byte for byte. */
export function withoutIndexAttributes(html: string): string {
  if (!html.includes('data-pagefind-')) return html;
  return html.replace(START_TAG, (tag) => (tag.includes('data-pagefind-') ? tag.replace(INDEX_ATTRIBUTE, '') : tag));
}

/** Removes them from each file; returns how many files changed. */
export function stripIndexAttributes(files: readonly string[]): number {
  let changed = 0;
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    const stripped = withoutIndexAttributes(html);
    if (stripped !== html) {
      writeFileSync(file, stripped);
      changed++;
    }
  }
  return changed;
}
