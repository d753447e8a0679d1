import { describe, expect, it } from "vitest";
import { assignIds, claimId, cyrb53, normalizeForId } from "../../../src/core/ids.ts";

describe("claim ids", () => {
  it("are stable for the same text and ignore whitespace and quote style", () => {
    expect(claimId("He said “yes”.")).toBe(claimId("He  said \"yes\"."));
    expect(claimId("Vanner disclosed 21,600.")).toMatch(/^c_[0-9a-z]+$/);
    expect(claimId("Vanner disclosed 21,600.")).not.toBe(claimId("Vanner disclosed 21,601."));
  });
  it("are unique within a page, deterministically, when a sentence repeats", () => {
    const ids = assignIds(["A said 1.", "B said 2.", "A said 1."]);
    expect(new Set(ids).size).toBe(3);
    expect(ids[2]).toBe(`${ids[0]}-2`);
    expect(assignIds(["A said 1.", "B said 2.", "A said 1."])).toEqual(ids);
  });
});

describe("id normalisation", () => {
  it("hashes exactly the normalised text", () => {
    const t = "  “Déjà vu,”\u00a0she said — twice.  ";
    expect(normalizeForId(t)).toBe("\"déjà vu,\" she said - twice.");
    expect(claimId(t)).toBe("c_" + cyrb53(normalizeForId(t)).toString(36));
  });
});

describe("id fast path", () => {
  it("gives plain ASCII text the same id as the general normalisation", () => {
    for (const t of ["  Officials  said 12 people DIED. ", "A said 1.", "x"]) {
      expect(claimId(t)).toBe("c_" + cyrb53(normalizeForId(t)).toString(36));
    }
  });
});
