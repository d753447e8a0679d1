// A save that hits a real storage quota in Chromium: the extension's origin gets a 1-byte quota
// through the DevTools protocol (Storage.overrideQuotaForOrigin), so IndexedDB itself refuses the
// write with QuotaExceededError. The card says so, the text stays, and once there is room again
// the same text saves.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serveStatic, type StaticServer } from "./static-server.ts";
import { startBrowser, type Browser } from "./notes-launch.ts";

let dir: string;
let profile: string;
let server: StaticServer;
let browser: Browser;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), "claimmark-quota-site-"));
  profile = mkdtempSync(join(tmpdir(), "claimmark-quota-profile-"));
  writeFileSync(
    join(dir, "rents.html"),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Rents in Castella</title></head><body><main><article>
<h1>Rents keep climbing in Castella</h1>
<p>Average rents in Castella rose 7.4% last year, the national statistics office said on Friday.</p>
<p>Tenant groups said the real increase was higher because new contracts were not counted.</p>
</article></main></body></html>`,
  );
  server = await serveStatic(dir);
  browser = await startBrowser(profile);
});

after(async () => {
  await browser?.close().catch(() => undefined);
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
  rmSync(profile, { recursive: true, force: true });
});

test("a save refused for lack of space is explained, keeps the text, and succeeds once there is room", async () => {
  const page = await browser.open(`${server.origin}/rents.html`);
  const tabId = await browser.tabIdOf(page);
  const state = await browser.pageState(tabId);
  const claim = state.claims.find((c) => c.text.startsWith("Average rents"));
  assert.ok(claim, "the rents claim is found");
  assert.ok(await browser.reveal(tabId, claim.id));
  const notes = page.locator("claimmark-card [data-slot=notes]");
  await notes.locator("textarea").waitFor();

  const cdp = await browser.context.newCDPSession(page);
  const origin = `chrome-extension://${browser.extensionId}`;
  await cdp.send("Storage.overrideQuotaForOrigin", { origin, quotaSize: 1 });

  const text = "New contracts only: the office's own note says sitting tenants are excluded.";
  await notes.locator("textarea").fill(text);
  await notes.locator("button.cm-note-save").click();
  await notes.locator(".cm-note-status", { hasText: "Not saved" }).waitFor();
  await notes.locator(".cm-note-status", { hasNotText: "Keeping your text" }).waitFor();
  assert.match((await notes.locator("[role=alert]").textContent()) ?? "", /^The browser has no storage space left for Claimmark, so this was not saved\./);
  assert.equal(await notes.locator("textarea").inputValue(), text);
  assert.equal(await notes.locator(".cm-note-list .cm-note-body").count(), 0);

  // Room again (the override removed): the same text saves.
  await cdp.send("Storage.overrideQuotaForOrigin", { origin });
  await notes.locator("button.cm-note-save").click();
  await notes.locator(".cm-note-status", { hasText: "Note saved." }).waitFor();
  assert.deepEqual(await notes.locator(".cm-note-list .cm-note-body").allTextContents(), [text]);
  assert.equal(await notes.locator("[role=alert]").textContent(), "");
});
