// Pages that change after load, in real Chromium: infinite scroll, SPA navigation through the
// History API, a live blog. New content gets highlights, nothing is painted twice, removed or
// replaced text loses its claims, and page furniture stays unpainted.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import type { PageState } from "../../src/background/protocol.ts";
import { launch, type Harness } from "./harness.ts";

let h: Harness;

before(async () => {
  h = await launch({ extensionDir: process.env.CLAIMMARK_EXT_DIR });
});

after(async () => {
  await h?.close();
});

interface Painted {
  texts: string[];
  furniture: string[];
}

function painted(p: Page): Promise<Painted> {
  return p.evaluate(() => {
    const texts: string[] = [];
    const furniture: string[] = [];
    for (const [name, hl] of CSS.highlights) {
      if (!/^claimmark-(numeric|attributed|both)-/.test(name)) continue;
      for (const r of hl) {
        const range = r as Range;
        if (range.collapsed) continue;
        const text = range.toString().replace(/\s+/g, " ").trim();
        texts.push(text);
        const node = range.startContainer;
        const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
        if (!el?.isConnected || el.closest("nav, aside, footer, header, .mast, .top, .controls, time, .side")) furniture.push(text);
      }
    }
    return { texts, furniture };
  });
}

/** Polls the content script until `ok(state)`; returns that state. */
async function stateWhere(page: Page, ok: (s: PageState) => boolean, what: string, ms = 8000): Promise<PageState> {
  const tab = await h.tabIdOf(page);
  const end = Date.now() + ms;
  let last: PageState | null = null;
  while (Date.now() < end) {
    last = await h.pageState(tab);
    if (ok(last)) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}; last claims: ${JSON.stringify(last?.claims.map((c) => c.text))}`);
}

/** Every claim painted exactly once, nothing else painted, no furniture. */
async function assertPaintedExactly(page: Page, state: PageState, label: string): Promise<void> {
  // Painting follows the scan by a few frames at most.
  let p: Painted = { texts: [], furniture: [] };
  for (let i = 0; i < 20; i++) {
    p = await painted(page);
    if (p.texts.length === state.claims.length) break;
    await page.waitForTimeout(50);
  }
  assert.deepEqual(p.furniture, [], `${label}: furniture painted`);
  const want = state.claims.map((c) => c.text.replace(/\s+/g, " ").trim()).sort();
  assert.deepEqual([...p.texts].sort(), want, `${label}: painted ranges are exactly the claims`);
  assert.equal(new Set(state.claims.map((c) => c.id)).size, state.claims.length, `${label}: claim ids unique`);
}

const has = (s: PageState, text: string) => s.claims.some((c) => c.text.includes(text));

test("infinite scroll: continued text and appended stories get highlights once", async () => {
  const page = await h.openFixture("dynamic/infinite.html");
  try {
    const first = await stateWhere(page, (s) => s.phase === "ready", "first scan");
    assert.ok(first.claims.length >= 2, "the first story has claims");
    await assertPaintedExactly(page, first, "initial");

    await page.click("#show-more");
    const more = await stateWhere(page, (s) => has(s, "1,240 sailings"), "continued paragraphs");
    assert.ok(more.claims.length > first.claims.length);
    await assertPaintedExactly(page, more, "after continue reading");
    // Earlier claims kept their ids: blocks already scanned were not redone.
    for (const c of first.claims) assert.ok(more.claims.some((d) => d.id === c.id && d.text === c.text), `kept ${c.text.slice(0, 40)}`);

    // (clicked in place: scrolling the button into view would bring the bottom sentinel near the viewport
    // too, and on a slow machine it can load every story before the click lands)
    await page.$eval("#load-more", (b) => (b as HTMLButtonElement).click());
    await page.waitForFunction(() => document.documentElement.dataset.loaded === "1");
    const next = await stateWhere(page, (s) => s.claims.length > more.claims.length, "the appended story");
    await assertPaintedExactly(page, next, "after one appended story");

    // A scroll to the bottom loads another one, like a reader would.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForFunction(() => Number(document.documentElement.dataset.loaded) >= 2);
    const third = await stateWhere(page, (s) => s.claims.length > next.claims.length, "the scrolled-in story");
    await assertPaintedExactly(page, third, "after scrolling");
    assert.ok(!has(third, "40,000 readers"), "footer figure is not a claim");
  } finally {
    await page.close();
  }
});

test("SPA: pushState swaps the article, Back restores it, an in-place correction repaints one block", async () => {
  const page = await h.openFixture("dynamic/spa.html");
  try {
    const budget = await stateWhere(page, (s) => s.phase === "ready" && has(s, "£3.2m"), "budget story");
    await assertPaintedExactly(page, budget, "budget");

    await page.click("#link-hospital");
    const hospital = await stateWhere(page, (s) => has(s, "61,000") && !has(s, "£3.2m"), "hospital story");
    assert.match(hospital.url, /story=hospital/);
    await assertPaintedExactly(page, hospital, "hospital");

    await page.goBack();
    const back = await stateWhere(page, (s) => has(s, "£3.2m") && !has(s, "61,000"), "budget after Back");
    assert.equal(back.claims.length, budget.claims.length, "same claims as the first visit, not twice as many");
    await assertPaintedExactly(page, back, "budget after Back");

    await page.click("#apply-correction");
    const fixed = await stateWhere(page, (s) => has(s, "12,400 potholes") && !has(s, "11,000 potholes"), "corrected paragraph");
    await assertPaintedExactly(page, fixed, "after correction");
    assert.ok(!has(fixed, "Rail fares"), "sidebar figures are not claims");
  } finally {
    await page.close();
  }
});

test("live blog: prepended, edited and removed entries update the claims", async () => {
  const page = await h.openFixture("dynamic/liveblog.html");
  try {
    const start = await stateWhere(page, (s) => s.phase === "ready" && has(s, "48,000 homes"), "live blog");
    await assertPaintedExactly(page, start, "start");
    assert.ok(!has(start, "90mph") && !has(start, "1.2m people"), "headline and badge are not claims");

    await page.click("#new-entry");
    const added = await stateWhere(page, (s) => s.claims.length > start.claims.length, "the new entry");
    await assertPaintedExactly(page, added, "after a new entry");

    await page.click("#edit-entry");
    const edited = await stateWhere(page, (s) => !has(s, "About 48,000 homes"), "the edited entry");
    await assertPaintedExactly(page, edited, "after an edit");

    await page.click("#remove-entry");
    const removed = await stateWhere(page, (s) => !has(s, "94mph"), "the removed entry");
    assert.ok(removed.claims.length < edited.claims.length);
    await assertPaintedExactly(page, removed, "after a removal");
  } finally {
    await page.close();
  }
});
