// `npm run --silent detect -- PATH`: prints the claims of an article as JSON (see the JSON contract).
// PATH is an .html page (the article body found by the content script's own extractor, run on a
// standard DOM from linkedom), a .txt file (one paragraph per line), or "-" for text on stdin.
// Only the JSON goes to stdout; errors go to stderr with a non-zero exit status.

import { readFileSync } from "node:fs";
import { extname } from "node:path";
import { parseHTML } from "linkedom";
import { detect } from "../core/detect.ts";
import { extractArticle } from "../page/extract.ts";

function fail(message: string, code = 1): never {
  process.stderr.write(`detect: ${message}\n`);
  process.exit(code);
}

function readInput(path: string): string {
  try {
    return path === "-" ? readFileSync(0, "utf8") : readFileSync(path, "utf8");
  } catch (e) {
    fail(`cannot read ${path}: ${(e as Error).message}`);
  }
}

/** The article text of an HTML page, exactly as the content script extracts it. */
export function articleTextFromHtml(html: string): string | null {
  const { document } = parseHTML(html);
  const article = extractArticle(document as unknown as Document);
  return article ? article.text : null;
}

function main(argv: string[]): void {
  const path = argv[0];
  if (!path || argv.length > 1) fail("usage: detect PATH (.html, .txt, or - for stdin)", 2);
  const raw = readInput(path);
  const ext = extname(path).toLowerCase();
  let text: string;
  if (ext === ".html" || ext === ".htm") {
    const t = articleTextFromHtml(raw);
    // a page with no article body has no claims; say so on stderr, but the output stays valid JSON
    if (t === null) process.stderr.write(`detect: no article body found in ${path}\n`);
    text = t ?? "";
  } else if (path === "-" || ext === ".txt" || ext === "") {
    text = raw.replace(/\r\n?/g, "\n");
  } else {
    fail(`unsupported input ${path}: expected .html, .txt or -`, 2);
  }
  const claims = detect(text);
  process.stdout.write(JSON.stringify({ claims }, null, 1) + "\n");
}

try {
  main(process.argv.slice(2));
} catch (e) {
  fail((e as Error).stack ?? String(e));
}
