import { describe, expect, it } from "vitest";
import { findTextDirective } from "../../../src/core/fragment-match.ts";
import { claimDirective } from "../../../src/page/share-directive.ts";
import { pageText } from "../../../src/page/share-pagetext.ts";
import { extractArticle } from "../../../src/page/extract.ts";
import { dom } from "./dom.ts";

const CLAIM = "Grain exports fell 12% in the 2020-21 season, the ministry said on Monday.";

describe("pageText", () => {
  it("reads the whole page as blocks, <br> as a block break, hidden parts left out", () => {
    const doc = dom(`<nav><a href="/">Home</a> <a href="/w">World</a></nav>
      <p>One  <em>two</em>\n three<br>four</p><div hidden>secret</div><p style="display:none">gone</p>
      <ul><li>a</li><li>b <span>c</span></li></ul><script>var x = 1;</script>`);
    expect(pageText(doc.body, []).text).toBe("Home World\nOne two three\nfour\na\nb c");
  });

  it("places DOM points, including ones between elements", () => {
    const doc = dom(`<p>Intro. <strong>Bold</strong> end.</p>`);
    const p = doc.querySelector("p")!;
    const strong = doc.querySelector("strong")!;
    const t = pageText(doc.body, [
      { node: strong.firstChild!, offset: 0 },
      { node: p, offset: 2 },
      { node: p.lastChild!, offset: 5 },
    ]);
    expect(t.text).toBe("Intro. Bold end.");
    expect(t.at).toEqual([7, 11, 16]);
  });
});

describe("pageText stopAfter", () => {
  it("stops soon after the last point, keeping the words right behind it", () => {
    const doc = dom(`<p id="a">First block here.</p><p id="b">Target sentence. After words.</p>` + "<p>filler text</p>".repeat(500));
    const b = doc.getElementById("b")!.firstChild!;
    const t = pageText(doc.body, [{ node: b, offset: 0 }, { node: b, offset: 16 }], { stopAfter: 30 });
    expect(t.at).toEqual([18, 34]);
    expect(t.text.startsWith("First block here.\nTarget sentence. After words.\nfiller text")).toBe(true);
    expect(t.text.length).toBeLessThan(34 + 30 + 20);
  });
});

describe("claimDirective", () => {
  it("adds context when the sentence is repeated outside the article, before it", () => {
    const doc = dom(`<aside class="teaser"><p>${CLAIM}</p></aside>
      <article><h1>Grain</h1><p>Exporters were worried. ${CLAIM} Prices rose.</p><p>More text follows here, enough to be a body paragraph.</p></article>`);
    const article = extractArticle(doc)!;
    expect(article.text).not.toContain("teaser");
    const start = article.text.indexOf(CLAIM);
    const claim = { id: "c_1", text: CLAIM, start, end: start + CLAIM.length } as Parameters<typeof claimDirective>[2];
    const d = claimDirective(doc, article, claim)!;
    expect(d.prefix ?? d.suffix).toBeDefined();
    // Against the page's full text, the directive picks the article's sentence, not the teaser's.
    const page = pageText(doc.body, []).text;
    const hit = findTextDirective(page, d)!;
    expect(page.slice(hit.start, hit.end)).toBe(CLAIM);
    expect(hit.start).toBe(page.lastIndexOf(CLAIM));
  });

  it("needs no context when the sentence is unique on the page", () => {
    const doc = dom(`<article><p>Exporters were worried. ${CLAIM} Prices rose on the news.</p></article>`);
    const article = extractArticle(doc)!;
    const start = article.text.indexOf(CLAIM);
    const claim = { id: "c_1", text: CLAIM, start, end: start + CLAIM.length } as Parameters<typeof claimDirective>[2];
    expect(claimDirective(doc, article, claim)).toEqual({ start: CLAIM });
  });
});
