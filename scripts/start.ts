// `npm start`: builds the site if anything changed since the last build, then
// serves out/ like a static host would (clean URLs, gzip, the 404 page, the shipped headers).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { FINGERPRINT_FILE, fingerprint } from './fingerprint';

const port = process.env.PORT ?? '3000';
const stamp = path.join('out', FINGERPRINT_FILE);
const current = fingerprint();
const built = existsSync(stamp) ? readFileSync(stamp, 'utf8').trim() : '';

if (built === current) {
  console.log('Site is up to date (out/ matches the sources); skipping the build.');
} else {
  console.log(built ? 'Sources changed since the last build: rebuilding…' : 'No build yet: building the site…');
  const result = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('\nThe build failed, so nothing is served. Fix the problems listed above and run `npm start` again.');
    process.exit(result.status ?? 1);
  }
}

// Only this machine can open the site unless HOST says otherwise (e.g. HOST=0.0.0.0 for a phone on the same network).
const host = process.env.HOST || '127.0.0.1';
console.log(`\nStandfirst is at http://${host === '127.0.0.1' ? 'localhost' : host}:${port}  (Ctrl+C to stop)\n`);
// Our static server applies the shipped out/_headers (CSP, caching), as the production host does.
const server = spawn(path.join('node_modules', '.bin', 'tsx'), ['scripts/static-server.ts', 'out', '--port', port, '--host', host], {
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
