import { describe, expect, it } from "vitest";
import { detect } from "../../../src/core/detect.ts";

const ARTICLE = [
  "Storm damage in the north",
  "The storm left 30,000 homes without power on Sunday, the regional utility said.",
  "Crews worked through the night.",
  "“We expect to restore most supplies by Wednesday,” said Helen Ward, the utility's operations director. “Some villages may wait longer.”",
  "Residents said the response had been slow. The claim was rejected by the council.",
  "Repairs could cost as much as £45m, according to an estimate from the insurer Aldgate Mutual.",
].join("\n");

describe("detect", () => {
  const claims = detect(ARTICLE);

  it("returns claims whose offsets point at their text in the article", () => {
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) {
      expect(ARTICLE.slice(c.start, c.end)).toBe(c.text);
      for (const f of c.figures) expect(ARTICLE.slice(f.start, f.end)).toBe(f.text);
      if (c.evidence !== null) expect(ARTICLE.slice(c.evidenceStart!, c.evidenceEnd!)).toBe(c.evidence);
    }
  });

  it("marks numeric and attributed kinds and leaves narration out", () => {
    const storm = claims.find((c) => c.text.includes("30,000"))!;
    expect(storm.kinds).toEqual(["numeric", "attributed"]);
    expect(storm.figures.map((f) => f.text).join(" ")).toContain("30,000");
    expect(storm.source?.kind).toBe("organization");
    expect(claims.some((c) => c.text.startsWith("Crews worked"))).toBe(false);
    expect(claims.some((c) => c.text === "Storm damage in the north")).toBe(false);
  });

  it("credits the continuation of a quotation to its speaker", () => {
    const more = claims.find((c) => c.text.includes("Some villages"));
    expect(more?.source?.name).toBe("Helen Ward");
    expect(more?.kinds).toEqual(["attributed"]);
  });

  it("finds money with its source and the status the article gives", () => {
    const cost = claims.find((c) => c.text.includes("£45m"))!;
    expect(cost.source?.name).toBe("Aldgate Mutual");
    expect(claims.find((c) => c.text.startsWith("Residents said"))?.status).toBe("disputed");
  });

  it("gives stable, unique ids", () => {
    const again = detect(ARTICLE);
    expect(again.map((c) => c.id)).toEqual(claims.map((c) => c.id));
    expect(new Set(claims.map((c) => c.id)).size).toBe(claims.length);
  });

  it("handles empty and hostile input without throwing", () => {
    expect(detect("")).toEqual([]);
    expect(() => detect("“".repeat(5000) + " said " + "”".repeat(5000))).not.toThrow();
    expect(() => detect("a, ".repeat(20000) + "said")).not.toThrow();
    expect(() => detect("שלום, אמר הוא. " + "9".repeat(100000))).not.toThrow();
  });
});
