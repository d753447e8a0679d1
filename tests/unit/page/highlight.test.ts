import { describe, expect, it } from "vitest";
import type { Claim } from "../../../src/core/model.ts";
import { extractArticle } from "../../../src/page/extract.ts";
import { createHighlighter, highlightCss, kindKey, styleName } from "../../../src/page/highlight.ts";
import { spansFor } from "../../../src/page/textmap.ts";
import { dom } from "./dom.ts";

function claimFor(text: string, sentence: string, over: Partial<Claim> = {}): Claim {
  const start = text.indexOf(sentence);
  if (start < 0) throw new Error(`not in text: ${sentence}`);
  return {
    id: `c${start}`,
    text: sentence,
    start,
    end: start + sentence.length,
    kinds: ["numeric"],
    figures: [],
    source: null,
    status: "unaddressed",
    evidence: null,
    evidenceStart: null,
    evidenceEnd: null,
    ...over,
  };
}

const HTML = `<article><h1>Title</h1>
  <p id="p1">The <a href="/c">city <em>council</em></a> said it spent <strong>£4.2m</strong> last year. Officials said<br>the total was 12% higher.</p>
  <p id="p2">Nothing to see here at all, said nobody in particular today.</p>
  <p id="p3">Turnout was <span>61 per cent</span>, the commission said.</p></article>`;

describe("wrap fallback (no CSS Custom Highlight API)", () => {
  it("is chosen when CSS.highlights is missing", () => {
    const doc = dom(HTML);
    expect(createHighlighter(doc).mode).toBe("wrap");
  });

  it("wraps exactly the claim text across inline markup, keeps the text, and unwraps cleanly", () => {
    const doc = dom(HTML);
    const before = doc.body.innerHTML;
    const a = extractArticle(doc)!;
    const claims = [
      claimFor(a.text, "The city council said it spent £4.2m last year.", { kinds: ["numeric", "attributed"], status: "confirmed" }),
      claimFor(a.text, "Officials said the total was 12% higher.", { status: "disputed" }),
      claimFor(a.text, "Turnout was 61 per cent, the commission said.", { kinds: ["numeric", "attributed"] }),
    ];
    const h = createHighlighter(doc, { mode: "wrap" });
    h.add(claims.map((claim) => ({ claim, spans: spansFor(a, claim.start, claim.end) })));

    for (const c of claims) {
      const marks = Array.from(doc.querySelectorAll(`mark[data-claimmark="${c.id}"]`));
      expect(marks.length).toBeGreaterThan(0);
      // Whitespace between marks (a <br>, a collapsed run) stays outside them.
      const wrapped = marks.map((m) => m.textContent).join("");
      expect(wrapped.replace(/\s/g, "")).toBe(c.text.replace(/\s/g, ""));
      for (const m of marks) expect(m.classList.contains(styleName(c))).toBe(true);
    }
    // The council sentence crosses <a>, <em> and <strong>: several marks, none containing an element.
    expect(doc.querySelectorAll(`mark[data-claimmark="${claims[0]!.id}"]`).length).toBeGreaterThan(2);
    for (const m of Array.from(doc.querySelectorAll("mark"))) expect(m.children.length).toBe(0);
    // The page's text and the article text are unchanged by wrapping.
    expect(extractArticle(doc)!.text).toBe(a.text);
    expect(doc.querySelector("#p2")!.querySelector("mark")).toBeNull();

    h.setActive(claims[1]!.id);
    expect(doc.querySelectorAll("mark.claimmark-active").length).toBeGreaterThan(0);
    expect(h.claimAt(0, 0, doc.querySelector(`mark[data-claimmark="${claims[2]!.id}"]`))).toBe(claims[2]!.id);

    h.remove([claims[0]!.id]);
    expect(doc.querySelector(`mark[data-claimmark="${claims[0]!.id}"]`)).toBeNull();
    expect(h.ids().sort()).toEqual([claims[1]!.id, claims[2]!.id].sort());

    h.clear();
    expect(doc.querySelectorAll("mark").length).toBe(0);
    expect(doc.body.innerHTML).toBe(before);
    // Split pieces were merged back: every original text node is whole again.
    expect(doc.querySelector("#p3")!.childNodes.length).toBe(3);
    h.destroy();
    expect(doc.querySelector("style")).toBeNull();
  });

  it("wraps many claims in one block in any order without corrupting offsets", () => {
    const doc = dom(`<article><p>One said 1. Two said 2. Three said 3. Four said 4. Five said 5 and more text here.</p></article>`);
    const a = extractArticle(doc)!;
    const sentences = ["One said 1.", "Two said 2.", "Three said 3.", "Four said 4.", "Five said 5 and more text here."];
    const claims = sentences.map((s) => claimFor(a.text, s));
    const h = createHighlighter(doc, { mode: "wrap" });
    h.add([claims[2]!, claims[0]!, claims[4]!, claims[1]!, claims[3]!].map((claim) => ({ claim, spans: spansFor(a, claim.start, claim.end) })));
    expect(Array.from(doc.querySelectorAll("mark")).map((m) => m.textContent)).toEqual(sentences);
    h.clear();
    expect(doc.querySelector("p")!.childNodes.length).toBe(1);
    expect(doc.querySelector("p")!.textContent).toBe(a.text);
  });
});

describe("highlight styles", () => {
  it("gives each kind × status its own rule, with the status in the underline style", () => {
    const css = highlightCss(false);
    expect(css).toMatch(/::highlight\(claimmark-numeric-confirmed\) \{[^}]*underline solid/);
    expect(css).toMatch(/::highlight\(claimmark-attributed-disputed\) \{[^}]*underline wavy/);
    expect(css).toMatch(/::highlight\(claimmark-both-unverified\) \{[^}]*underline dotted/);
    expect(css).toMatch(/::highlight\(claimmark-both-unaddressed\) \{[^}]*text-decoration: none/);
    expect(highlightCss(true)).not.toBe(css);
    expect(kindKey({ kinds: ["attributed", "numeric"] })).toBe("both");
    expect(kindKey({ kinds: ["attributed"] })).toBe("attributed");
  });
});
