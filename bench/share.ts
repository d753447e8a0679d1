// Share links: how long making a claim's text directive takes, on its own (the core, over the
// 1 MB generated article) and as a reader feels it (card "Copy link" on a 1 MB article in real
// Chromium: whole-page text walk with layout, directive, link, clipboard).
//
//   npx tsx bench/share.ts     (needs a built dist/ for the browser part)
//   shareSection               (the section bench/run.ts prints)

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { detect } from "../src/core/detect.ts";
import { generateTextDirective } from "../src/core/fragment-directive.ts";
import { findTextDirective } from "../src/core/fragment-match.ts";
import { bigArticle } from "../tests/e2e/big-article.ts";
import { launch } from "../tests/e2e/harness.ts";
import { generateText } from "./gen-text.ts";
import { round } from "./measure.ts";
import type { BenchSection } from "./sections.ts";

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

export interface CoreShareBench {
  textBytes: number;
  claims: number;
  resolved: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
}

/** Directives for 100 claims spread over a 1 MB article; every one checked to select its claim. */
export function benchCoreShare(): CoreShareBench {
  const text = generateText(1_000_000);
  const all = detect(text);
  const step = Math.max(1, Math.floor(all.length / 100));
  const picked = all.filter((_, i) => i % step === 0).slice(0, 100);
  const ms: number[] = [];
  let resolved = 0;
  for (const c of picked) {
    const t0 = performance.now();
    const d = generateTextDirective(text, c.start, c.end);
    ms.push(performance.now() - t0);
    if (!d) continue;
    const hit = findTextDirective(text, d);
    if (!hit || hit.start !== c.start || hit.end !== c.end) throw new Error(`directive for ${c.id} selects something else`);
    resolved++;
  }
  ms.sort((a, b) => a - b);
  return {
    textBytes: Buffer.byteLength(text),
    claims: picked.length,
    resolved,
    medianMs: round(quantile(ms, 0.5), 1),
    p95Ms: round(quantile(ms, 0.95), 1),
    maxMs: round(ms[ms.length - 1] ?? Number.NaN, 1),
  };
}

export interface BrowserShareBench {
  articleBytes: number;
  /** Click on "Copy link" to "Link copied." (or the reason none could be made), median of 5. */
  copyLinkMs: number;
  copyLinkMaxMs: number;
}

export async function benchBrowserShare(): Promise<BrowserShareBench> {
  const dir = mkdtempSync(join(tmpdir(), "claimmark-bench-share-"));
  const { html } = bigArticle();
  writeFileSync(join(dir, "big.html"), html);
  const h = await launch({ serveDir: dir, extensionDir: process.env.CLAIMMARK_EXT_DIR });
  try {
    await h.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: h.server.origin });
    const page = await h.context.newPage();
    await page.goto(h.fixtureUrl("big.html"));
    const tabId = await h.tabIdOf(page);
    const state = await h.pageState(tabId, 60_000);
    const ms: number[] = [];
    for (let i = 0; i < 5; i++) {
      // Claims spread over the article, revealed (card opened) through the real protocol.
      const claim = state.claims[Math.floor(((i + 0.5) / 5) * state.claims.length)]!;
      await h.serviceWorker.evaluate(
        ([id, claimId]) => chrome.tabs.sendMessage(id, { type: "page/reveal-claim", claimId }),
        [tabId, claim.id] as const,
      );
      const card = page.locator("claimmark-card .card");
      await card.waitFor();
      const status = card.locator(".cm-share-status");
      const t0 = performance.now();
      await card.locator('[data-share="link"]').click();
      await status.filter({ hasText: /\S/ }).waitFor({ timeout: 60_000 });
      ms.push(performance.now() - t0);
      await page.keyboard.press("Escape");
    }
    ms.sort((a, b) => a - b);
    return { articleBytes: html.length, copyLinkMs: Math.round(quantile(ms, 0.5)), copyLinkMaxMs: Math.round(ms[ms.length - 1]!) };
  } finally {
    await h.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export const shareSection: BenchSection = {
  name: "Share links (text directive for a claim)",
  header: ["measure", "value"],
  async run(log) {
    const core = benchCoreShare();
    log(["core: article (bytes)", String(core.textBytes)]);
    log(["core: claims, directive found / tried", `${core.resolved} / ${core.claims}`]);
    log(["core: ms per directive, median / p95 / max", `${core.medianMs} / ${core.p95Ms} / ${core.maxMs}`]);
    const browser = await benchBrowserShare();
    log(["Chromium: article (bytes)", String(browser.articleBytes)]);
    log(["Chromium: card Copy link, click to copied (ms), median / max", `${browser.copyLinkMs} / ${browser.copyLinkMaxMs}`]);
    return {
      shareCoreMedianMs: core.medianMs,
      shareCoreP95Ms: core.p95Ms,
      shareCopyLinkMs: browser.copyLinkMs,
    };
  },
};

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows: string[][] = [];
  shareSection.run((r) => rows.push(r)).then(
    (out) => {
      for (const r of rows) console.log(r.join(": "));
      console.log(JSON.stringify(out));
    },
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
