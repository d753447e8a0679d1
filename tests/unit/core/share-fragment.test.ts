import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  encodeTerm,
  formatTextDirective,
  generateTextDirective,
  MAX_EXACT_LENGTH,
  parseTextDirective,
} from "../../../src/core/fragment-directive.ts";
import { findTextDirective, fold } from "../../../src/core/fragment-match.ts";

// Our own article in the article text model (one block per line).
const ARTICLE = [
  "Grain exports fall as ports stay shut",
  "Grain exports fell 12% in the 2020-21 season, the ministry said on Monday. Traders expect -3.2% more.",
  "“We have never seen a season like this,” said Ilse Moreau, who chairs the exporters’ association.",
  "The rate rose 5% in March.",
  "Officials disputed that account. The rate rose 5% in March. They gave no figures.",
  "The rate rose 5% in March.",
].join("\n");

function at(text: string, sentence: string, nth = 0): [number, number] {
  let from = -1;
  for (let i = 0; i <= nth; i++) {
    from = text.indexOf(sentence, from + 1);
    if (from < 0) throw new Error(`occurrence ${nth} of ${sentence} not found`);
  }
  return [from, from + sentence.length];
}

describe("encodeTerm / formatTextDirective", () => {
  it("percent-encodes '-' and the directive's syntax characters", () => {
    expect(encodeTerm("2020-21, -3.2% & more")).toBe("2020%2D21%2C%20%2D3.2%25%20%26%20more");
    expect(encodeTerm("(AP) it's!*")).toBe("%28AP%29%20it%27s%21%2A");
  });

  it("formats every part and parses back", () => {
    const d = { prefix: "said-so", start: "The rate, rose", end: "in -March", suffix: "They-gave" };
    const s = formatTextDirective(d);
    expect(s).toBe("text=said%2Dso-,The%20rate%2C%20rose,in%20%2DMarch,-They%2Dgave");
    expect(parseTextDirective(s)).toEqual(d);
  });

  it("round-trips any terms", () => {
    const term = fc.string({ minLength: 1, maxLength: 40, unit: "grapheme" });
    fc.assert(
      fc.property(fc.option(term, { nil: undefined }), term, fc.option(term, { nil: undefined }), fc.option(term, { nil: undefined }), (prefix, start, end, suffix) => {
        const d = { start, ...(prefix !== undefined && { prefix }), ...(end !== undefined && { end }), ...(suffix !== undefined && { suffix }) };
        expect(parseTextDirective(formatTextDirective(d))).toEqual(d);
      }),
      { numRuns: 500 },
    );
  });

  it("rejects malformed directives", () => {
    for (const bad of ["", "text=", "txt=a", "text=a,b,c", "text=%E0%A4%A", "text=-,a", "text=a,-", "text=a,b,c,d,e"]) {
      expect(parseTextDirective(bad), bad).toBeNull();
    }
  });
});

describe("findTextDirective (lenient model of the browser's matcher)", () => {
  it("matches case-, accent-, quote- and nbsp-insensitively, as Chromium does", () => {
    const text = "Intro.\nThe Café’s “Price” rose 5\u00A0% in 2020–21.";
    expect(findTextDirective(text, { start: "the cafe's \"price\" rose 5 % in 2020-21." })).toEqual({ start: 7, end: text.length });
  });

  it("never lets a term cross a block, but lets prefix/suffix gaps do so", () => {
    const text = "Block end here.\nNext block starts here.";
    expect(findTextDirective(text, { start: "here. Next" })).toBeNull();
    expect(findTextDirective(text, { prefix: "here.", start: "Next block" })).toEqual({ start: 16, end: 26 });
    expect(findTextDirective(text, { start: "Block end", suffix: "here. Next" })).toBeNull();
    expect(findTextDirective(text, { start: "Block end", end: "starts" })).toEqual({ start: 0, end: text.indexOf("starts") + 6 });
  });

  it("takes the first match in text order, narrowed by prefix and suffix", () => {
    const [s1] = at(ARTICLE, "The rate rose 5% in March.", 0);
    const [s2, e2] = at(ARTICLE, "The rate rose 5% in March.", 1);
    expect(findTextDirective(ARTICLE, { start: "The rate rose 5% in March." })?.start).toBe(s1);
    expect(findTextDirective(ARTICLE, { prefix: "account.", start: "The rate rose 5% in March." })).toEqual({ start: s2, end: e2 });
    expect(findTextDirective(ARTICLE, { start: "The rate rose 5% in March.", suffix: "They gave" })).toEqual({ start: s2, end: e2 });
    expect(findTextDirective(ARTICLE, { prefix: "nowhere", start: "The rate" })).toBeNull();
  });

  it("maps folded offsets back to the original text", () => {
    const text = "Straße ﬁle soft\u00ADhyphen end";
    const f = fold(text);
    expect(f.text).toBe("strasse file softhyphen end");
    expect(findTextDirective(text, { start: "softhyphen" })).toEqual({ start: 11, end: 22 });
    expect(findTextDirective(text, { start: "strasse" })).toEqual({ start: 0, end: 6 });
  });
});

describe("generateTextDirective", () => {
  it("quotes a unique sentence whole, without context", () => {
    const [s, e] = at(ARTICLE, "Grain exports fell 12% in the 2020-21 season, the ministry said on Monday.");
    expect(generateTextDirective(ARTICLE, s, e)).toEqual({ start: ARTICLE.slice(s, e) });
  });

  it("adds context for each occurrence of a repeated sentence, and each resolves to its own", () => {
    const sentence = "The rate rose 5% in March.";
    const seen = new Set<string>();
    for (let n = 0; n < 3; n++) {
      const [s, e] = at(ARTICLE, sentence, n);
      const d = generateTextDirective(ARTICLE, s, e);
      expect(d).not.toBeNull();
      expect(findTextDirective(ARTICLE, d!)).toEqual({ start: s, end: e });
      seen.add(formatTextDirective(d!));
      if (n > 0) expect(d!.prefix !== undefined || d!.suffix !== undefined).toBe(true);
    }
    expect(seen.size).toBe(3);
  });

  it("uses start,end for sentences longer than the exact-quote limit", () => {
    const long = "Officials said that " + "the harbour and the yards ".repeat(14) + "lost 4,000 jobs in 2023.";
    expect(long.length).toBeGreaterThan(MAX_EXACT_LENGTH);
    const text = "Before.\n" + long + "\nAfter.";
    const [s, e] = at(text, long);
    const d = generateTextDirective(text, s, e)!;
    expect(d.end).toBeDefined();
    expect(d.start.length + d.end!.length).toBeLessThan(120);
    expect(findTextDirective(text, d)).toEqual({ start: s, end: e });
  });

  it("selects a sentence that a <br> splits into two blocks with start,end", () => {
    const text = "Intro line.\nThe fund grew by 8%\nto 2.1 billion last year.\nEnd.";
    const s = text.indexOf("The fund");
    const e = text.indexOf("last year.") + "last year.".length;
    const d = generateTextDirective(text, s, e)!;
    expect(d.end).toBeDefined();
    expect(findTextDirective(text, d)).toEqual({ start: s, end: e });
  });

  it("widens a span that starts or ends inside a word", () => {
    const [s, e] = at(ARTICLE, "Traders expect -3.2% more.");
    const d = generateTextDirective(ARTICLE, s + 2, e)!;
    expect(d.start).toBe("Traders expect -3.2% more.");
  });

  it("every sentence of random articles with repeats resolves to itself", () => {
    const sentence = fc.constantFrom(
      "The rate rose 5% in March.",
      "Prices fell.",
      "“It is 20-30% higher,” she said.",
      "He said so.",
      "Exports rose 12% in 2020-21.",
      "The Café closed.",
      "the cafe closed.",
    );
    const block = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(" "));
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 6 }), (blocks) => {
        const text = blocks.join("\n");
        let line = 0;
        for (const b of blocks) {
          let from = 0;
          for (const s of b.split(/(?<=\.|”| said\.) (?=[“A-Zt])/)) {
            const start = line + b.indexOf(s, from);
            from = start - line + s.length;
            const d = generateTextDirective(text, start, start + s.length);
            const f = fold(text).text;
            const needle = fold(s).text;
            const unique = f.indexOf(needle) === f.lastIndexOf(needle);
            // A unique sentence always gets a plain quote; a repeated one gets context that selects
            // it, or nothing when no prefix/suffix can tell it apart (then the link has no directive).
            if (unique) expect(d).toEqual({ start: s });
            if (d === null) continue;
            expect(findTextDirective(text, d)).toEqual({ start, end: start + s.length });
          }
          line += b.length + 1;
        }
      }),
      { numRuns: 300 },
    );
  });
});
