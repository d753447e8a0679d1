// `npx tsx tests/support/score-report.ts [--verbose] [GOLD.json…]`: per-article and overall scores of
// the detector on labelled articles (default: every one in tests/fixtures/articles).

import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { readFileSync } from "node:fs";
import { detectFile, labelledArticles, type LabelledArticle } from "./fixture-detect.ts";
import { emptyTally, scoreArticle, scores, type Gold } from "./score.ts";

const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const files = args.filter((a) => !a.startsWith("--"));
const arts: LabelledArticle[] = files.length
  ? files.map((f) => {
      const base = resolve(f).replace(/\.gold\.json$/, "");
      const input = [".html", ".txt"].map((e) => base + e).find(existsSync) ?? "";
      return { name: base, gold: JSON.parse(readFileSync(resolve(f), "utf8")) as Gold, input };
    })
  : labelledArticles();

const all = emptyTally();
for (const a of arts) {
  const one = scoreArticle(a.gold, detectFile(a.input));
  const s = scores(one);
  console.log(`${a.gold.id.padEnd(28)} ${Object.entries(s).map(([k, v]) => `${k}=${v}`).join(" ")}`);
  if (verbose) for (const n of one.notes) console.log("   " + n);
  scoreArticle(a.gold, detectFile(a.input), all);
}
console.log("overall " + Object.entries(scores(all)).map(([k, v]) => `${k}=${v}`).join(" "));
