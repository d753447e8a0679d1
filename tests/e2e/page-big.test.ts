// A long article in real Chromium: claims are found everywhere, but only those near the viewport
// are registered as highlights (Chromium's cost for any highlight change grows with every
// registered range); scrolling brings the rest in, and the card and shortcuts work far down.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { bigArticle } from "./big-article.ts";
import { launch, type Harness } from "./harness.ts";

let h: Harness;
let dir: string;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), "claimmark-big-"));
  writeFileSync(join(dir, "big.html"), bigArticle(250_000).html);
  h = await launch({ serveDir: dir, extensionDir: process.env.CLAIMMARK_EXT_DIR });
});

after(async () => {
  await h?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Registered claim ranges and how far each is from the viewport, in viewport heights. */
function registered(p: Page) {
  return p.evaluate(() => {
    const out: { text: string; screens: number }[] = [];
    for (const [name, hl] of CSS.highlights) {
      if (!/^claimmark-(numeric|attributed|both)-/.test(name)) continue;
      for (const r of hl) {
        const rect = (r as Range).getBoundingClientRect();
        const off = rect.bottom < 0 ? -rect.bottom : rect.top > innerHeight ? rect.top - innerHeight : 0;
        out.push({ text: (r as Range).toString(), screens: off / innerHeight });
      }
    }
    return out;
  });
}

async function until<T>(get: () => Promise<T>, ok: (v: T) => boolean, what: string, ms = 8000): Promise<T> {
  const end = Date.now() + ms;
  let v = await get();
  while (!ok(v)) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
    v = await get();
  }
  return v;
}

test("only claims near the viewport are registered; scrolling and the card work to the end", async () => {
  const page = await h.openFixture("big.html");
  try {
    const state = await h.pageState(await h.tabIdOf(page), 30_000);
    assert.equal(state.phase, "ready");
    assert.ok(state.claims.length > 600, `a long article has many claims (${state.claims.length})`);

    const top = await until(() => registered(page), (r) => r.length > 0, "highlights near the top");
    assert.ok(top.length < state.claims.length / 3, `registered ${top.length} of ${state.claims.length}`);
    for (const r of top) assert.ok(r.screens <= 3, `registered far from the viewport: ${r.screens.toFixed(1)} screens`);

    // Scroll to the end: claims there get registered, the ones at the top are let go. (The article
    // repeats its paragraphs, so positions, not texts, tell claims apart.)
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const bottom = await until(
      () => registered(page),
      (r) => r.length > 0 && r.every((x) => x.screens <= 3) && r.some((x) => x.screens === 0),
      "claims at the end to be registered and those at the top let go",
    );
    assert.ok(bottom.length < state.claims.length / 3);

    // The shortcut walks from the viewport, far down the page.
    await page.keyboard.press("[");
    await page.locator("claimmark-card .card").waitFor();
    const id = await page.locator("claimmark-card .card").getAttribute("data-claim-id");
    const index = state.claims.findIndex((c) => c.id === id);
    assert.ok(index > state.claims.length * 0.9, `walked to claim ${index} of ${state.claims.length}`);
    await page.keyboard.press("Escape");

    // And the popup's reveal jumps back to the top and opens the first claim's card.
    const tab = await h.tabIdOf(page);
    const reply = (await h.serviceWorker.evaluate(
      ([t, c]) => chrome.tabs.sendMessage(t as number, { type: "page/reveal-claim", claimId: c }),
      [tab, state.claims[0]!.id] as const,
    )) as { ok: boolean; value?: { found: boolean } };
    assert.equal(reply.value?.found, true);
    await until(() => page.locator("claimmark-card .card").getAttribute("data-claim-id"), (v) => v === state.claims[0]!.id, "the first claim's card");
    await until(
      () => registered(page),
      (r) => r.length > 0 && r.every((x) => x.screens <= 3) && r.some((x) => x.text.replace(/\s+/g, " ").trim() === state.claims[0]!.text),
      "the claims at the top to be registered again",
    );
  } finally {
    await page.close();
  }
});
