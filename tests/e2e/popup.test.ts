// The toolbar popup in real Chromium, opened as a page for the fixture's tab: it lists exactly the
// page's claims with their sources and statuses, filters narrow the list, a row click reveals the
// claim in the page, the keyboard works, and the empty states are honest.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import type { PageState } from "../../src/background/protocol.ts";
import { STATUS_WORDS } from "../../src/popup/words.ts";
import { launch, type Harness } from "./harness.ts";

let h: Harness;
let page: Page;
let tabId: number;
let state: PageState;

before(async () => {
  h = await launch();
  page = await h.openFixture("skeleton/reservoir.html");
  tabId = await h.tabIdOf(page);
  state = await h.pageState(tabId);
});

after(async () => {
  await h?.close();
});

async function withPopup<T>(fn: (popup: Page) => Promise<T>, forTab = tabId): Promise<T> {
  const popup = await h.openPopup(forTab);
  try {
    return await fn(popup);
  } finally {
    await popup.close();
  }
}

const rowIds = (popup: Page) =>
  popup.locator("li[data-claim-id]").evaluateAll((els) => els.map((e) => e.getAttribute("data-claim-id")));

test("the popup lists exactly the page's claims, in page order, with sources and statuses", async () => {
  assert.equal(state.phase, "ready");
  assert.ok(state.claims.length > 0);
  await withPopup(async (popup) => {
    await popup.locator("li[data-claim-id]").first().waitFor();
    assert.deepEqual(await rowIds(popup), state.claims.map((c) => c.id));
    const rows = await popup.locator("li[data-claim-id]").evaluateAll((els) =>
      els.map((e) => ({
        source: e.querySelector("[data-testid=source]")?.textContent ?? "",
        status: e.querySelector("[data-testid=status]")?.textContent ?? "",
        name: e.querySelector(".claim-open")?.textContent ?? "",
        described: e.querySelector(".claim-open")?.getAttribute("aria-describedby") ?? "",
      })),
    );
    state.claims.forEach((c, i) => {
      const row = rows[i]!;
      assert.ok(row.source.includes(c.source ? c.source.name : "No stated source"), `row ${i} source: ${row.source}`);
      assert.ok(row.status.includes(STATUS_WORDS[c.status].label), `row ${i} status: ${row.status}`);
      // Trimmed sentences keep their words; the start of a short sentence is shown as is.
      assert.ok(row.name.includes(c.text.slice(0, 30)) || c.text.length > 220, `row ${i} text: ${row.name}`);
      assert.ok(row.described.length > 0, "source and status are the row's accessible description");
    });
    const summary = await popup.getByTestId("summary").textContent();
    assert.match(summary ?? "", new RegExp(`^${state.claims.length} claims?`));
  });
});

test("filters and search narrow the list", async () => {
  await withPopup(async (popup) => {
    await popup.locator("li[data-claim-id]").first().waitFor();
    const all = state.claims.length;

    await popup.getByLabel("Search claims").fill("reservoir");
    const wantSearch = state.claims.filter((c) => /reservoir/i.test(c.text)).map((c) => c.id);
    assert.ok(wantSearch.length > 0 && wantSearch.length < all, "the search word is in some claims, not all");
    await popup.waitForFunction((n) => document.querySelectorAll("li[data-claim-id]").length === n, wantSearch.length);
    assert.deepEqual(await rowIds(popup), wantSearch);
    assert.match((await popup.getByRole("status").first().textContent()) ?? "", new RegExp(`Showing ${wantSearch.length} of ${all}`));

    await popup.getByRole("button", { name: "Clear filters" }).click();
    await popup.getByLabel("Kind of claim").selectOption("attributed");
    const wantKind = state.claims.filter((c) => c.kinds.includes("attributed")).map((c) => c.id);
    assert.ok(wantKind.length > 0 && wantKind.length < all, "some claims are attributed, not all");
    await popup.waitForFunction((n) => document.querySelectorAll("li[data-claim-id]").length === n, wantKind.length);
    assert.deepEqual(await rowIds(popup), wantKind);

    await popup.getByLabel("Search claims").fill("no claim has this zebra");
    await popup.locator("[data-empty=no-match]").waitFor();
    await popup.locator("[data-empty=no-match]").getByRole("button", { name: "Clear filters" }).click();
    await popup.waitForFunction((n) => document.querySelectorAll("li[data-claim-id]").length === n, all);
  });
});

/** Text of the open claim card (it lives in a shadow root on a host element). */
const cardText = (p: Page) =>
  p.evaluate(() => document.querySelector("[data-claimmark-host]")?.shadowRoot?.textContent ?? "");

test("clicking a row scrolls the page to the claim and opens its card", async () => {
  const last = state.claims[state.claims.length - 1]!;
  await page.evaluate(() => window.scrollTo(0, 0));
  await withPopup(async (popup) => {
    await popup.locator(`li[data-claim-id="${last.id}"] .claim-open`).click();
    await page.waitForFunction(() => window.scrollY > 100, undefined, { timeout: 5_000 });
    // The popup marks the row whose card is open.
    await popup.locator(`li[data-claim-id="${last.id}"].is-open`).waitFor();
  });
  assert.equal((await h.pageState(tabId)).openClaimId, last.id);
  assert.ok((await cardText(page)).includes(last.text.slice(0, 30)), "the card shows the claim");
  // The claim's text is now on screen.
  const visible = await page.evaluate((needle: string) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!n.textContent?.includes(needle)) continue;
      const r = document.createRange();
      r.selectNodeContents(n);
      const box = r.getBoundingClientRect();
      return box.bottom > 0 && box.top < window.innerHeight;
    }
    return false;
  }, last.text.slice(0, 20));
  assert.ok(visible, `"${last.text.slice(0, 40)}…" is in the viewport`);
});

test("keyboard: / searches, arrows move between rows, Enter opens", async () => {
  await page.evaluate(() => window.scrollTo(0, 0));
  await withPopup(async (popup) => {
    await popup.locator("li[data-claim-id]").first().waitFor();
    await popup.locator("body").press("/");
    assert.equal(await popup.evaluate(() => document.activeElement?.getAttribute("aria-label")), "Search claims");
    // Focus moves after Preact re-renders: wait for it rather than read it at once.
    const focusOn = (id: string) =>
      popup.waitForFunction(
        (want: string) => document.activeElement?.closest("li")?.getAttribute("data-claim-id") === want,
        id,
        { timeout: 2_000 },
      );
    await popup.keyboard.press("ArrowDown");
    await focusOn(state.claims[0]!.id);
    await popup.keyboard.press("ArrowDown");
    await popup.keyboard.press("ArrowDown");
    await focusOn(state.claims[2]!.id);
    await popup.keyboard.press("ArrowUp");
    await focusOn(state.claims[1]!.id);
    await popup.keyboard.press("End");
    await focusOn(state.claims[state.claims.length - 1]!.id);
    await popup.keyboard.press("Enter");
    await page.waitForFunction(() => window.scrollY > 100, undefined, { timeout: 5_000 });
  });
});

test("a page with no article gets an honest empty state", async () => {
  const other = await h.openFixture("no-article.html");
  try {
    const otherTab = await h.tabIdOf(other);
    assert.equal((await h.pageState(otherTab)).phase, "no-article");
    await withPopup(async (popup) => {
      await popup.locator("[data-empty=no-article]").waitFor();
      assert.equal(await popup.locator("li[data-claim-id]").count(), 0);
    }, otherTab);
  } finally {
    await other.close();
  }
});

test("a page the extension cannot run on says so", async () => {
  const blank = await h.context.newPage();
  try {
    await blank.goto("about:blank");
    const blankTab = await h.tabIdOf(blank);
    await withPopup(async (popup) => {
      await popup.locator("[data-empty=unreachable]").waitFor();
    }, blankTab);
  } finally {
    await blank.close();
  }
});

test("the site switch turns highlights off and on, and the popup says so", async () => {
  const countHighlights = () =>
    page.evaluate(() => {
      let n = 0;
      for (const [name, hl] of CSS.highlights) if (name.startsWith("claimmark")) n += hl.size;
      return n;
    });
  assert.ok((await countHighlights()) > 0);
  await withPopup(async (popup) => {
    const siteSwitch = popup.getByTestId("site-switch");
    await siteSwitch.waitFor();
    assert.equal(await siteSwitch.isChecked(), true);
    await siteSwitch.uncheck();
    await popup.locator("[data-empty=off]").waitFor();
    assert.match((await popup.locator("[data-empty=off]").textContent()) ?? "", /off on 127\.0\.0\.1/);
  });
  await page.waitForFunction(() => {
    for (const [name, hl] of CSS.highlights) if (name.startsWith("claimmark") && hl.size > 0) return false;
    return true;
  });
  assert.equal((await h.pageState(tabId)).phase, "off");

  // Still off in a fresh popup (it persisted), and its button turns it back on.
  await withPopup(async (popup) => {
    await popup.locator("[data-empty=off]").waitFor();
    await popup.getByRole("button", { name: "Turn on for 127.0.0.1" }).click();
    await popup.locator("li[data-claim-id]").first().waitFor();
  });
  assert.equal((await h.pageState(tabId)).phase, "ready");
  await page.waitForFunction(() => {
    for (const [name, hl] of CSS.highlights) if (name.startsWith("claimmark") && hl.size > 0) return true;
    return false;
  });
});

test("the global switch turns highlights off everywhere, and back on", async () => {
  await withPopup(async (popup) => {
    const global = popup.getByTestId("global-switch");
    await global.waitFor();
    await global.uncheck();
    await popup.locator("[data-empty=off]").waitFor();
    assert.match((await popup.locator("[data-empty=off]").textContent()) ?? "", /off on all sites/);
    // The per-site switch cannot turn a site on while everything is off.
    assert.equal(await popup.getByTestId("site-switch").isDisabled(), true);
  });
  // A page opened while everything is off lists nothing until the reader turns Claimmark on.
  const other = await h.openFixture("skeleton/reservoir.html?again");
  try {
    const otherTab = await h.tabIdOf(other);
    const s = await h.pageState(otherTab);
    assert.equal(s.phase, "off");
    assert.deepEqual(s.claims, []);
    await withPopup(async (popup) => {
      await popup.getByRole("button", { name: "Turn on everywhere" }).click();
      await popup.locator("li[data-claim-id]").first().waitFor();
    }, otherTab);
  } finally {
    await other.close();
  }
  assert.equal((await h.pageState(tabId)).phase, "ready");
});

test("the popup follows the system's dark theme", async () => {
  await withPopup(async (popup) => {
    await popup.locator("li[data-claim-id]").first().waitFor();
    const bg = () => popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await popup.emulateMedia({ colorScheme: "light" });
    const light = await bg();
    await popup.emulateMedia({ colorScheme: "dark" });
    const dark = await bg();
    assert.equal(light, "rgb(255, 255, 255)");
    assert.notEqual(dark, light);
  });
});

test("the popup follows the page: notes are counted live, orphaned notes shown, new claims listed", async () => {
  await withPopup(async (popup) => {
    await popup.locator("li[data-claim-id]").first().waitFor();
    const first = state.claims[0]!;
    const row = popup.locator(`li[data-claim-id="${first.id}"]`);
    assert.equal(await row.getAttribute("data-note-count"), "0");

    // A note saved through the service worker (as the card does) shows up without reopening.
    const added = (await popup.evaluate(
      async ({ url, title, claim }) =>
        chrome.runtime.sendMessage({
          type: "notes/add",
          pageUrl: url,
          pageTitle: title,
          claim: { id: claim.id, text: claim.text, figures: claim.figures, source: claim.source, status: claim.status, evidence: claim.evidence },
          body: "Check the 1952 baseline.",
          selector: { quote: { exact: claim.text, prefix: "", suffix: "" }, position: { start: claim.start, end: claim.end } },
        }),
      { url: state.url, title: state.title, claim: first },
    )) as { ok: boolean; value?: { ok: boolean; value?: { id: string } } };
    assert.equal(added.ok, true);
    assert.equal(added.value?.ok, true);
    await popup.locator(`li[data-claim-id="${first.id}"][data-note-count="1"]`).waitFor();
    assert.equal(await row.locator(".notes").textContent(), "1 note");

    // When a later visit cannot place it, it is listed with its saved quote, not dropped.
    const noteId = added.value!.value!.id;
    await popup.evaluate(
      (id) => chrome.runtime.sendMessage({ type: "notes/anchors", updates: [{ id, claimId: null, state: "orphaned" }] }),
      noteId,
    );
    const orphans = popup.getByTestId("orphans");
    await orphans.waitFor();
    assert.match((await orphans.textContent()) ?? "", /Check the 1952 baseline\./);
    assert.ok(((await orphans.textContent()) ?? "").includes(first.text.slice(0, 30)));
    await popup.locator(`li[data-claim-id="${first.id}"][data-note-count="0"]`).waitFor();

    // The article grows (a live update): its new claim joins the list.
    const before = await popup.locator("li[data-claim-id]").count();
    await page.evaluate(() => {
      const p = document.createElement("p");
      p.textContent = "Engineers said the emergency pipeline will carry 75 million liters a day from the river by October.";
      document.querySelector("article")!.appendChild(p);
    });
    await popup.waitForFunction((n) => document.querySelectorAll("li[data-claim-id]").length > n, before, { timeout: 5_000 });
    const texts = await popup.locator("li[data-claim-id] .claim-open").allTextContents();
    assert.ok(texts.some((t) => t.includes("75 million liters")), "the new claim is listed");
  });
});

test("at 200% zoom (a 400 px wide popup) nothing scrolls sideways", async () => {
  const popup = await h.openPopup(tabId, { width: 400, height: 300 });
  try {
    await popup.locator("li[data-claim-id]").first().waitFor();
    const { scroll, client } = await popup.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    assert.ok(scroll <= client, `content ${scroll}px wide in a ${client}px popup`);
  } finally {
    await popup.close();
  }
});

test("the popup links to the notebook", async () => {
  await withPopup(async (popup) => {
    const opened = h.context.waitForEvent("page", { timeout: 5_000 });
    await popup.getByRole("button", { name: "Open notebook" }).click();
    const notebook = await opened;
    await notebook.waitForLoadState("domcontentloaded");
    assert.equal(notebook.url(), `chrome-extension://${h.extensionId}/src/notebook/index.html`);
    await notebook.close();
  });
});

test("no network request left the machine", () => {
  assert.deepEqual(h.foreignRequests(), []);
});
