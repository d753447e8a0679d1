// Share links in real Chromium, in two profiles:
//  - with Claimmark: the card's "Copy link" gives a link; opened, it opens the card on that claim
//    (and shows a sharer's note as text); hostile links are refused with a message;
//  - without Claimmark: the same link scrolls to and marks the sentence natively (the fixture
//    styles ::target-text magenta, so the browser's mark is measured in a screenshot), and a
//    sentence that occurs three times on the page is marked where it was shared, not elsewhere.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { chromePath, launch, type Harness } from "./harness.ts";

const REPEATED = "Grain exports fell 12% in the 2020-21 season, the ministry said on Monday.";
const FIXTURE = "share/repeat.html";
const BLOCKS = ["teaser", "p1", "p2", "p3", "p4"];

let h: Harness;
let plain: BrowserContext;
let plainProfile: string;

before(async () => {
  // CLAIMMARK_DIST: a private build, so a run does not race another build of dist/.
  h = await launch(process.env.CLAIMMARK_DIST ? { extensionDir: process.env.CLAIMMARK_DIST } : {});
  // Reading back needs permission; writing must work with the click alone, as for a reader.
  await h.context.grantPermissions(["clipboard-read"], { origin: h.server.origin });
  plainProfile = mkdtempSync(join(tmpdir(), "claimmark-plain-"));
  // No --load-extension: a reader without Claimmark.
  plain = await chromium.launchPersistentContext(plainProfile, {
    executablePath: chromePath(),
    headless: true,
    viewport: { width: 1200, height: 900 },
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
});

after(async () => {
  await plain?.close().catch(() => undefined);
  if (plainProfile) rmSync(plainProfile, { recursive: true, force: true });
  await h?.close();
});

const card = (p: Page) => p.locator("claimmark-card .card");

/** Clicks the painted sentence inside the element with id `blockId`, which opens its card. */
async function openCardOn(page: Page, blockId: string, sentence: string): Promise<void> {
  const at = await page.evaluate(
    ({ blockId, sentence }) => {
      const block = document.getElementById(blockId)!;
      block.scrollIntoView({ block: "center" });
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = (n as Text).data.indexOf(sentence.slice(0, 20));
        if (i < 0) continue;
        const r = document.createRange();
        r.setStart(n, i + 1);
        r.setEnd(n, i + 4);
        // The first line box: a range that wraps has a bounding box whose middle is between the lines.
        const rect = r.getClientRects()[0] ?? r.getBoundingClientRect();
        return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
      }
      return null;
    },
    { blockId, sentence },
  );
  assert.ok(at, `sentence in #${blockId}`);
  await page.mouse.click(at.x, at.y);
  await card(page).waitFor({ state: "visible" });
}

async function clipboardText(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

async function copyLinkFromCard(page: Page): Promise<string> {
  await card(page).locator('[data-share="link"]').click();
  await card(page).locator(".cm-share-status").filter({ hasText: "Link copied." }).waitFor();
  return clipboardText(page);
}

/** Which of the fixture's blocks the browser painted with the ::target-text colour. */
async function markedBlocks(page: Page, blocks = BLOCKS): Promise<string[]> {
  const rects = await page.evaluate(
    (ids) =>
      ids.map((id) => {
        const r = document.getElementById(id)!.getBoundingClientRect();
        return { id, x: r.x + scrollX, y: r.y + scrollY, w: r.width, h: r.height };
      }),
    blocks,
  );
  const shot = (await page.screenshot({ fullPage: true })).toString("base64");
  const decoder = await plain.newPage();
  try {
    return await decoder.evaluate(
      async ({ shot, rects }) => {
        const img = new Image();
        img.src = "data:image/png;base64," + shot;
        await img.decode();
        const c = document.createElement("canvas");
        c.width = img.width;
        c.height = img.height;
        const g = c.getContext("2d")!;
        g.drawImage(img, 0, 0);
        const out: string[] = [];
        for (const r of rects) {
          const d = g.getImageData(Math.floor(r.x), Math.floor(r.y), Math.ceil(r.w), Math.ceil(r.h)).data;
          let n = 0;
          for (let i = 0; i < d.length; i += 4) if (d[i]! > 230 && d[i + 1]! < 40 && d[i + 2]! > 230) n++;
          if (n > 200) out.push(r.id);
        }
        return out;
      },
      { shot, rects },
    );
  } finally {
    await decoder.close();
  }
}

/** Size and amount of dark (text) pixels of a PNG, decoded by the browser. */
async function pngFacts(page: Page, png: Buffer): Promise<{ width: number; height: number; dark: number }> {
  return page.evaluate(async (b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const bmp = await createImageBitmap(new Blob([bytes], { type: "image/png" }));
    const c = new OffscreenCanvas(bmp.width, bmp.height);
    const g = c.getContext("2d")!;
    g.drawImage(bmp, 0, 0);
    const d = g.getImageData(0, 0, bmp.width, bmp.height).data;
    let dark = 0;
    for (let i = 0; i < d.length; i += 4) if (d[i]! < 80 && d[i + 1]! < 80 && d[i + 2]! < 80) dark++;
    return { width: bmp.width, height: bmp.height, dark };
  }, png.toString("base64"));
}

/** Opens `url` in the profile without Claimmark, as a reader following a link. */
async function openPlain(url: string): Promise<Page> {
  const page = await plain.newPage();
  await page.goto(url);
  // Chromium applies the directive after load; the scroll is the sign it ran.
  await page.waitForFunction(() => window.scrollY > 0, undefined, { timeout: 5000 }).catch(() => undefined);
  return page;
}

async function inView(page: Page, id: string): Promise<boolean> {
  return page.evaluate((id) => {
    const r = document.getElementById(id)!.getBoundingClientRect();
    return r.top < innerHeight && r.bottom > 0;
  }, id);
}

let secondLink = "";
let secondId = "";

test("with Claimmark: 'Copy link' on the second occurrence gives our token, then a directive with context", async () => {
  const page = await h.openFixture(FIXTURE + "?utm_source=newsletter&id=7");
  try {
    const state = await h.pageState(await h.tabIdOf(page));
    const repeats = state.claims.filter((c) => c.text === REPEATED);
    assert.equal(repeats.length, 2, "the sentence is a claim twice in the article");
    secondId = repeats[1]!.id;
    await openCardOn(page, "p3", REPEATED);
    assert.equal(await card(page).getAttribute("data-claim-id"), secondId);

    secondLink = await copyLinkFromCard(page);
    // Canonical (same site, tracking parameter dropped), our token, then the text directive.
    const head = `${h.server.origin}/share/repeat.html#claimmark=v1.${secondId}:~:text=`;
    assert.ok(secondLink.startsWith(head), secondLink);
    const directive = secondLink.slice(head.length - "text=".length);
    assert.match(directive, /2020%2D21/, "'-' is percent-encoded");
    assert.doesNotMatch(directive.replace(/-,|,-/g, ""), /-/, "no bare '-' but the context markers");
    assert.ok(/-,|,-/.test(directive), "context picks this occurrence");
  } finally {
    await page.close();
  }
});

test("without Claimmark: the copied link scrolls to and marks the second occurrence only", async (t) => {
  assert.ok(secondLink, "the previous test copied a link");
  t.diagnostic(secondLink);
  const page = await openPlain(secondLink);
  try {
    assert.equal(await page.evaluate(() => typeof (document as { fragmentDirective?: unknown }).fragmentDirective), "object");
    assert.ok(await inView(page, "p3"), "scrolled to the shared sentence");
    assert.ok(!(await inView(page, "p1")) && !(await inView(page, "teaser")), "not at the other occurrences");
    assert.deepEqual(await markedBlocks(page), ["p3"]);
    // Scripts see our token but not the directive.
    assert.equal(await page.evaluate(() => location.hash), `#claimmark=v1.${secondId}`);
  } finally {
    await page.close();
  }
});

test("control: without context the browser marks the teaser, so the check above can fail", async () => {
  const page = await openPlain(h.fixtureUrl(FIXTURE) + "#:~:text=" + encodeURIComponent(REPEATED).replace(/-/g, "%2D"));
  try {
    assert.deepEqual(await markedBlocks(page), ["teaser"]);
  } finally {
    await page.close();
  }
});

test("without Claimmark: the first occurrence's link marks it, not the teaser above it", async () => {
  const page = await h.openFixture(FIXTURE);
  let link: string;
  try {
    await h.pageState(await h.tabIdOf(page));
    await openCardOn(page, "p1", REPEATED);
    link = await copyLinkFromCard(page);
  } finally {
    await page.close();
  }
  const shown = await openPlain(link);
  try {
    assert.ok(await inView(shown, "p1"));
    assert.deepEqual(await markedBlocks(shown), ["p1"]);
  } finally {
    await shown.close();
  }
});

test("with Claimmark: opening the link opens the card on that claim", async () => {
  assert.ok(secondLink);
  const page = await h.context.newPage();
  try {
    await page.goto(secondLink);
    await card(page).waitFor({ state: "visible", timeout: 10_000 });
    assert.equal(await card(page).getAttribute("data-claim-id"), secondId);
    assert.equal((await card(page).locator("blockquote.claim").textContent())?.trim(), REPEATED);
    assert.equal(await card(page).locator(".cm-share-received").count(), 0, "no note was shared");
  } finally {
    await page.close();
  }
});

test("a sharer's note and verdict travel in the link and show as text only", async () => {
  const page = await h.openFixture(FIXTURE);
  let link: string;
  try {
    await h.pageState(await h.tabIdOf(page));
    await openCardOn(page, "p2", "Shipping agents said");
    const id = await card(page).getAttribute("data-claim-id");
    await card(page).locator('[data-share="include-note"]').check();
    await card(page).locator('[data-share="note"]').fill('Port data says 38 <img src=x onerror="alert(1)"> ships.');
    await card(page).locator('[data-share="verdict"]').selectOption("disputed");
    link = await copyLinkFromCard(page);
    assert.match(link, new RegExp(`#claimmark=v1\\.${id}\\.[A-Za-z0-9_-]+:~:text=`));
  } finally {
    await page.close();
  }
  const opened = await h.context.newPage();
  try {
    await opened.goto(link);
    const received = card(opened).locator(".cm-share-received");
    await received.waitFor({ timeout: 10_000 });
    assert.equal(await received.locator("h3").textContent(), "Shared by a reader");
    assert.equal(await received.locator(".cm-share-verdict").textContent(), "Their verdict: Disputed");
    assert.equal(await received.locator(".cm-share-note").textContent(), 'Port data says 38 \u2039img src=x onerror="alert(1)"\u203A ships.');
    assert.equal(await received.locator("img").count(), 0);
  } finally {
    await opened.close();
  }
});

test("hostile links are refused with a message and render nothing", async () => {
  const cases: [string, RegExp][] = [
    ["#claimmark=v9.c_1ozdy2mliyo", /format v9/],
    ["#claimmark=v1.c_1ozdy2mliyo.!!!%3Cb%3E", /damaged/],
    ["#claimmark=v1." + "x".repeat(70), /no valid claim/],
    ["#claimmark=v1.c_1ozdy2mliyo." + "A".repeat(4000), /too long/],
  ];
  for (const [hash, message] of cases) {
    const page = await h.context.newPage();
    try {
      await page.goto(h.fixtureUrl(FIXTURE) + hash);
      const notice = page.locator("claimmark-notice .notice");
      await notice.waitFor({ timeout: 10_000 });
      assert.match((await notice.textContent()) ?? "", message, hash);
      await h.pageState(await h.tabIdOf(page));
      assert.equal(await card(page).count(), 0, `no card for ${hash.slice(0, 40)}`);
    } finally {
      await page.close();
    }
  }
});

test("Copy as text, as Markdown and as image", async () => {
  const page = await h.openFixture(FIXTURE);
  try {
    await h.pageState(await h.tabIdOf(page));
    await openCardOn(page, "p3", "The union said the figure");
    await card(page).locator('[data-share="text"]').click();
    await card(page).locator(".cm-share-status").filter({ hasText: "copied as text" }).waitFor();
    const plainText = await clipboardText(page);
    assert.match(plainText, /^“The union said the figure was -3\.2% lower than the ministry’s own forecast, according to a statement\.”\n/);
    assert.match(plainText, /\nSource: /);
    assert.match(plainText, /\nStatus: /);
    assert.match(plainText, /\nhttp:\/\/127\.0\.0\.1:\d+\/share\/repeat\.html#claimmark=v1\.c_[a-z0-9]+:~:text=The%20union%20said/);

    await card(page).locator('[data-share="markdown"]').click();
    await card(page).locator(".cm-share-status").filter({ hasText: "Markdown" }).waitFor();
    const md = await clipboardText(page);
    assert.match(md, /^> The union said the figure was -3\.2% lower/);
    assert.match(md, /\*\*Source:\*\* /);
    assert.match(md, /\n<http:\/\/127\.0\.0\.1:\d+\/share\/repeat\.html#claimmark=/);

    // Without clipboard permission for images: the PNG is downloaded instead.
    const downloaded = page.waitForEvent("download");
    await card(page).locator('[data-share="image"]').click();
    const file = await (await downloaded).path();
    await card(page).locator(".cm-share-status").filter({ hasText: "Image downloaded" }).waitFor();
    assert.ok(await card(page).isVisible(), "the card stays open");
    const fromFile = await pngFacts(page, readFileSync(file));
    assert.equal(fromFile.width, 1000);
    assert.ok(fromFile.height > 300 && fromFile.height < 2000, `height ${fromFile.height}`);
    assert.ok(fromFile.dark > 2000, "text was drawn");

    // With it: the same card goes to the clipboard.
    await h.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: h.server.origin });
    await card(page).locator('[data-share="image"]').click();
    await card(page).locator(".cm-share-status").filter({ hasText: "Image copied." }).waitFor();
    const clip = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      const blob = await item!.getType("image/png");
      return Array.from(new Uint8Array(await blob.arrayBuffer()));
    });
    assert.deepEqual(await pngFacts(page, Buffer.from(clip)), fromFile);
  } finally {
    await page.close();
  }
});

test("a hash-router page keeps its route: the link opens the same story, marked, and the card opens", async () => {
  const sentence = "The terminal operators said they had offered a pay rise of 4.5% over two years, which the union rejected on Thursday.";
  const page = await h.openFixture("share/router.html#/story/7");
  let link: string;
  try {
    const state = await h.pageState(await h.tabIdOf(page));
    const claim = state.claims.find((c) => c.text === sentence);
    assert.ok(claim, "the routed story's claim is found");
    await openCardOn(page, "s2", sentence);
    link = await copyLinkFromCard(page);
    assert.ok(link.startsWith(`${h.server.origin}/share/router.html#/story/7?claimmark=v1.${claim.id}:~:text=`), link);
  } finally {
    await page.close();
  }

  const opened = await h.context.newPage();
  try {
    await opened.goto(link);
    await card(opened).waitFor({ state: "visible", timeout: 10_000 });
    assert.equal(await opened.locator("article h1").textContent(), "Port strike: grain exports slump as talks stall");
    assert.equal((await card(opened).locator("blockquote.claim").textContent())?.trim(), sentence);
  } finally {
    await opened.close();
  }

  const shown = await openPlain(link);
  try {
    assert.equal(await shown.locator("article h1").textContent(), "Port strike: grain exports slump as talks stall");
    assert.ok(await inView(shown, "s2"), "scrolled to the sentence");
    assert.deepEqual(await markedBlocks(shown, ["s0", "s1", "s2"]), ["s2"]);
  } finally {
    await shown.close();
  }
});

test("the popup's 'Copy link' gives the same link as the card", async () => {
  const page = await h.openFixture(FIXTURE);
  try {
    const tabId = await h.tabIdOf(page);
    const state = await h.pageState(tabId);
    const claim = state.claims.filter((c) => c.text === REPEATED)[1]!;
    await openCardOn(page, "p3", REPEATED);
    const fromCard = await copyLinkFromCard(page);
    // Put something else on the clipboard, so only the popup's copy can bring the link back.
    await card(page).locator('[data-share="text"]').click();
    await card(page).locator(".cm-share-status").filter({ hasText: "copied as text" }).waitFor();
    assert.notEqual(await clipboardText(page), fromCard);
    await card(page).locator("button.close").click();

    const popup = await h.openPopup(tabId);
    try {
      await popup.locator(`li[data-claim-id="${claim.id}"] .copy-link`).click();
      await popup.locator(".share-note").filter({ hasText: "Link copied." }).waitFor();
    } finally {
      await popup.close();
    }
    // The clipboard is the browser's; read it back where reading is permitted.
    await page.bringToFront();
    assert.equal(await clipboardText(page), fromCard);
  } finally {
    await page.close();
  }
});

test("a token arriving by hashchange opens its card; an unknown claim says so", async () => {
  const page = await h.openFixture(FIXTURE);
  try {
    const state = await h.pageState(await h.tabIdOf(page));
    const claim = state.claims.find((c) => c.text.startsWith("Talks between the union"))!;
    assert.equal(await card(page).count(), 0);
    await page.evaluate((id) => {
      location.hash = "#claimmark=v1." + id;
    }, claim.id);
    await card(page).waitFor({ state: "visible" });
    assert.equal(await card(page).getAttribute("data-claim-id"), claim.id);
    await page.keyboard.press("Escape");

    await page.evaluate(() => {
      location.hash = "#claimmark=v1.c_doesnotexist";
    });
    const notice = page.locator("claimmark-notice .notice");
    await notice.waitFor();
    assert.match((await notice.textContent()) ?? "", /not on this page/);
    assert.equal(await card(page).count(), 0);
  } finally {
    await page.close();
  }
});
