// Real Chromium with the built extension loaded, for E2E tests and the demo.
//
//   const h = await launch();                  // builds nothing: run `npm run build` first
//   const page = await h.openFixture("skeleton/reservoir.html");   // a path under tests/fixtures
//   const tabId = await h.tabIdOf(page);
//   const state = await h.pageState(tabId);    // waits until the content script has scanned
//   const popup = await h.openPopup(tabId);
//   ...
//   await h.close();
//
// Every request the browser makes is recorded in `h.requests`; `foreignRequests()` lists those
// that went anywhere but the fixture server, the extension itself or inline data.

import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type BrowserContext, type Page, type Worker } from "playwright-core";
import type { PageState } from "../../src/background/protocol.ts";
import { serveStatic, type StaticServer } from "./static-server.ts";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const DIST = join(ROOT, "dist");
export const FIXTURES = join(ROOT, "tests", "fixtures");

export function chromePath(): string {
  const path = process.env.CHROME_PATH ?? "/usr/bin/chromium";
  if (!existsSync(path)) throw new Error(`Chromium not found at ${path}; install it (apt-get install -y chromium) or set CHROME_PATH`);
  return path;
}

export interface LaunchOptions {
  /** Default true. A headed run needs a display (xvfb-run -a). */
  headless?: boolean;
  /** Directory served on 127.0.0.1; default tests/fixtures. */
  serveDir?: string;
  /** The unpacked extension; default dist/. */
  extensionDir?: string;
  viewport?: { width: number; height: number };
}

export interface Harness {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  server: StaticServer;
  /** Every URL the browser requested (pages, subresources, service worker), in order. */
  requests: string[];
  fixtureUrl(name: string): string;
  openFixture(name: string): Promise<Page>;
  /** The browser's tab id for a page, as the extension sees it. */
  tabIdOf(page: Page): Promise<number>;
  /** Asks the tab's content script for its state through the real protocol; waits out "loading". */
  pageState(tabId: number, timeoutMs?: number): Promise<PageState>;
  /** Opens the popup as a page describing `tabId` (chrome-extension://ID/src/popup/index.html?tab=ID). */
  openPopup(tabId: number, size?: { width: number; height: number }): Promise<Page>;
  /** Requests to anything but the fixture server, the extension, data: or blob:. */
  foreignRequests(): string[];
  close(): Promise<void>;
}

export const POPUP_PATH = "src/popup/index.html";

export async function launch(opts: LaunchOptions = {}): Promise<Harness> {
  const extensionDir = resolve(opts.extensionDir ?? DIST);
  if (!existsSync(join(extensionDir, "manifest.json"))) {
    throw new Error(`no built extension in ${extensionDir}; run \`npm run build\` first`);
  }
  const server = await serveStatic(opts.serveDir ?? FIXTURES);
  const profile = mkdtempSync(join(tmpdir(), "claimmark-profile-"));
  const requests: string[] = [];
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: chromePath(),
      headless: opts.headless ?? true,
      viewport: opts.viewport ?? { width: 1200, height: 900 },
      args: [
        `--disable-extensions-except=${extensionDir}`,
        `--load-extension=${extensionDir}`,
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-default-apps",
        "--no-default-browser-check",
      ],
    });
  } catch (e) {
    await server.close();
    rmSync(profile, { recursive: true, force: true });
    throw e;
  }
  context.on("request", (r) => requests.push(r.url()));

  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker", { timeout: 15_000 }));
  const extensionId = new URL(serviceWorker.url()).host;
  const extensionOrigin = `chrome-extension://${extensionId}`;

  // The worker can be stopped when idle; always use the live one.
  const worker = (): Worker => context.serviceWorkers().find((w) => w.url().startsWith(extensionOrigin)) ?? serviceWorker;

  const harness: Harness = {
    context,
    serviceWorker,
    extensionId,
    server,
    requests,
    fixtureUrl: (name) => `${server.origin}/${name.replace(/^\/+/, "")}`,
    async openFixture(name) {
      const page = await context.newPage();
      await page.goto(harness.fixtureUrl(name));
      return page;
    },
    async tabIdOf(page) {
      await page.bringToFront();
      const url = page.url();
      const id = await worker().evaluate(async (wanted: string) => {
        const tabs = await chrome.tabs.query({});
        const byUrl = tabs.filter((t) => t.url === wanted);
        if (byUrl.length === 1) return byUrl[0]!.id ?? null;
        const [active] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return active?.id ?? null;
      }, url);
      if (typeof id !== "number") throw new Error(`no tab id for ${url}`);
      return id;
    },
    async pageState(tabId, timeoutMs = 10_000) {
      const until = Date.now() + timeoutMs;
      let last = "";
      while (Date.now() < until) {
        const reply = (await worker()
          .evaluate(
            (id: number) => chrome.tabs.sendMessage(id, { type: "page/get-state" }),
            tabId,
          )
          .catch((e: unknown) => ({ ok: false, error: String(e) }))) as { ok: boolean; value?: PageState; error?: string };
        if (reply.ok && reply.value && reply.value.phase !== "loading") return reply.value;
        last = reply.ok ? "still loading" : String(reply.error);
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`content script in tab ${tabId} did not report a state (${last})`);
    },
    async openPopup(tabId, size = { width: 420, height: 600 }) {
      const popup = await context.newPage();
      await popup.setViewportSize(size);
      await popup.goto(`${extensionOrigin}/${POPUP_PATH}?tab=${tabId}`);
      return popup;
    },
    foreignRequests() {
      return requests.filter(
        (u) =>
          !u.startsWith(server.origin + "/") &&
          !u.startsWith(extensionOrigin + "/") &&
          !u.startsWith("data:") &&
          !u.startsWith("blob:"),
      );
    },
    async close() {
      await context.close().catch(() => undefined);
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
  return harness;
}
