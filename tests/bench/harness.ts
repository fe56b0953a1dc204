import os from 'node:os';

/*
 * A small timing harness shared by every benchmark section. Each sample times
 * a batch of calls with process.hrtime.bigint() and divides, so that calls of
 * a few microseconds are not lost in the timer's own overhead; the batch
 * size is chosen per case and printed, since a p99 over batches smooths out
 * single slow calls (a GC pause shows up as one slow batch).
 */

export interface Measurement {
  name: string;
  /** Median microseconds per call. */
  median: number;
  /** 99th percentile microseconds per call. */
  p99: number;
  /**
   * Median CPU microseconds per call (this process, user + system): on a
   * machine busy with other work, wall time includes waiting for a core and
   * this does not, so it is the figure to compare with an idle target.
   */
  cpuMedian: number;
  /** Calls timed together in one sample. */
  batch: number;
  samples: number;
}

export interface Case {
  name: string;
  /** Returns something derived from its work, so the optimiser cannot drop the call. */
  fn: () => unknown;
}

export interface Section {
  title: string;
  /** One line under the title saying what is timed. */
  description: string;
  cases: Case[];
  /** For cases of milliseconds, fewer samples than the default. */
  options?: Partial<Options>;
}

export interface Options {
  /** Time spent calling each case before measuring, to let the JIT settle. */
  warmupMs: number;
  samples: number;
  /** A batch runs at least this long, well above the timer's resolution. */
  minBatchMicroseconds: number;
}

export const DEFAULT_OPTIONS: Options = { warmupMs: 300, samples: 3000, minBatchMicroseconds: 20 };

// Consumed after each case so that no result is ever dead code.
let sink = 0;
function consume(value: unknown): void {
  if (value === undefined || value === null) sink += 1;
  else if (typeof value === 'number') sink += value;
  else sink += 2;
}

function nowNs(): bigint {
  return process.hrtime.bigint();
}

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

export function measure({ name, fn }: Case, options: Options = DEFAULT_OPTIONS): Measurement {
  const warmupEnd = nowNs() + BigInt(options.warmupMs * 1e6);
  let calls = 0;
  while (nowNs() < warmupEnd) {
    for (let i = 0; i < 100; i++) consume(fn());
    calls += 100;
  }
  const warmupCallNs = (options.warmupMs * 1e6) / calls;
  const batch = Math.max(1, Math.ceil((options.minBatchMicroseconds * 1000) / warmupCallNs));

  const perCall: number[] = [];
  const cpuPerCall: number[] = [];
  for (let s = 0; s < options.samples; s++) {
    const cpu = process.cpuUsage();
    const start = nowNs();
    for (let i = 0; i < batch; i++) consume(fn());
    perCall.push(Number(nowNs() - start) / batch / 1000);
    const used = process.cpuUsage(cpu);
    cpuPerCall.push((used.user + used.system) / batch);
  }
  perCall.sort((x, y) => x - y);
  cpuPerCall.sort((x, y) => x - y);
  return { name, median: percentile(perCall, 50), p99: percentile(perCall, 99), cpuMedian: percentile(cpuPerCall, 50), batch, samples: options.samples };
}

export function machine(): string {
  const cpus = os.cpus();
  // The load average tells a reader whether other work shared the cores during the run.
  const load = os.loadavg()[0]?.toFixed(2) ?? '?';
  return `Node ${process.version}, ${cpus[0]?.model ?? 'unknown CPU'} (${cpus.length} cores), ${os.platform()} ${os.arch()}, load average ${load}`;
}

const format = (us: number) => (us < 10 ? us.toFixed(2) : us < 100 ? us.toFixed(1) : us.toFixed(0));

/** Runs a section and prints it as a Markdown table, ready for BENCHMARKS.md. */
export function runSection(section: Section, options: Options = DEFAULT_OPTIONS): Measurement[] {
  console.log(`\n### ${section.title}\n\n${section.description}\n`);
  console.log('| case | median µs | p99 µs | CPU median µs | batch |');
  console.log('|---|---:|---:|---:|---:|');
  const results = section.cases.map((c) => {
    const m = measure(c, { ...options, ...section.options });
    console.log(`| ${m.name} | ${format(m.median)} | ${format(m.p99)} | ${format(m.cpuMedian)} | ${m.batch} |`);
    return m;
  });
  if (Number.isNaN(sink)) console.log('(sink)');
  return results;
}
