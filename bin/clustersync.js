#!/usr/bin/env node
// The installed `clustersync` command: the bundled CLI (built by `npm run build`).
import '../dist/cli/index.js'
