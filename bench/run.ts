// npm run bench: every section's table, then, as the LAST line, one JSON object
// {"detectMBps", "compromiseMBps", "segmenterMBps", "scale"} (other sections print their JSON above it).
// Add a section: write it as a BenchSection and list it in EXTRA below.

import { benchDetector, detectorSection } from "./detector.ts";
import { notesSection } from "./notes.ts";
import { pageSection } from "./page.ts";
import { popupSection } from "./popup.ts";
import { shareSection } from "./share.ts";
import type { BenchSection } from "./sections.ts";

const EXTRA: BenchSection[] = [popupSection, notesSection, pageSection, shareSection];

function table(header: string[], rows: string[][]): string {
  const all = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...all.map((r) => (r[c] ?? "").length)));
  const fmt = (r: string[]) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join("  ").trimEnd();
  return [fmt(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(fmt)].join("\n");
}

async function main(): Promise<void> {
  for (const s of EXTRA) {
    const rows: string[][] = [];
    const out = await s.run((r) => rows.push(r));
    console.log(`\n## ${s.name}\n${table(s.header, rows)}\n${JSON.stringify(out)}`);
  }
  const rows: string[][] = [];
  const d = benchDetector((r) => rows.push(r));
  console.log(`\n## ${detectorSection.name}\n${table(detectorSection.header, rows)}`);
  const bars = [
    `detect/compromise = ${(d.detectMBps / d.compromiseMBps).toFixed(0)}x (bar >= 50x)`,
    `detect/segmenter = ${(d.detectMBps / d.segmenterMBps).toFixed(2)} (bar >= 0.5)`,
    `scale 1 MB / 100 KB = ${d.scale} (bar <= 12; 10 is linear)`,
  ];
  console.log(bars.join("\n"));
  console.log(JSON.stringify({ detectMBps: d.detectMBps, compromiseMBps: d.compromiseMBps, segmenterMBps: d.segmenterMBps, scale: d.scale }));
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.stack ?? e.message : String(e));
  process.exit(1);
});
