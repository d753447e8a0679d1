// "Copy link" on a plain-http news site: such a page is not a secure context, so it has no async
// Clipboard API and the card copies through a copy event instead. Served as http://news.test (mapped
// to the fixture server) because 127.0.0.1 itself counts as secure.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium, type BrowserContext } from "playwright-core";
import { chromePath, DIST, FIXTURES } from "./harness.ts";
import { serveStatic, type StaticServer } from "./static-server.ts";

let server: StaticServer;
let context: BrowserContext;
let profile: string;

before(async () => {
  server = await serveStatic(FIXTURES);
  profile = mkdtempSync(join(tmpdir(), "claimmark-insecure-"));
  const ext = resolve(process.env.CLAIMMARK_DIST ?? DIST);
  context = await chromium.launchPersistentContext(profile, {
    executablePath: chromePath(),
    headless: true,
    viewport: { width: 1200, height: 900 },
    args: [
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
      "--host-resolver-rules=MAP news.test 127.0.0.1",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  await context.grantPermissions(["clipboard-read"], { origin: server.origin });
});

after(async () => {
  await context?.close().catch(() => undefined);
  await server?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

test("on an http page without the Clipboard API, 'Copy link' still copies the link", async () => {
  const port = new URL(server.origin).port;
  const page = await context.newPage();
  await page.goto(`http://news.test:${port}/share/repeat.html`);
  assert.equal(await page.evaluate(() => [isSecureContext, typeof navigator.clipboard].join()), "false,undefined");
  // Claims are painted once the content script has scanned.
  await page.waitForFunction(() => [...CSS.highlights.keys()].some((k) => k.startsWith("claimmark")), undefined, { timeout: 15_000 });

  const at = await page.evaluate(() => {
    const p = document.getElementById("p4")!;
    p.scrollIntoView({ block: "center" });
    const r = document.createRange();
    r.setStart(p.firstChild!, 2);
    r.setEnd(p.firstChild!, 8);
    const b = r.getBoundingClientRect();
    return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
  });
  await page.mouse.click(at.x, at.y);
  const card = page.locator("claimmark-card .card");
  await card.waitFor();
  // A page script that rewrites copies ("Read more at ...") must not touch ours.
  await page.evaluate(() =>
    document.addEventListener("copy", (e) => {
      e.clipboardData?.setData("text/plain", "Read more at news.test");
      e.preventDefault();
    }),
  );
  await card.locator('[data-share="link"]').click();
  await card.locator(".cm-share-status").filter({ hasText: "Link copied." }).waitFor();

  const reader = await context.newPage();
  try {
    await reader.goto(`${server.origin}/share/repeat.html`);
    const copied = await reader.evaluate(() => navigator.clipboard.readText());
    const id = await card.getAttribute("data-claim-id");
    assert.ok(copied.startsWith(`http://news.test:${port}/share/repeat.html#claimmark=v1.${id}:~:text=Talks%20between`), copied);
  } finally {
    await reader.close();
    await page.close();
  }
});
