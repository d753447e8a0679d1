// Runs the detector on labelled articles in-process, the way the CLI does: an .html page goes through
// the content script's extractor on a linkedom DOM, a .txt file is the article text itself.

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { detect } from "../../src/core/detect.ts";
import { extractArticle } from "../../src/page/extract.ts";
import type { Claim } from "../../src/core/model.ts";
import type { Gold } from "./score.ts";

export const ARTICLES_DIR = join(import.meta.dirname, "..", "fixtures", "articles");

export function articleText(inputPath: string): string {
  const raw = readFileSync(inputPath, "utf8");
  if (!inputPath.endsWith(".html")) return raw.replace(/\r\n?/g, "\n");
  const { document } = parseHTML(raw);
  return extractArticle(document as unknown as Document)?.text ?? "";
}

export interface LabelledArticle {
  name: string;
  gold: Gold;
  input: string;
}

/** Every NAME.gold.json with its NAME.html or NAME.txt in a folder. */
export function labelledArticles(dir = ARTICLES_DIR): LabelledArticle[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".gold.json"))
    .sort()
    .flatMap((f) => {
      const base = join(dir, f.replace(/\.gold\.json$/, ""));
      const input = [".html", ".txt"].map((e) => base + e).find(existsSync);
      if (!input) return [];
      return [{ name: f.replace(/\.gold\.json$/, ""), gold: JSON.parse(readFileSync(join(dir, f), "utf8")) as Gold, input }];
    });
}

export function detectFile(inputPath: string): Claim[] {
  return detect(articleText(inputPath));
}
