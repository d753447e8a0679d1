import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { numberText } from "../../../src/page/number-text.ts";

describe("numberText", () => {
  it("writes numbers as toLocaleString('en') does", () => {
    for (const n of [0, 5, 21600, 1625.5, 0.5, 1.625, 3.1e6, 1e9, -2.25, 999.9996, 0.0004, 123456789.123]) {
      expect(numberText(n), String(n)).toBe(n.toLocaleString("en"));
    }
  });

  it("agrees with toLocaleString('en') on random values", () => {
    fc.assert(fc.property(fc.double({ min: -1e14, max: 1e14, noNaN: true }), (n) => {
      expect(numberText(n)).toBe(n.toLocaleString("en"));
    }), { numRuns: 2000 });
  });
});
