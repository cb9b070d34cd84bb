// What ncc bundles as the CLI (scripts/build.js): src/cli-entry.ts, reached
// from a CommonJS file so that ncc emits CommonJS. Node starts a CommonJS
// program without its ES module loader: an empty .cjs starts in 22 ms here,
// an empty .mjs in 27 ms, and a no-op sync took 4 ms less (BENCHMARKS.md).
require('../src/cli-entry.ts')
