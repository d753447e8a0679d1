// The benchmark's sections. A section prints table rows through `log` and returns its numbers;
// bench/run.ts prints every section, and its last line is always the detector's JSON object.

export interface BenchSection {
  name: string;
  header: string[];
  run(log: (row: string[]) => void): Promise<Record<string, number>>;
}
