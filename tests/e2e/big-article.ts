// A long article made of the fixtures' own body paragraphs, in an ordinary news layout, for the
// big-page E2E test and the page benchmark.

import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { FIXTURES } from "./harness.ts";

/** A big article built from the fixtures' own body paragraphs, in an ordinary news layout. */
export function bigArticle(targetBytes = 1_000_000): { html: string; paragraphs: number } {
  const paras: string[] = [];
  for (const f of readdirSync(join(FIXTURES, "articles")).filter((n) => n.endsWith(".html"))) {
    const html = readFileSync(join(FIXTURES, "articles", f), "utf8");
    for (const m of html.matchAll(/<p>([\s\S]*?)<\/p>/g)) if (m[1]!.length > 120) paras.push(m[1]!);
  }
  if (paras.length === 0) throw new Error("no fixture paragraphs to build the big article from");
  const body: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < targetBytes; i++) {
    const p = `<p>${paras[i % paras.length]}</p>`;
    body.push(i % 40 === 39 ? `<h2>Part ${i / 40 + 1}</h2>${p}` : p);
    bytes += p.length;
  }
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Long read</title></head><body>
<header><nav><a href="#">World</a> <a href="#">Top 10</a></nav></header>
<main><article><h1>A very long read</h1>${body.join("\n")}</article>
<aside class="sidebar"><h2>Most read</h2><ol><li><a href="#">Markets fall 3%</a></li></ol></aside></main>
<footer>© 2026 Example News, 120 Example Street</footer></body></html>`;
  return { html, paragraphs: body.length };
}

