// `npm run dev`'s Contentlayer watcher: what `contentlayer2 dev` does, without its tracing
// (docs/adr/0011-content-build-without-tracing.md) and without its false "config change detected".
// contentlayer2 0.5.8's config watcher hands over the same compiled config two or three times on
// start (its esbuild onEnd hook has `isFirstBuild = false`, so the watch build, the rebuild and
// the rebuild's own result all count), and the CLI calls every one after the first a change and
// regenerates. Here a config only counts as changed when its compiled hash differs.
// Plain JavaScript: @effect-ts's package exports give its ES modules no type declarations, so
// TypeScript would see none of the Stream operators used here.
import * as core from 'contentlayer2/core';
import { errorToString } from 'contentlayer2/utils';
import { E, pipe, S, T } from '@contentlayer2/utils/effect';

const options = { tracingServiceName: 'standfirst', verbose: process.env.CL_DEBUG !== undefined };

let lastHash;
const isNewConfig = E.fold(
  // After an error the same config as before must generate again (the error stopped the data watch).
  () => ((lastHash = undefined), true),
  (config) => {
    const changed = config.esbuildHash !== lastHash;
    lastHash = config.esbuildHash;
    return changed;
  },
);

await core.runMain(options)(
  pipe(
    core.getConfigWatch({}),
    S.filter(isNewConfig),
    S.tapSkipFirstRight(() => T.log('Contentlayer config change detected. Updating type definitions and data...')),
    S.chainSwitchMapEitherRight((config) => core.generateDotpkgStream({ config, verbose: options.verbose, isDev: true })),
    S.tap(E.fold((error) => T.log(errorToString(error)), core.logGenerateInfo)),
    S.runDrain,
  ),
);
