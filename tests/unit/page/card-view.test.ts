import { describe, expect, it } from "vitest";
import type { Claim } from "../../../src/core/model.ts";
import { buildCardView, claimQuote, STATUS_WORDS } from "../../../src/page/card-view.ts";
import { dom } from "./dom.ts";

const HOSTILE = `<img src=x onerror="alert(1)"><script>alert(2)</script>`;

function claim(over: Partial<Claim> = {}): Claim {
  const text = "Prices rose 3.5% in May, the statistics office said.";
  return {
    id: "c1",
    text,
    start: 100,
    end: 100 + text.length,
    kinds: ["numeric", "attributed"],
    figures: [{ text: "3.5%", value: 3.5, unit: "%", approx: false, start: 112, end: 116 }],
    source: { name: "statistics office", role: null, kind: "organization", cue: "said", via: "Eurostat" },
    status: "unverified",
    evidence: "The figure could not be independently verified.",
    evidenceStart: 200,
    evidenceEnd: 247,
    ...over,
  };
}

const noop = { onClose() {}, onEvidence() {}, onStep() {} };

describe("claim card content", () => {
  it("shows the claim with its figures emphasised, the source, the status in words and the evidence", () => {
    const doc = dom("<p>x</p>");
    const v = buildCardView(doc, claim(), { index: 2, total: 9 }, noop);
    expect(v.root.querySelector("blockquote")!.textContent).toBe(claim().text);
    expect(Array.from(v.root.querySelectorAll("blockquote strong")).map((e) => e.textContent)).toEqual(["3.5%"]);
    expect(v.root.querySelector(".source-name")!.textContent).toBe("statistics office");
    expect(v.root.querySelector(".source-kind")!.textContent).toBe(" · organization");
    expect(v.root.querySelector(".source-via")!.textContent).toBe(" · via Eurostat");
    expect(v.root.querySelector(".status")!.textContent).toBe(STATUS_WORDS.unverified);
    expect(v.root.querySelector(".status")!.textContent).toBe("Not independently verified");
    expect(v.root.querySelector("button.evidence")!.textContent).toBe("“The figure could not be independently verified.”");
    expect(v.root.querySelector(".count")!.textContent).toBe("3 of 9");
    expect(v.notes.textContent).toBe("Notes load from the extension");
    expect(v.root.getAttribute("role")).toBe("dialog");
  });

  it("says so when there is no source and no evidence", () => {
    const doc = dom("<p>x</p>");
    const v = buildCardView(doc, claim({ source: null, evidence: null, status: "unaddressed", kinds: ["numeric"] }), { index: 0, total: 1 }, noop);
    expect(v.root.querySelector(".source")!.textContent).toBe("No stated source");
    expect(v.root.querySelector(".status")!.textContent).toBe("Nothing said about confirmation");
    expect(v.root.querySelector("button.evidence")).toBeNull();
  });

  it("puts page text in as text only: markup in a claim, source or evidence stays inert", () => {
    const doc = dom("<p>x</p>");
    const text = `Officials said ${HOSTILE} 12 people were hurt.`;
    const hostile = claim({
      text,
      start: 0,
      end: text.length,
      figures: [{ text: "12", approx: false, start: text.indexOf("12"), end: text.indexOf("12") + 2 }],
      source: { name: HOSTILE, role: HOSTILE, kind: "person", cue: "said", via: HOSTILE },
      evidence: HOSTILE,
    });
    const v = buildCardView(doc, hostile, { index: 0, total: 1 }, noop);
    expect(v.root.querySelector("img, script")).toBeNull();
    expect(v.root.querySelector("blockquote")!.textContent).toBe(text);
    expect(v.root.querySelector(".source-name")!.textContent).toBe(HOSTILE);
  });

  it("ignores figure offsets that fall outside the sentence", () => {
    const doc = dom("<p>x</p>");
    const q = claimQuote(doc, claim({ figures: [{ text: "zz", approx: false, start: 5, end: 9 }] }));
    expect(q.querySelector("strong")).toBeNull();
    expect(q.textContent).toBe(claim().text);
  });
});
