// The extension end to end in real Chromium: it loads, finds the demo article's claims, highlights
// them only inside the article, lists them in the popup, survives malformed messages, and makes no
// network request of its own.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { DIST, launch, type Harness } from "./harness.ts";

let h: Harness;
let page: Page;
let tabId: number;

before(async () => {
  h = await launch();
  page = await h.openFixture("skeleton/reservoir.html");
  tabId = await h.tabIdOf(page);
});

after(async () => {
  await h?.close();
});

/** Text and furniture ancestry of every range in every Claimmark highlight on the page. */
function highlightedRanges(p: Page) {
  return p.evaluate(() => {
    const out: { name: string; text: string; inArticle: boolean; inFurniture: boolean }[] = [];
    for (const [name, hl] of CSS.highlights) {
      if (!name.startsWith("claimmark")) continue;
      for (const r of hl) {
        const node = r.startContainer;
        const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
        out.push({
          name,
          text: (r as Range).toString(),
          inArticle: !!el?.closest("article"),
          inFurniture: !!el?.closest("nav, aside, footer, header, .ticker"),
        });
      }
    }
    return out;
  });
}

test("dist/ is an MV3 extension with a Firefox background fallback and narrow permissions", () => {
  const m = JSON.parse(readFileSync(join(DIST, "manifest.json"), "utf8"));
  assert.equal(m.manifest_version, 3);
  assert.equal(typeof m.background.service_worker, "string");
  assert.deepEqual(m.background.scripts, [m.background.service_worker]);
  assert.deepEqual(m.permissions, ["storage"]);
  assert.equal(m.host_permissions, undefined);
  assert.match(m.content_security_policy.extension_pages, /script-src 'self'; /);
  assert.equal(m.content_scripts[0].run_at, "document_idle");
});

test("web-ext lint finds no errors in dist/ (Firefox's rules)", () => {
  const out = execFileSync(
    process.execPath,
    [join(DIST, "..", "node_modules", "web-ext", "bin", "web-ext.js"), "lint", "--source-dir", DIST, "--output", "json", "--no-config-discovery"],
    { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] },
  );
  const report = JSON.parse(out) as { summary: { errors: number }; errors: { code: string; message: string }[] };
  assert.deepEqual(report.errors.map((e) => `${e.code}: ${e.message}`), []);
  assert.equal(report.summary.errors, 0);
});

test("the service worker runs and gives the extension id", () => {
  assert.match(h.extensionId, /^[a-p]{32}$/);
});

test("claims are found on the demo article and highlighted only inside it", async () => {
  const state = await h.pageState(tabId);
  assert.equal(state.phase, "ready");
  assert.ok(state.claims.length >= 8, `expected the demo's claims, got ${state.claims.length}`);
  const ranges = await highlightedRanges(page);
  assert.ok(ranges.length >= state.claims.length, `expected a highlight per claim, got ${ranges.length}`);
  for (const r of ranges) {
    assert.ok(r.inArticle, `highlight outside the article: ${r.text}`);
    assert.ok(!r.inFurniture, `highlight in page furniture: ${r.text}`);
  }
  const lit = ranges.map((r) => r.text).join(" ");
  assert.match(lit, /31 percent of capacity/);
  assert.doesNotMatch(lit, /1,500 jobs|48,000 readers|120 journalists|4,215 points/);
});

test("the popup lists the page's claims in page order", async () => {
  const state = await h.pageState(tabId);
  const popup = await h.openPopup(tabId);
  try {
    const rows = popup.locator("[data-claim-id]");
    await rows.first().waitFor();
    const ids = await rows.evaluateAll((els) => els.map((e) => e.getAttribute("data-claim-id")));
    assert.deepEqual(ids, state.claims.map((c) => c.id));
    const first = await rows.first().textContent();
    assert.ok(first?.includes(state.claims[0]!.text.slice(0, 40)), `first row: ${first}`);
  } finally {
    await popup.close();
  }
});

test("a malformed message gets an error reply and breaks nothing", async () => {
  // No named helper functions inside evaluate(): tsx would wrap them in a __name() call the
  // browser does not have.
  const replies = await h.serviceWorker.evaluate(async (id: number) => [
    await chrome.tabs.sendMessage(id, { type: "page/no-such-thing" }),
    await chrome.tabs.sendMessage(id, { type: "page/reveal-claim", claimId: 42 }),
    await chrome.tabs.sendMessage(id, "page/get-state"),
    await chrome.tabs.sendMessage(id, { type: "page/get-state" }),
  ], tabId) as { ok: boolean; error?: string; value?: { phase: string } }[];
  assert.equal(replies[0]?.ok, false);
  assert.match(String(replies[0]?.error), /unknown message type/);
  assert.equal(replies[1]?.ok, false);
  assert.match(String(replies[1]?.error), /claimId: expected a string/);
  assert.equal(replies[2]?.ok, false);
  assert.equal(replies[3]?.ok, true);
  assert.equal(replies[3]?.value?.phase, "ready");

  // And the service worker, asked from an extension page.
  const popup = await h.openPopup(tabId);
  try {
    const bg = await popup.evaluate(async () => [
      await chrome.runtime.sendMessage({ type: "bg/page-state", phase: "ready", count: -3 }),
      await chrome.runtime.sendMessage({ type: "bg/page-state", phase: "ready", count: 3 }),
    ]) as { ok: boolean; error?: string }[];
    assert.equal(bg[0]?.ok, false);
    assert.match(String(bg[0]?.error), /count/);
    assert.equal(bg[1]?.ok, true);
  } finally {
    await popup.close();
  }
});

test("a page without an article says so and gets no highlights", async () => {
  const other = await h.openFixture("no-article.html");
  try {
    const state = await h.pageState(await h.tabIdOf(other));
    assert.equal(state.phase, "no-article");
    assert.deepEqual(state.claims, []);
    assert.deepEqual(await highlightedRanges(other), []);
  } finally {
    await other.close();
  }
});

test("the extension made no network request of its own", () => {
  assert.ok(h.requests.includes(h.fixtureUrl("skeleton/reservoir.html")), "the recorder saw the fixture page load");
  assert.deepEqual(h.foreignRequests(), []);
});
