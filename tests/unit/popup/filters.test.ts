import { describe, expect, it } from "vitest";
import type { Claim, Source, Status } from "../../../src/core/model.ts";
import {
  ALL_FILTERS,
  applyFilters,
  barSegments,
  isFiltered,
  NO_SOURCE,
  sourceOptions,
  summarize,
} from "../../../src/popup/filters.ts";
import { claimPieces } from "../../../src/popup/claim-text.ts";
import { sourceDetail } from "../../../src/popup/words.ts";

function claim(id: string, text: string, opts: Partial<Claim> = {}): Claim {
  return {
    id,
    text,
    start: 0,
    end: text.length,
    kinds: ["numeric"],
    figures: [],
    source: null,
    status: "unaddressed",
    evidence: null,
    evidenceStart: null,
    evidenceEnd: null,
    ...opts,
  };
}

const mayor: Source = { name: "Ruth Okafor", role: "mayor", kind: "person", cue: "told", via: null };
const union: Source = { name: "the farmers' union", role: null, kind: "group", cue: "estimated", via: "Reuters" };

const claims: Claim[] = [
  claim("a", "The reservoir fell to 31 percent.", { status: "confirmed" }),
  claim("b", "Every household can save 40 liters, the mayor said.", { kinds: ["numeric", "attributed"], source: mayor, status: "disputed" }),
  claim("c", "The union estimated 2,300 hectares failed.", { kinds: ["numeric", "attributed"], source: union }),
  claim("d", "The café owners said nothing changed.", { kinds: ["attributed"], source: mayor, status: "unverified", evidence: "A spokesperson denied it." }),
];

const ids = (cs: Claim[]) => cs.map((c) => c.id);

describe("applyFilters", () => {
  it("returns every claim, in order, when nothing is filtered", () => {
    expect(isFiltered(ALL_FILTERS)).toBe(false);
    expect(ids(applyFilters(claims, ALL_FILTERS))).toEqual(["a", "b", "c", "d"]);
  });

  it("filters by kind, status and source, and combines them", () => {
    expect(ids(applyFilters(claims, { ...ALL_FILTERS, kind: "attributed" }))).toEqual(["b", "c", "d"]);
    expect(ids(applyFilters(claims, { ...ALL_FILTERS, kind: "numeric" }))).toEqual(["a", "b", "c"]);
    expect(ids(applyFilters(claims, { ...ALL_FILTERS, status: "disputed" }))).toEqual(["b"]);
    expect(ids(applyFilters(claims, { ...ALL_FILTERS, source: "Ruth Okafor" }))).toEqual(["b", "d"]);
    expect(ids(applyFilters(claims, { ...ALL_FILTERS, source: NO_SOURCE }))).toEqual(["a"]);
    expect(ids(applyFilters(claims, { ...ALL_FILTERS, source: "Ruth Okafor", kind: "numeric" }))).toEqual(["b"]);
  });

  it("searches words in any order across text, source and evidence, ignoring case and accents", () => {
    expect(ids(applyFilters(claims, { ...ALL_FILTERS, query: "CAFE" }))).toEqual(["d"]);
    expect(ids(applyFilters(claims, { ...ALL_FILTERS, query: "reuters" }))).toEqual(["c"]);
    expect(ids(applyFilters(claims, { ...ALL_FILTERS, query: "okafor liters" }))).toEqual(["b"]);
    expect(ids(applyFilters(claims, { ...ALL_FILTERS, query: "denied" }))).toEqual(["d"]);
    expect(ids(applyFilters(claims, { ...ALL_FILTERS, query: "  " }))).toEqual(["a", "b", "c", "d"]);
    expect(ids(applyFilters(claims, { ...ALL_FILTERS, query: "zebra" }))).toEqual([]);
  });
});

describe("summary", () => {
  it("counts each status and makes bar segments that add up to 100%", () => {
    const s = summarize(claims);
    expect(s).toEqual({ total: 4, confirmed: 1, disputed: 1, unverified: 1, unaddressed: 1 });
    const segs = barSegments(s);
    expect(segs.map((x) => x.status)).toEqual(["confirmed", "disputed", "unverified", "unaddressed"] satisfies Status[]);
    expect(segs.reduce((t, x) => t + x.percent, 0)).toBeCloseTo(100);
    expect(barSegments(summarize([]))).toEqual([]);
  });

  it("lists sources by how many claims they carry, with the unsourced last", () => {
    expect(sourceOptions(claims)).toEqual([
      { value: "Ruth Okafor", label: "Ruth Okafor", count: 2 },
      { value: "the farmers' union", label: "the farmers' union", count: 1 },
      { value: NO_SOURCE, label: "No stated source", count: 1 },
    ]);
  });

  it("describes a source with role, kind and via", () => {
    expect(sourceDetail(mayor)).toBe("mayor · person");
    expect(sourceDetail(union)).toBe("group · via Reuters");
  });
});

describe("claimPieces", () => {
  const base = 100;
  const fig = (text: string, s: number, start = base) => ({ text, approx: false, start: start + s, end: start + s + text.length });

  it("picks out the figures of a short sentence, offsets taken from the article", () => {
    const text = "Use rose to 412 liters, up from 350 liters.";
    const c = { text, start: base, figures: [fig("350 liters", 32), fig("412 liters", 12)] };
    expect(claimPieces(c)).toEqual([
      { text: "Use rose to ", figure: false },
      { text: "412 liters", figure: true },
      { text: ", up from ", figure: false },
      { text: "350 liters", figure: true },
      { text: ".", figure: false },
    ]);
  });

  it("ignores figures outside the sentence or overlapping an earlier one", () => {
    const text = "It was 31 percent.";
    const c = { text, start: base, figures: [fig("31 percent", 7), fig("31", 7), fig("9", 400)] };
    expect(claimPieces(c).filter((p) => p.figure).map((p) => p.text)).toEqual(["31 percent"]);
  });

  it("trims a long sentence around its first figure, at word boundaries, keeping the figure", () => {
    const words = Array.from({ length: 80 }, (_, i) => `word${i}`).join(" ");
    const text = `${words} reached 9,000 tonnes ${words}.`;
    const at = text.indexOf("9,000 tonnes");
    const pieces = claimPieces({ text, start: 0, figures: [{ text: "9,000 tonnes", approx: false, start: at, end: at + 12 }] }, 120);
    const shown = pieces.map((p) => p.text).join("");
    expect(pieces[0]).toEqual({ text: "…", figure: false });
    expect(pieces.at(-1)).toEqual({ text: "…", figure: false });
    expect(pieces.some((p) => p.figure && p.text === "9,000 tonnes")).toBe(true);
    expect(shown.length).toBeLessThanOrEqual(124);
    expect(shown).toMatch(/^…word\d+ /);
    expect(shown).toMatch(/ word\d+…$/);
  });

  it("keeps a long sentence's start when its figure is near the start", () => {
    const text = `Sales rose 12% ${"and then more words ".repeat(30)}`;
    const pieces = claimPieces({ text, start: 0, figures: [{ text: "12%", approx: false, start: 11, end: 14 }] }, 100);
    expect(pieces[0]?.text).toBe("Sales rose ");
    expect(pieces.at(-1)?.text).toBe("…");
  });
});
