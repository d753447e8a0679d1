import { describe, expect, it } from "vitest";
import { describeRange } from "../../../src/core/anchor.ts";
import type { Claim } from "../../../src/core/model.ts";
import type { NoteRecord } from "../../../src/db/schema.ts";
import { changedAnchors, placeNotes } from "../../../src/page/notes-place.ts";

const S1 = "Turnout reached 64.2% in the northern districts, the electoral commission said.";
const S2 = "Observers from the OSCE reported 12 irregularities at polling stations.";
const S3 = "The opposition called the result a fraud but offered no evidence.";

function claimsOf(text: string): Claim[] {
  return [S1, S2, S3, S1.replace("64.2%", "65.0%"), S2.replace("12 irregularities", "a dozen irregularities")]
    .map((s) => ({ s, at: text.indexOf(s) }))
    .filter(({ at }) => at >= 0)
    .map(({ s, at }) => ({
      id: `id:${s.slice(0, 24)}`,
      text: s,
      start: at,
      end: at + s.length,
      kinds: ["numeric"],
      figures: [],
      source: null,
      status: "unaddressed",
      evidence: null,
      evidenceStart: null,
      evidenceEnd: null,
    }));
}

function noteOn(text: string, sentence: string, id: string): NoteRecord {
  const start = text.indexOf(sentence);
  return {
    id,
    pageUrl: "https://news.example/vote",
    site: "news.example",
    claimId: `id:${sentence.slice(0, 24)}`,
    body: `note ${id}`,
    created: 1,
    updated: 1,
    selector: describeRange(text, start, start + sentence.length),
    anchor: { state: "attached", checked: 1 },
  };
}

const BEFORE = ["Election night", `${S1} ${S2}`, S3].join("\n");

describe("placeNotes", () => {
  it("puts each note on its claim on an unchanged page, and records nothing new", () => {
    const notes = [noteOn(BEFORE, S1, "a"), noteOn(BEFORE, S3, "b")];
    const placed = placeNotes(notes, BEFORE, claimsOf(BEFORE));
    expect(placed.get("a")).toEqual({ state: "attached", claimId: notes[0]!.claimId });
    expect(placed.get("b")).toEqual({ state: "attached", claimId: notes[1]!.claimId });
    expect(changedAnchors(notes, placed)).toEqual([]);
  });

  it("follows a changed figure to the claim's new id and reports the change; orphans a removed sentence", () => {
    const notes = [noteOn(BEFORE, S1, "a"), noteOn(BEFORE, S2, "b"), noteOn(BEFORE, S3, "c")];
    const after = ["Election night (updated)", `Advertisement`, `${S1.replace("64.2%", "65.0%")} ${S2}`].join("\n");
    const claims = claimsOf(after);
    const placed = placeNotes(notes, after, claims);
    const newId = claims.find((c) => c.text.includes("65.0%"))!.id;
    expect(placed.get("a")).toEqual({ state: "attached", claimId: newId, figureChanged: { was: "64.2%", now: "65.0%" } });
    expect(placed.get("b")).toEqual({ state: "attached", claimId: notes[1]!.claimId });
    expect(placed.get("c")).toEqual({ state: "orphaned", claimId: null });
    expect(changedAnchors(notes, placed)).toEqual([
      { id: "a", claimId: newId, state: "attached", figureChanged: { was: "64.2%", now: "65.0%" } },
      { id: "c", claimId: null, state: "orphaned" },
    ]);
  });

  it("orphans a note whose sentence is still there but is no longer a claim", () => {
    const notes = [noteOn(BEFORE, S3, "c")];
    const placed = placeNotes(notes, BEFORE, claimsOf(BEFORE).filter((c) => c.text !== S3));
    expect(placed.get("c")).toEqual({ state: "orphaned", claimId: null });
  });

  it("reports nothing once the database holds what the page shows", () => {
    const note = noteOn(BEFORE, S1, "a");
    note.anchor = { state: "orphaned", checked: 5 };
    const placed = placeNotes([note], BEFORE, claimsOf(BEFORE));
    expect(changedAnchors([note], placed)).toEqual([{ id: "a", claimId: note.claimId, state: "attached" }]);
    note.anchor = { state: "attached", checked: 6, claimId: note.claimId };
    expect(changedAnchors([note], placed)).toEqual([]);
  });
});

describe("placeNotes under time pressure", () => {
  it("leaves a note the budget did not reach unplaced instead of orphaning it", () => {
    const notes = [noteOn(BEFORE, S1, "a"), noteOn(BEFORE, S2, "b")];
    const edited = ["Election night", `${S1.replace("reached", "climbed to")} ${S2.replace("reported", "counted")}`, S3].join("\n");
    let clock = 0;
    const slow = () => (clock += 25); // every reading of the clock costs 25 ms
    // Every sentence of the edited text is a claim here.
    const claims = [...edited.matchAll(/[^.\n]+\./g)].map((m, i) => ({ ...claimsOf(BEFORE)[0]!, id: `s${i}`, text: m[0].trim(), start: m.index! + m[0].indexOf(m[0].trim()), end: m.index! + m[0].length }));
    const placed = placeNotes(notes, edited, claims, slow);
    expect(placed.size).toBe(0);
    expect(changedAnchors(notes, placed)).toEqual([]);
    // With time, both are found.
    const relaxed = placeNotes(notes, edited, claims);
    expect(relaxed.get("a")?.state).toBe("attached");
    expect(relaxed.get("b")?.state).toBe("attached");
  });
});
