import { describe, expect, it } from "vitest";
import type { Claim, SourceKind, Status } from "../../../src/core/model.ts";
import { claimCardMarkdown, claimCardPlainText, escapeMarkdown, type CardWords } from "../../../src/core/share-text.ts";

const WORDS: CardWords = {
  status: { confirmed: "Confirmed", disputed: "Disputed", unverified: "Not independently verified", unaddressed: "Nothing said" } as Record<Status, string>,
  sourceKind: { person: "person", organization: "organization", group: "group", anonymous: "anonymous source", document: "document" } as Record<SourceKind, string>,
};

const CLAIM: Claim = {
  id: "c_1",
  text: "Exports of *grain* fell 12% [est.] in 2020-21, the ministry said.",
  start: 0,
  end: 66,
  kinds: ["numeric", "attributed"],
  figures: [],
  source: { name: "the ministry", role: "agriculture department", kind: "organization", cue: "said", via: "Reuters" },
  status: "disputed",
  evidence: "Traders said the real drop was nearer 20%.",
  evidenceStart: 70,
  evidenceEnd: 112,
};
const LINK = "https://news.example/a#claimmark=v1.c_1:~:text=Exports";

describe("claim card as text", () => {
  it("Markdown: quoted claim with markup characters escaped, source with role and via, status with evidence, link", () => {
    const md = claimCardMarkdown({ claim: CLAIM, link: LINK, payload: null, words: WORDS });
    expect(md).toBe(
      [
        "> Exports of \\*grain\\* fell 12% \\[est.\\] in 2020-21, the ministry said.",
        "",
        "**Source:** the ministry, agriculture department (organization), via Reuters  ",
        "**Status:** Disputed — “Traders said the real drop was nearer 20%.”  ",
        `<${LINK}>`,
        "",
      ].join("\n"),
    );
  });

  it("plain text, with the sharer's verdict and note when included", () => {
    const txt = claimCardPlainText({ claim: { ...CLAIM, source: null, evidence: null }, link: LINK, payload: { note: "Checked the\n  table.", verdict: "confirmed" }, words: WORDS });
    expect(txt).toBe(
      [
        "“Exports of *grain* fell 12% [est.] in 2020-21, the ministry said.”",
        "Source: no stated source",
        "Status: Disputed",
        "My verdict: Confirmed",
        "My note: Checked the table.",
        LINK,
        "",
      ].join("\n"),
    );
  });

  it("escapes every Markdown-active character it must", () => {
    expect(escapeMarkdown("a_b*c`d[e]f<g>h|i~j\\k 2020-21.")).toBe("a\\_b\\*c\\`d\\[e\\]f\\<g\\>h\\|i\\~j\\\\k 2020-21.");
  });
});
