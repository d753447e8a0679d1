// The detector's throughput against two baselines, on the same generated news-like text:
// compromise (numbers + people + organizations) and a paragraph-by-paragraph Intl.Segmenter pass.

import nlp from "compromise";
import { detect } from "../src/core/detect.ts";
import { generateText } from "./gen-text.ts";
import { mbps, round, time, utf8Bytes } from "./measure.ts";
import type { BenchSection } from "./sections.ts";

export interface DetectorBench {
  detectMBps: number;
  compromiseMBps: number;
  segmenterMBps: number;
  /** detect's time on ~1 MB divided by its time on ~100 KB (10 is perfectly linear) */
  scale: number;
}

function segmenterPass(text: string): number {
  const seg = new Intl.Segmenter("en", { granularity: "sentence" });
  let n = 0;
  for (const para of text.split("\n")) for (const _ of seg.segment(para)) n++;
  return n;
}

function compromisePass(text: string): number {
  const doc = nlp(text);
  return doc.numbers().out("array").length + doc.people().out("array").length + doc.organizations().out("array").length;
}

export function benchDetector(log: (row: string[]) => void = () => {}): DetectorBench {
  const small = generateText(100_000);
  const large = generateText(1_000_000);
  const claims = detect(large).length;

  const dSmall = time(() => detect(small), 9, 2);
  const dLarge = time(() => detect(large), 5, 1);
  const sSmall = time(() => segmenterPass(small), 9, 2);
  const sLarge = time(() => segmenterPass(large), 5, 1);
  // compromise runs at a small fraction of a MB/s: the 100 KB text is enough for a stable median.
  const cSmall = time(() => compromisePass(small), 3, 1);

  const row = (name: string, text: string, ms: number, note = "") =>
    log([name, `${round(utf8Bytes(text) / 1000, 0)} KB`, `${round(ms, 1)} ms`, `${round(mbps(text, ms), 2)} MB/s`, note]);
  row("detect()", small, dSmall.ms);
  row("detect()", large, dLarge.ms, `${claims} claims`);
  row("Intl.Segmenter per paragraph", small, sSmall.ms);
  row("Intl.Segmenter per paragraph", large, sLarge.ms);
  row("compromise numbers+people+orgs", small, cSmall.ms);

  return {
    detectMBps: round(mbps(large, dLarge.ms)),
    compromiseMBps: round(mbps(small, cSmall.ms), 3),
    segmenterMBps: round(mbps(large, sLarge.ms)),
    scale: round(dLarge.ms / dSmall.ms),
  };
}

export const detectorSection: BenchSection = {
  name: "detector throughput",
  header: ["pass", "input", "median", "throughput", ""],
  async run(log) {
    return benchDetector(log) as unknown as Record<string, number>;
  },
};
