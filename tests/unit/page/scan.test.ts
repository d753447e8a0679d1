import { describe, expect, it } from "vitest";
import type { Claim } from "../../../src/core/model.ts";
import { extractArticle } from "../../../src/page/extract.ts";
import { BlockScanner } from "../../../src/page/scan.ts";
import { dom } from "./dom.ts";

// Every sentence with a digit is a claim whose id is its text; evidence is the next sentence.
function detector(calls: string[]) {
  return (text: string): Claim[] => {
    calls.push(text);
    const out: Claim[] = [];
    for (const m of text.matchAll(/[^.\n]*\d[^.\n]*\./g)) {
      const s = m[0].trim();
      const start = m.index! + m[0].indexOf(s);
      out.push({
        id: s, text: s, start, end: start + s.length, kinds: ["numeric"], figures: [], source: null,
        status: "unaddressed", evidence: null, evidenceStart: null, evidenceEnd: null,
      });
    }
    return out;
  };
}

const now = () => Promise.resolve();
const never = () => false;
const A = "The first paragraph of the story has 3 ducks in it.";
const B = "The second paragraph says nothing with numbers at all.";
const C = "Another paragraph reports 7 geese on the village pond.";

describe("BlockScanner", () => {
  it("gives claims article offsets, unique ids for repeated sentences, and detects each block once", async () => {
    const doc = dom(`<article><p>${A}</p><p>${B}</p><p>${A}</p></article>`);
    const calls: string[] = [];
    const s = new BlockScanner(detector(calls));
    const a = extractArticle(doc)!;
    const r = await s.scan(a, now, never);
    expect(r.claims.map((c) => [c.id, a.text.slice(c.start, c.end)])).toEqual([
      [A, A],
      [`${A}~2`, A],
    ]);
    expect(r.fresh.size).toBe(2);
    expect(calls.length).toBe(1);

    // Unchanged page: nothing is detected again, ids are stable.
    const again = await s.scan(extractArticle(doc)!, now, never);
    expect(calls.length).toBe(1);
    expect(again.claims.map((c) => c.id)).toEqual([A, `${A}~2`]);
    expect(again.fresh.size).toBe(0);
  });

  it("detects only a new block, with the blocks before it as context, and shifts kept claims", async () => {
    const doc = dom(`<article><p>${A}</p><p>${B}</p></article>`);
    const calls: string[] = [];
    const s = new BlockScanner(detector(calls));
    await s.scan(extractArticle(doc)!, now, never);
    const p = doc.createElement("p");
    p.textContent = C;
    doc.querySelector("article")!.prepend(p);
    const a = extractArticle(doc)!;
    const windows: Claim[][] = [];
    const r = await s.scan(a, now, never, (w) => windows.push(w));
    expect(calls.length).toBe(2);
    expect(calls[1]).toBe(C);
    expect(r.claims.map((c) => a.text.slice(c.start, c.end))).toEqual([C, A]);
    expect([...r.fresh]).toEqual([C]);
    expect(windows.flat().map((c) => c.id)).toEqual([C]);

    const q = doc.createElement("p");
    q.textContent = C.replace("7", "9");
    doc.querySelector("article")!.append(q);
    await s.scan(extractArticle(doc)!, now, never);
    // The new last block was detected with the preceding blocks as context.
    expect(calls[2]!.endsWith(q.textContent)).toBe(true);
    expect(calls[2]!.startsWith(C)).toBe(true);
  });

  it("re-detects a block whose text nodes were replaced even when its text is the same", async () => {
    const doc = dom(`<article><p id="x">${A}</p><p>${B}</p></article>`);
    const calls: string[] = [];
    const s = new BlockScanner(detector(calls));
    await s.scan(extractArticle(doc)!, now, never);
    const x = doc.getElementById("x")!;
    x.textContent = A; // a framework re-render: same text, new node
    const r = await s.scan(extractArticle(doc)!, now, never);
    expect(calls.length).toBe(2);
    expect([...r.fresh]).toEqual([A]);
  });

  it("survives a throwing detector and yields between windows when over budget", async () => {
    const doc = dom(`<article><p>${A}</p><p>${B}</p><p>${C}</p></article>`);
    let pauses = 0;
    const s = new BlockScanner(() => {
      throw new Error("bad");
    });
    const r = await s.scan(extractArticle(doc)!, async () => void pauses++, () => true);
    expect(r.claims).toEqual([]);
    expect(pauses).toBeGreaterThan(0);
  });
});
