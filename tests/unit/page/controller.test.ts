import { describe, expect, it } from "vitest";
import type { Claim } from "../../../src/core/model.ts";
import { startClaimmark } from "../../../src/page/controller.ts";
import { dom } from "./dom.ts";

// A small real detector for these tests: every sentence with a digit is a numeric claim.
function digitSentences(calls: string[]) {
  return (text: string): Claim[] => {
    calls.push(text);
    const out: Claim[] = [];
    for (const m of text.matchAll(/[^.\n]*\d[^.\n]*\./g)) {
      const s = m[0].trim();
      const start = m.index! + m[0].indexOf(s);
      out.push({
        id: `id:${s}`,
        text: s,
        start,
        end: start + s.length,
        kinds: ["numeric"],
        figures: [],
        source: null,
        status: "unverified",
        evidence: null,
        evidenceStart: null,
        evidenceEnd: null,
      });
    }
    return out;
  };
}

const P1 = "The town spent 4 million on roads last year. Nobody complained about that at all.";
const P2 = "Officials counted 300 potholes in the spring survey of the main streets.";
const P3 = "A new survey found 12 bridges needing repair before the winter comes.";

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("startClaimmark (wrap fallback, no layout)", () => {
  it("finds and paints claims, then scans only new blocks on DOM changes, without duplicates", async () => {
    const doc = dom(`<header><nav>Top 10 stories</nav></header><main><article id="a"><h1>Roads</h1><p>${P1}</p><p>${P2}</p></article></main><footer>Since 1999.</footer>`);
    const calls: string[] = [];
    const changes: number[] = [];
    const page = startClaimmark(doc, {
      detect: digitSentences(calls),
      highlightMode: "wrap",
      debounceMs: 20,
      onChange: ({ claims }) => changes.push(claims.length),
    });
    await page.ready;
    expect(page.phase()).toBe("ready");
    expect(page.claims().map((c) => c.text)).toEqual(["The town spent 4 million on roads last year.", P2]);
    expect(doc.querySelectorAll("mark[data-claimmark]").length).toBe(2);
    expect(doc.querySelector("nav mark, footer mark")).toBeNull();
    expect(calls.length).toBe(1);

    // Infinite scroll: a new paragraph arrives.
    const p3 = doc.createElement("p");
    p3.textContent = P3;
    doc.getElementById("a")!.appendChild(p3);
    await wait(80);
    await page.rescan();
    expect(page.claims().map((c) => c.text)).toEqual(["The town spent 4 million on roads last year.", P2, P3]);
    // The new block was detected (with earlier blocks only as context); old blocks were not redone.
    expect(calls.length).toBe(2);
    expect(calls[1]!.endsWith(P3)).toBe(true);
    const ids = Array.from(doc.querySelectorAll("mark[data-claimmark]")).map((m) => m.getAttribute("data-claimmark"));
    expect(new Set(ids).size).toBe(3);
    expect(ids.length).toBe(3);

    // A removed block drops its claims.
    doc.getElementById("a")!.querySelectorAll("p")[1]!.remove();
    await wait(80);
    await page.rescan();
    expect(page.claims().map((c) => c.text)).toEqual(["The town spent 4 million on roads last year.", P3]);
    expect(doc.querySelectorAll("mark[data-claimmark]").length).toBe(2);
    expect(calls.length).toBe(2);

    // Switching highlights off removes every mark; the page text is intact.
    page.setEnabled(false);
    expect(page.phase()).toBe("off");
    expect(doc.querySelectorAll("mark").length).toBe(0);
    expect(doc.getElementById("a")!.textContent).toContain(P1);
    page.setEnabled(true);
    await wait(10);
    expect(doc.querySelectorAll("mark[data-claimmark]").length).toBe(2);
    page.stop();
    expect(doc.querySelectorAll("mark").length).toBe(0);
    expect(changes.length).toBeGreaterThan(0);
  });

  it("reports no-article on a page without prose and survives a throwing detector", async () => {
    const doc = dom(`<nav>Menu</nav><p>Hi.</p>`);
    const page = startClaimmark(doc, { detect: () => { throw new Error("boom"); }, highlightMode: "wrap" });
    await page.ready;
    expect(page.phase()).toBe("no-article");
    page.stop();

    const doc2 = dom(`<article><p>${P1}</p><p>${P2}</p></article>`);
    const page2 = startClaimmark(doc2, { detect: () => { throw new Error("boom"); }, highlightMode: "wrap" });
    await page2.ready;
    expect(page2.phase()).toBe("ready");
    expect(page2.claims()).toEqual([]);
    page2.stop();
  });
});
