import { describe, expect, it } from "vitest";
import { detect } from "../../../src/core/detect.ts";
import { statusCues } from "../../../src/core/status.ts";

function claimWith(paragraphs: string[], needle: string) {
  const c = detect(paragraphs.join("\n")).find((x) => x.text.includes(needle));
  if (!c) throw new Error(`no claim containing ${needle}`);
  return c;
}

describe("status cues", () => {
  it("reads negated verification as unverified, never as confirmed", () => {
    expect(statusCues("This figure has not been officially acknowledged.").map((c) => c.status)).toEqual(["unverified"]);
    expect(statusCues("The claim could not be independently verified.").map((c) => c.status)).toEqual(["unverified"]);
    expect(statusCues("It gave no evidence for the claim.").map((c) => c.status)).toEqual(["unverified"]);
  });
  it("reads denials and doubt as disputed, corroboration as confirmed", () => {
    expect(statusCues("The ministry denied the report.")[0]?.status).toBe("disputed");
    expect(statusCues("The phrase has been met with skepticism.")[0]?.status).toBe("disputed");
    expect(statusCues("Officials called the figure baseless.")[0]?.status).toBe("disputed");
    expect(statusCues("Reuters verified the footage.")[0]?.status).toBe("confirmed");
  });
  it("ignores agentless passives and negated disputes", () => {
    expect(statusCues("Lawyers argued that the case should be dismissed.")).toEqual([]);
    expect(statusCues("Almeida did not dispute the number.")).toEqual([]);
    expect(statusCues("The claim was rejected by the council.")[0]?.status).toBe("disputed");
  });
  it("finds nothing in plain narration", () => {
    expect(statusCues("As the war grinds on, the narrative continues to shift.")).toEqual([]);
  });
});

describe("status scope", () => {
  it("applies a pointing-back cue to the earlier numeric claim, not to itself", () => {
    const paras = [
      "Vanner disclosed that 21,600 soldiers deserted in October alone.",
      "This figure, which has not been officially acknowledged by Ukrainian authorities, paints a grim picture.",
    ];
    const c = claimWith(paras, "21,600");
    expect(c.status).toBe("unverified");
    expect(c.evidence).toContain("This figure");
    expect(detect(paras.join("\n")).some((x) => x.text.startsWith("This figure"))).toBe(false);
  });

  it("applies 'these allegations' to the run of claims by the same source", () => {
    const paras = [
      "Analysts said the economy was growing.",
      "In a statement, Maria Zakharova asserted that 15,000 soldiers desert each month.",
      "She further highlighted that over 230,000 criminal cases have been opened.",
      "However, Ukrainian officials have not publicly commented on these allegations.",
    ];
    expect(claimWith(paras, "15,000").status).toBe("unverified");
    expect(claimWith(paras, "230,000").status).toBe("unverified");
    expect(claimWith(paras, "economy").status).toBe("unaddressed");
  });

  it("finds the claim the anaphor names ('This proposal' → the sentence with the proposal)", () => {
    const paras = [
      "Zakharova referenced an earlier proposal by Ukrainian authorities to chip conscripts.",
      "Some analysts interpret it as a reference to a plan to track conscripts.",
      "This proposal, which has never been officially confirmed by Ukrainian authorities, highlights the desperation.",
    ];
    expect(claimWith(paras, "earlier proposal").status).toBe("unverified");
    expect(claimWith(paras, "Some analysts").status).toBe("unaddressed");
  });

  it("marks a claim its own sentence says is unverified", () => {
    const c = claimWith(["Hamas said 200 people were killed, a figure that could not be independently verified."], "200");
    expect(c.status).toBe("unverified");
    expect(c.evidence).toBe(c.text);
  });

  it("disputes the denied claim, not the denial, and the denial is unverified only when the article says so", () => {
    const paras = [
      "A children’s hospital was also damaged, the mayor, Ihor Terekhov, said.",
      "Russia’s Defence Ministry denied striking the hospital, saying the damage had been caused by a Ukrainian missile, but did not provide evidence.",
    ];
    expect(claimWith(paras, "children’s hospital").status).toBe("disputed");
    expect(claimWith(paras, "denied striking").status).toBe("unverified");
    const plain = ["The mayor said 12 people died.", "The army denied that its forces had fired, saying the area was empty."];
    expect(claimWith(plain, "12 people").status).toBe("disputed");
    expect(claimWith(plain, "army denied").status).toBe("unaddressed");
  });

  it("does not count a source confirming its own claim as independent", () => {
    const c = claimWith(["The United Nations mission says it has confirmed 474 civilian deaths."], "474");
    expect(c.status).toBe("unaddressed");
  });

  it("confirms an earlier claim corroborated by another party", () => {
    const paras = [
      "At least seven people were killed, according to the regional prosecutor’s office.",
      "The toll was corroborated by the city’s emergency service, which said rescuers had recovered seven bodies.",
    ];
    expect(claimWith(paras, "At least seven").status).toBe("confirmed");
    expect(claimWith(paras, "corroborated").status).toBe("unaddressed");
  });
});
