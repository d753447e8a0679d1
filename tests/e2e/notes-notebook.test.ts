// The notebook in real Chromium: notes from the card's protocol appear grouped by page; search,
// delete with undo; a corrupt file and a file of the wrong shape are refused with a clear message
// and leave the notes untouched; a file with one bad annotation imports the rest and says why the
// other was rejected; export → delete everything → import brings every note back.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { startBrowser, type Browser } from "./notes-launch.ts";

const NOTEBOOK = "src/notebook/index.html";
let profile: string;
let browser: Browser;
let nb: Page;

function claim(id: string, text: string) {
  return { id, text, figures: [], source: null, status: "unverified", evidence: null };
}

const NOTES = [
  {
    pageUrl: "https://news.example/velmar?utm_source=x",
    pageTitle: "Velmar freight hits a record",
    claim: claim("c_a1", "Freight through the port of Velmar rose 3.5% in the third quarter."),
    body: "Check the harbour authority's bulletin.",
  },
  {
    pageUrl: "https://news.example/velmar",
    pageTitle: "Velmar freight hits a record",
    claim: claim("c_a2", "Container traffic reached 1.2 million units."),
    body: "Seems high for one quarter.",
  },
  {
    pageUrl: "https://other.example/vote",
    pageTitle: "Election night",
    claim: claim("c_b1", "Turnout reached 64.2% in the north, the commission said."),
    body: "Commission figures <b>exclude</b> postal votes.",
  },
];

before(async () => {
  profile = mkdtempSync(join(tmpdir(), "claimmark-notebook-profile-"));
  browser = await startBrowser(profile);
  nb = await browser.extensionPage(NOTEBOOK);
  for (const n of NOTES) {
    const r = (await nb.evaluate(
      (m) => chrome.runtime.sendMessage({ type: "notes/add", ...m }),
      { ...n, selector: { quote: { exact: n.claim.text, prefix: "", suffix: "" }, position: { start: 0, end: n.claim.text.length } } },
    )) as { ok: boolean; value?: { ok: boolean } };
    assert.ok(r.ok && r.value?.ok, `note saved through the protocol: ${JSON.stringify(r)}`);
  }
  await nb.reload();
});

after(async () => {
  await browser?.close().catch(() => undefined);
  rmSync(profile, { recursive: true, force: true });
});

const bodies = (p: Page) => p.locator("li.note .body").allTextContents();
const waitForCount = (p: Page, n: number) => p.waitForFunction((k) => document.querySelectorAll("li.note").length === k, n, { timeout: 5000 });

async function importFile(p: Page, name: string, content: string): Promise<void> {
  await p.locator("input[type=file]").setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(content) });
  await p.locator(".import-result").filter({ hasText: name }).waitFor();
}

test("lists every note grouped by page, newest first, as text", async () => {
  await waitForCount(nb, 3);
  const groups = await nb.locator("section.page h2").allTextContents();
  assert.deepEqual(groups, ["Election night", "Velmar freight hits a record"]);
  assert.deepEqual(await bodies(nb), [NOTES[2]!.body, NOTES[1]!.body, NOTES[0]!.body]);
  assert.equal(await nb.locator("li.note .body b").count(), 0);
  assert.match((await nb.locator(".summary").textContent()) ?? "", /^3 notes on 2 pages$/);
});

test("a note saved elsewhere (through the service worker) appears without reloading", async () => {
  const n = NOTES[0]!;
  const r = (await nb.evaluate(
    (m) => chrome.runtime.sendMessage({ type: "notes/add", ...m }),
    { ...n, body: "Written on a card a moment ago.", selector: { quote: { exact: n.claim.text, prefix: "", suffix: "" }, position: { start: 0, end: n.claim.text.length } } },
  )) as { ok: boolean; value?: { ok: boolean; value: { id: string } } };
  assert.ok(r.ok && r.value?.ok);
  await waitForCount(nb, 4);
  assert.equal(await nb.locator("li.note .body").first().textContent(), "Written on a card a moment ago.");
  // Deleted elsewhere: gone here too.
  await nb.evaluate((id) => chrome.runtime.sendMessage({ type: "notes/delete", id }), r.value!.value.id);
  await waitForCount(nb, 3);
});

test("search and filters narrow the list", async () => {
  await nb.locator("input[type=search]").fill("harbour BULLETIN");
  await waitForCount(nb, 1);
  assert.deepEqual(await bodies(nb), [NOTES[0]!.body]);
  await nb.locator("input[type=search]").fill("");
  await nb.locator("select[aria-label=Site]").selectOption("other.example");
  await waitForCount(nb, 1);
  assert.deepEqual(await bodies(nb), [NOTES[2]!.body]);
  await nb.locator("select[aria-label=Site]").selectOption("");
  await waitForCount(nb, 3);
});

test("delete with undo", async () => {
  const item = nb.locator("li.note", { hasText: NOTES[1]!.body });
  await item.locator("button.delete").click();
  await waitForCount(nb, 2);
  await nb.locator(".toast button", { hasText: "Undo" }).click();
  await waitForCount(nb, 3);
  assert.ok((await bodies(nb)).includes(NOTES[1]!.body));
});

test("a corrupt file and a file of the wrong shape get a clear message and change nothing", async () => {
  await importFile(nb, "broken.jsonld", '{"type": "AnnotationCollection", "first": {"items": [{"id": "urn:uuid:1"');
  const broken = (await nb.locator("[role=alert].import-result").textContent()) ?? "";
  assert.match(broken, /^broken\.jsonld: The file is not valid JSON \(.+\); nothing was imported\.$/);

  await importFile(nb, "contacts.json", JSON.stringify({ contacts: [{ name: "Ana", phone: "555-0100" }] }));
  const wrong = (await nb.locator("[role=alert].import-result").textContent()) ?? "";
  assert.match(wrong, /^contacts\.json: The file is JSON but not a Web Annotation export.*Nothing was imported\.$/);

  await waitForCount(nb, 3);
  assert.deepEqual((await bodies(nb)).sort(), NOTES.map((n) => n.body).sort());
});

test("export, delete everything, import: every note comes back; a bad annotation is reported", async () => {
  const [download] = await Promise.all([nb.waitForEvent("download"), nb.locator("button.export").click()]);
  assert.match(download.suggestedFilename(), /^claimmark-notes-\d{4}-\d{2}-\d{2}\.jsonld$/);
  const exported = readFileSync((await download.path())!, "utf8");
  const data = JSON.parse(exported);
  assert.equal(data.type, "AnnotationCollection");
  assert.equal(data.total, 3);

  for (let left = 3; left > 0; left--) {
    await nb.locator("li.note button.delete").first().click();
    await waitForCount(nb, left - 1);
  }
  await nb.locator(".empty", { hasText: "No notes yet" }).waitFor();

  // One annotation of the file is broken on purpose: the rest import, the report names it.
  data.first.items.push({ ...data.first.items[0], id: "urn:uuid:evil", target: { source: "javascript:alert(1)" } });
  await importFile(nb, "notes.jsonld", JSON.stringify(data));
  const report = (await nb.locator("[role=status].import-result").textContent()) ?? "";
  assert.match(report, /notes\.jsonld: Imported 3 notes, rejected 1\./);
  assert.match(report, /#4 \(urn:uuid:evil\): "target\.source" is not an http\(s\) page URL/);
  await waitForCount(nb, 3);
  assert.deepEqual((await bodies(nb)).sort(), NOTES.map((n) => n.body).sort());

  // The same file again: nothing is duplicated.
  await importFile(nb, "notes-again.jsonld", exported);
  assert.match((await nb.locator("[role=status].import-result").textContent()) ?? "", /Imported 0 notes, skipped 3 duplicates already here\./);
  await waitForCount(nb, 3);
});
