import { describe, expect, it } from "vitest";
import { splitSentences } from "../../../src/core/sentences.ts";

const split = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe("splitSentences: basic boundaries", () => {
  it("splits on full stops, question and exclamation marks", () => {
    expect(split("One thing. Another thing! A third? Yes.")).toEqual(["One thing.", "Another thing!", "A third?", "Yes."]);
  });

  it("works block by block: every non-blank line is at least one sentence (headings)", () => {
    expect(split("Ukraine desertions rise\nThe figure grew. It doubled.\n\nA subheading")).toEqual([
      "Ukraine desertions rise", "The figure grew.", "It doubled.", "A subheading",
    ]);
  });

  it("never joins two lines into one sentence, even without a full stop", () => {
    expect(split("Heading one\nheading two continues lower case")).toEqual(["Heading one", "heading two continues lower case"]);
  });

  it("gives offsets into the whole text that exclude surrounding whitespace", () => {
    const text = "  First one.   Second one.  \n\t Third  ";
    const spans = splitSentences(text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(["First one.", "Second one.", "Third"]);
    expect(spans[0]).toEqual({ start: 2, end: 12 });
    for (const s of spans) {
      expect(/\s/.test(text[s.start]!)).toBe(false);
      expect(/\s/.test(text[s.end - 1]!)).toBe(false);
    }
  });

  it("returns nothing for empty or blank text", () => {
    expect(splitSentences("")).toEqual([]);
    expect(splitSentences(" \n\n \t ")).toEqual([]);
  });

  it("keeps a final sentence with no terminator", () => {
    expect(split("It rose. It kept rising")).toEqual(["It rose.", "It kept rising"]);
  });
});

describe("splitSentences: abbreviations and initials", () => {
  it.each([
    ["Mr. Smith said so. He left.", ["Mr. Smith said so.", "He left."]],
    ["Mrs. Jones and Dr. Patel met. They talked.", ["Mrs. Jones and Dr. Patel met.", "They talked."]],
    ["They lived on Baker St. Near the park.", ["They lived on Baker St. Near the park."]],
    ["Gen. Mark Milley and Sen. Warren spoke. Then Gov. Hochul.", ["Gen. Mark Milley and Sen. Warren spoke.", "Then Gov. Hochul."]],
    ["Prof. Adams, Lt. Col. Reed and Rep. Ortiz voted. It passed.", ["Prof. Adams, Lt. Col. Reed and Rep. Ortiz voted.", "It passed."]],
    ["J. K. Rowling wrote it. It sold well.", ["J. K. Rowling wrote it.", "It sold well."]],
    ["It was heard in courtroom 21B. Sentencing was set.", ["It was heard in courtroom 21B.", "Sentencing was set."]],
    ["George W. Bush spoke. Crowds cheered.", ["George W. Bush spoke.", "Crowds cheered."]],
    ["The U.S. Army said so. It declined further comment.", ["The U.S. Army said so.", "It declined further comment."]],
    ["The firm is based in the U.S. It employs 300 people.", ["The firm is based in the U.S.", "It employs 300 people."]],
    ["It was signed on Jan. 5 in Geneva. Talks resumed.", ["It was signed on Jan. 5 in Geneva.", "Talks resumed."]],
    ["The company, registered as No. 01234567, closed. Staff left.", ["The company, registered as No. 01234567, closed.", "Staff left."]],
    ["Apple Inc. said sales rose. The shares fell.", ["Apple Inc. said sales rose.", "The shares fell."]],
    ["He works for Acme Inc. The firm denies it.", ["He works for Acme Inc.", "The firm denies it."]],
    ["The case, Smith v. Jones, was heard. Judges ruled.", ["The case, Smith v. Jones, was heard.", "Judges ruled."]],
    ["Costs, e.g. rent, rose. Wages did not.", ["Costs, e.g. rent, rose.", "Wages did not."]],
    ["The vote is at 10 a.m. tomorrow. It is open.", ["The vote is at 10 a.m. tomorrow.", "It is open."]],
    ["Fuel, food, etc. are dearer. Inflation rose.", ["Fuel, food, etc. are dearer.", "Inflation rose."]],
  ])("%s", (text, want) => {
    expect(split(text)).toEqual(want);
  });
});

describe("splitSentences: numbers, quotes, ellipses, parentheses", () => {
  it("does not split inside decimals, URLs or dotted numbers", () => {
    expect(split("Inflation was 3.2% in May. It fell to 2.9%.")).toEqual(["Inflation was 3.2% in May.", "It fell to 2.9%."]);
    expect(split("See example.com for details. Then call.")).toEqual(["See example.com for details.", "Then call."]);
    expect(split("Version 1.2.3 shipped. Users upgraded.")).toEqual(["Version 1.2.3 shipped.", "Users upgraded."]);
  });

  it("ends the sentence after a closing quotation mark (straight and curly)", () => {
    expect(split("He said: \"We are losing.\" The army denied it.")).toEqual(["He said: \"We are losing.\"", "The army denied it."]);
    expect(split("She said: \u201CIt is over.\u201D Markets fell.")).toEqual(["She said: \u201CIt is over.\u201D", "Markets fell."]);
    expect(split("It was \u2018a direct reflection of collapse.\u2019 Kyiv disagreed.")).toEqual([
      "It was \u2018a direct reflection of collapse.\u2019", "Kyiv disagreed.",
    ]);
  });

  it("keeps a quoted question or exclamation together with its lower-case speaker tag", () => {
    expect(split("\u201CWhy now?\u201D she asked. Nobody answered.")).toEqual(["\u201CWhy now?\u201D she asked.", "Nobody answered."]);
    expect(split("\"Stop!\" he shouted. They stopped.")).toEqual(["\"Stop!\" he shouted.", "They stopped."]);
    expect(split("\"We will win,\" he said. \"We must.\"")).toEqual(["\"We will win,\" he said.", "\"We must.\""]);
  });

  it("handles ellipses: a capital after it starts a sentence, lower case continues", () => {
    expect(split("We waited\u2026 Then it came.")).toEqual(["We waited\u2026", "Then it came."]);
    expect(split("We waited... and waited.")).toEqual(["We waited... and waited."]);
    expect(split("It was... Nothing more.")).toEqual(["It was...", "Nothing more."]);
  });

  it("ends after a closing parenthesis that follows the full stop", () => {
    expect(split("Prices rose. (Figures are provisional.) Markets fell.")).toEqual([
      "Prices rose.", "(Figures are provisional.)", "Markets fell.",
    ]);
    expect(split("The bill (which passed 52-48) is law. It starts soon.")).toEqual(["The bill (which passed 52-48) is law.", "It starts soon."]);
  });

  it("does not split before a lower-case continuation", () => {
    expect(split("The approx. total was high. Next.")).toEqual(["The approx. total was high.", "Next."]);
  });

  it("splits repeated terminators once", () => {
    expect(split("Really?! Yes. Wow!!! Done.")).toEqual(["Really?!", "Yes.", "Wow!!!", "Done."]);
  });

  it("splits the seed article's quoted sentence correctly", () => {
    const t = "In a statement, Zakharova asserted that between 15,000 and 18,000 Ukrainian soldiers desert each month, a figure she described as \u2018a direct reflection of the Ukrainian military\u2019s systemic collapse.\u2019 She further highlighted that since the invasion began in February 2022, over 230,000 criminal cases have been opened.";
    const got = split(t);
    expect(got).toHaveLength(2);
    expect(got[0]!.endsWith("collapse.\u2019")).toBe(true);
    expect(got[1]!.startsWith("She further")).toBe(true);
  });
});

describe("splitSentences: a company suffix that ends a sentence", () => {
  const split = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));
  it("breaks after 'Inc.' before a title or a common-noun opening, not inside a name", () => {
    expect(split("He follows banks for Keane Securities Inc. Mr. Goldfarb figures the bank will cut its dividend.")).toHaveLength(2);
    expect(split("The yield rose, according to Salomon Brothers Inc. Bond prices lost 1 5/8 points.")).toHaveLength(2);
    expect(split("Shares of Acme Inc. rose 5%.")).toHaveLength(1);
    expect(split("He joined Acme Inc. Chief Executive John Smith said so.")).toHaveLength(1);
  });
});

describe("splitSentences: a lone capital after a lower-case word", () => {
  const split = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));
  it("ends 'posted on X.' and 'vitamin D.' but keeps initials in names", () => {
    expect(split("She posted on X. Asked why, she left.")).toEqual(["She posted on X.", "Asked why, she left."]);
    expect(split("The drug is called vitamin D. It helps.")).toHaveLength(2);
    expect(split("Martin K. Ames said so. J. K. Rowling wrote it. President George W. Bush spoke.")).toEqual(["Martin K. Ames said so.", "J. K. Rowling wrote it.", "President George W. Bush spoke."]);
  });
});

describe("splitSentences: a personal title after an initialism", () => {
  it("opens a new sentence: '… of the N.A.A.C.P. Mrs. Banks said …', but 'U.S. Sen. Lee' stays whole", () => {
    const t = "He spoke for the N.A.A.C.P. Mrs. Banks said 24 percent would vote.";
    expect(splitSentences(t).map((s) => t.slice(s.start, s.end))).toEqual(["He spoke for the N.A.A.C.P.", "Mrs. Banks said 24 percent would vote."]);
    const u = "She met U.S. Sen. Lee on Monday.";
    expect(splitSentences(u).length).toBe(1);
  });
});

describe("sentences: a participle or an adverb after an initialism", () => {
  it("opens a sentence after 'the F.B.I.' ('Counted properly, she said, …'), but not a name's participle", () => {
    const parts = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));
    expect(parts("It never reaches the F.B.I. Counted properly, she said, crime rose 3 percent.")).toEqual(["It never reaches the F.B.I.", "Counted properly, she said, crime rose 3 percent."]);
    expect(parts("She joined the F.B.I. Recently, she left.")).toEqual(["She joined the F.B.I.", "Recently, she left."]);
    expect(parts("The U.S. Armed forces left the base.")).toEqual(["The U.S. Armed forces left the base."]);
    expect(parts("He met the U.N. Acting envoy on Monday.")).toEqual(["He met the U.N. Acting envoy on Monday."]);
  });
});
