// The `_headers` file format (Netlify, Cloudflare Pages): a path pattern on its own line,
// then indented `Name: value` lines. Written by scripts/hosting.ts, and read back by
// scripts/static-server.ts, so `npm start` and the browser tests serve exactly the
// headers that ship. Patterns: an exact path, `*` (a splat: anything, including
// slashes) and `:name` (one path segment).

export type HeaderRule = { path: string; headers: [name: string, value: string][] };

export function renderHeadersFile(rules: readonly HeaderRule[], comment: string): string {
  const lines = comment.split('\n').map((l) => `# ${l}`);
  for (const rule of rules) {
    lines.push(rule.path);
    for (const [name, value] of rule.headers) lines.push(`  ${name}: ${value}`);
  }
  return lines.join('\n') + '\n';
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.trimEnd();
    if (!line.trim() || line.trimStart().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: [] });
      return;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (!rule || colon < 0) throw new Error(`_headers line ${i + 1}: expected "Name: value" under a path, got "${line.trim()}"`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  });
  return rules;
}

function patternToRegExp(pattern: string): RegExp {
  const body = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${body}$`);
}

export function matchesPath(pattern: string, urlPath: string): boolean {
  return patternToRegExp(pattern).test(urlPath);
}

/**
 * The headers a host sends for a path: those of every matching rule. Hosts disagree on what
 * happens when two matching rules set the same header (Cloudflare joins the values with a
 * comma), so the rules must never overlap on a header name: that is an error here.
 */
export function headersFor(rules: readonly HeaderRule[], urlPath: string): Map<string, string> {
  const out = new Map<string, string>();
  const from = new Map<string, string>();
  for (const rule of rules) {
    if (!matchesPath(rule.path, urlPath)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      if (out.has(key)) throw new Error(`_headers: ${name} for ${urlPath} is set by both "${from.get(key)}" and "${rule.path}"`);
      out.set(key, value);
      from.set(key, rule.path);
    }
  }
  return out;
}
