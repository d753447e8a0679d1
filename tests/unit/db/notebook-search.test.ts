import { describe, expect, it } from "vitest";
import { buildEntries, EMPTY_QUERY, searchNotebook, sitesOf } from "../../../src/notebook/search.ts";
import { noteLink } from "../../../src/notebook/open-link.ts";
import type { ClaimRecord, NoteRecord, PageRecord } from "../../../src/db/schema.ts";
import { parseShareLink } from "../../../src/core/share-link.ts";

function note(id: string, pageUrl: string, body: string, updated: number, exact: string, extra: Partial<NoteRecord> = {}): NoteRecord {
  return {
    id,
    pageUrl,
    site: new URL(pageUrl).hostname.replace(/^www\./, ""),
    claimId: `c_${id}`,
    body,
    created: updated,
    updated,
    selector: { quote: { exact, prefix: "Earlier text. ", suffix: " Later text." }, position: { start: 14, end: 14 + exact.length } },
    anchor: { state: "attached", checked: updated },
    ...extra,
  };
}

const A = "https://www.news.example/vote";
const B = "https://other.example/economy";
const notes = [
  note("1", A, "Turnout looks inflated", 100, "Turnout reached 64.2% in the north."),
  note("2", A, "Compare with 2019 census", 300, "The city has 1.2 million voters.", { anchor: { state: "figure-changed", checked: 300, figureChanged: { was: "1.2 million", now: "1.3 million" } } }),
  note("3", B, "Café owners disagree", 200, "Inflation fell to 2.1% in May, the central bank said."),
  note("4", B, "gone now", 50, "Unemployment rose by 3,000.", { anchor: { state: "orphaned", checked: 60 } }),
];
const claims: ClaimRecord[] = [
  { pageUrl: A, claimId: "c_1", text: "Turnout reached 64.2% in the north.", figures: [], source: null, status: "unverified", evidence: null, saved: 1 },
  { pageUrl: B, claimId: "c_3", text: "Inflation fell to 2.1% in May, the central bank said.", figures: [], source: null, status: "confirmed", evidence: null, saved: 1 },
];
const pages: PageRecord[] = [
  { url: A, site: "news.example", title: "Election night", lastSeen: 1 },
  { url: B, site: "other.example", title: "Prices cool", lastSeen: 1 },
];
const entries = buildEntries(notes, claims, pages);
const ids = (q: Partial<typeof EMPTY_QUERY>) => searchNotebook(entries, { ...EMPTY_QUERY, ...q }).map((g) => [g.title, g.entries.map((e) => e.note.id)]);

describe("searchNotebook", () => {
  it("groups by page, pages and notes newest first", () => {
    expect(ids({})).toEqual([
      ["Election night", ["2", "1"]],
      ["Prices cool", ["3", "4"]],
    ]);
  });

  it("matches every word across note body, claim text and page title, ignoring case and accents", () => {
    expect(ids({ text: "cafe" })).toEqual([["Prices cool", ["3"]]]);
    expect(ids({ text: "CENTRAL bank" })).toEqual([["Prices cool", ["3"]]]);
    expect(ids({ text: "election 64.2%" })).toEqual([["Election night", ["1"]]]);
    // A claim without a snapshot is searched by its saved quote.
    expect(ids({ text: "voters census" })).toEqual([["Election night", ["2"]]]);
    expect(ids({ text: "turnout census" })).toEqual([]);
  });

  it("filters by site, status and placement", () => {
    expect(ids({ site: "other.example" })).toEqual([["Prices cool", ["3", "4"]]]);
    expect(ids({ status: "unverified" })).toEqual([["Election night", ["1"]]]);
    expect(ids({ placement: "figure-changed" })).toEqual([["Election night", ["2"]]]);
    expect(ids({ placement: "orphaned", site: "other.example" })).toEqual([["Prices cool", ["4"]]]);
    expect(sitesOf(entries)).toEqual(["news.example", "other.example"]);
  });
});

describe("noteLink", () => {
  it("opens the page with our token for the claim and a text directive for the sentence", () => {
    const link = noteLink(notes[0]!, "c_1");
    const parsed = parseShareLink(link);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.pageUrl).toBe(A);
    expect(parsed.value.token?.claimId).toBe("c_1");
    expect(parsed.value.directive?.start).toContain("Turnout");
  });

  it("still reaches the sentence when the claim id cannot travel in our token", () => {
    const link = noteLink(notes[2]!, "quote:0badc0de");
    expect(link.startsWith(`${B}#:~:text=`)).toBe(true);
  });
});
