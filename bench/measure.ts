// Timing helpers shared by the bench sections: warm up, then the median of several runs.

import { performance } from "node:perf_hooks";

export interface Timing {
  /** median milliseconds of the measured runs */
  ms: number;
  runs: number;
}

export function time(fn: () => unknown, runs: number, warmup = 1): Timing {
  for (let i = 0; i < warmup; i++) fn();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  return { ms: ms[Math.floor(ms.length / 2)]!, runs };
}

export function utf8Bytes(s: string): number {
  return Buffer.byteLength(s, "utf8");
}

/** Throughput in MB/s (10^6 bytes of UTF-8) for a text measured at `ms`. */
export function mbps(text: string, ms: number): number {
  return utf8Bytes(text) / 1e6 / (ms / 1000);
}

export function round(x: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
