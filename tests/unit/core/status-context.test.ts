import { describe, expect, it } from "vitest";
import { applyContextModel, contextCases, isFeatureName, JUDGED, RULES_ONLY, type ContextModel } from "../../../src/core/status-context.ts";
import { STATUS_MODEL } from "../../../src/core/status-model.ts";
import type { StatusResult, StatusSentence } from "../../../src/core/status.ts";

function sentence(text: string, source: string | null, paragraph = 0, isClaim = true): StatusSentence {
  return { text, isClaim, numeric: /\d/.test(text), source, cueLemma: source ? "say" : null, cueStart: null, sourceIsDoc: false, paragraph, sourceKind: source ? "organization" : null };
}

const unaddressed = (n: number): StatusResult[] => Array.from({ length: n }, () => ({ status: "unaddressed", evidence: null }));

// A model of two weights, so what each feature does is plain: another source's denial right after a claim disputes it.
const denialModel: ContextModel = {
  ...RULES_ONLY,
  disputed: { threshold: 0, weights: { bias: -1, "n1:deny&other": 3 } },
};

describe("context status model", () => {
  const article = [
    sentence("The port authority said 1,200 containers had been cleared in the first week.", "port authority"),
    sentence("The dockers' union denied that, saying most of the boxes were still on the quay.", "dockers' union", 1),
  ];

  it("disputes a claim another source denies in the next sentence, with that sentence as evidence", () => {
    const st = unaddressed(2);
    applyContextModel(article, st, denialModel);
    expect(st[0]).toEqual({ status: "disputed", evidence: 1 });
  });

  it("leaves a claim alone when the denial is its own source's", () => {
    const own = [article[0]!, sentence("The port authority denied that the quay was blocked.", "port authority", 1)];
    const st = unaddressed(2);
    applyContextModel(own, st, denialModel);
    expect(st[0]!.status).toBe("unaddressed");
  });

  it("never overrides a status the rules gave, and changes nothing with no model", () => {
    const st: StatusResult[] = [{ status: "confirmed", evidence: 1 }, { status: "unaddressed", evidence: null }];
    applyContextModel(article, st, denialModel);
    expect(st[0]).toEqual({ status: "confirmed", evidence: 1 });
    const none = unaddressed(2);
    applyContextModel(article, none, RULES_ONLY);
    expect(none).toEqual(unaddressed(2));
  });

  it("asks only about claims: a sentence that is no claim keeps its status", () => {
    const notClaim = [sentence(article[0]!.text, "port authority", 0, false), article[1]!];
    const st = unaddressed(2);
    applyContextModel(notClaim, st, denialModel);
    expect(st[0]!.status).toBe("unaddressed");
  });

  it("names the features it fires by bucket and sign, and each context sentence's own", () => {
    const [c] = contextCases(article, unaddressed(2));
    expect(c!.i).toBe(0);
    expect(c!.features).toEqual(expect.arrayContaining(["bias", "c:numeric", "c:kind:organization", "c:lemma:say", "n1:deny", "n1:deny&other", "n1:other"]));
    expect(c!.byContext.map((x) => x.j)).toEqual([1]);
    expect(c!.byContext[0]!.atoms).toContain("n1:deny&other");
    expect(c!.features).not.toContain("n1:same");
  });

  it("the shipped model speaks only of features this code can give, and has a finite threshold for each status", () => {
    for (const st of JUDGED) {
      const names = Object.keys(STATUS_MODEL[st].weights);
      expect(names.length).toBeGreaterThan(50);
      expect(names.filter((n) => !isFeatureName(n))).toEqual([]);
      expect(Number.isFinite(STATUS_MODEL[st].threshold)).toBe(true);
    }
  });

  it("reads words as whole words: contractions, short words, a repeated word, a surname named later", () => {
    const names = (text: string) => {
      const pair = [sentence("The airline said 91% of its flights left on time in 2025.", "Skyvale Airways"), sentence(text, "Kell Morrow", 1)];
      return contextCases(pair, unaddressed(2))[0]!.byContext[0]!.atoms;
    };
    // "isn’t" and "don't" are negations, "no" is one, "nothing" too; "note" and "knot" are not
    expect(names("Morrow said the figure isn’t right.")).toContain("n1:neg");
    expect(names("Morrow said they don't agree.")).toContain("n1:neg");
    expect(names("Morrow said no.")).toContain("n1:neg");
    expect(names("Morrow wrote a note about the knot.")).not.toContain("n1:neg");
    // a prefix class takes inflections ("denied", "denies") but not a word that merely contains it
    expect(names("Morrow denied it.")).toContain("n1:deny");
    expect(names("Morrow spoke of a grandenial.")).not.toContain("n1:deny");
    // two content words shared ("flights", "time"), one is not enough; a number shared; years are not numbers here
    expect(names("Morrow counted the flights and their time.")).toContain("n1:words");
    expect(names("Morrow counted the flights.")).not.toContain("n1:words");
    expect(names("Morrow put it at 91%.")).toContain("n1:num");
    expect(names("Morrow checked the record for 2025.")).not.toContain("n1:num");
    // a word class by another source on the same figure is its own atom; on another subject it is not
    expect(names("Morrow denied that 91% had left.")).toContain("n1:deny&other&near");
    expect(names("Morrow denied it.")).not.toContain("n1:deny&other&near");
    // the claim's source named by its last word in another's sentence
    const named = [sentence("The airline said 91% of its flights left on time.", "Skyvale Airways"), sentence("Morrow said Airways had it wrong.", "Kell Morrow", 1)];
    expect(contextCases(named, unaddressed(2))[0]!.byContext[0]!.atoms).toContain("n1:mention");
  });

  it("does not throw on an empty page or one with no claims", () => {
    expect(() => applyContextModel([], [])).not.toThrow();
    const st = unaddressed(1);
    applyContextModel([sentence("Weather.", null, 0, false)], st);
    expect(st[0]!.status).toBe("unaddressed");
  });
});
