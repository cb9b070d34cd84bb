#!/usr/bin/env node
// The installed `clustersync` command: the bundled CLI (built by `npm run build`).
// CommonJS like the bundle (bin/package.json), so Node does not start its ES
// module loader.
require('../dist/cli/index.js')
