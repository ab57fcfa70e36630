// A hash of everything a build depends on, written into out/ by the build, so
// `npm start` rebuilds only when something changed.
import { allInputs, BUILD_ENV, generatedPaths } from './build-steps';
import { hashInputs } from './step-state';

// The inputs every build step declares (scripts/build-steps.ts), plus the step list itself; the
// folders the build generates under them (islands, social cards, crops, variants) are not inputs.
const INPUTS = [...allInputs(), 'scripts/build-steps.ts', 'scripts/build.ts', 'scripts/step-state.ts'];
const SKIP = generatedPaths();

export const FINGERPRINT_FILE = '.standfirst-build';

export function fingerprint(root = process.cwd()): string {
  return hashInputs(INPUTS, BUILD_ENV, SKIP, root);
}
