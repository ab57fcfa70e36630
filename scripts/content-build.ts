// `npm run content:build`: what `contentlayer2 build` does, without its tracing.
// The contentlayer2 CLI (and next-contentlayer2) import '@contentlayer2/utils/effect/Tracing/Enable',
// which makes every Effect fiber record execution traces; on 5,000 articles that bookkeeping was
// half of the compile (310 s → 157 s cold without it, same output). Same config, same errors, same
// exit code: core.runMain prints a failure and exits 1 (docs/adr/0011-content-build-without-tracing.md).
import * as core from 'contentlayer2/core';

const options = { tracingServiceName: 'standfirst', verbose: process.env.CL_DEBUG !== undefined };
const config = await core.runMain<core.Config>(options)(core.getConfig({}));
const info = await core.runMain<core.GenerateInfo>(options)(core.generateDotpkg({ config, verbose: false }));
console.log(`Generated ${info.documentCount} documents in .contentlayer`);
