// Chromium with the extension on a profile directory the test keeps, so the browser can be closed
// and started again on the same profile (what a reader does), against a fixture server that stays
// up in between (so the page URL, and the notes' key, stay the same).
import { chromium, type BrowserContext, type Page, type Worker } from "playwright-core";
import type { PageState } from "../../src/background/protocol.ts";
import { chromePath, DIST, POPUP_PATH } from "./harness.ts";

export interface Browser {
  context: BrowserContext;
  extensionId: string;
  worker(): Worker;
  open(url: string): Promise<Page>;
  tabIdOf(page: Page): Promise<number>;
  /** The content script's state once it has scanned (phase other than "loading"). */
  pageState(tabId: number): Promise<PageState>;
  /** Opens a claim's card through the protocol, as the popup does. */
  reveal(tabId: number, claimId: string): Promise<boolean>;
  openPopup(tabId: number): Promise<Page>;
  extensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

export async function startBrowser(profileDir: string, extensionDir = process.env.CLAIMMARK_EXT_DIR ?? DIST): Promise<Browser> {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromePath(),
    headless: true,
    viewport: { width: 1200, height: 900 },
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
  const first = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker", { timeout: 15_000 }));
  const extensionId = new URL(first.url()).host;
  const origin = `chrome-extension://${extensionId}`;
  const worker = () => context.serviceWorkers().find((w) => w.url().startsWith(origin)) ?? first;

  const b: Browser = {
    context,
    extensionId,
    worker,
    async open(url) {
      const page = await context.newPage();
      await page.goto(url);
      return page;
    },
    async tabIdOf(page) {
      await page.bringToFront();
      // Without the "tabs" permission tab URLs are hidden: the page just brought to front is the active tab.
      const id = await worker().evaluate(async () => {
        const [active] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return active?.id ?? null;
      });
      if (typeof id !== "number") throw new Error(`no tab for ${page.url()}`);
      return id;
    },
    async pageState(tabId) {
      for (let i = 0; i < 100; i++) {
        const r = (await worker()
          .evaluate((id: number) => chrome.tabs.sendMessage(id, { type: "page/get-state" }), tabId)
          .catch(() => null)) as { ok: boolean; value?: PageState } | null;
        if (r?.ok && r.value && r.value.phase !== "loading") return r.value;
        await new Promise((res) => setTimeout(res, 100));
      }
      throw new Error(`tab ${tabId} never finished scanning`);
    },
    async reveal(tabId, claimId) {
      const r = (await worker().evaluate(
        ([id, claim]: [number, string]) => chrome.tabs.sendMessage(id, { type: "page/reveal-claim", claimId: claim }),
        [tabId, claimId] as [number, string],
      )) as { ok: boolean; value?: { found: boolean } };
      return r.ok && r.value?.found === true;
    },
    async openPopup(tabId) {
      const popup = await context.newPage();
      await popup.setViewportSize({ width: 420, height: 600 });
      await popup.goto(`${origin}/${POPUP_PATH}?tab=${tabId}`);
      return popup;
    },
    async extensionPage(path) {
      const page = await context.newPage();
      await page.goto(`${origin}/${path}`);
      return page;
    },
    close: () => context.close(),
  };
  return b;
}
