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

describe("detect: verdict-only sentences, pronouns, colon cues", () => {
  const find = (claims: ReturnType<typeof detect>, start: string) => claims.find((c) => c.text.startsWith(start));

  it("a sentence that only rejects or corroborates an earlier claim is its evidence, not a claim", () => {
    const text = [
      "The council estimated that the plan would save £4m a year. Campaigners rejected that estimate.",
      "The port said 41 ships were waiting. The count was corroborated by harbour pilots, who checked the anchorage separately.",
    ].join("\n");
    const claims = detect(text);
    expect(find(claims, "Campaigners")).toBeUndefined();
    expect(find(claims, "The count was")).toBeUndefined();
    expect(find(claims, "The council")).toMatchObject({ status: "disputed", evidence: "Campaigners rejected that estimate." });
    expect(find(claims, "The port")?.status).toBe("confirmed");
  });

  it("keeps a verdict sentence that says something of its own", () => {
    const text = "The council estimated that the plan would save £4m a year. That claim was rejected by the Fair Rents Group, which said rents had risen.\n" +
      "The club said the fee was £45m. Ramos’s agent, Carla Mendes, dismissed the figure as a fantasy.";
    const claims = detect(text);
    expect(find(claims, "That claim was rejected")?.source?.name).toBe("Fair Rents Group");
    expect(find(claims, "Ramos’s agent")?.source?.name).toBe("Carla Mendes");
  });

  it("'she' after a person whose given name is unknown is that person, not an older known woman", () => {
    const text = [
      "“Prices will fall,” said Priya Raman, an analyst at Keel Partners.",
      "Deputy Commissioner Alma Reyes-Whitford told lawmakers that the rule would cut premiums by 5%. She said insurers would get 75 days’ notice.",
    ].join("\n");
    expect(find(detect(text), "She said")?.source?.name).toBe("Alma Reyes-Whitford");
  });

  it("'Consumer advocates' is a group, not a cue", () => {
    const claims = detect("Consumer advocates rejected the proposal on Monday, saying it would raise bills by 12%.");
    expect(claims[0]?.source?.cue).not.toBe("advocates");
  });

  it("a colon cue naming the speaker in apposition: 'as summed up by their lawyer, Martin L. Oakes:'", () => {
    const claims = detect("The growers' central argument, as summed up by their Washington lawyer, Martin L. Oakes: foreign processors sell below cost.");
    expect(claims[0]?.source).toMatchObject({ name: "Martin L. Oakes", kind: "person", role: "Washington lawyer" });
  });

  it("a denial without documents is unverified", () => {
    const text = "Riders said the fare rise would pay for a new headquarters. The agency denied it, but did not provide any budget documents to support that.";
    const claims = detect(text);
    expect(find(claims, "The agency denied")?.status).toBe("unverified");
  });
});

describe("detect: subjects with relative clauses, org heads, 'put it this way:'", () => {
  const sourceOf = (s: string) => detect(s)[0]?.source ?? null;

  it("'X, which represents nurses, said nurses …' is X speaking, not the nurses", () => {
    expect(sourceOf("The Central Ohio Nurses Guild, which represents the nurses, said nurses are assigned eight patients.")).toMatchObject({
      name: "Central Ohio Nurses Guild", kind: "organization",
    });
  });

  it("still reads a closing speech tag after a comma", () => {
    expect(sourceOf("Prices rose 4% in May, said the agency.")?.name).toMatch(/agency/);
  });

  it("'put the case this way:' and 'put it bluntly:' are colon cues; 'put the books on the shelf' is not", () => {
    expect(sourceOf("Senator Carl J. Brandvold put the Republican case this way: the state has a spending problem.")?.name).toBe("Carl J. Brandvold");
    expect(detect("He put the books on the shelf.")).toHaveLength(0);
  });
});

describe("detect: US political news constructions", () => {
  const src = (s: string) => detect(s)[0]?.source ?? null;

  it("'an official said' attributes to the official; 'the official' later is the same unnamed source", () => {
    expect(src("A senior official said the talks had failed.")).toMatchObject({ name: "senior official", kind: "anonymous" });
    const claims = detect("A senior Pentagon official, who spoke on condition of anonymity, said the fee was $90 million. The official said the review could reopen a decision.");
    expect(claims[1]?.source).toMatchObject({ name: "senior Pentagon official", kind: "anonymous" });
  });

  it("a possessor speaks through a claim noun: 'the senator's contention that', 'by the inspector general's reckoning,'", () => {
    expect(src("The senator’s contention that the Army lacks the staff is not new.")).toMatchObject({ name: "senator", cue: "contention" });
    expect(src("By the inspector general’s reckoning, the price is now $17.8 million apiece.")?.cue).toBe("reckoning");
    expect(src("The company's argument was weak.")).toBeNull();
  });

  it("requests and manners are not attributions", () => {
    expect(detect("As expected, party whips had told members to cancel their travel plans.")).toHaveLength(0);
    expect(detect("He has asked for a hearing next month.")).toHaveLength(0);
    expect(detect("Assembly continues at the plant in Lima, Ohio, according to plan.")).toHaveLength(0);
    expect(src("She told reporters the plan would work.")?.cue).toBe("told");
  });

  it("a possessive role is the speaker's job, a party tag is skipped, a named document speaks for its author", () => {
    expect(src("Malcolm Ostrowski, Mrs. Bramlett's campaign manager, told reporters that 11 of the votes were procedural.")).toMatchObject({
      name: "Malcolm Ostrowski", role: "Mrs. Bramlett's campaign manager",
    });
    expect(src("Seven governors, all Democrats, warned that the mandate would cost millions.")?.name).toBe("Seven governors");
    expect(src("She leads by 3 points, according to a survey released yesterday by Brightwater Research Associates.")).toMatchObject({
      name: "survey released yesterday by Brightwater Research Associates", kind: "document",
    });
    expect(src("The advertisement, paid for by the Tilghman campaign, asserts that she voted to raise taxes 14 times.")?.kind).toBe("document");
    expect(src("The poll of 812 likely voters put Mr. Tilghman at 46% and Mrs. Bramlett at 43%.")?.kind).toBe("document");
  });

  it("statuses: a number names the figure confirmed; 'did not release a breakdown' right after a claim", () => {
    const text = "The contractor won the $4.2 billion contract in 2019. The program is $1.3 billion over budget, according to the inspector general. An Army spokeswoman, Lt. Col. Janet Farraday, confirmed the $1.3 billion figure.\n" +
      "Her aides say more than 60% of her contributions were for $100 or less. The campaign did not release a breakdown of the donations.";
    const claims = detect(text);
    expect(claims.find((c) => c.text.includes("$1.3 billion over"))?.status).toBe("confirmed");
    expect(claims.find((c) => c.text.includes("$4.2 billion"))?.status).toBe("unaddressed");
    expect(claims.find((c) => c.text.includes("60%"))?.status).toBe("unverified");
  });
});

describe("detect: openings, relative clauses, names with lower-case words, predictions", () => {
  const src = (s: string) => detect(s)[0]?.source ?? null;
  it("reads these sources", () => {
    expect(src("According to court filings, he promised clients returns of 9% to 12%.")).toMatchObject({ name: "court filings", kind: "document" });
    expect(src("He got 14 years for a scheme that prosecutors said had cheated 1,100 investors.")?.name).toBe("prosecutors");
    expect(src("At least 212 civilians were killed, according to the UN human rights monitoring mission.")?.name).toBe("UN human rights monitoring mission");
    expect(src("Economists polled by Bloomfield Research had expected a gain of 175,000.")?.name).toBe("Economists polled by Bloomfield Research");
    expect(detect("Yields on two-year Treasury notes fell after the report.")).toHaveLength(0);
    expect(detect("She was one of 23 victims who spoke at the hearing.")[0]?.figures.map((f) => f.text)).toEqual(["23 victims"]);
  });
});

describe("detect: the same unnamed source, seasons ago", () => {
  it("'The same source said' is the council source met before; 'two winters ago' is no figure", () => {
    const claims = detect("A senior council source said 5 votes were lost. The same source said about a fifth of councillors wanted a delay.");
    expect(claims[1]?.source).toMatchObject({ name: "senior council source", kind: "anonymous" });
    expect(detect("I lost my husband to pneumonia two winters ago, she said.")[0]?.figures).toEqual([]);
  });
});

describe("detect: in-sentence verdicts, counts of times, passives that report nothing", () => {
  it("'…, a figure the WHO later confirmed' confirms its own sentence and is not its source", () => {
    const [c] = detect("The ministry said a further 61 people had been wounded, a figure the World Health Organization later confirmed.");
    expect(c).toMatchObject({ status: "confirmed" });
    expect(c?.source?.name).toBe("ministry");
    const [d] = detect("The department said the man was struck twice in the abdomen, an account a spokeswoman for St. Agnes Medical Center confirmed yesterday.");
    expect(d?.source?.name).toMatch(/department/i);
    expect(d?.figures.map((f) => f.text)).toEqual(["twice"]);
  });

  it("'has been held by the rebels' is no attribution; 'two guided bombs' is a count; 'think twice' is not", () => {
    expect(detect("Varnik has been held by the rebel Northern Front since last spring.")).toHaveLength(0);
    expect(detect("A diplomat said two guided bombs had been dropped.")[0]?.figures.map((f) => f.text)).toEqual(["two guided bombs"]);
    expect(detect("Think twice before you sign the lease.")).toHaveLength(0);
  });
});

describe("detect: counts of the sentence's own sources", () => {
  it("leaves 'Two staff in the booking office, who spoke on condition of anonymity' out of the figures, but keeps a survey's sample", () => {
    const [c] = detect("Two staff in the trust's booking office, who spoke on condition of anonymity, said managers had set them weekly targets of 150 removals.");
    expect(c!.figures.map((f) => f.text)).toEqual(["150 removals"]);
    const [poll] = detect("The poll of 812 likely voters put Mr. Tilghman at 46%.");
    expect(poll!.figures.map((f) => f.text)).toContain("812 likely voters");
    expect(detect("The state has pledged a further $85 million, and the rest is to be raised through bonds.")[0]!.kinds).toEqual(["numeric"]);
  });
});

describe("detect: a corroboration that did not win is still only evidence", () => {
  it("drops 'Filings … bore out the sum Harbury reported' as a claim even when the claim it backs stays disputed", () => {
    const text = [
      "Harbury raised £22m by selling two academy graduates, the club said. Analysts were sceptical of that figure.",
      "Filings published by the two buying clubs bore out the sum Harbury reported for the academy sales.",
    ].join("\n");
    const claims = detect(text);
    expect(claims.find((c) => c.text.startsWith("Filings"))).toBeUndefined();
    expect(claims.find((c) => c.text.startsWith("Harbury"))?.status).toBe("disputed");
  });
});

describe("detect: a sentence after a quotation that names its speaker", () => {
  it("'That was how X summed up …' and 'So said X, …' give the quotation its speaker; only the first is a claim of its own", () => {
    const a = detect("“This is not a rounding error, it is a hole the size of the budget.” That was how Eva Richterová, the council’s chair, summed up the gap, saying it amounted to 48 billion koruna.");
    expect(a.find((c) => c.text.startsWith("“This is not"))?.source?.name).toBe("Eva Richterová");
    expect(a.find((c) => c.text.startsWith("That was how"))?.source?.name).toBe("Eva Richterová");
    const b = detect("“I've put 26 years into that place, and they told us in a meeting that lasted 11 minutes.” So said Darnell Whitfield, who fits door panels on the main assembly line.");
    expect(b.find((c) => c.text.startsWith("“I've put"))?.source?.name).toBe("Darnell Whitfield");
    expect(b.find((c) => c.text.startsWith("So said"))).toBeUndefined();
    expect(detect("That was how the war ended.")).toEqual([]);
  });
});

describe("detect: subheadings and pure verdicts (blind sets 39-42)", () => {
  it("reads a short block with no closing punctuation as a subheading, not a claim", () => {
    const claims = detect(["The trust said 34 patients carried the bacterium.", "A memo warned of gaps in cleaning", "The memo said 51 patients carried it."].join("\n"));
    expect(claims.map((c) => c.text)).toEqual(["The trust said 34 patients carried the bacterium.", "The memo said 51 patients carried it."]);
  });

  it("reads 'Builders tell a different story.' as a verdict on the claim before, not a claim", () => {
    const claims = detect(["The minister said 261,000 homes were started last year.", "Builders tell a different story."].join("\n"));
    expect(claims.map((c) => c.text)).toEqual(["The minister said 261,000 homes were started last year."]);
    expect(claims[0]!.status).toBe("disputed");
  });
});

describe("detect: verdicts on a change or on someone's statement are no claims", () => {
  it("drops 'confirmed the decline' and 'bear out Marsh's statement' once they judge an earlier claim", () => {
    const p = ["Shoppers' spending on food fell 3% in March, the statistics office said.", "A rival tracker, Coleby Retail Data, confirmed the decline."];
    const claims = detect(p.join("\n"));
    expect(claims.map((c) => c.text)).toEqual([p[0]]);
    expect(claims[0]!.status).toBe("confirmed");
    const q = ["Fair Basket, a consumer group, said many of the cuts reversed rises made in the autumn.",
      "Marsh said prices on baby products had been cut by 12%.", "The group's data did, however, bear out Marsh's statement about baby products."];
    expect(detect(q.join("\n")).map((c) => c.text)).toEqual([q[0], q[1]]);
  });
});

describe("detect: 'X said he could not confirm that number' is only a verdict", () => {
  it("drops the verdict sentence, leaves the claim unverified, and keeps one that adds a claim of its own", () => {
    const p = ["The group said about $140,000 in extra payments went to the partnership.", "Mr. Abernathy said he could not confirm that number."];
    const claims = detect(p.join("\n"));
    expect(claims.map((c) => c.text)).toEqual([p[0]]);
    expect(claims[0]!.status).toBe("unverified");
    const q = [p[0]!, "Mr. Abernathy said he could not confirm that number, and that the audit had found 12 errors."];
    expect(detect(q.join("\n")).map((c) => c.text)).toEqual(q);
  });
});

describe("verdict-only sentences in other words", () => {
  const texts = (p: string[]) => detect(p.join("\n")).map((c) => c.text);
  it("adds no claim for 'confirmed the price', 'confirmed both figures on Wednesday', an agent in apposition, or 'calling them …'", () => {
    expect(texts(["The sale price was £4m, the agent said.", "The buyer, the housebuilder Ostler Homes, confirmed the price."])).toHaveLength(1);
    expect(texts(["The ministry said 40,000 doses were given.", "The vaccine agency confirmed both figures on Wednesday."])).toHaveLength(1);
    expect(texts(["The union said 87% voted yes.", "Those figures were confirmed by Kestrel Ballot Services, the independent scrutineer that ran the vote."])).toHaveLength(1);
    expect(texts(["The mayor said 40 buses ran.", "Okafor's office rejected those numbers, calling them 'a worst-case guess'."])).toHaveLength(1);
  });

  it("keeps an agent who says something of their own", () => {
    expect(texts(["The union said 87% voted yes.", "Those figures were confirmed by the scrutineer, who said that 12 ballots were spoiled."])).toHaveLength(2);
  });
});

describe("a record agreeing and saying nothing else", () => {
  const texts = (p: string[]) => detect(p.join("\n")).map((c) => c.text);
  it("adds no claim for 'records show the same number' or 'showed a similar number of vessels'", () => {
    expect(texts(["The agency said 412 owls were counted.", "Forest Service records show the same number."])).toHaveLength(1);
    expect(texts(["The port said 15 ships were waiting.", "Ship-tracking data reviewed by the Ledger showed a similar number of vessels holding off the coast."])).toHaveLength(1);
  });

  it("keeps a record that adds a figure of its own", () => {
    expect(texts(["The agency said 412 owls were counted.", "Forest Service records show the same number of owls in 1990 and 380 in 1991."])).toHaveLength(2);
  });
});

describe("non-answers", () => {
  const texts = (p: string[]) => detect(p.join("\n")).map((c) => c.text);
  it("adds no claim for 'said it could not comment on …' or 'when asked by the Courier'", () => {
    expect(texts(["The firm said 40 staff left.", "Western Vale Water did not respond to that claim, and the agency said it could not comment on a live investigation."])).toHaveLength(1);
    expect(texts(["The firm said 40 staff left.", "The company did not provide copies of those letters when asked by the Courier."])).toHaveLength(1);
  });

  it("keeps a comment that carries a claim", () => {
    expect(texts(["The firm said 40 staff left.", "The agency said it could not comment, but that 12 inspectors had visited the site."])).toHaveLength(2);
  });
});

describe("verdicts on an assurance or a reading", () => {
  it("adds no claim for 'challenged that assurance'", () => {
    expect(detect(["The bank said no town would lose its last branch before 2027.", "Campaigners in several of the affected towns challenged that assurance."].join("\n"))).toHaveLength(1);
  });
});

describe("verdicts with a quoted label, a non-answer after them, or 'could not locate'", () => {
  const texts = (p: string[]) => detect(p.join("\n")).map((c) => c.text);
  it("adds no claim for 'dismissed that number as \"…\"' or 'confirmed that account … but would not discuss …'", () => {
    expect(texts(["The governor said the tax would cost $90 a year.", 'Mrs. Whitcomb dismissed that number as "something a tow-truck driver would dream up."'])).toHaveLength(1);
    expect(texts(["The general said the missile failed 3 of 5 tests.", "An Army spokesman, Col. Dennis P. Oakes, confirmed that account of the test but would not discuss the general's views."])).toHaveLength(1);
  });
  it("keeps a confirmation that goes on to say something ('… on Friday but said it had not finished …')", () => {
    const p = ["The Navy paid Garrison Aerotech Corp. $2,917 apiece for a steel bracket, according to an audit by the inspector general.",
      "The Naval Supply Systems Command, which places the orders, confirmed the bracket prices on Friday but said it had not finished checking the rest of the auditors' figures."];
    expect(texts(p)).toHaveLength(2);
  });
  it("adds no claim for 'said it could not immediately locate the agreement', and leaves the claim asked about unverified", () => {
    const p = ["The union also said Corrivan had received $9 million in state payments in 2019 in exchange for a promise to keep the plant open.",
      "Corrivan did not respond to questions about the payments, and the state agency said it could not immediately locate the agreement."];
    const claims = detect(p.join("\n"));
    expect(claims.map((c) => c.text)).toEqual([p[0]]);
    expect(claims[0]!.status).toBe("unverified");
  });
});

describe("a quoted subheading", () => {
  it("is nobody's words: '‘Filed and forgotten’' alone on its line is no claim", () => {
    const p = ["Hannah Stoller said her reports had been “filed and forgotten”.", "‘Filed and forgotten’", "“I put it in writing three times,” she told the inquiry."];
    expect(detect(p.join("\n")).map((c) => c.text)).toEqual([p[0], p[2]]);
    const q = ["Hannah Stoller said 3 reports were ignored.", "“Nobody read them.”"];
    expect(detect(q.join("\n")).map((c) => c.text)).toEqual(q);
  });
});

describe("a confirmation that something was received, and nothing else", () => {
  const texts = (p: string[]) => detect(p.join("\n")).map((c) => c.text);
  it("adds no claim for 'confirmed that it had received a breach notification from the firm on 9 September'", () => {
    expect(texts(["The contractor said it had notified the regulator of a breach affecting 340 staff.", "The authority confirmed that it had received a breach notification from the firm on 9 September."])).toHaveLength(1);
    expect(texts(["The company said it would cut 640 jobs.", "The state labor department confirmed Wednesday that it had received a layoff notice from the company covering the same number of positions."])).toHaveLength(1);
  });
  it("keeps one that goes on to say more", () => {
    expect(texts(["The company said it would cut 640 jobs.", "The state labor department confirmed that it had received a layoff notice and said 200 more jobs were at risk."])).toHaveLength(2);
  });
});

describe("detect: verdicts on terms, reductions and a person's account", () => {
  it("reads the verdict as a status of the claim before, not a claim of its own", () => {
    const text = ["The union said the deal cut 300 jobs and froze pay for two years.", "The finance ministry confirmed the terms of those agreements on Friday."].join("\n");
    const claims = detect(text);
    expect(claims.find((c) => c.text.startsWith("The finance ministry"))).toBeUndefined();
    expect(claims[0]!.status).toBe("confirmed");
    const b = detect(["Ms. Arden said 14 flights had been grounded.", "Maj. Tom Reyes, a Pentagon spokesman, confirmed her account of the grounded flights."].join("\n"));
    expect(b.find((c) => c.text.startsWith("Maj."))).toBeUndefined();
    expect(b[0]!.status).toBe("confirmed");
  });
});

describe("detect: a quoted subheading", () => {
  it("is a heading, no claim, even with a figure in it", () => {
    const text = ["The crush began at the east terrace.", "‘Six people per square metre’", "Dr Osei said the density was roughly six people per square metre."].join("\n");
    expect(detect(text).map((c) => c.text)).toEqual(["Dr Osei said the density was roughly six people per square metre."]);
  });
});

describe("detect: a verdict on the events a claim counted", () => {
  it("reads 'Harbrook General Hospital confirmed the admissions.' as the earlier claim's evidence, no claim of its own", () => {
    const claims = detect("Dr. Ivo Marsh said 14 children had been admitted to hospital. Harbrook General Hospital confirmed the admissions.");
    expect(claims.map((c) => c.text)).toEqual(["Dr. Ivo Marsh said 14 children had been admitted to hospital."]);
    expect(claims[0]).toMatchObject({ status: "confirmed", evidence: "Harbrook General Hospital confirmed the admissions." });
  });
});

describe("detect: a subheading that ends in a quoted word", () => {
  it("reads 'Ministry rejects ‘modelling’' on its own line as a heading, not a claim", () => {
    const claims = detect(["The institute said 2,400 people died in the heat.", "Ministry rejects ‘modelling’", "The ministry said no more than 700 deaths were linked to the heat."].join("\n"));
    expect(claims.map((c) => c.text)).not.toContain("Ministry rejects ‘modelling’");
    expect(claims).toHaveLength(2);
  });
});

describe("detect: verdicts with where, when and how they were reached (blind sets 165-172)", () => {
  const verdictOnly = (claim: string, verdict: string) => {
    const claims = detect(`${claim} ${verdict}`);
    return { verdict: claims.find((c) => c.text === verdict), claim: claims.find((c) => c.text === claim) };
  };
  it.each([
    ["Kestrel paid the firm $480,000 in 2021, the reports show.", "Ferrante confirmed the penalty payments in a filing to stock market regulators on Saturday but did not give a total.", "confirmed"],
    ["The defence said a second man’s DNA was on the knife.", "The state crime laboratory confirmed the match in a report to the court last summer.", "confirmed"],
    ["The council said visitors paid £14.6m in levies last year.", "That total was confirmed on Wednesday by the Wessex Audit Office, which checks the council’s accounts.", "confirmed"],
    ["The service said crews lost 4,100 hours at the hospital.", "The service’s figure for lost hours was corroborated by Healthwatch Kestonbury, an independent patient watchdog.", "confirmed"],
    ["The company said 312 people were admitted to hospital.", "Those figures were checked and confirmed by the trial’s independent data monitoring committee.", "confirmed"],
    ["The office said violent crime fell by 18 percent.", "Researchers at the institute checked the totals against the bureau’s raw files and confirmed them on Tuesday.", "confirmed"],
    ["The city said it had issued 4,870 permits.", "The Merriton Housing Coalition, a nonprofit that tracks permits, arrived at nearly the same count for the period.", "confirmed"],
    ["An aide said the senator had proposed a 6.5 percent raise.", "Neither the governor’s office nor Senate leaders would confirm that account, and it could not be independently verified.", "unverified"],
  ])("'%s' + '%s' is a verdict, not a claim", (claim, verdict, status) => {
    const r = verdictOnly(claim, verdict);
    expect(r.verdict).toBeUndefined();
    expect(r.claim?.status).toBe(status);
  });
});

describe("detect: verdicts on orders and totals, and a 'that' that opens a clause", () => {
  it("reads 'confirmed the order on Friday' and 'bear out the total, but not the record' as verdicts", () => {
    const a = detect("The health ministry said it had ordered 400,000 doses. The vaccine’s supplier, the Geneva-based Oral Vaccine Reserve, confirmed the order on Friday.");
    expect(a.find((c) => c.text.startsWith("The vaccine’s supplier"))).toBeUndefined();
    expect(a.find((c) => c.text.includes("400,000"))?.status).toBe("confirmed");
    const b = detect("The campaign said it raised a record $4.2 million. Federal Election Commission filings made public Friday bear out the total, but not the record.");
    expect(b.find((c) => c.text.startsWith("Federal Election"))).toBeUndefined();
  });
  it("keeps 'confirmed that a draft report had been sent …' as a claim of its own", () => {
    const feld = "Marcia D. Feld, a spokeswoman for the inspector general's office, confirmed that a draft report on Meridian had been sent to the company in June but would not discuss its contents.";
    const c = detect(`A draft audit found that Meridian had overbilled Medicare by $41 million, two people who have read it said. ${feld}`);
    expect(c.find((x) => x.text === feld)).toBeDefined();
  });
});

describe("detect: more shapes from blind sets 181-184", () => {
  it("reads 'has since been corroborated by' and 'Those response times were corroborated by' as verdicts", () => {
    const a = detect("The trust said there were 1,200 wrens. The trust’s headline estimate has since been corroborated by an independent acoustic survey run by the University of Aberlour.");
    expect(a).toHaveLength(1);
    expect(a[0]!.status).toBe("confirmed");
    const b = detect("The service said ambulances took 48 minutes on average. Those response times were corroborated by separate figures obtained by the Courier.");
    expect(b).toHaveLength(1);
    expect(b[0]!.status).toBe("confirmed");
  });
  it("reads 'That was the experience of Ana Deverell, who … says …' and 'The forum found' as attributed", () => {
    const c = detect("“The queues started on the Thursday and they have not stopped since.” That was the experience of Ana Deverell, who runs a haulage firm with 35 lorries and says she has cancelled nearly half of this week’s deliveries.");
    expect(c.map((x) => x.source?.name)).toEqual(["Ana Deverell", "Ana Deverell"]);
    expect(detect("The forum found that the council had hired 37 firms.")[0]?.source?.name).toBe("forum");
  });
});

describe("detect: a share of those asked who say something", () => {
  it("keeps 'Nearly two-thirds' as a figure though it names the speakers, and drops a count of the speakers", () => {
    expect(detect("Nearly two-thirds said they had worked more than 50 hours in at least one week.")[0]!.figures.map((f) => f.text)).toContain("Nearly two-thirds");
    expect(detect("Two staff who spoke on condition of anonymity said 40 beds were shut.")[0]!.figures.map((f) => f.text)).toEqual(["40 beds"]);
  });
});
