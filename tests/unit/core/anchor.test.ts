import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  anchor,
  claimAt,
  compareFigures,
  describeRange,
  normalizeForMatch,
  prepareText,
  type ClaimSelector,
} from "../../../src/core/anchor.ts";

// Our own article, in the article text model: one block per line.
const P1 = "Harbour Authority reports record freight volumes";
const P2 =
  "Freight through the port of Velmar rose 3.5% in the third quarter, the Harbour Authority said on Tuesday. " +
  "Container traffic reached 1.2 million units, according to figures published by the authority.";
const P3 =
  "Dock workers' union leader Ana Korsak said the gains had come at a cost. " +
  "\"Overtime has doubled since March,\" she told reporters outside the terminal.";
const P4 =
  "The ministry of transport did not respond to a request for comment. " +
  "Analysts at Brill & Co expect growth to slow to about 2% next year.";
const ARTICLE = [P1, P2, P3, P4].join("\n");

const CLAIM = "Freight through the port of Velmar rose 3.5% in the third quarter, the Harbour Authority said on Tuesday.";

function selectorFor(text: string, sentence: string): ClaimSelector {
  const start = text.indexOf(sentence);
  if (start < 0) throw new Error("sentence not in text");
  return describeRange(text, start, start + sentence.length);
}

function attachedText(text: string, sel: ClaimSelector): string {
  const r = anchor(sel, text);
  if (r.state !== "attached") throw new Error(`expected attached, got ${r.state}/${r.reason}`);
  return text.slice(r.start, r.end);
}

describe("describeRange", () => {
  it("saves the quote, 32 characters of context each side, and the offsets", () => {
    const sel = selectorFor(ARTICLE, CLAIM);
    expect(sel.quote.exact).toBe(CLAIM);
    expect(sel.quote.prefix).toBe(ARTICLE.slice(sel.position.start - 32, sel.position.start));
    expect(sel.quote.prefix.endsWith("volumes\n")).toBe(true);
    expect(sel.quote.suffix).toBe(" Container traffic reached 1.2 m");
  });

  it("clamps offsets outside the text", () => {
    const sel = describeRange("short text", -5, 99);
    expect(sel.position).toEqual({ start: 0, end: 10 });
    expect(sel.quote).toEqual({ exact: "short text", prefix: "", suffix: "" });
  });
});

describe("anchor without page edits", () => {
  it("uses the saved position when the quote is still there", () => {
    const sel = selectorFor(ARTICLE, CLAIM);
    expect(anchor(sel, ARTICLE)).toEqual({ state: "attached", start: sel.position.start, end: sel.position.end, method: "position", score: 1 });
  });

  it("anchors every sentence of the article back to itself", () => {
    const prepared = prepareText(ARTICLE);
    for (const sentence of ARTICLE.split(/(?<=[.!?]"?)\s+|\n/)) {
      const sel = selectorFor(ARTICLE, sentence);
      const r = anchor(sel, prepared);
      expect(r).toMatchObject({ state: "attached", start: sel.position.start, end: sel.position.end });
    }
  });
});

describe("anchor with page edits", () => {
  const sel = selectorFor(ARTICLE, CLAIM);

  it("finds the quote after an ad block was inserted above it (positions shifted)", () => {
    const edited = [P1, "ADVERTISEMENT — Subscribe now for 50% off your first year", P2, P3, P4].join("\n");
    const r = anchor(sel, edited);
    expect(r).toMatchObject({ state: "attached", method: "quote" });
    expect(attachedText(edited, sel)).toBe(CLAIM);
    expect(r.state === "attached" && r.figureChanged).toBeFalsy();
  });

  it("follows a paragraph that moved to the end", () => {
    const edited = [P1, P3, P4, P2].join("\n");
    expect(anchor(sel, edited)).toMatchObject({ state: "attached", method: "quote" });
    expect(attachedText(edited, sel)).toBe(CLAIM);
  });

  it("matches through changed whitespace, non-breaking spaces and typographic quotes", () => {
    const quoteSentence = "\"Overtime has doubled since March,\" she told reporters outside the terminal.";
    const qsel = selectorFor(ARTICLE, quoteSentence);
    const edited = ARTICLE.replace(quoteSentence, "\u201cOvertime has  doubled since\u00a0March,\u201d she told reporters outside the terminal.").replace(P1, "Headline: " + P1);
    const r = anchor(qsel, edited);
    expect(r).toMatchObject({ state: "attached", method: "quote" });
    expect(attachedText(edited, qsel)).toBe("\u201cOvertime has  doubled since\u00a0March,\u201d she told reporters outside the terminal.");
  });

  it("picks the copy whose context matches when the sentence occurs twice", () => {
    const repeated = "The figures were not independently verified.";
    const text = [
      "Officials said 40 people were hurt in the blast. " + repeated,
      "A hospital spokesman put the number of injured at 55. " + repeated,
    ].join("\n");
    const second = describeRange(text, text.lastIndexOf(repeated), text.lastIndexOf(repeated) + repeated.length);
    // Shift everything so the position hint no longer holds.
    const edited = "Live updates\n" + text;
    const r = anchor(second, edited);
    expect(r).toMatchObject({ state: "attached", method: "quote", start: edited.lastIndexOf(repeated) });
  });

  it("does not trust the position when a repeated sentence's copies moved onto it", () => {
    const repeated = "The figures were not independently verified.";
    const b = "A hospital spokesman put the number of injured at 55. ";
    const text = ["Officials said 40 people were hurt in the blast. " + repeated, b + repeated].join("\n");
    const at = text.lastIndexOf(repeated);
    const second = describeRange(text, at, at + repeated.length);
    // The first paragraph grew so that its copy now starts exactly where the second one was.
    const lead = "Officials said 40 people were hurt in the blast, and many more were treated for shock. ";
    const edited = [lead.padEnd(at, "·") + repeated, b + repeated].join("\n");
    expect(edited.indexOf(repeated)).toBe(at);
    const r = anchor(second, edited);
    expect(r).toMatchObject({ state: "attached", method: "quote", start: edited.lastIndexOf(repeated) });
  });

  it("re-attaches an edited sentence with a fuzzy match", () => {
    const edited = ARTICLE.replace(
      CLAIM,
      "Freight through the port of Velmar rose 3.5% in the third quarter, the Harbour Authority said late on Tuesday.",
    );
    const r = anchor(sel, edited.replace(P1, "Updated: " + P1));
    expect(r).toMatchObject({ state: "attached", method: "fuzzy" });
    expect(r.state === "attached" && r.figureChanged).toBeFalsy();
    expect(attachedText(edited.replace(P1, "Updated: " + P1), sel)).toBe(
      "Freight through the port of Velmar rose 3.5% in the third quarter, the Harbour Authority said late on Tuesday.",
    );
  });

  it("re-attaches through ad text injected inside the sentence", () => {
    const edited = ARTICLE.replace("in the third quarter,", "in the third [Sponsored: Try Velmar Ferries] quarter,");
    const r = anchor(sel, edited);
    expect(r.state).toBe("attached");
    if (r.state !== "attached") return;
    expect(r.method).toBe("fuzzy");
    const got = edited.slice(r.start, r.end);
    expect(got.startsWith("Freight through the port")).toBe(true);
    expect(got.endsWith("said on Tuesday.")).toBe(true);
  });

  it("attaches but reports a changed figure (3.5% became 3.6%)", () => {
    const edited = ARTICLE.replace("rose 3.5%", "rose 3.6%");
    const r = anchor(sel, edited);
    expect(r).toMatchObject({ state: "attached", method: "fuzzy", figureChanged: { was: "3.5%", now: "3.6%" } });
    expect(r.state === "attached" && edited.slice(r.start, r.end)).toBe(CLAIM.replace("3.5%", "3.6%"));
  });

  it("reports a changed figure even when the paragraph also moved", () => {
    const edited = [P1, P3, P2.replace("3.5%", "4.1%"), P4].join("\n");
    expect(anchor(sel, edited)).toMatchObject({ state: "attached", figureChanged: { was: "3.5%", now: "4.1%" } });
  });

  it("orphans a note whose sentence was removed, without latching onto another sentence", () => {
    const edited = [P1, P2.replace(CLAIM + " ", ""), P3, P4].join("\n");
    expect(anchor(sel, edited)).toEqual({ state: "orphaned", reason: "not-found" });
  });

  it("orphans when the article is gone entirely", () => {
    expect(anchor(sel, "")).toEqual({ state: "orphaned", reason: "not-found" });
    expect(anchor(sel, "Page not found\nTry our search")).toEqual({ state: "orphaned", reason: "not-found" });
  });

  it("orphans an empty quote instead of attaching it anywhere", () => {
    expect(anchor({ quote: { exact: "  ", prefix: "", suffix: "" }, position: { start: 0, end: 2 } }, ARTICLE)).toEqual({
      state: "orphaned",
      reason: "empty-quote",
    });
  });

  it("stops the fuzzy search when the time budget is spent", () => {
    const edited = ARTICLE.replace("rose 3.5%", "climbed 3.5%");
    let clock = 0;
    const r = anchor(sel, edited, { budgetMs: 5, now: () => (clock += 10) });
    expect(r).toEqual({ state: "orphaned", reason: "budget" });
    // The same edit is found when time allows, so the budget is what stopped it.
    expect(anchor(sel, edited).state).toBe("attached");
  });
});

describe("compareFigures", () => {
  it("lists what changed and ignores figures that only moved", () => {
    expect(compareFigures("rose 3.5% to $1.2bn", "rose 3.5% to $1.4bn")).toEqual({ was: "$1.2bn", now: "$1.4bn" });
    expect(compareFigures("from 10 to 20", "to 20 from 10")).toBeUndefined();
    expect(compareFigures("about 300 people", "about 300 people and 2 dogs")).toEqual({ was: "", now: "2" });
    expect(compareFigures("15,000–18,000", "15,000-18,000")).toBeUndefined();
    // Ordinals are not figures.
    expect(compareFigures("in the third quarter", "in the 3rd quarter")).toBeUndefined();
    expect(compareFigures("1.2 million units", "1.3 million units")).toEqual({ was: "1.2 million", now: "1.3 million" });
  });
});

describe("normalizeForMatch", () => {
  it("collapses whitespace, keeps block breaks, drops invisible characters", () => {
    expect(normalizeForMatch("a \u00a0 b\u200b\n\n c\u2014d \u201cq\u201d")).toBe("a b\nc-d \"q\"");
  });
});

describe("claimAt", () => {
  it("picks the claim the range overlaps most", () => {
    const claims = [
      { id: "a", start: 0, end: 50 },
      { id: "b", start: 51, end: 120 },
    ];
    expect(claimAt(claims, 45, 118)?.id).toBe("b");
    expect(claimAt(claims, 200, 210)).toBeNull();
  });
});

describe("anchor round trip (property)", () => {
  it("any range saved from a text anchors back to the same range in that text", () => {
    const word = fc.stringMatching(/^[A-Za-z0-9%$.,]{1,10}$/);
    const block = fc.array(word, { minLength: 1, maxLength: 30 }).map((ws) => ws.join(" "));
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 8 }), fc.nat(), fc.nat(), (blocks, a, b) => {
        const text = blocks.join("\n");
        const start = a % text.length;
        const end = start + 1 + (b % (text.length - start));
        const sel = describeRange(text, start, end);
        // Shift the text so only the quote (not the position) can place it.
        const shifted = "Breaking\n" + text;
        const r = anchor(sel, shifted);
        if (normalizeForMatch(sel.quote.exact).trim() === "") return r.state === "orphaned";
        return r.state === "attached" && normalizeForMatch(shifted.slice(r.start, r.end)).trim() === normalizeForMatch(sel.quote.exact).trim();
      }),
      { numRuns: 300 },
    );
  });
});
