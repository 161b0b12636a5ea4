// Preloaded into the CLI by the CLI benchmark: prints the process's peak memory when it exits.
process.on('exit', () => process.stderr.write(`\nmaxRSS_MB=${(process.resourceUsage().maxRSS / 1024).toFixed(0)}\n`));
