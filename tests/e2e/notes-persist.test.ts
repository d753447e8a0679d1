// Reader notes in real Chromium: a note written on a claim's card survives closing the browser
// (same profile), shows on the card and is counted in the popup; when the article's text is edited
// a little the note re-attaches, and a changed figure is called out with both values.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import type { Claim } from "../../src/core/model.ts";
import { serveStatic, type StaticServer } from "./static-server.ts";
import { startBrowser, type Browser } from "./notes-launch.ts";

const CLAIM_A = "Freight through the port of Velmar rose 3.5% in the third quarter, the Harbour Authority said on Tuesday.";
const CLAIM_B = "Container traffic reached 1.2 million units, according to figures published by the authority.";

function article(paragraphs: string[]): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Velmar freight hits a record</title></head><body>
<header><nav><a href="/">Home</a> <a href="/business">Business</a> <a href="/top-10">Top 10</a></nav></header>
<main><article>
<h1>Freight through Velmar port hits a record</h1>
<p class="byline">By Lina Ortez, shipping correspondent</p>
${paragraphs.map((p) => `<p>${p}</p>`).join("\n")}
</article></main>
<footer>© 2026 Velmar Courier. 12 Harbour Street.</footer>
</body></html>`;
}

const ORIGINAL = [
  "Velmar's harbour has had its busiest summer in a decade as shipping lines moved cargo away from congested northern ports.",
  CLAIM_A,
  CLAIM_B,
  "Dock workers' union leader Ana Korsak said overtime had doubled since March and that crews were exhausted.",
  "The ministry of transport did not respond to a request for comment on the figures.",
];

let dir: string;
let profile: string;
let server: StaticServer;
let browser: Browser | null = null;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), "claimmark-notes-site-"));
  profile = mkdtempSync(join(tmpdir(), "claimmark-notes-profile-"));
  writeFileSync(join(dir, "velmar.html"), article(ORIGINAL));
  server = await serveStatic(dir);
});

after(async () => {
  await browser?.close().catch(() => undefined);
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
  rmSync(profile, { recursive: true, force: true });
});

const url = () => `${server.origin}/velmar.html?utm_source=newsletter`;
const card = (p: Page) => p.locator("claimmark-card .card");

async function openCard(b: Browser, p: Page, tabId: number, claim: Claim): Promise<void> {
  assert.ok(await b.reveal(tabId, claim.id), `card opens for ${claim.text.slice(0, 40)}`);
  await card(p).locator(`[data-slot=notes] .cm-note-editor`).waitFor();
}

function claimStarting(claims: Claim[], start: string): Claim {
  const c = claims.find((x) => x.text.startsWith(start));
  assert.ok(c, `a claim starting "${start}" among: ${claims.map((x) => x.text).join(" | ")}`);
  return c;
}

async function writeNote(p: Page, body: string): Promise<void> {
  const notes = card(p).locator("[data-slot=notes]");
  await notes.locator("textarea").fill(body);
  await notes.locator("button.cm-note-save").click();
  await notes.locator(".cm-note-status", { hasText: "Note saved." }).waitFor();
}

async function notesOnCard(p: Page): Promise<string[]> {
  return card(p).locator("[data-slot=notes] .cm-note-list .cm-note-body").allTextContents();
}

async function popupCount(b: Browser, tabId: number, claimId: string): Promise<string | null> {
  const popup = await b.openPopup(tabId);
  try {
    const row = popup.locator(`li[data-claim-id="${claimId}"]`);
    await row.waitFor();
    await popup.waitForFunction((id) => document.querySelector(`li[data-claim-id="${id}"]`)?.getAttribute("data-note-count") !== "0", claimId, { timeout: 5000 }).catch(() => undefined);
    return row.getAttribute("data-note-count");
  } finally {
    await popup.close();
  }
}

test("a note survives closing the browser, shows on the card, counts in the popup, and re-anchors after edits", async () => {
  // First session: write two notes.
  browser = await startBrowser(profile);
  let page = await browser.open(url());
  let tabId = await browser.tabIdOf(page);
  let state = await browser.pageState(tabId);
  assert.equal(state.phase, "ready");
  const a = claimStarting(state.claims, "Freight through the port");
  const b = claimStarting(state.claims, "Container traffic reached");
  await openCard(browser, page, tabId, a);
  await writeNote(page, "Check against the authority's own quarterly bulletin.");
  await openCard(browser, page, tabId, b);
  await writeNote(page, "1.2 million seems high for one quarter.");
  assert.deepEqual(await notesOnCard(page), ["1.2 million seems high for one quarter."]);
  // An unsaved draft on the first claim, then the card is closed with Esc.
  await openCard(browser, page, tabId, a);
  await card(page).locator("[data-slot=notes] textarea").fill("Draft: ask the union for");
  await page.keyboard.press("Escape");
  await card(page).waitFor({ state: "detached" });
  await browser.close();
  browser = null;

  // Second session, same profile: the notes are there, on the card and in the popup.
  browser = await startBrowser(profile);
  page = await browser.open(url().replace("utm_source=newsletter", "fbclid=abc123"));
  tabId = await browser.tabIdOf(page);
  state = await browser.pageState(tabId);
  await openCard(browser, page, tabId, claimStarting(state.claims, "Freight through the port"));
  await card(page).locator(".cm-note-body").first().waitFor();
  assert.deepEqual(await notesOnCard(page), ["Check against the authority's own quarterly bulletin."]);
  // The draft survived closing the card and the browser.
  await page.waitForFunction(() => {
    const host = document.querySelector("claimmark-card");
    return host?.shadowRoot?.querySelector("textarea")?.value === "Draft: ask the union for";
  });
  assert.equal(await card(page).locator(".cm-note-status").textContent(), "Your unsaved draft is back.");
  assert.equal(await popupCount(browser, tabId, a.id), "1");
  assert.equal(await popupCount(browser, tabId, b.id), "1");

  // The publisher edits the article: a new opening paragraph, a reworded claim, a changed figure.
  const editedA = CLAIM_A.replace("said on Tuesday", "said in a statement on Tuesday");
  const editedB = CLAIM_B.replace("1.2 million", "1.3 million");
  writeFileSync(
    join(dir, "velmar.html"),
    article(["Updated at 09:40 with comment from the union.", ORIGINAL[0]!, editedA, editedB, ...ORIGINAL.slice(3)]),
  );
  await page.reload();
  state = await browser.pageState(tabId);
  const a2 = claimStarting(state.claims, "Freight through the port");
  const b2 = claimStarting(state.claims, "Container traffic reached");
  assert.equal(a2.text, editedA);
  await openCard(browser, page, tabId, a2);
  await card(page).locator(".cm-note-body").first().waitFor();
  assert.deepEqual(await notesOnCard(page), ["Check against the authority's own quarterly bulletin."]);
  assert.equal(await card(page).locator(".cm-figure-changed").count(), 0);

  await openCard(browser, page, tabId, b2);
  await card(page).locator(".cm-figure-changed").waitFor();
  assert.equal(
    await card(page).locator(".cm-figure-changed").textContent(),
    "The figure changed since you saved this note: it was 1.2 million, it is now 1.3 million.",
  );
  assert.deepEqual(await notesOnCard(page), ["1.2 million seems high for one quarter."]);
  // The popup counts the notes under the claims as they read now.
  assert.equal(await popupCount(browser, tabId, b2.id), "1");
});

test("the notebook opens a note's page with the card open on its claim", async () => {
  assert.ok(browser, "the browser from the previous test is still running");
  const nb = await browser.extensionPage("src/notebook/index.html");
  const item = nb.locator("li.note", { hasText: "Check against the authority's own quarterly bulletin." });
  await item.waitFor();
  const [opened] = await Promise.all([browser.context.waitForEvent("page"), item.locator("a.open").click()]);
  await opened.waitForLoadState();
  assert.equal(new URL(opened.url()).pathname, "/velmar.html");
  const openCard = opened.locator("claimmark-card .card");
  await openCard.waitFor({ timeout: 10_000 });
  assert.match((await openCard.getAttribute("data-claim-id")) ?? "", /./);
  assert.match((await openCard.locator(".claim, blockquote").first().textContent()) ?? "", /Freight through the port of Velmar rose 3\.5%/);
  await openCard.locator(".cm-note-body", { hasText: "Check against the authority's own quarterly bulletin." }).waitFor();
});

test("a note re-attaches on a page that renders its article late, with inline markup in the sentence", async () => {
  assert.ok(browser, "the browser from the first test is still running");
  const paragraphs = [
    ORIGINAL[0]!,
    'Freight through the port of Velmar rose <strong>3.5%</strong> in the third quarter, the <a href="/harbour">Harbour Authority</a> said in a statement on Tuesday.',
    CLAIM_B.replace("1.2 million", "1.3 million"),
  ];
  writeFileSync(
    join(dir, "velmar.html"),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Velmar freight hits a record</title></head><body>
<header><nav><a href="/">Home</a></nav></header><main><article id="story"><h1>Freight through Velmar port hits a record</h1></article></main>
<script>
  setTimeout(() => {
    const story = document.getElementById("story");
    for (const html of ${JSON.stringify(paragraphs)}) {
      const p = document.createElement("p");
      p.innerHTML = html;
      story.appendChild(p);
    }
  }, 400);
</script></body></html>`,
  );
  const page = await browser.open(url());
  const tabId = await browser.tabIdOf(page);
  let claims: Claim[] = [];
  for (let i = 0; i < 50 && !claims.some((c) => c.text.startsWith("Freight through the port")); i++) {
    claims = (await browser.pageState(tabId)).claims;
    if (!claims.length) await new Promise((r) => setTimeout(r, 100));
  }
  const a3 = claimStarting(claims, "Freight through the port");
  await openCard(browser, page, tabId, a3);
  await card(page).locator(".cm-note-body").first().waitFor();
  assert.deepEqual(await notesOnCard(page), ["Check against the authority's own quarterly bulletin."]);
});
