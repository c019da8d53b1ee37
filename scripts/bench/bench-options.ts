/** What `npm run bench` was asked to do. */
export interface BenchOptions {
  /** Exit non-zero when a budget is missed. */
  check: boolean;
  /** One small page, fewer hover moves, 10 growth batches: a smoke run for the test suite. */
  quick: boolean;
  /** Use the build already in .output/chrome-mv3. */
  skipBuild: boolean;
  /** Also profile the first scan with the CDP Profiler (unminified build) and print the top functions. */
  profile: boolean;
  /** Where the results go as JSON. */
  json: string;
}

const USAGE = `Usage: npm run bench -- [--check] [--quick] [--skip-build] [--profile] [--json <file>]
  --check       exit 1 when a budget is missed, listing which
  --quick       one small page, 40 hover moves, 10 growth batches (smoke run)
  --skip-build  use the extension already built in .output/chrome-mv3
  --profile     also sample the first scan with the CDP Profiler and print where the time goes
  --json FILE   results file (default .output/bench.json, or .output/bench-quick.json with --quick)`;

export function benchOptions(argv: readonly string[]): BenchOptions {
  const options: BenchOptions = { check: false, quick: false, skipBuild: false, profile: false, json: '' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--check') options.check = true;
    else if (arg === '--quick') options.quick = true;
    else if (arg === '--skip-build') options.skipBuild = true;
    else if (arg === '--profile') options.profile = true;
    else if (arg === '--json' && argv[i + 1]) options.json = argv[++i] as string;
    else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else {
      console.error(`Unknown argument: ${arg}\n${USAGE}`);
      process.exit(2);
    }
  }
  options.json ||= options.quick ? '.output/bench-quick.json' : '.output/bench.json';
  return options;
}
