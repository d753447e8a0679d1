// Property and fuzz tests: the detector never throws, its offsets always point at its own text, and
// pathological inputs (1 MB with no punctuation, 100,000-digit runs, deep quote nesting, RTL text)
// finish. There is no clock here: a superlinear path shows up as a test that hits vitest's timeout.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detect } from "../../../src/core/detect.ts";
import { findFigures } from "../../../src/core/figures.ts";
import { splitSentences } from "../../../src/core/sentences.ts";

// Pieces that reach the interesting paths: numerals, currency, ranges, dates, abbreviations, quotes,
// number words, RTL script and digits, invisible marks, surrogate pairs.
const PIECES = [
  "21,600", "1.2", "$", "£45m", "€300,000", "US$", "5bn", "%", "per", "cent", "between", "and", "to", "-", "\u2013",
  "from", "about", "more", "than", "at", "least", "up", "each", "month", "a", "year", "2022", "February", "24,",
  "10:42", "3pm", "a.m.", "No.", "Mr.", "Dr.", "J.", "K.", "U.S.", "St.", "Jan.", "the", "1,500m", "201st", "one",
  "in", "five", "half", "of", "third", "two-thirds", "dozens", "hundreds", "thousands", "tens", "twenty-one",
  "hundred", "million", "doubled", "fell", "by", "times", "as", "many", "said", "according", "\u201C", "\u201D",
  "\u2018", "\u2019", "\"", "'", "(", ")", "[", "]", ".", "?", "!", "\u2026", "...", ",", ":", ";", "\n", "  ",
  "\u05E9\u05DC\u05D5\u05DD", "\u0627\u0644\u0633\u0644\u0627\u0645", "\u0661\u0662\u0663", "\u200F", "\u200E",
  "\u202E", "\u{1F600}", "\uD800", "\u0130stanbul", "\u00A0", "Article", "5", "Case", "2:23-cv-01234", "020",
  "7946", "+44", "aged", "45,", "years", "ago", "once", "twice", "quarter-point", "FTSE", "100", "COVID-19",
];

const newsish = fc
  .array(fc.constantFrom(...PIECES), { maxLength: 80 })
  .chain((parts) => fc.array(fc.constantFrom(" ", "", "\n", " "), { minLength: parts.length, maxLength: parts.length })
    .map((seps) => parts.map((p, i) => p + (seps[i] ?? " ")).join("")));

const anyText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.string({ unit: "grapheme", maxLength: 300 }),
  newsish,
);

function checkSpans(text: string): void {
  const spans = splitSentences(text);
  let last = 0;
  const covered = new Uint8Array(text.length);
  for (const s of spans) {
    expect(s.start).toBeGreaterThanOrEqual(last);
    expect(s.end).toBeGreaterThan(s.start);
    expect(s.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(s.start, s.end).includes("\n")).toBe(false);
    expect(/\s/.test(text[s.start]!)).toBe(false);
    expect(/\s/.test(text[s.end - 1]!)).toBe(false);
    covered.fill(1, s.start, s.end);
    last = s.end;
  }
  // every visible character belongs to a sentence: nothing of the article is dropped
  let dropped = -1;
  for (let i = 0; i < text.length && dropped < 0; i++) if (covered[i] === 0 && !/\s/.test(text[i]!)) dropped = i;
  expect(dropped, dropped < 0 ? "" : `char ${dropped} (${JSON.stringify(text.slice(Math.max(0, dropped - 20), dropped + 20))}) is in no sentence`).toBe(-1);
}

function checkFigures(sentence: string): void {
  let last = 0;
  for (const f of findFigures(sentence)) {
    expect(f.start).toBeGreaterThanOrEqual(last);
    expect(f.end).toBeGreaterThan(f.start);
    expect(sentence.slice(f.start, f.end)).toBe(f.text);
    expect(typeof f.approx).toBe("boolean");
    if (f.value !== undefined) expect(Number.isFinite(f.value)).toBe(true);
    last = f.end;
  }
}

function checkDetect(text: string): void {
  const claims = detect(text);
  let last = -1;
  for (const c of claims) {
    expect(text.slice(c.start, c.end)).toBe(c.text);
    expect(c.start).toBeGreaterThan(last);
    last = c.start;
    expect(c.kinds.length).toBeGreaterThan(0);
    for (const f of c.figures) expect(text.slice(f.start, f.end)).toBe(f.text);
  }
}

describe("properties over random text", () => {
  it("splitSentences: ordered, trimmed spans inside one line that cover every visible character", () => {
    fc.assert(fc.property(anyText, (t) => checkSpans(t)), { numRuns: 400 });
  });

  it("findFigures: never throws, figures are ordered slices of the sentence with finite values", () => {
    fc.assert(fc.property(anyText, (t) => checkFigures(t)), { numRuns: 600 });
  });

  it("detect: never throws, claim and figure offsets point at their own text, ids are stable", () => {
    fc.assert(
      fc.property(anyText, (t) => {
        checkDetect(t);
        expect(detect(t).map((c) => c.id)).toEqual(detect(t).map((c) => c.id));
      }),
      { numRuns: 200 },
    );
  });
});

// Inputs built to hurt a backtracking regex or a quadratic scan.
function repeat(s: string, bytes: number): string {
  return s.repeat(Math.ceil(bytes / s.length)).slice(0, bytes);
}

const PATHOLOGICAL: [string, () => string][] = [
  ["1 MB of words with no punctuation on one line", () => repeat("soldiers deserted the front according to officials ", 1_000_000)],
  ["1 MB of lower-case letters without spaces", () => repeat("abcdefghij", 1_000_000)],
  ["a 100,000-digit run inside a sentence", () => `It rose to ${"7".repeat(100_000)} soldiers.`],
  ["100,000 digits in thousands groups", () => `The total was 1${",000".repeat(25_000)} in all.`],
  ["100,000 digits with dots", () => `${"1.".repeat(50_000)} Then it ended.`],
  ["100,000 digits with hyphens", () => `Call ${"12-".repeat(33_000)}4 now.`],
  ["spaced numerals (phone-like) for 200 KB", () => repeat("12 ", 200_000)],
  ["deep curly quote nesting", () => `${"\u201C\u2018".repeat(50_000)}We lost 300 men.${"\u2019\u201D".repeat(50_000)} he said.`],
  ["100,000 straight quotes", () => `"${'"'.repeat(100_000)}It fell 5%."`],
  ["RTL text with Arabic-Indic digits and marks", () => repeat("\u0642\u0627\u0644 \u0627\u0644\u0648\u0632\u064A\u0631 \u0625\u0646 \u0661\u0662\u0663 \u062C\u0646\u062F\u064A\u0627\u064B \u200F\u0642\u064F\u062A\u0644\u0648\u0627. \u05E9\u05DC\u05D5\u05DD 45% \u05D0\u05DE\u05E8. ", 300_000)],
  ["100,000 abbreviations", () => repeat("Mr. Dr. St. U.S. J. K. ", 500_000)],
  ["100,000 sentence ends", () => repeat("A. ", 300_000)],
  ["one million blank lines", () => "\n".repeat(1_000_000)],
  ["number words without end", () => repeat("one two three hundred thousand million and ", 300_000)],
  ["approximation words without a number", () => repeat("more than about nearly at least up to between from ", 300_000)],
  ["currency symbols without numbers", () => repeat("$ £ € US$ ", 200_000)],
  ["ranges chained forever", () => repeat("1-2-3 to 4 and 5 or 6 \u2013 7 ", 300_000)],
  ["ellipses and question marks", () => repeat("... ?! \u2026 ?? ", 300_000)],
  ["opening parentheses never closed", () => repeat("(see (also (the 5% ", 300_000)],
  ["lone surrogates and combining marks", () => repeat("\uD800a\u0301\uDC00 5 \u0130 ", 300_000)],
];

describe("pathological inputs finish and stay well-formed", () => {
  for (const [name, make] of PATHOLOGICAL) {
    it(name, { timeout: 60_000 }, () => {
      const text = make();
      checkSpans(text);
      // findFigures over the sentences the splitter gives (as detect does), and over the raw text once
      for (const s of splitSentences(text)) checkFigures(text.slice(s.start, s.end));
      checkFigures(text);
      checkDetect(text);
    });
  }
});
