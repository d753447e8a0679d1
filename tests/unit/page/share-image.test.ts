import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { wrap } from "../../../src/page/share-image.ts";

// Ten units per character: widths are predictable without a canvas.
const measure = (s: string) => s.length * 10;

describe("wrap (the image card's text layout)", () => {
  it("fills lines greedily by measured width", () => {
    expect(wrap(measure, "one two three four five six", 100, 5)).toEqual(["one two", "three four", "five six"]);
  });

  it("ends the last allowed line with an ellipsis when text is cut", () => {
    expect(wrap(measure, "one two three four five six", 100, 2)).toEqual(["one two", "three …"]);
  });

  it("cuts a single word wider than the line by characters", () => {
    expect(wrap(measure, "Supercalifragilistic yes", 100, 3)).toEqual(["Supercali…", "yes"]);
  });

  it("never exceeds the width or the line count, and keeps every word when it fits", () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z]{1,14}$/), { maxLength: 40 }), fc.integer({ min: 1, max: 8 }), (words, max) => {
        const lines = wrap(measure, words.join(" "), 120, max);
        expect(lines.length).toBeLessThanOrEqual(max);
        for (const l of lines) expect(measure(l)).toBeLessThanOrEqual(120);
        const cut = lines.some((l) => l.endsWith("…"));
        if (!cut) expect(lines.join(" ")).toBe(words.join(" "));
      }),
      { numRuns: 300 },
    );
  });
});
