// npm run demo [-- --screenshots DIR] [-- --url URL|FILE]
//
// Builds the extension, serves the bundled demo article (tests/fixtures/demo.html) on 127.0.0.1 and
// opens Chromium with Claimmark loaded on it. With --screenshots DIR it runs headless and writes
// page.png (highlights), card.png (an open claim card, when the build has one) and popup.png.
// With --url it opens that page instead (a local .html file is served from its own directory).
// Runs under `node --import tsx` so it can reuse the E2E harness.

import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, statSync } from "node:fs";
import { basename, dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import { launch } from "../tests/e2e/harness.ts";

const { values } = parseArgs({
  options: {
    screenshots: { type: "string" },
    url: { type: "string" },
    "no-build": { type: "boolean", default: false },
    help: { type: "boolean", short: "h", default: false },
  },
});

if (values.help) {
  console.log("usage: npm run demo [-- --screenshots DIR] [-- --url URL|FILE] [-- --no-build]");
  process.exit(0);
}

const headless = values.screenshots !== undefined;
if (!headless && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error(
    "demo: no display to open a browser window on. Use `npm run demo -- --screenshots DIR` for a headless run,\n" +
      "      or run it under a virtual display: xvfb-run -a npm run demo",
  );
  process.exit(2);
}

if (!values["no-build"]) {
  const build = spawnSync("npx", ["vite", "build", "--logLevel", "warn"], { stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// What to open: the demo article, a file served from its own folder, or any URL.
let serveDir;
let target;
const wanted = values.url;
if (wanted === undefined) {
  target = { fixture: "demo.html" };
} else if (/^https?:\/\//i.test(wanted)) {
  target = { url: wanted };
} else {
  const file = resolve(wanted);
  if (!existsSync(file) || !statSync(file).isFile()) {
    console.error(`demo: ${wanted} is neither an http(s) URL nor a file`);
    process.exit(2);
  }
  serveDir = dirname(file);
  target = { fixture: basename(file) };
}

const h = await launch({ headless, serveDir, viewport: { width: 1280, height: 860 } });
let closing = false;
const shutdown = async (code = 0) => {
  if (closing) return;
  closing = true;
  await h.close();
  process.exit(code);
};
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));

try {
  const page = target.url ? await h.context.newPage() : await h.openFixture(target.fixture);
  if (target.url) await page.goto(target.url, { waitUntil: "load" });
  const tabId = await h.tabIdOf(page);
  const state = await h.pageState(tabId, 30_000);
  console.log(`demo: ${page.url()}`);
  console.log(`demo: ${state.phase}, ${state.claims.length} claim(s)`);

  if (!headless) {
    console.log("demo: the browser is open; click the Claimmark icon in the toolbar. Ctrl+C to quit.");
    h.context.on("close", () => void shutdown(0));
  } else {
    const dir = resolve(values.screenshots);
    mkdirSync(dir, { recursive: true });
    // Bring the first highlighted sentence near the top, so the picture shows highlights, not a masthead.
    await page.evaluate(() => {
      let top = Infinity;
      for (const [name, hl] of CSS.highlights) {
        if (!name.startsWith("claimmark")) continue;
        for (const r of hl) top = Math.min(top, r.getBoundingClientRect().top + window.scrollY);
      }
      if (Number.isFinite(top)) window.scrollTo(0, Math.max(0, top - 160));
    });
    await page.screenshot({ path: `${dir}/page.png` });
    console.log(`demo: wrote ${dir}/page.png`);

    // The card of the most telling claim: one with a stated source and a confirmation status.
    const pick =
      state.claims.find((c) => c.source && c.status !== "unaddressed") ??
      state.claims.find((c) => c.source) ??
      state.claims[0];
    if (pick) {
      await h.serviceWorker.evaluate(
        ([id, claimId]) => chrome.tabs.sendMessage(id, { type: "page/reveal-claim", claimId }),
        [tabId, pick.id],
      );
      const opened = await h.pageState(tabId);
      if (opened.openClaimId === pick.id) {
        await page.waitForTimeout(300);
        await page.screenshot({ path: `${dir}/card.png` });
        console.log(`demo: wrote ${dir}/card.png`);
      } else {
        console.log("demo: no claim card opened in this build; card.png skipped");
      }
    }

    const popup = await h.openPopup(tabId, { width: 420, height: 620 });
    await popup.locator("#app > *").first().waitFor();
    await popup.waitForTimeout(150);
    await popup.screenshot({ path: `${dir}/popup.png` });
    console.log(`demo: wrote ${dir}/popup.png`);
    await shutdown(0);
  }
} catch (e) {
  console.error(`demo: ${e instanceof Error ? e.message : String(e)}`);
  await shutdown(1);
}
