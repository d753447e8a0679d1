// The reader's highlight switch in real Chromium: off for a site (or everywhere) removes every
// highlight at once, stays off across a reload, and on again brings them back without a reload.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { launch, type Harness } from "./harness.ts";

let h: Harness;

before(async () => {
  h = await launch({ extensionDir: process.env.CLAIMMARK_EXT_DIR });
});

after(async () => {
  await h?.close();
});

const KEY = "settings.highlights";

function painted(p: Page): Promise<number> {
  return p.evaluate(() => {
    let n = 0;
    for (const [name, hl] of CSS.highlights) if (name.startsWith("claimmark-")) n += hl.size;
    return n;
  });
}

async function until(check: () => Promise<boolean>, what: string, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

function setSwitches(value: { global: boolean; sites: Record<string, false> }): Promise<void> {
  const sw = h.context.serviceWorkers().find((w) => w.url().includes(h.extensionId)) ?? h.serviceWorker;
  return sw.evaluate(([key, v]) => chrome.storage.local.set({ [key as string]: v }), [KEY, value] as const);
}

test("switched off for the site: highlights go, stay gone after reload, and come back when on", async () => {
  const page = await h.openFixture("articles/economy-inflation.html");
  try {
    const tab = await h.tabIdOf(page);
    const on = await h.pageState(tab);
    assert.equal(on.phase, "ready");
    assert.ok((await painted(page)) > 0);

    const site = new URL(page.url()).hostname;
    await setSwitches({ global: true, sites: { [site]: false } });
    await until(async () => (await painted(page)) === 0, "highlights to go");
    assert.equal((await h.pageState(tab)).phase, "off");

    await page.reload();
    const after = await h.pageState(await h.tabIdOf(page));
    assert.equal(after.phase, "off");
    // Give a late scan every chance to paint, then check it did not.
    await page.waitForTimeout(800);
    assert.equal(await painted(page), 0);
    await page.keyboard.press("]");
    assert.equal(await page.locator("claimmark-card").count(), 0, "no card while off");

    await setSwitches({ global: true, sites: {} });
    await until(async () => (await painted(page)) > 0, "highlights to come back");
    assert.equal((await h.pageState(await h.tabIdOf(page))).phase, "ready");
  } finally {
    await page.close();
  }
});

test("switched off everywhere: no highlights on any page, after reload too", async () => {
  const page = await h.openFixture("articles/science-glaciers.html");
  try {
    await h.pageState(await h.tabIdOf(page));
    assert.ok((await painted(page)) > 0);
    await setSwitches({ global: false, sites: {} });
    await until(async () => (await painted(page)) === 0, "highlights to go");
    await page.reload();
    assert.equal((await h.pageState(await h.tabIdOf(page))).phase, "off");
    await page.waitForTimeout(800);
    assert.equal(await painted(page), 0);
  } finally {
    await setSwitches({ global: true, sites: {} });
    await page.close();
  }
});
