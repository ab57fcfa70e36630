// Serves a built site (out/) the way a static host does: clean URLs (/articles/x is
// articles/x.html), the 404 page with status 404, gzip, and the headers of the shipped
// out/_headers file (scripts/hosting.ts), so `npm start` and the browser tests see what
// readers will. Usage: tsx scripts/static-server.ts [dir] [--port 3000] [--host 0.0.0.0]
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createGzip } from 'node:zlib';
import { headersFor, parseHeadersFile, type HeaderRule } from './headers-file';
import { HEADERS_FILE, NGINX_FILE } from './hosting';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript)|image\/svg)/;
const HIDDEN = new Set([`/${HEADERS_FILE}`, `/${NGINX_FILE}`]);

function resolveFile(root: string, urlPath: string): string | undefined {
  const rel = urlPath.replace(/\/+$/, '') || '/';
  const base = path.join(root, rel);
  if (!base.startsWith(root)) return undefined;
  for (const candidate of rel === '/' ? [path.join(root, 'index.html')] : [base, `${base}.html`, path.join(base, 'index.html')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

export function createStaticServer(dir: string): Server {
  const root = path.resolve(dir);
  const headersPath = path.join(root, HEADERS_FILE);
  // Read per request: a rebuild swaps out/ under a running server.
  const rules = (): HeaderRule[] => (existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : []);
  return createServer((req, res) => {
    let urlPath: string;
    try {
      urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      res.writeHead(400).end('Bad request');
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const found = HIDDEN.has(urlPath) || urlPath.includes('\0') ? undefined : resolveFile(root, urlPath);
    const file = found ?? path.join(root, '404.html');
    const status = found ? 200 : 404;
    let headers: Map<string, string>;
    try {
      headers = headersFor(rules(), urlPath);
    } catch (e) {
      res.writeHead(500).end((e as Error).message);
      return;
    }
    if (!existsSync(file)) {
      res.writeHead(404, Object.fromEntries(headers)).end('Not found');
      return;
    }
    const type = TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    res.statusCode = status;
    for (const [name, value] of headers) res.setHeader(name, value);
    res.setHeader('Content-Type', type);
    if (COMPRESSIBLE.test(type)) res.setHeader('Vary', 'Accept-Encoding');
    if (gzip) res.setHeader('Content-Encoding', 'gzip');
    else res.setHeader('Content-Length', statSync(file).size);
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    const stream = createReadStream(file);
    (gzip ? stream.pipe(createGzip()) : stream).pipe(res);
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const option = (name: string, fallback: string) => {
    const i = args.indexOf(name);
    return i >= 0 && args[i + 1] ? args.splice(i, 2)[1]! : fallback;
  };
  const port = Number(option('--port', process.env.PORT ?? '3000'));
  const host = option('--host', process.env.HOST || '127.0.0.1');
  const dir = args[0] ?? 'out';
  if (!existsSync(path.join(dir, HEADERS_FILE))) console.warn(`static-server: ${dir}/${HEADERS_FILE} is missing: serving without the shipped headers (run npm run build)`);
  const server = createStaticServer(dir).listen(port, host, () => console.log(`Serving ${dir}/ at http://${host === '127.0.0.1' ? 'localhost' : host}:${port}`));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => {
    server.close();
    process.exit(0);
  });
}
