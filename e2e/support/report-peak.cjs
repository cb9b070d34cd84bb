// Preloaded with `node --require` into a process whose peak memory a test
// measures: on exit it writes its VmHWM line (the peak resident set, in kB,
// from /proc/self/status) to the file named by CLUSTERSYNC_PEAK_RSS_FILE.
// Read at exit, so the figure is the whole run's peak, not a sample.
const { readFileSync, writeFileSync } = require('node:fs')

const target = process.env.CLUSTERSYNC_PEAK_RSS_FILE
if (target) {
  process.on('exit', () => {
    const status = readFileSync('/proc/self/status', 'utf8')
    const line = /^VmHWM:\s*(\d+) kB$/m.exec(status)
    if (line) writeFileSync(target, line[1])
  })
}
