// `npm test`: everything, in the order a failure is cheapest to find —
// content check, generated types, lint, type-check, unit tests, the production
// build, then the browser tests on it. Ends with one "N passed, N failed" line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

// A step that is itself one test (not a runner with its own report) says so, and counts as one.
type Step = { name: string; cmd: string[]; isTest?: boolean };
const steps: Step[] = [
  { name: 'content check', cmd: ['npm', 'run', 'content:check'] },
  { name: 'generate content types', cmd: ['npm', 'run', 'content:build'] },
  { name: 'build islands', cmd: ['npm', 'run', 'build:islands'] },
  { name: 'lint', cmd: ['npm', 'run', 'lint'] },
  { name: 'type-check', cmd: ['npm', 'run', 'typecheck'] },
  { name: 'unit tests', cmd: ['npx', 'vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/unit.json'] },
  { name: 'build', cmd: ['npm', 'run', 'build'] },
  { name: 'browser tests', cmd: ['npx', 'tsx', 'scripts/e2e.ts'] },
  // `npm run dev` as an editor uses it, on a copy of the content (it starts its own server).
  { name: 'dev-mode browser tests', cmd: ['npm', 'run', 'test:e2e:dev'] },
  // Nothing lost at scale: 200 synthetic articles built in a temporary copy, four counts compared.
  { name: 'scale check', cmd: ['npm', 'run', 'scale:check'], isTest: true },
];

rmSync('test-results', { recursive: true, force: true });
mkdirSync('test-results', { recursive: true });
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

let failedStep: string | undefined;
let stepTests = { passed: 0, failed: 0 };
for (const step of steps) {
  console.log(`\n━━ ${step.name}: ${step.cmd.join(' ')}`);
  const started = Date.now();
  const r = spawnSync(step.cmd[0]!, step.cmd.slice(1), { stdio: 'inherit', env });
  console.log(`━━ ${step.name}: ${r.status === 0 ? 'ok' : 'FAILED'} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (step.isTest) stepTests = r.status === 0 ? { ...stepTests, passed: stepTests.passed + 1 } : { ...stepTests, failed: stepTests.failed + 1 };
  if (r.status !== 0) {
    failedStep = step.name;
    break;
  }
}

// Totals from the runners' JSON reports, so CI sees one closing line.
let passed = stepTests.passed;
let failed = stepTests.failed;
if (existsSync('test-results/unit.json')) {
  const unit = JSON.parse(readFileSync('test-results/unit.json', 'utf8')) as { numPassedTests: number; numFailedTests: number };
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
}
for (const report of ['test-results/e2e.json', 'test-results/e2e-dev.json']) {
  if (!existsSync(report)) continue;
  const e2e = JSON.parse(readFileSync(report, 'utf8')) as { stats: { expected: number; unexpected: number; flaky: number } };
  passed += e2e.stats.expected + e2e.stats.flaky;
  failed += e2e.stats.unexpected;
}
if (failedStep) {
  console.log(`\nnpm test stopped at: ${failedStep}`);
  failed = Math.max(failed, 1);
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failedStep || failed > 0 ? 1 : 0);
