// The build, as one declared list of steps (issue 14): `npm run build` (scripts/build.ts) runs
// them in order; the benchmark times them; `npm start`'s fingerprint hashes their inputs. Each
// step names the files it reads (inputs) and writes (outputs). The preparing steps write shared
// folders and are skipped when the content hash of their inputs is unchanged since their last
// successful run; the site steps run in a staging folder swapped in for out/ (build-site.ts).
import path from 'node:path';
import { siteSteps, STAGING_DIR } from './build-site';

export type BuildStep = {
  name: string;
  cmd: string[];
  env?: Record<string, string>;
  /** Files and folders read (relative to the repository); their content decides whether the step runs. */
  inputs: string[];
  /** Files and folders written; a step whose outputs are missing runs even if its inputs are unchanged. */
  outputs: string[];
  /** 'prepare': writes shared folders, skippable. 'site': part of the staged site build (all or nothing). */
  stage: 'prepare' | 'site';
  /**
   * Its result depends on the clock as well (what is published by now: a scheduled article comes
   * due with no file changing), so it is never skipped; these steps keep their own content caches.
   */
  clock?: true;
};

const tsx = path.join('node_modules', '.bin', 'tsx');
/** Where the content lives (the scale check and tests point it elsewhere). */
export const contentDir = () => process.env.STANDFIRST_CONTENT_DIR ?? 'content';
/** Environment the build's output depends on, hashed with every step's inputs. */
export const BUILD_ENV = ['STANDFIRST_SITE_URL', 'STANDFIRST_CONTENT_DIR', 'STANDFIRST_NOW'];

const LIB = ['lib', 'package-lock.json', 'tsconfig.json'];

/** The site steps' inputs: everything a page can depend on. */
const SITE_INPUTS = ['app', 'components', 'lib', 'public', 'contentlayer.config.ts', 'next.config.ts', 'postcss.config.mjs', 'package-lock.json', 'scripts/postbuild.ts', 'scripts/newsletter.tsx', 'scripts/search-index.ts', 'scripts/hosting.ts', 'scripts/headers-file.ts', 'scripts/build-site.ts', 'scripts/files.ts', 'scripts/pagefind-fragment.ts', 'scripts/index-attributes.ts'];

/** Every step of `npm run build`, in order. The site steps work on `staging`. */
export function buildSteps(staging = STAGING_DIR): BuildStep[] {
  const content = contentDir();
  const prepare: BuildStep[] = [
    { name: 'content check', cmd: [process.execPath, 'scripts/run-bundled.mjs', 'scripts/check-content.ts'], inputs: [content, 'scripts/check-content.ts', 'scripts/run-bundled.mjs', 'contentlayer.config.ts', ...LIB], outputs: [], stage: 'prepare', clock: true },
    { name: 'content compile', cmd: [tsx, 'scripts/content-build.ts'], inputs: [content, 'contentlayer.config.ts', 'scripts/content-build.ts', ...LIB], outputs: ['.contentlayer'], stage: 'prepare' },
    { name: 'islands', cmd: [tsx, 'scripts/build-islands.ts'], inputs: ['components/islands', 'scripts/build-islands.ts', ...LIB], outputs: ['public/islands', 'public/fonts'], stage: 'prepare' },
    {
      name: 'images: social cards and crops',
      cmd: [tsx, 'scripts/derived-images.tsx'],
      inputs: [content, 'public/images', 'scripts/derived-images.tsx', 'contentlayer.config.ts', ...LIB],
      outputs: ['public/og', 'public/crops'],
      stage: 'prepare',
      clock: true,
    },
    {
      name: 'images: responsive variants',
      cmd: [tsx, 'scripts/image-variants.ts'],
      inputs: [content, 'public/images', 'public/crops', 'scripts/image-variants.ts', ...LIB],
      outputs: ['public/variants'],
      stage: 'prepare',
      clock: true,
    },
  ];
  const site = siteSteps(staging).map((step): BuildStep => ({ ...step, inputs: [content, ...SITE_INPUTS], outputs: [staging], stage: 'site' }));
  return [...prepare, ...site];
}

/** Folders the build itself writes under its inputs: never inputs (a step would invalidate itself). */
export function generatedPaths(): Set<string> {
  return new Set(buildSteps().flatMap((s) => (s.stage === 'prepare' ? s.outputs : [])));
}

/** The union of every step's inputs: what `npm start` hashes to decide whether to rebuild. */
export function allInputs(): string[] {
  return [...new Set(buildSteps().flatMap((s) => s.inputs))].sort();
}
