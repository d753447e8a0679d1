// Our model of Chromium's text-fragment matcher, checked against Chromium itself: for every claim
// of a few fixture pages, the directive Claimmark makes (the content script's code, run on a
// linkedom DOM here) is opened in a Chromium without the extension, and the browser's mark
// (::target-text painted magenta) must be inside that claim's paragraph and nowhere else on screen.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { detect } from "../../src/core/detect.ts";
import { formatTextDirective } from "../../src/core/fragment-directive.ts";
import { extractArticle } from "../../src/page/extract.ts";
import { claimDirective } from "../../src/page/share-directive.ts";
import { spansFor } from "../../src/page/textmap.ts";
import { chromePath, FIXTURES } from "./harness.ts";
import { serveStatic, type StaticServer } from "./static-server.ts";

const PAGES = ["share/repeat.html", "articles/war-energy-strikes.html", "articles/politics-senate-poll.html"];
const MARK_CSS = "::target-text { background-color: rgb(255, 0, 255) !important; color: rgb(255, 255, 255) !important; }";

let server: StaticServer;
let context: BrowserContext;
let profile: string;

before(async () => {
  server = await serveStatic(FIXTURES);
  profile = mkdtempSync(join(tmpdir(), "claimmark-plain-"));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: chromePath(),
    headless: true,
    viewport: { width: 1200, height: 900 },
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
});

after(async () => {
  await context?.close().catch(() => undefined);
  await server?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

interface Case {
  claim: string;
  fragment: string;
  /** Index of the claim's block among document.querySelectorAll("*"). */
  block: number;
}

function cases(path: string): Case[] {
  const { document } = parseHTML(readFileSync(join(FIXTURES, path), "utf8"));
  const doc = document as unknown as Document;
  const article = extractArticle(doc);
  assert.ok(article, path);
  const all = Array.from(doc.querySelectorAll("*"));
  return detect(article.text).flatMap((claim) => {
    const d = claimDirective(doc, article, claim);
    if (!d) return [];
    const node = spansFor(article, claim.start, claim.end)[0]!.start.node;
    let el = node.nodeType === 1 ? (node as Element) : node.parentElement!;
    while (!/^(p|li|blockquote|h[1-6]|td|dd)$/i.test(el.localName) && el.parentElement) el = el.parentElement;
    return [{ claim: claim.text, fragment: formatTextDirective(d), block: all.indexOf(el) }];
  });
}

/** Magenta pixels in the viewport: inside the block's box, and outside it. */
async function marks(page: Page): Promise<{ inside: number; outside: number }> {
  const box = await page.evaluate(() => {
    const r = document.querySelector("[data-cm-block]")!.getBoundingClientRect();
    return { x: r.x, y: r.y, w: r.width, h: r.height };
  });
  const shot = (await page.screenshot()).toString("base64");
  return page.evaluate(
    async ({ shot, box }) => {
      const img = new Image();
      img.src = "data:image/png;base64," + shot;
      await img.decode();
      const c = document.createElement("canvas");
      c.width = img.width;
      c.height = img.height;
      const g = c.getContext("2d")!;
      g.drawImage(img, 0, 0);
      const d = g.getImageData(0, 0, c.width, c.height).data;
      let inside = 0;
      let outside = 0;
      for (let y = 0; y < c.height; y++) {
        for (let x = 0; x < c.width; x++) {
          const i = (y * c.width + x) * 4;
          if (!(d[i]! > 230 && d[i + 1]! < 40 && d[i + 2]! > 230)) continue;
          if (x >= box.x - 1 && x <= box.x + box.w + 1 && y >= box.y - 1 && y <= box.y + box.h + 1) inside++;
          else outside++;
        }
      }
      return { inside, outside };
    },
    { shot, box },
  );
}

for (const path of PAGES) {
  test(`Chromium marks exactly each claim's paragraph: ${path}`, async () => {
    const list = cases(path);
    assert.ok(list.length >= 5, `${path} has claims with directives`);
    for (const c of list) {
      // A fresh tab each time: the browser applies the directive when a document loads.
      const page = await context.newPage();
      try {
        await page.goto(`${server.origin}/${path}#:~:${c.fragment}`);
        // Name the block before adding our style (a new element would shift the index).
        const text = await page.evaluate((i) => {
          const el = document.querySelectorAll("*")[i]!;
          el.setAttribute("data-cm-block", "");
          return el.textContent?.replace(/\s+/g, " ") ?? "";
        }, c.block);
        assert.ok(text.includes(c.claim.slice(0, 30)), `block found for: ${c.claim}`);
        await page.addStyleTag({ content: MARK_CSS });
        const m = await marks(page);
        assert.ok(m.inside > 100 && m.outside === 0, `${c.claim}\n  ${c.fragment}\n  marked inside ${m.inside}, outside ${m.outside}`);
      } finally {
        await page.close();
      }
    }
  });
}
