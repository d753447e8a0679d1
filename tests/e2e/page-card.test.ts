// The claim card in real Chromium: a click on a highlighted numeric sentence opens the card with
// that claim's source and status in plain words; Esc closes it and focus returns; `]` / `[` walk
// the claims; the evidence sentence is flashed; nav/sidebar/footer figures are never highlighted.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import type { Claim } from "../../src/core/model.ts";
import { STATUS_WORDS } from "../../src/page/card-view.ts";
import { FIXTURES, launch, type Harness } from "./harness.ts";

let h: Harness;

before(async () => {
  h = await launch({ extensionDir: process.env.CLAIMMARK_EXT_DIR });
});

after(async () => {
  await h?.close();
});

/** Every range in Claimmark's highlights, with where it sits on the page. */
function paintedRanges(p: Page) {
  return p.evaluate(() => {
    const out: { name: string; text: string; furniture: boolean }[] = [];
    for (const [name, hl] of CSS.highlights) {
      if (!/^claimmark-(numeric|attributed|both)-/.test(name)) continue;
      for (const r of hl) {
        const node = (r as Range).startContainer;
        const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
        out.push({
          name,
          text: (r as Range).toString().replace(/\s+/g, " ").trim(),
          furniture: !!el?.closest("nav, aside, footer, [class*=sidebar], [class*=cookie], [class*=related], [class*=ad-slot], figure, h1"),
        });
      }
    }
    return out;
  });
}

/** Viewport centre of the first line of the painted range whose text starts like `text`. */
function pointOnClaim(p: Page, text: string) {
  return p.evaluate((want: string) => {
    for (const [name, hl] of CSS.highlights) {
      if (!name.startsWith("claimmark-")) continue;
      for (const r of hl) {
        const got = (r as Range).toString().replace(/\s+/g, " ").trim();
        if (!got.startsWith(want.slice(0, 40))) continue;
        const rect = (r as Range).getClientRects()[0];
        if (rect) return { x: rect.left + Math.min(rect.width / 2, 60), y: rect.top + rect.height / 2 };
      }
    }
    return null;
  }, text);
}

const card = (p: Page) => p.locator("claimmark-card .card");

async function openCardId(p: Page): Promise<string | null> {
  if ((await card(p).count()) === 0) return null;
  return card(p).getAttribute("data-claim-id");
}

test("clicking a highlighted numeric sentence opens its card with the right source and status; Esc closes", async () => {
  const page = await h.openFixture("articles/war-energy-strikes.html");
  try {
    const state = await h.pageState(await h.tabIdOf(page));
    assert.equal(state.phase, "ready");
    const claim = state.claims.find((c) => c.kinds.includes("numeric") && c.source && c.evidence) as Claim | undefined;
    assert.ok(claim, "the fixture has a numeric, attributed claim with evidence");

    // Bring it on screen, then click its painted text.
    await page.evaluate((t: string) => {
      const p = Array.from(document.querySelectorAll("p")).find((e) => (e.textContent ?? "").replace(/\s+/g, " ").includes(t));
      p?.scrollIntoView({ block: "center" });
    }, claim.text.slice(0, 40));
    const at = await pointOnClaim(page, claim.text);
    assert.ok(at, "the claim is painted");
    await page.mouse.click(at.x, at.y);

    await card(page).waitFor({ state: "visible" });
    assert.equal(await card(page).getAttribute("data-claim-id"), claim.id);
    assert.equal(await card(page).locator(".source-name").textContent(), claim.source!.name);
    if (claim.source!.role) assert.equal(await card(page).locator(".source-role").textContent(), `, ${claim.source!.role}`);
    assert.equal(await card(page).locator(".status").textContent(), STATUS_WORDS[claim.status]);
    assert.equal((await card(page).locator("blockquote.claim").textContent())?.trim(), claim.text);
    assert.match((await card(page).locator(".notes, .share").allTextContents()).join(" "), /Notes|Copy|note/i);

    // The card sits next to the sentence and fully on screen.
    const box = await card(page).boundingBox();
    const vp = page.viewportSize()!;
    assert.ok(box && box.x >= 0 && box.y >= 0 && box.x + box.width <= vp.width && box.y + box.height <= vp.height, `card on screen: ${JSON.stringify(box)}`);
    assert.ok(Math.abs(box.y - at.y) < 400, "card near the sentence");

    // Page CSS does not reach into the card.
    await page.addStyleTag({ content: "* { color: rgb(255, 0, 0) !important; font-size: 40px !important; } .card { display: none !important; }" });
    assert.ok(await card(page).isVisible());
    assert.notEqual(await card(page).locator(".status").evaluate((e) => getComputedStyle(e).color), "rgb(255, 0, 0)");

    // The evidence sentence: a click flashes it.
    await card(page).locator("button.evidence").click();
    assert.ok(await page.evaluate(() => CSS.highlights.has("claimmark-flash")));

    await page.keyboard.press("Escape");
    await card(page).waitFor({ state: "detached" });
    assert.equal(await openCardId(page), null);

    // A click on plain text opens nothing.
    await page.evaluate(() => window.scrollTo(0, 0));
    const head = await page.locator("h1").boundingBox();
    await page.mouse.click(head!.x + 5, head!.y + 5);
    assert.equal(await openCardId(page), null);
  } finally {
    await page.close();
  }
});

test("] and [ walk the claims in page order, focus moves into the card and returns on Esc", async () => {
  const page = await h.openFixture("articles/war-energy-strikes.html");
  try {
    const state = await h.pageState(await h.tabIdOf(page));
    const ids = state.claims.map((c) => c.id);
    assert.ok(ids.length >= 3);
    await page.evaluate(() => window.scrollTo(0, 0));
    // Focus something on the page first: it must get focus back when the card closes.
    await page.focus("nav a");
    const focusedBefore = await page.evaluate(() => document.activeElement?.textContent);

    await page.keyboard.press("]");
    await card(page).waitFor();
    assert.equal(await openCardId(page), ids[0]);
    // A page script's synthetic click or key is not the reader's: the card stays as it is.
    await page.evaluate(() => {
      document.querySelector("h1")?.click();
      document.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
    });
    assert.equal(await openCardId(page), ids[0]);
    assert.equal(await page.evaluate(() => document.activeElement?.localName), "claimmark-card");
    assert.equal(await card(page).locator(".count").textContent(), `1 of ${ids.length}`);

    await page.keyboard.press("]");
    assert.equal(await openCardId(page), ids[1]);
    await page.keyboard.press("]");
    assert.equal(await openCardId(page), ids[2]);
    await page.keyboard.press("[");
    assert.equal(await openCardId(page), ids[1]);
    // Alt+Shift+J / K do the same.
    await page.keyboard.press("Alt+Shift+KeyJ");
    assert.equal(await openCardId(page), ids[2]);
    await page.keyboard.press("Alt+Shift+KeyK");
    assert.equal(await openCardId(page), ids[1]);
    // The card's own buttons too.
    await card(page).locator("button.next").click();
    assert.equal(await openCardId(page), ids[2]);

    // The walked-to sentence is painted as active.
    assert.equal(await page.evaluate(() => CSS.highlights.get("claimmark-active")?.size ?? 0), 1);

    await page.keyboard.press("Escape");
    await card(page).waitFor({ state: "detached" });
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), focusedBefore);
    assert.equal(await page.evaluate(() => CSS.highlights.get("claimmark-active")?.size ?? 0), 0);

    // Typing `]` in a text field is typing, not walking.
    await page.evaluate(() => {
      const input = document.createElement("input");
      input.id = "cm-test-input";
      document.body.prepend(input);
    });
    await page.focus("#cm-test-input");
    await page.keyboard.press("]");
    assert.equal(await openCardId(page), null);
    assert.equal(await page.inputValue("#cm-test-input"), "]");
  } finally {
    await page.close();
  }
});

test("on every fixture article: one highlight per claim, none in nav, sidebar, footer or boxes", async () => {
  const files = readdirSync(join(FIXTURES, "articles")).filter((f) => f.endsWith(".html"));
  assert.ok(files.length >= 3);
  const page = await h.context.newPage();
  try {
    for (const f of files) {
      await page.goto(h.fixtureUrl(`articles/${f}`));
      const state = await h.pageState(await h.tabIdOf(page));
      assert.equal(state.phase, "ready", f);
      const ranges = await paintedRanges(page);
      assert.equal(ranges.length, state.claims.length, `${f}: one painted range per claim`);
      for (const r of ranges) assert.ok(!r.furniture, `${f}: painted furniture: ${r.text.slice(0, 80)}`);
      const painted = new Set(ranges.map((r) => r.text));
      for (const c of state.claims) assert.ok(painted.has(c.text.replace(/\s+/g, " ").trim()), `${f}: claim not painted: ${c.text.slice(0, 60)}`);
    }
  } finally {
    await page.close();
  }
});

test("the content script leaves no error in the page's console", async () => {
  const page = await h.context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  try {
    await page.goto(h.fixtureUrl("articles/health-measles.html"));
    await h.pageState(await h.tabIdOf(page));
    await page.keyboard.press("]");
    await page.keyboard.press("Escape");
    await page.mouse.click(5, 5);
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});

test("on a dark page the card and the highlights use the dark palette", async () => {
  const page = await h.context.newPage();
  try {
    const url = h.fixtureUrl("articles/science-glaciers.html");
    await page.route(url, async (route) => {
      const res = await route.fetch();
      const html = (await res.text()).replace("</head>", "<style>html, body { background: #121212 !important; color: #e6e6e6 !important; }</style></head>");
      await route.fulfill({ response: res, body: html });
    });
    await page.goto(url);
    await h.pageState(await h.tabIdOf(page));
    const css = await page.evaluate(() =>
      document.adoptedStyleSheets.flatMap((s) => Array.from(s.cssRules).map((r) => r.cssText)).join("\n"),
    );
    assert.match(css, /::highlight\(claimmark-numeric-unaddressed\)/);
    assert.match(css, /rgba\(255, 200, 40, 0\.3\)/, "dark numeric background");
    await page.keyboard.press("]");
    await card(page).waitFor();
    const bg = await card(page).evaluate((e) => getComputedStyle(e).backgroundColor);
    assert.equal(bg, "rgb(31, 35, 40)");
  } finally {
    await page.close();
  }
});
