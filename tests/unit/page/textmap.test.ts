import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { extractArticle } from "../../../src/page/extract.ts";
import { blocksIn, offsetAt, spanFor, spansFor, spanText } from "../../../src/page/textmap.ts";
import { dom } from "./dom.ts";

const squash = (s: string) => s.replace(/[\s\u00ad\u200b]+/g, " ");

describe("textmap: article offsets to DOM points", () => {
  const doc = dom(`<article><h1>Head</h1>
    <p id="a">The   <a href="/x">city <em>council</em></a> said<br>it spent <strong>£4.2m</strong>,
      a <span class="n">12% rise</span>.</p>
    <p id="b">Second paragraph says 7 things.</p></article>`);
  const a = extractArticle(doc)!;

  it("builds the expected text", () => {
    expect(a.text).toBe("The city council said it spent £4.2m, a 12% rise.\nSecond paragraph says 7 things.");
  });

  it("maps a span across <a>, <em>, <br>, <strong>, <span> to points whose text matches", () => {
    const start = a.text.indexOf("council");
    const end = a.text.indexOf("12%") + 3;
    const span = spanFor(a, start, end)!;
    expect(span.start.node.nodeType).toBe(3);
    expect((span.start.node as Text).data).toBe("council");
    expect(span.start.offset).toBe(0);
    expect((span.end.node as Text).data).toBe("12% rise");
    expect(span.end.offset).toBe(3);
    expect(squash(spanText(span))).toBe(a.text.slice(start, end));
  });

  it("maps every word boundary in the article back to the same text", () => {
    const bounds = [0];
    for (const m of a.text.matchAll(/[\s,.]+/g)) bounds.push(m.index!, m.index! + m[0].length);
    bounds.push(a.text.length);
    for (const s of bounds)
      for (const e of bounds) {
        if (e <= s) continue;
        const want = a.text.slice(s, e);
        if (want.includes("\n") || !want.trim()) continue;
        const span = spanFor(a, s, e);
        expect(span, want).not.toBeNull();
        expect(squash(spanText(span!)).trim(), want).toBe(want.trim());
      }
  });

  it("gives one span per block for a range across blocks", () => {
    const start = a.text.indexOf("rise");
    const end = a.text.indexOf("says");
    const spans = spansFor(a, start, end);
    expect(spans.map((s) => squash(spanText(s)))).toEqual(["rise.", "Second paragraph "]);
    expect(blocksIn(a, start, end).map((b) => b.el.getAttribute("id"))).toEqual(["a", "b"]);
  });

  it("returns null for empty or newline-only spans", () => {
    const nl = a.text.indexOf("\n");
    expect(spanFor(a, 5, 5)).toBeNull();
    expect(spanFor(a, nl, nl + 1)).toBeNull();
    expect(spanFor(a, a.text.length, a.text.length + 4)).toBeNull();
  });

  it("maps a DOM point back to its article offset", () => {
    const strong = doc.querySelector("strong")!.firstChild!;
    expect(offsetAt(a, strong, 1)).toBe(a.text.indexOf("£4.2m") + 1);
    const outside = doc.querySelector("h1")!.firstChild!;
    expect(offsetAt(a, outside, 0)).toBeNull();
  });
});

const FIXTURES = join(import.meta.dirname, "../../fixtures/articles");
const fixtureFiles = existsSync(FIXTURES) ? readdirSync(FIXTURES).filter((f) => f.endsWith(".html")) : [];

describe.runIf(fixtureFiles.length > 0)("textmap on fixture articles", () => {
  it.each(fixtureFiles)("%s: every block maps back to its own text", (file) => {
    const a = extractArticle(dom(readFileSync(join(FIXTURES, file), "utf8")))!;
    for (const b of a.blocks) {
      const span = spanFor(a, b.start, b.end)!;
      expect(squash(spanText(span)).trim()).toBe(a.text.slice(b.start, b.end));
    }
  });
});

describe("textmap: live DOM Ranges (happy-dom)", () => {
  it("rangeFor and rangesFor give Ranges whose text is the article text", async () => {
    const { happy } = await import("./happy.ts");
    const { rangeFor, rangesFor } = await import("../../../src/page/textmap.ts");
    const { doc } = happy(`<article><h1>Head</h1><p>The <a href="/x">city <em>council</em></a>  said it spent <strong>£4.2m</strong>, a <span>12% rise</span>.</p><p>Second paragraph says 7 things.</p></article>`);
    const a = extractArticle(doc)!;
    const start = a.text.indexOf("council");
    const end = a.text.indexOf("12%") + 3;
    const r = rangeFor(a, start, end)!;
    expect(squash(r.toString())).toBe(a.text.slice(start, end));
    const across = rangesFor(a, a.text.indexOf("rise"), a.text.indexOf("says"));
    expect(across.map((x) => x.toString())).toEqual(["rise.", "Second paragraph "]);
  });
});
