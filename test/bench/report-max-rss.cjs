// Preloaded by the NDJSON benchmark (node --require): prints the process's peak resident memory,
// worker threads included, to stderr as it exits.
process.on('exit', () => require('node:fs').writeSync(2, `\nmax-rss-kb ${process.resourceUsage().maxRSS}\n`));
