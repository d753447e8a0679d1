import { describe, expect, it } from "vitest";
import { detect } from "../../../src/core/detect.ts";
import { statusCues } from "../../../src/core/status.ts";
import { RULES_ONLY } from "../../../src/core/status-context.ts";

// These are the rules' tests: the context model's own are in status-context.test.ts.
function claimWith(paragraphs: string[], needle: string) {
  const c = detect(paragraphs.join("\n"), RULES_ONLY).find((x) => x.text.includes(needle));
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

describe("status: replies, rival figures and verdicts", () => {
  it("reads a missing methodology or data as unverified", () => {
    expect(statusCues("The group did not release the survey's methodology.").map((c) => c.status)).toEqual(["unverified"]);
    const paras = [
      "The mayor's office said a survey it commissioned showed 62% of residents backed the tram.",
      "The office did not publish the survey's underlying data.",
    ];
    expect(claimWith(paras, "62%").status).toBe("unverified");
    // negative: data that was published
    expect(claimWith(["The mayor's office said a survey it commissioned showed 62% of residents backed the tram.", "The office published the survey's data."], "62%").status).toBe("unaddressed");
  });

  it("ties 'the savings figure' to the claim about saving, not the nearest figure", () => {
    const paras = [
      "The county board approved the merger of two fire stations, saying it would save $900,000 a year.",
      "The board's chairman, Tom Pask, said the county faced a $5 million shortfall.",
      "Firefighters dispute the savings figure.",
    ];
    expect(claimWith(paras, "$900,000").status).toBe("disputed");
    expect(claimWith(paras, "$5 million").status).toBe("unaddressed");
  });

  it("applies a dismissed poll to all the poll's findings before the dismissal", () => {
    const paras = [
      "Mayor Lin leads by 8 points, according to a City College poll released Monday.",
      "The survey of 900 residents found Lin with 51% to 43% for Ruth Abara.",
      "Abara's campaign dismissed the poll as an outlier.",
    ];
    expect(claimWith(paras, "51%").status).toBe("disputed");
    // negative: a poll nobody answered
    expect(claimWith(paras.slice(0, 2), "51%").status).toBe("unaddressed");
  });

  it("reads 'X countered/contends that the figure…' as disputing another source's claim", () => {
    expect(statusCues("Mr. Vance countered that the study was funded by the industry.")[0]?.status).toBe("disputed");
    const paras = [
      "Senator Hall said the bill would leave a shortfall of about $4 billion in school funding.",
      "Mr. Ames contends that the $4 billion figure ignores money already set aside.",
    ];
    expect(claimWith(paras, "shortfall").status).toBe("disputed");
    const clinic = [
      "The cuts would close as many as 300 clinics, Ms. Ortiz said.",
      "Mr. Ames countered that the clinic estimate came from an advocacy group.",
    ];
    expect(claimWith(clinic, "300 clinics").status).toBe("disputed");
    // negative: a contention with nothing to point back at, and one about the same source's own claim
    expect(claimWith(["Analysts said exports rose 4% in May.", "Economists contend that growth will slow next year."], "exports").status).toBe("unaddressed");
    const own = ["Mr. Ames said the plan would cost $4 billion.", "Mr. Ames contends that the $4 billion figure is conservative."];
    expect(claimWith(own, "would cost").status).toBe("unaddressed");
  });

  it("reads a rival estimate by another party as disputing the earlier figure", () => {
    const paras = ["Organisers said more than 50,000 people joined the march.", "Police put the crowd at about 12,000."];
    expect(claimWith(paras, "50,000").status).toBe("disputed");
    const strikers = ["About 6,000 workers walked out at three plants, the union said.", "The company estimated the number of strikers at 3,800."];
    expect(claimWith(strikers, "6,000").status).toBe("disputed");
    // negatives: an estimate with no earlier figure of another source, and the same source's own figures
    expect(claimWith(["The march began at noon in the central square.", "Police put the crowd at about 12,000."], "12,000").status).toBe("unaddressed");
    const same = ["Police said 40 people were arrested.", "Police put the crowd at about 12,000."];
    expect(claimWith(same, "40 people").status).toBe("unaddressed");
  });

  it("reads 'X disagreed' as disputing the claim just before it", () => {
    const paras = ["The defendant's lawyers said the payments were legal.", "A jury disagreed, convicting her on four of five counts."];
    expect(claimWith(paras, "payments were legal").status).toBe("disputed");
    // negative: "disagree" with its own object is not about a claim
    expect(statusCues("Most residents disagree with the new parking rules, the survey found.")).toEqual([]);
    expect(claimWith(["The defendant's lawyers said the payments were legal.", "The jury did not disagree."], "payments").status).toBe("unaddressed");
  });

  it("reads the defence's case as disputed by a guilty verdict", () => {
    const paras = [
      "A jury on Monday convicted the former treasurer, Paul Berg, of embezzlement.",
      "His attorney, Nina Holt, maintained throughout the trial that the transfers had been authorised by the board.",
    ];
    const c = claimWith(paras, "transfers had been authorised");
    expect(c.status).toBe("disputed");
    expect(c.evidence).toContain("convicted");
    // negatives: no verdict yet, and a prosecutor's case
    expect(claimWith(["If convicted, Paul Berg faces up to 10 years in prison.", paras[1]!], "transfers").status).toBe("unaddressed");
    expect(claimWith([paras[0]!, "Prosecutors maintained throughout the trial that the transfers had been hidden from the board."], "transfers").status).toBe("unaddressed");
  });

  it("reads a reply by the party a claim names, saying the opposite, as disputing it", () => {
    const paras = [
      "Westport Rovers have agreed a deal with Porto for the striker Rui Dias, according to people familiar with the matter.",
      "Porto said on Sunday that no agreement had been reached.",
    ];
    expect(claimWith(paras, "agreed a deal").status).toBe("disputed");
    expect(claimWith(paras, "no agreement").status).toBe("unaddressed");
    const pensions = ["Union leaders said the company wants to cut pension benefits for retirees.", "The company said pensions were not part of its proposal."];
    expect(claimWith(pensions, "wants to cut").status).toBe("disputed");
    // negatives: a reply that agrees, one about something else, and a "no comment"
    expect(claimWith([paras[0]!, "Porto said on Sunday that an agreement had been reached."], "agreed a deal").status).toBe("unaddressed");
    expect(claimWith([paras[0]!, "Porto said on Sunday that its stadium would not be ready until May."], "agreed a deal").status).toBe("unaddressed");
    expect(claimWith([paras[0]!, "Porto said it would not comment on the agreement."], "agreed a deal").status).toBe("unaddressed");
  });

  it("reads 'has not publicly identified' as leaving a claim unverified", () => {
    const paras = [
      "An official, who asked not to be named, said investigators believed the fire began in a kitchen at the hotel.",
      "The fire department has not publicly identified the cause of the fire.",
    ];
    expect(claimWith(paras, "began in a kitchen").status).toBe("unverified");
    // negative: a department that did identify it
    expect(claimWith([paras[0]!, "The fire department publicly identified the cause of the fire."], "began in a kitchen").status).toBe("unaddressed");
  });
});

describe("status: figures named by what they are about, matching and rival figures", () => {
  const STRIKE = [
    "The Harbour Nurses Guild said nurses are assigned eight patients per shift. Nearly half of the bedside nurses have left since 2021, the guild said. It said 18% of posts were vacant in September.",
    "Bayside Health rejected the guild’s figures on patient loads and staff departures.",
  ];

  it("'the guild's figures on patient loads and staff departures' disputes the guild's claims on those things, not its others", () => {
    expect(claimWith(STRIKE, "eight patients").status).toBe("disputed");
    expect(claimWith(STRIKE, "18% of posts").status).toBe("unaddressed");
    // without the narrowing phrase every claim of the guild nearby is meant
    const all = [STRIKE[0]!, "Bayside Health rejected the guild’s figures."];
    expect(claimWith(all, "18% of posts").status).toBe("disputed");
  });

  it("another party arriving at the same number confirms the claim that gave it", () => {
    const paras = [
      "The union said 18% of nursing posts were vacant in September. The hospital said it had hired 200 nurses.",
      "A state survey published last month put the vacancy rate at 18%, the same figure the union cited.",
    ];
    expect(claimWith(paras, "18% of nursing posts")).toMatchObject({ status: "confirmed", evidence: paras[1] });
    expect(claimWith(paras, "200 nurses").status).toBe("unaddressed");
    // a different number is no confirmation
    const other = [paras[0]!, "A state survey published last month put the vacancy rate at 11%, the same figure as in 2019."];
    expect(claimWith(other, "18% of nursing posts").status).toBe("unaddressed");
  });

  it("a rival figure 'closer to $30' disputes the figure the sentence names", () => {
    const paras = [
      "Gov. Ashcombe said his plan would cut property taxes on a typical home by $112 a year. He added that 38 of the 72 counties had asked for relief.",
      "Rep. Dolores Finch said the governor's property-tax figure included a rebate and that the lasting cut would be closer to $30.",
    ];
    expect(claimWith(paras, "$112").status).toBe("disputed");
    expect(claimWith(paras, "38 of the 72").status).toBe("unaddressed");
    // "closer to" without a number is no rival figure
    const vague = [paras[0]!, "Rep. Dolores Finch said the governor's property-tax figure was closer to the truth than his critics thought."];
    expect(claimWith(vague, "$112").status).toBe("unaddressed");
  });
});

describe("status: brushing off, names that contain a cue, evasive answers, a source without documents", () => {
  it("'brushed off the survey' disputes the survey's claims; 'brushed off the dust' is no cue", () => {
    const paras = ["She leads by three points, according to a survey released yesterday by Brightwater Research. Sen. Tilghman brushed off the Brightwater survey."];
    expect(claimWith(paras, "three points").status).toBe("disputed");
    expect(claimWith(["She leads by three points, according to a survey by Brightwater Research. The senator brushed off the dust from his coat."], "three points").status).toBe("unaddressed");
  });

  it("'E-Verify' is a name, not a confirmation", () => {
    expect(statusCues("The so-called E-Verify mandate would apply first to Texas.")).toEqual([]);
    expect(statusCues("Officials verified the count.")).toHaveLength(1);
  });

  it("'said only that' answers nothing either way", () => {
    const paras = ["Senate aides said the leader, Sen. Ronald Pike, had no plans to bring the bill to the floor. A spokesman for Mr. Pike said only that the leader would look at whatever the House sends."];
    expect(claimWith(paras, "no plans").status).toBe("unaddressed");
  });

  it("'Mr. Rennick did not provide documents' leaves his denial and his account unverified", () => {
    const paras = [
      "The audit found the company billed the Army for 41,000 hours of abandoned work. A spokesman, Curtis B. Rennick, denied that the company had charged for abandoned work. He said the hours went into a second transmission. Mr. Rennick did not provide documents to support that account.",
    ];
    expect(claimWith(paras, "denied that").status).toBe("unverified");
    expect(claimWith(paras, "second transmission").status).toBe("unverified");
    expect(claimWith(paras, "audit found").status).toBe("disputed");
  });
});

describe("status: both sides, verdict appositions, arguments, silence after a confirmation", () => {
  it("'Neither side's claims could be independently verified' covers both sides' claims", () => {
    const paras = ["Russia's defence ministry said it had shot down 84 drones overnight. Ukraine's general staff said its drones had hit an oil depot. Neither side’s claims could be independently verified."];
    expect(claimWith(paras, "84 drones").status).toBe("unverified");
    expect(claimWith(paras, "oil depot").status).toBe("unverified");
  });

  it("'…, a claim Ukraine's military denied' disputes its own sentence and does not become its source", () => {
    const c = claimWith(["The defence ministry said its forces had captured the village of Novoselivka, a claim Ukraine’s military denied."], "Novoselivka");
    expect(c.status).toBe("disputed");
    expect(c.source?.name).toBe("defence ministry");
  });

  it("'rejected that argument' disputes the claim that argued it", () => {
    const paras = ["Judge Helena Marsh ordered him to pay $61.4 million. His lawyers argued that a slump in construction caused the losses. Judge Marsh rejected that argument."];
    expect(claimWith(paras, "lawyers argued").status).toBe("disputed");
    expect(claimWith(paras, "$61.4 million").status).toBe("unaddressed");
  });

  it("'the White House's wage figures' names the wage claim, not the White House's other one", () => {
    const paras = ["The White House said the report showed 250,000 new jobs. The statement said wages had outpaced inflation for 18 consecutive months. Rep. Tomas Ellery called the White House’s wage figures misleading."];
    expect(claimWith(paras, "18 consecutive months").status).toBe("disputed");
    expect(claimWith(paras, "250,000 new jobs").status).toBe("unaddressed");
  });

  it("a party's silence does not undo a confirmation by someone else", () => {
    const paras = ["Ukraine's general staff said a strike had destroyed two Su-34 fighter-bombers. Satellite images reviewed by a newspaper confirmed the damage. The Russian defence ministry has not commented on the strike."];
    expect(claimWith(paras, "Su-34").status).toBe("confirmed");
  });
});

describe("status: unreviewed data, meritless suits, lab-confirmed cases, far-back figures", () => {
  it("'has not yet reviewed the safety data' leaves the safety claim unverified", () => {
    const paras = ["Halvorsen Biologics said its vaccine prevented 84% of infections. No serious safety problems were linked to the vaccine, it said.", "The regulator has not yet reviewed the safety data, a spokeswoman said."];
    expect(claimWith(paras, "safety problems").status).toBe("unverified");
    expect(claimWith(paras, "84%").status).toBe("unaddressed");
  });

  it("'the suit is without merit' disputes the suit", () => {
    const paras = ["The Justice Department sued Quillon Systems yesterday, accusing it of shutting rivals out of the market.", "Quillon said in a statement that the suit was without merit."];
    expect(claimWith(paras, "sued Quillon").status).toBe("disputed");
  });

  it("'infections confirmed by a laboratory test' confirms nothing", () => {
    expect(statusCues("He said the trial counted only infections confirmed by a laboratory test.")).toEqual([]);
    expect(statusCues("The count was confirmed by the health ministry.")).toHaveLength(1);
  });

  it("a number names its claim even many sentences back", () => {
    const filler = Array.from({ length: 10 }, (_, k) => `Officials said ${k + 2} clinics had opened.`).join(" ");
    const paras = ["The company said the vaccine prevented 84% of severe infections. " + filler, "Tomas Eriksen, a biostatistician, cast doubt on the 84% figure."];
    expect(claimWith(paras, "prevented 84%").status).toBe("disputed");
  });
});

describe("statusCues: the pre-test is the patterns' own words", () => {
  it("reads cues whose words the old hand-kept pre-test list had missed", () => {
    expect(statusCues("The tally was validated by election monitors.")[0]?.status).toBe("confirmed");
    expect(statusCues("The claim was met with incredulity.")[0]?.status).toBe("disputed");
    expect(statusCues("The figure was treated with suspicion.")[0]?.status).toBe("disputed");
    expect(statusCues("The council met on Tuesday.")).toEqual([]);
  });
});

describe("status: owners, backing up, pushing back (blind sets 7 and 8)", () => {
  it("reads 'backs up', 'pushed back on', 'scoffed at', 'took issue with' and 'called … inflated'", () => {
    expect(statusCues("A review by Clearcount backs up her account.")[0]?.status).toBe("confirmed");
    expect(statusCues("Bluffstone's own field sheets back that up.")[0]?.status).toBe("confirmed");
    expect(statusCues("The spokesman pushed back on that reading.")[0]?.status).toBe("disputed");
    expect(statusCues("Veridyne scoffed at the suggestion.")[0]?.status).toBe("disputed");
    expect(statusCues("Kessler took issue with that.")[0]?.status).toBe("disputed");
    expect(statusCues("The campaign called that estimate inflated.")[0]?.status).toBe("disputed");
    expect(statusCues("The trip was backed by two sponsors.")).toEqual([]);
  });

  it("an owner names the claim far back: 'the White House's deficit estimate'", () => {
    const paras = [
      "In a statement, the White House said the bill would add $3.2 billion to the deficit next year.",
      "It said advisers would recommend a veto.", "The committee approved the bill by a vote of 38-15.", "Rural lawmakers complained that the formula shortchanged Montana.",
      "The senator predicted that her version would cost $5 billion less.", "The gasoline tax brings about $13 billion a year into the trust fund, according to the Treasury Department.",
      "Democrats on the committee argued that the fund's balance, which they put at $9.7 billion, should be released to make the deficit look smaller.",
      "They disputed the White House's deficit estimate, saying the money had already been collected.",
    ];
    expect(claimWith(paras, "$3.2 billion").status).toBe("disputed");
    expect(claimWith(paras, "$9.7 billion").status).toBe("unaddressed");
  });

  it("'her account' is everything she just said; 'the witnesses' claim that …' is the one about that", () => {
    const paras = [
      "Rourke alleged that workers fed 1,900 ballots back into a machine.",
      "County Clerk Helen Okafor rejected that account, saying observers had watched a re-scan of 212 damaged ballots.",
      "“Nobody in this office added a single vote,” Okafor said. “Every re-scan is in our logs.”",
      "A review of the logs by Clearcount, a firm hired by the state, backs up her account.",
    ];
    expect(claimWith(paras, "212 damaged").status).toBe("confirmed");
    expect(claimWith(paras, "Every re-scan").status).toBe("confirmed");
    expect(claimWith(paras, "1,900").status).toBe("disputed");
    const witnesses = [
      "Three witnesses gave a different account. They said Mr. Wren had raised both hands above his head. Another witness, Leon Marsh, said the officers fired six shots.",
      "The union rejected the witnesses’ claim that Mr. Wren’s hands had been raised.",
    ];
    expect(claimWith(witnesses, "both hands").status).toBe("disputed");
    expect(claimWith(witnesses, "six shots").status).toBe("unaddressed");
  });

  it("a figure another party matched is confirmed in its own sentence; a capitalised 'Defence' is no anaphor", () => {
    expect(claimWith(["Statewide turnout reached 67.5%, according to the elections commission, a figure the Lakeshore Civic Data Lab matched in its own count."], "67.5%").status).toBe("confirmed");
    const paras = ["Russia launched 143 drones at Ukraine overnight, Ukraine’s air force said.", "A children’s hospital was also damaged, the mayor, Ihor Lysenko, said.",
      "Russia’s Defence Ministry denied striking the hospital, saying the damage had been caused by a Ukrainian missile."];
    expect(claimWith(paras, "143 drones").status).toBe("unaddressed");
    expect(claimWith(paras, "hospital was also damaged").status).toBe("disputed");
  });
});

describe("status: phrase boundaries, self-confirmation, commas", () => {
  it("a determiner inside a possessive phrase opens the real one: 'Rourke’s campaign called that estimate inflated'", () => {
    const paras = [
      "Trent Galloway, Rourke’s campaign manager, said the campaign had evidence of “hundreds more” duplicated ballots.",
      "A candidate who trails by more than 0.25 percentage points must pay for a recount, which the commission estimated would cost about $3.1 million.",
      "Rourke’s campaign called that estimate inflated, saying a recount could be done for less.",
    ];
    expect(claimWith(paras, "$3.1 million").status).toBe("disputed");
    expect(claimWith(paras, "hundreds more").status).toBe("unaddressed");
  });

  it("a source confirming itself is no confirmation, and 'asked not to be identified, confirmed' is no negation", () => {
    const paras = ["Veridyne scoffed at the suggestion, saying its engineers had examined that pump and found no battery fault.",
      "Veridyne said its own laboratory testing had confirmed that pumps made after March 2025 are not affected."];
    expect(claimWith(paras, "examined that pump").status).toBe("unaddressed");
    expect(statusCues("Two former officials, who asked not to be identified, confirmed the Governor's account.").map((c) => c.status)).toEqual(["confirmed"]);
  });

  it("the agent after 'corroborated by' is not the claim it corroborates; 'their account of …' reaches back to what it names", () => {
    expect(claimWith(["Another witness, Leon Marsh, said the officers fired at least six shots, a count corroborated by the audio of body-camera footage reviewed by The Herald."], "six shots").status).toBe("confirmed");
    const paras = ["Three mechanics who worked at the hangar said they had been pressured to sign off on repairs.", "They said supervisors threatened anyone who complained.",
      "An F.A.A. inspector's report obtained by this newspaper confirms their account of unsigned work orders."];
    expect(claimWith(paras, "pressured").status).toBe("confirmed");
    // ("their account of unsigned work orders" is about the repairs, not the threats)
    expect(claimWith(paras, "threatened").status).toBe("unaddressed");
    expect(claimWith([paras[0]!, paras[1]!, "An F.A.A. inspector's report obtained by this newspaper confirms their account."], "threatened").status).toBe("confirmed");
  });
});

describe("status: silence and withheld records", () => {
  it("'Harte could not be reached … offered no records' leaves Harte's denial unverified", () => {
    const paras = ["Vance’s campaign accused a Rourke-aligned group of sending text messages to about 40,000 voters.", "The group’s founder, Mitchell Harte, denied that it had sent the messages.",
      "Harte could not be reached for further comment, and he offered no records of the group’s texting activity."];
    expect(claimWith(paras, "Mitchell Harte").status).toBe("unverified");
    expect(claimWith(paras, "40,000 voters").status).toBe("disputed");
    expect(statusCues("Harte could not be reached for comment.").map((c) => c.status)).toEqual(["unverified"]);
  });

  it("'declined to release the email' and 'did not identify the model' leave the claim before them unverified", () => {
    const paras = ["Greg Tolland, a Veridyne spokesman, said the engineer had been describing a different, discontinued model.",
      "He did not identify the model, and the company declined to release the email in full."];
    expect(claimWith(paras, "discontinued model").status).toBe("unverified");
    expect(statusCues("An official, who asked not to be identified, said 40 people died.")).toEqual([]);
  });

  it("an unnamed party's silence ('His office did not respond') marks no one's claims", () => {
    const paras = ["The Congressional Budget Office estimates that a shutdown would cost about $11 billion.", "Senator Hale said the talks would resume on Monday.", "His office did not respond to a request for comment."];
    expect(claimWith(paras, "$11 billion").status).toBe("unaddressed");
  });
});

describe("status: nominal owners, pronoun objects, history inside a claim", () => {
  it("'Mr. Ostrander's prediction that … is not widely shared' disputes his prediction; 'The claim by Mr. Gaddis … was challenged'", () => {
    const paras = ["He told reporters that a treaty cutting warheads by 30 percent could still be signed before the end of the year.", "Moscow blamed the United States for the impasse, its negotiator said.",
      "Mr. Ostrander's prediction that a treaty could be signed this year is not widely shared in Washington."];
    const withName = ["Franklin T. Ostrander, the deputy assistant secretary, spoke in Geneva.", ...paras];
    expect(claimWith(withName, "30 percent").status).toBe("disputed");
    const gaddis = ["The Governor's lawyer, Martin E. Gaddis, wrote that the contract had saved the state $1.2 million.", "The commission will meet again in May, its chairwoman said.",
      "The claim by Mr. Gaddis that the contract had saved money was challenged by the state auditor."];
    expect(claimWith(gaddis, "$1.2 million").status).toBe("disputed");
  });

  it("'back that up' is about the claim just before, not a report named on the way", () => {
    const paras = ["The company’s consultants counted about 2,400 darters, according to a report it filed with the state.", "She said the consultants had also counted juveniles.",
      "Bluffstone’s own field sheets, filed with the state as an appendix to its report, back that up: they list 1,710 of the 2,400 fish as juveniles."];
    expect(claimWith(paras, "juveniles.").status).toBe("confirmed");
    expect(claimWith(paras, "about 2,400").status).toBe("unaddressed");
  });

  it("'inspections it had long rejected' is history, 'cannot be verified' is no confirmation", () => {
    expect(claimWith(["Mr. Ostrander recalled that the 1987 treaty was completed only after Moscow accepted on-site inspections it had long rejected."], "1987").status).toBe("unaddressed");
    expect(statusCues("The missiles cannot be verified without inspections.").map((c) => c.status)).toEqual(["unverified"]);
  });
});

describe("status: blind set 9 vocabulary and targets", () => {
  it("reads 'bore out', 'back that figure', 'is consistent with', 'is supported by', 'upheld', 'does not square with', 'disagreed with the …', 'gave a different account'", () => {
    for (const s of ["Filings published by the two clubs bore out the sum.", "Invoices back that figure.", "That account is consistent with the charge sheet.",
      "That share is supported by county employment records.", "It was a grievance an arbitrator upheld the following year."]) {
      expect(statusCues(s)[0]?.status, s).toBe("confirmed");
    }
    for (const s of ["The club’s wage figure does not square with its own accounts.", "The union disagreed with the job count.", "Corwell gave a different account of the meeting."]) {
      expect(statusCues(s)[0]?.status, s).toBe("disputed");
    }
    expect(statusCues("Wage growth remained well above a level consistent with the 2% target.")).toEqual([]);
    expect(statusCues("Millions of people could not check in for flights.")).toEqual([]);
    expect(statusCues("This newspaper has been unable to check the ratio.")[0]?.status).toBe("unverified");
  });

  it("'that timeline' is what was just said, not the verdict before it; 'That comparison' is the comparison", () => {
    const paras = ["The chairman said the wage bill had fallen to £41m. The club would break even by the 2027-28 season, he added.",
      "The club’s wage figure does not square with its own accounts, which put staff costs at £54.3m.", "Analysts were sceptical of that timeline."];
    expect(claimWith(paras, "break even").status).toBe("disputed");
    const cmp = ["Purcell said the plant had lost $19 million in 2024.", "Purcell also said wages in Monterrey were about a third of those in Mansfield.", "That comparison has not been verified."];
    expect(claimWith(cmp, "a third").status).toBe("unverified");
    expect(claimWith(cmp, "$19 million").status).toBe("unaddressed");
  });

  it("an army's account is the army's, not every organisation's", () => {
    const paras = ["Ostrevia’s army said its jets had struck a rebel command post.", "The ministry said a further 61 people had been wounded.",
      "Video filmed after the blast shows the east wing collapsed, contradicting the army’s account."];
    expect(claimWith(paras, "command post").status).toBe("disputed");
    expect(claimWith(paras, "61 people").status).toBe("unaddressed");
  });
});

describe("status: denials of a thing named, appointments", () => {
  it("'said no such proposal had been made' disputes the proposal; 'would probably be confirmed' is no confirmation", () => {
    const paras = ["The Hartford Courant reported on Thursday, citing two council members, that the Mayor had privately proposed closing four of the city's 11 firehouses.", "Mr. Mendes said no such proposal had been made."];
    expect(claimWith(paras, "firehouses").status).toBe("disputed");
    expect(statusCues("She conceded that Judge Albright would probably be confirmed.")).toEqual([]);
    expect(claimWith(["A report broadcast on Tuesday by WRC-TV that the FBI had reopened its check on the nominee could not be confirmed."], "reopened").status).toBe("unverified");
  });
});

describe("status: a denial's own clause picks what it denies", () => {
  it("'denied that any wages had been paid late, but did not provide payroll records to support its account' disputes the late-wages claim", () => {
    const paras = ["Miriam Osei-Bonsu, a forensic accountant commissioned by the Harbury Supporters’ Trust, calculated that the club’s losses came to roughly £71m.",
      "Three current and former employees, who asked not to be named, said salaries for staff had been paid late four times since January.",
      "Harbury denied that any wages had been paid late, but did not provide payroll records to support its account when asked to do so."];
    expect(claimWith(paras, "paid late four times").status).toBe("disputed");
    expect(claimWith(paras, "£71m").status).toBe("unaddressed");
  });
});

describe("status: futures and conditions are no verifications", () => {
  it("'would only confirm his victory', 'if the recount confirmed his lead', 'confirmed the error'", () => {
    expect(statusCues("He said the recount would only confirm his victory.")).toEqual([]);
    expect(statusCues("Asked whether she would concede if the recount confirmed Mr. Haverty's lead, she said no.")).toEqual([]);
    const paras = ["In Greene County, according to the canvass report, a misplaced digit had credited Mr. Haverty with 1,000 votes he did not receive.", "The county clerk, Roberta J. Lindqvist, confirmed the error."];
    expect(claimWith(paras, "1,000 votes").status).toBe("confirmed");
    expect(detect(paras.join("\n")).some((c) => c.text.startsWith("The county clerk"))).toBe(false);
  });
});

describe("status: neither confirmed nor denied", () => {
  it("'would neither confirm nor deny the report' leaves the report unverified, not disputed; 'declined to comment' after a report too", () => {
    const paras = ["The Mahoning Valley Herald reported last week that a federal grand jury had subpoenaed Lakeshore's records.", "A Justice Department spokesman would neither confirm nor deny the report."];
    expect(claimWith(paras, "grand jury").status).toBe("unverified");
    expect(statusCues("A spokesman would neither confirm nor deny the report.").map((c) => c.status)).toEqual(["unverified"]);
    const navy = ["Military Budget Report, a trade newsletter, reported this week that the Navy had drawn up a list of 22 ships to be retired.", "The Navy declined to comment."];
    expect(claimWith(navy, "22 ships").status).toBe("unverified");
  });
});

describe("status: clause subjects, different accounts, narrowed owners", () => {
  it("'confirmed it billed …' opens a clause; 'gave a different account, saying …' answers the claim just before; 'X gave a different account.' alone answers nothing", () => {
    expect(claimWith(["The department said the inspection had priced only the work needed.", "Tallis said in a statement that an internal audit had confirmed it billed only for completed work."], "priced only").status).toBe("unaddressed");
    const paras = ["The U.N. said 12 civilians were killed.", "Its spokesman told state media that troops were “firmly in control” of the town.",
      "Residents reached through messaging apps gave a different account, saying fighters had taken the airport road."];
    expect(claimWith(paras, "firmly in control").status).toBe("disputed");
    expect(claimWith(paras, "12 civilians").status).toBe("unaddressed");
    expect(claimWith(["“Three substations were hit,” the governor wrote.", "Moscow gave a different account.", "Russia’s ministry said all targets had been military."], "substations").status).toBe("unaddressed");
  });

  it("'the Red Cross’s admission figures' covers its admissions, not its other claims", () => {
    const paras = ["The Red Cross said 137 wounded people had been admitted to the hospital since Saturday.", "It said all 60 of the hospital’s beds were occupied.",
      "Dr. Aung Ko Latt, the hospital’s medical superintendent, confirmed the Red Cross’s admission figures."];
    expect(claimWith(paras, "137 wounded").status).toBe("confirmed");
    expect(claimWith(paras, "60 of the hospital").status).toBe("unaddressed");
  });
});

describe("status: a party's denial is not about its own people's claims", () => {
  it("'A Quillon spokeswoman denied that the company had made any offer' disputes the outsider's account, not the chief executive's", () => {
    const paras = ["Martin Vossberg, Quillon's chief executive, told employees that Quillon had offered discounts to large customers.",
      "That person said Quillon had offered to pay $300 million to settle.", "A Quillon spokeswoman, Dana Whitcombe, denied that the company had made any offer."];
    const withIntro = ["The two sides had discussed a settlement, according to a person briefed on the talks.", ...paras];
    expect(claimWith(withIntro, "$300 million").status).toBe("disputed");
    expect(claimWith(withIntro, "discounts").status).toBe("unaddressed");
  });
});

describe("status: appointments and findings of no evidence", () => {
  it("'until a successor is confirmed by the Senate' and 'had found no evidence that …' put no status on their own sentence", () => {
    expect(statusCues("He asked Gerald Sims to run the department until a successor is confirmed by the Senate.")).toEqual([]);
    expect(statusCues("Farrow said the Administration had found ``no evidence'' that the board was selling below cost.")).toEqual([]);
    expect(statusCues("He offered no evidence for the claim.").map((c) => c.status)).toEqual(["unverified"]);
  });
});

describe("status: more verdict phrasings", () => {
  it("reads 'Few economists … would accept', 'That figure matches …', 'called his analysis \"speculative\"', 'greeted the analysis with skepticism'", () => {
    expect(statusCues("Few economists who study regional labor markets would accept a knock-on effect of that size.")[0]?.status).toBe("disputed");
    expect(statusCues("That figure matches the trimmed-mean measure published by the statistics bureau.")[0]?.status).toBe("confirmed");
    expect(statusCues("The trust called his analysis \"speculative\".")[0]?.status).toBe("disputed");
    expect(statusCues("Election researchers have greeted the analysis with skepticism.")[0]?.status).toBe("disputed");
    expect(statusCues("Marsh said every bet had been placed on matches in other leagues.")).toEqual([]);
  });
});

describe("status: rival figures from another body with the same kind of experts", () => {
  it("'The Agriculture Department's economists put the effect at less than 5 cents' disputes the university economists' 18 cents", () => {
    const paras = ["A study by agricultural economists at North Dakota State University estimated that the imports cut the price by 18 cents a bushel last year.",
      "The Agriculture Department's economists put the effect at less than 5 cents a bushel."];
    expect(claimWith(paras, "18 cents").status).toBe("disputed");
  });
});

describe("status: blind sets 17 and 18 phrasings", () => {
  it("reads new verdict wordings and leaves look-alikes alone", () => {
    const st = (s: string) => statusCues(s).map((c) => c.status);
    expect(st("Kasongo rejected the accusation, but offered nothing to support that explanation.")).toContain("unverified");
    expect(st("The office put the number at 110,000, without saying how that figure had been compiled.")).toContain("unverified");
    expect(st("Army headquarters has said nothing publicly about the claim.")).toEqual(["unverified"]);
    expect(st("That statement sits uneasily with the company’s own quarterly returns.")).toEqual(["disputed"]);
    expect(st("The ombudsman argues that the 2021 email shows the opposite.")).toEqual(["disputed"]);
    expect(st("Fenland said it delivered water to 1,500 households, a range Okoro’s group said matched its own tally.")).toEqual(["confirmed"]);
    expect(st("Counsel for the ombudsman acknowledged that those payments had been made.")).toEqual(["confirmed"]);
    expect(st("Other former pickers gave matching accounts of being handed the form.")).toEqual(["confirmed"]);
    expect(st("Brindle’s own rosters contradict that.")).toEqual(["disputed"]);
    expect(st("Natarajan called that assurance premature.")).toEqual(["disputed"]);
    // "the period in question" names a period; a future rejection is no verdict; conceding one's own figure confirms nothing
    expect(st("They covered only the most recent two years of the period in question.")).toEqual([]);
    expect(st("Mr. Eastman argued that the Senate would reject any treaty that did not limit cruise missiles.")).toEqual([]);
    expect(st("The minister conceded that his figure included $900 million in loans.")).toEqual([]);
    expect(st("A spokesman would not say how many members she expected to lose.")).toEqual([]);
  });

  it("applies them to the claims they answer", () => {
    const rosters = ["That was the evidence of Ana Folau, a former picker, who told the court she had routinely worked 50-hour weeks.",
      "Brindle’s own rosters, tendered in evidence, contradict that, putting her average across 2022 at 31 hours a week."];
    expect(claimWith(rosters, "50-hour").status).toBe("disputed");
    const own = ["Kasongo rejected the accusation, blaming the blast on a rebel ammunition store, but offered nothing to support that explanation."];
    expect(claimWith(own, "ammunition").status).toBe("unverified");
    const assurance = ["“At no point has the water posed a risk to anyone drinking it,” Martin Ashdown said.",
      "Priya Natarajan, a toxicologist, called that assurance premature, saying exposure had been linked in large studies to raised cholesterol."];
    expect(claimWith(assurance, "At no point").status).toBe("disputed");
  });
});

describe("status: blind set 18 findings", () => {
  it("keeps an in-sentence confirmation by another office on its own sentence, and reads 'a blank check' as no check", () => {
    const paras = ["The senator acknowledged that at least a dozen Republican senators had told him they would vote for it.",
      "The Senate version, sponsored by Sen. Adele M. Fortier, a Minnesota Democrat, would cost about $3.1 billion, according to her office, a figure the Congressional Budget Office confirmed in a letter to the Senate Budget Committee."];
    expect(claimWith(paras, "$3.1 billion").status).toBe("confirmed");
    expect(claimWith(paras, "a dozen").status).toBe("unaddressed");
    expect(statusCues("``We are not going to write a blank check for every farmer,'' said Sen. Ellsworth.")).toEqual([]);
  });

  it("'records … bear out her account' confirms what she said; 'found no such overlap' disputes the claim before it", () => {
    const paras = ["Rosa M. Quintero, president of the tenants association, told the committee that residents had filed more than 300 repair requests since 1989.",
      "Authority records obtained by The Millbrook Courier bear out her account, showing 317 written requests over that period."];
    expect(claimWith(paras, "300 repair").status).toBe("confirmed");
    const cbo = ["Mr. Scanlon contended that the committee's bill double-counted about $900 million in losses.",
      "The Congressional Budget Office, in an analysis requested by the committee, found no such overlap."];
    expect(claimWith(cbo, "$900 million").status).toBe("disputed");
  });

  it("a poll's sample ('The survey of 605 likely voters') is the poll just reported", () => {
    const paras = ["Haines has pulled even with Szymanski, according to a poll published yesterday by The Saginaw Ledger.",
      "The survey of 605 likely voters found Haines with 41 percent and Szymanski with 40 percent.",
      "Mr. Pelkey dismissed the Ledger poll, saying it had oversampled the suburbs."];
    expect(claimWith(paras, "41 percent").status).toBe("disputed");
  });
});

describe("status: blind sets 21 and 22 findings", () => {
  it("a nationality shared by a minister and a watchdog does not make them one party", () => {
    const paras = ["The Czech finance minister, Libor Staněk, said on Tuesday that next year’s draft budget would cut the deficit to 2.1% of gross domestic product.",
      "In a statement, the finance ministry said the plan assumed economic growth of 1.8% next year.",
      "The Czech Fiscal Council, the country’s independent budget watchdog, disputed the minister’s deficit figure within hours, saying the plan relied on revenue that was unlikely to materialise."];
    expect(claimWith(paras, "2.1%").status).toBe("disputed");
    expect(claimWith(paras, "1.8%").status).toBe("unaddressed");
  });

  it("a denial left unsupported in the next sentence is unverified", () => {
    const army = ["Residents said an air strike on the market killed dozens of people.",
      "Brig. Gen. Samir Haddad, an army spokesman, denied that the air force had struck the market, saying the blast was caused by a rebel mortar.",
      "He offered no evidence for that account."];
    expect(claimWith(army, "Haddad").status).toBe("unverified");
    expect(claimWith(army, "dozens").status).toBe("disputed");
    const farm = ["The agency traced the outbreak to raw milk from a supplier farm in Dorset.",
      "The farm’s owner, Gareth Pryce, denied that, saying his herd had been tested three times since January.",
      "He did not provide copies of the results."];
    expect(claimWith(farm, "Pryce").status).toBe("unverified");
  });
});

describe("status: blind set 23 findings", () => {
  it("reads 'tell a different story', 'gave a different account' as a claim of its own, 'confirming the residents’ complaints', and ', a price X confirmed'", () => {
    const court = ["Rafferty had told reporters that everyone charged so far had been remanded in custody.",
      "Court records tell a different story: of the 19 people charged in connection with the operation, 11 were granted bail."];
    expect(claimWith(court, "remanded").status).toBe("disputed");
    const agency = ["The Northern Ireland Environment Agency tested the stream.",
      "“We reported it in January and nobody ever came out to look,” said Bronagh Hughes, 61, who keeps sheep beside the water.",
      "The agency gave a different account, saying its inspectors had visited the site twice in the spring."];
    expect(claimWith(agency, "We reported").status).toBe("disputed");
    expect(claimWith(agency, "twice").status).toBe("unaddressed");
    expect(claimWith(agency, "twice").source?.name).toBe("Northern Ireland Environment Agency");
    const sale = ["Almhof also said it had agreed to sell its Canadian business to the Toronto retailer Northway Outfitters for C$48 million, a price Northway confirmed in a statement to the Toronto Stock Exchange."];
    expect(claimWith(sale, "C$48 million")).toMatchObject({ status: "confirmed", source: { name: "Almhof" } });
  });

  it("keeps a cue to its own clause and reads unpublished names and logs as unverified", () => {
    const gauge = ["Readings from a river gauge below the dam show the flow rising to about 260 cubic metres a second.",
      "Tomasz Greń, a spokesman for Wody Polskie, said the gauge had been clogged by debris and its readings were unreliable, though the authority has not released its own discharge logs."];
    expect(claimWith(gauge, "clogged").status).toBe("unverified");
    expect(statusCues("The ministry said the gap arose because volunteers had counted people twice, but it has not published the names on its own list.").map((c) => c.status)).toEqual(["unverified"]);
  });
});

describe("status: blind sets 22 and 24 findings", () => {
  it("applies a refusal to confirm a report to the report about the silent party", () => {
    const paras = ["Mr. Castellano denied a report published this week by the trade newsletter Thrift Watch that the agency had paid lawyers more than $200 million.",
      "The agency's chief of asset sales, Martha L. Ybarra, 47, is expected to resign, according to two people familiar with her plans.",
      "Neither Ms. Ybarra nor the agency would confirm the report."];
    expect(claimWith(paras, "expected to resign").status).toBe("unverified");
    expect(claimWith(paras, "Thrift Watch")).toMatchObject({ status: "disputed", source: { name: "Thrift Watch" } });
  });

  it("reads new unverified and confirmed wordings, and leaves a refusal to say how one will vote alone", () => {
    const st = (s: string) => statusCues(s).map((c) => c.status);
    expect(st("Mr. Whitlow cited no study for the figure.")).toEqual(["unverified"]);
    expect(st("The company has refused to give the subcommittee a copy of the study.")).toEqual(["unverified"]);
    expect(st("The council says 240,000 people have signed, though it has not made the petitions available for inspection.")).toEqual(["unverified"]);
    expect(st("She declined to say how much had been paid.")).toEqual(["unverified"]);
    expect(st("The club declined to say how it arrived at the figure.")).toEqual(["unverified"]);
    expect(st("The results closely match a survey taken in February by the University of North Carolina.")).toEqual(["confirmed"]);
    expect(st("Mr. Haskell has refused to say how he would vote.")).toEqual([]);
  });
});

describe("status: a plural anaphor after a nationality", () => {
  it("'Ukrainian officials have not commented on these allegations, leaving … in question' reaches all of the source's claims before it", () => {
    const paras = ["Lena Ortiz, a spokeswoman for the Borvian foreign ministry, said that 12,000 Ukrainian conscripts had fled in March.",
      "She added that 900 Ukrainian officers had been charged with desertion since the spring.",
      "However, Ukrainian officials have not publicly commented on these allegations, leaving the figures’ accuracy in question."];
    expect(claimWith(paras, "12,000").status).toBe("unverified");
    expect(claimWith(paras, "900").status).toBe("unverified");
    expect(statusCues("They covered only the most recent two years of the period in question.")).toEqual([]);
  });
});

describe("status: a coordinated denial answers the claim before it", () => {
  it("'said all of the contributions were legal and denied that they had bought him anything' disputes the charge, not itself", () => {
    const paras = ["Ellen R. Szymanski charged yesterday that towing companies had given Council President Haskell $61,000.",
      "The Council President, 54, said all of the contributions were legal and denied that they had bought any favors."];
    expect(claimWith(paras, "$61,000").status).toBe("disputed");
    expect(claimWith(paras, "contributions were legal").status).toBe("unaddressed");
  });
});

describe("status: rival figures about the same thing", () => {
  it("'puts the loss far lower, at 9,500 jobs' disputes the 28,000 jobs, not a quote in between", () => {
    const paras = ["The timber industry contends that the plan would eliminate 28,000 jobs in the region and shut as many as 60 sawmills.",
      "``These are not numbers on a page, they are 40 towns,'' said Charlotte A. Brunner, who runs a mill in Oregon.",
      "The agency's own economic analysis, released with the proposal, puts the loss far lower, at 9,500 jobs."];
    expect(claimWith(paras, "28,000").status).toBe("disputed");
    expect(claimWith(paras, "40 towns").status).toBe("unaddressed");
  });

  it("'counted only 11 that had passed' answers the 38 said to have passed", () => {
    const paras = ["Mr. Whitlow told reporters that 38 of the radars had passed their field tests.",
      "The inspector general's auditors, who reviewed the test logs, counted only 11 that had passed."];
    expect(claimWith(paras, "38 of the radars").status).toBe("disputed");
  });
});

describe("status: the denier withholds the evidence", () => {
  it("'She declined to release the inspection report' and 'He did not provide minutes of the meeting' leave the denial before them unverified", () => {
    const pipe = ["Inspectors said the pipe wall had thinned by a third.", "Whitford denied that, saying the inspection had found wall loss of less than 10%.", "She declined to release the inspection report."];
    expect(claimWith(pipe, "Whitford").status).toBe("unverified");
    expect(claimWith(pipe, "thinned").status).toBe("disputed");
    const board = ["Two people said Ekholm had chosen Meridian himself.", "Ekholm, 61, denied that, saying the board had approved the choice unanimously.", "He did not provide minutes of the meeting."];
    expect(claimWith(board, "Ekholm, 61").status).toBe("unverified");
  });
});

describe("status: information held back", () => {
  it("reads 'would not release the survey', 'would not say whether …' and 'has not been made public' as unverified", () => {
    const st = (s: string) => statusCues(s).map((c) => c.status);
    expect(st("The campaign would not release the survey.")).toEqual(["unverified"]);
    expect(st("The department would not say whether the target was under review.")).toEqual(["unverified"]);
    expect(st("The study has not yet been reviewed by other scientists or published in a journal.")).toEqual(["unverified"]);
    expect(st("The memo has not been made public.")).toEqual(["unverified"]);
    const paras = ["Officials at the Department of Housing are preparing to lower the target for next year to 30,000 homes, according to two people briefed on the plans.",
      "The department would not say whether the target was under review."];
    expect(claimWith(paras, "30,000").status).toBe("unverified");
  });

  it("not after a confirmation, as a reason for anonymity, or in 'what you will not say'", () => {
    const test = ["In that test, two officers said, a missile veered off course and came down a mile from 40 spectators.",
      "An Army spokesman, Col. Dennis P. Oakes, confirmed that account of the test but would not discuss the general's views."];
    expect(claimWith(test, "veered").status).toBe("confirmed");
    const anon = ["The inspector general has opened an investigation into 3 officials, according to three people familiar with the inquiry.",
      "The people spoke on condition of anonymity because the investigation has not been made public."];
    expect(claimWith(anon, "3 officials").status).toBe("unaddressed");
    expect(claimWith(["\"You have told us what you wrote and what you will not say,\" she said of the 3 memos."], "will not say").status).toBe("unaddressed");
  });
});

describe("status: agreement from another party", () => {
  it("reads 'bear that out', 'show the same number', 'reached a similar conclusion' and 'broadly in line with that estimate'", () => {
    const st = (s: string) => statusCues(s).map((c) => c.status);
    expect(st("Tender documents published on the portal bear that out.")).toEqual(["confirmed"]);
    expect(st("Forest Service records show the same number.")).toEqual(["confirmed"]);
    expect(st("The Justice Department reached a similar conclusion in a separate report.")).toEqual(["confirmed"]);
    const agree = ["The regional governor’s office estimated that about 14,000 hectares of farmland had been flooded.",
      "Satellite mapping released on Sunday by the Copernicus service put the figure at 13,600 hectares, broadly in line with that estimate."];
    expect(claimWith(agree, "14,000").status).toBe("confirmed");
    const same = ["Mr. Hatcher said the missile had failed 11 of its 19 flight tests.", "\"It is a disgrace,\" he said.", "Army test records show the same number."];
    expect(claimWith(same, "11 of its 19").status).toBe("confirmed");
  });
});

describe("status: 'Economists were less sure.'", () => {
  it("is doubt about the claim just before, and 'less confident than' is a comparison", () => {
    const paras = ["Darragh Keane, the Minister for Housing, said the 12% increase showed the Government’s plan was “starting to bite”.", "Economists were less sure."];
    expect(claimWith(paras, "12%").status).toBe("disputed");
    expect(statusCues("She was less confident than 5 others.")).toEqual([]);
  });
});

describe("status: 'the governor's figure' among the governor's figures", () => {
  it("picks the one the rival sentence is about", () => {
    const paras = ["Gov. Richard T. Kessling proposed yesterday to build six prisons over the next four years, a plan he said would cost Michigan $410 million.",
      "He told a news conference in Lansing that the state's prisons held 34,000 inmates in space built for 26,000.",
      "The Senate Fiscal Agency put the cost of the plan at $580 million to $640 million, saying the governor's figure left out interest on the bonds that would pay for it."];
    expect(claimWith(paras, "$410 million").status).toBe("disputed");
    expect(claimWith(paras, "34,000").status).toBe("unaddressed");
  });
});

describe("status: blind set 31-34 wordings", () => {
  it("reads withheld schedules and a copy that could not be provided as unverified", () => {
    expect(cueStatuses("The trust did not provide the theatre schedules behind that percentage when asked for them.")).toContain("unverified");
    expect(cueStatuses("His aides could not provide a copy.")).toContain("unverified");
  });

  it("reads 'that target looked out of reach' as doubt", () => {
    expect(cueStatuses("She said that target looked out of reach.")).toContain("disputed");
    // (only when it names a claim: the summit is no claim)
    expect(claimWith(["Guides said 12 climbers set out.", "The summit looked out of reach for the climbers."], "12 climbers").status).toBe("unaddressed");
  });
});

function cueStatuses(s: string) {
  return statusCues(s).map((c) => c.status);
}

describe("status: a denial's target and withheld evidence in articles", () => {
  it("points 'The hospital confirmed her account' at the woman just quoted, and 'that target' at the forecast", () => {
    const paras = ["Margaret Hollins, a retired school librarian, has waited 19 months and said her operation had been cancelled three times.", "The hospital confirmed her account."];
    expect(claimWith(paras, "three times").status).toBe("confirmed");
    const t = ["The North Vale Hospitals Trust runs the hospital.", "It expects the number waiting more than a year to fall below 1,000 by March.", "Dr Priya Ramanathan, a health economist, said that target looked out of reach."];
    expect(claimWith(t, "below 1,000").status).toBe("disputed");
  });
});

describe("status: blind sets 31-32, verdicts in their many forms", () => {
  it("reads 'has drawn sharp criticism' as doubt about its own sentence", () => {
    expect(claimWith(["A study reporting that tap water carries 1,400 particles a litre has drawn sharp criticism from water companies."], "1,400").status).toBe("disputed");
  });

  it("reads ', which the foundation's director … confirmed' as its own sentence's confirmation, not a subject's relative clause", () => {
    expect(claimWith(["Marsh said the foundation had paid 2 grants, which the foundation's director, Ruth Okafor, confirmed in an email."], "2 grants").status).toBe("confirmed");
    const p = ["The plant employs 900 people, the company said.", "United Auto Workers Local 1264, which represents hourly workers at the plant, disagreed with that count."];
    expect(claimWith(p, "900 people").status).toBe("disputed");
  });

  it("leaves a rebuttal unverified when 'No company has yet made those test results public'", () => {
    const p = ["Water UK rejected the findings, saying its members' own testing had found fewer than 20 particles per litre.", "No company has yet made those test results public."];
    expect(claimWith(p, "fewer than 20").status).toBe("unverified");
  });

  it("reads 'backed her on that point', 'bear that out', 'much the same conclusion' and 'close to the state's count' as confirmation", () => {
    expect(claimWith(["Marsh said every one of 40 samples had been checked.", "A reviewer of the paper backed her on that point."], "40 samples").status).toBe("confirmed");
    const bear = detect(["Brandt said all 14 doping tests he had taken had come back negative.", "The national anti-doping agency's published testing records bear that out."].join("\n"));
    expect(bear.find((c) => c.text.includes("14 doping"))?.status).toBe("confirmed");
    expect(bear.some((c) => c.text.includes("bear that out"))).toBe(false);
    expect(claimWith(["He said one of every five bridges was deficient.", "The General Accounting Office reached much the same conclusion in a report issued in March."], "five bridges").status).toBe("confirmed");
    expect(claimWith(["Figures kept by the state's Division of Employment Security show Missouri added 61,400 jobs.", "Linda R. Szabo, a labor economist, said her own analysis produced a gain of about 60,000 jobs, close to the state's count."], "61,400").status).toBe("confirmed");
  });

  it("takes a rival figure that agrees (within 3%, or inside its range) as confirmation", () => {
    const p = ["Supporters said the club still owed around €20 million to its former owner.", "Auditors put the debt at €19.6 million."];
    expect(claimWith(p, "€20 million").status).toBe("confirmed");
    const q = ["Supporters said the club still owed around €20 million to its former owner.", "Auditors put the debt at €12 million."];
    expect(claimWith(q, "€20 million").status).toBe("disputed");
  });

  it("does not read a conditional's 'not' as the opposite of a later statement", () => {
    const p = ["The builders' association said contractors in 30 states would postpone work if the highway bill was not signed by October.", "Highway officials in several states said they had already stopped advertising new contracts."];
    expect(claimWith(p, "30 states").status).toBe("unaddressed");
  });
});

describe("status: a denial or rebuttal whose own evidence is withheld (blind sets 33-34)", () => {
  it("reads 'Neither the company nor its lawyers have produced any correspondence … to back up the denial' as leaving the denial unverified", () => {
    const p = ["The group alleges that Kestrel was warned 14 months before the recall.", "Kestrel has denied receiving any such warning.", "Neither the company nor its lawyers have produced any correspondence with the manufacturer to back up the denial."];
    const claims = detect(p.join("\n"));
    expect(claims.find((c) => c.text.startsWith("Kestrel has denied"))?.status).toBe("unverified");
    expect(claims.find((c) => c.text.includes("14 months"))?.status).toBe("disputed");
  });

  it("leaves unverified a rebuttal whose speaker 'did not say which contracts she meant' and a denial 'but declined to release' its figures", () => {
    const p = ["Rep. Harold V. Ostrander said the department had $6.8 billion it had not spent.", "A Pentagon spokeswoman, Lt. Col. Marian B. Foss, said most of that money was set aside for contracts, and she called the chairman's estimate wishful arithmetic.", "She did not say which contracts she meant, and the department has not made a list of them public."];
    expect(claimWith(p, "Marian B. Foss").status).toBe("unverified");
    const q = ["A fund-raiser said the campaign had spent nearly 90 percent of what it raised.", "Mr. Strickland called that account flatly untrue but declined to release the campaign's spending figures."];
    expect(claimWith(q, "flatly untrue").status).toBe("unverified");
    expect(claimWith(q, "90 percent").status).toBe("disputed");
  });

  it("reads 'It gave no basis for that number' and a review not released as unverified", () => {
    expect(cueStatuses("It gave no basis for that number.")).toContain("unverified");
    expect(cueStatuses("The department has not released the internal review on which Mr. Meeks said that estimate was based.")).toContain("unverified");
  });

  it("lets 'Her account' point at an anonymous woman's claim", () => {
    const p = ["Kestrel's barrister, Simon Achterberg, said the emails had been cherry-picked.", "A former Kestrel engineer, who spoke on condition of anonymity, said safety testing had been cut from six weeks to about ten days.", "Her account could not be independently confirmed."];
    expect(claimWith(p, "six weeks").status).toBe("unverified");
    expect(claimWith(p, "cherry-picked").status).toBe("unaddressed");
  });
});

describe("status: blind sets 35-36", () => {
  it("does not read participles ('4,138 applications denied', 'the rejected applicants') or refusals of things ('rejected more than 4,100 applications') as disputes", () => {
    expect(cueStatuses("The agency's own tally showed 4,138 applications denied as of Tuesday.")).toEqual([]);
    expect(cueStatuses("Penning said most of the rejected applicants had been turned down.")).toEqual([]);
    expect(cueStatuses("The governor said the agency had rejected more than 4,100 of the 9,600 applications.")).toEqual([]);
    expect(cueStatuses("About 300 residents rejected the plan.")).toEqual(["disputed"]);
  });

  it("reads 'has found little support' and 'is backed by an independent review' as verdicts on the owner's claim", () => {
    const p = ["Captain Lena Moravec said the true cost of the dispute was closer to €15 million.", "Moravec said pilots' pay had fallen by 18% since 2019.",
      "Moravec's estimate of the cost has found little support outside the union.", "Her pay figure, however, is backed by an independent review."];
    expect(claimWith(p, "€15 million").status).toBe("disputed");
    expect(claimWith(p, "18%").status).toBe("confirmed");
  });

  it("matches 'the airline's estimate' to the airline's claim, and 'neither account' to the two just given", () => {
    const p = ["Northwind Airways said the strike had cost it about €38 million.", "The Professional Pilots' Association, which represents about 2,400 pilots, rejected the airline's estimate."];
    expect(claimWith(p, "€38 million").status).toBe("disputed");
    const q = ["The Western Lands Alliance said Mr. Brannock had helped draft a 1993 memo.", "Mr. Brannock said he had never seen such a memo.", "Neither the alliance nor the nominee's office produced any documents, and neither account could be independently checked."];
    expect(claimWith(q, "helped draft").status).toBe("unverified");
    expect(claimWith(q, "never seen").status).toBe("unverified");
  });

  it("points 'the estimate of 1,500 families' back at the claim that gave it, and that verdict is no claim of its own", () => {
    const p = ["Mrs. Selden said the rejections had left at least 1,500 families living in campers.", "Farmers said their losses came to $12 million.", "Her office declined to say how it had arrived at the estimate of 1,500 families still out of their homes."];
    const claims = detect(p.join("\n"));
    expect(claims.find((c) => c.text.includes("campers"))?.status).toBe("unverified");
    expect(claims.find((c) => c.text.includes("$12 million"))?.status).toBe("unaddressed");
    expect(claims.some((c) => c.text.startsWith("Her office declined"))).toBe(false);
  });

  it("reads 'the minister's timetable' as pointing at the minister's claim", () => {
    const p = ["Health Minister Corin Vasquez said a further 400,000 doses would be released by the end of the month.", "Veltrane has not confirmed the minister's timetable."];
    expect(claimWith(p, "400,000").status).toBe("unverified");
  });
});

describe("status: blind sets 37-38", () => {
  it("reads 'Those dates were challenged this week by …' as a dispute of the dates given", () => {
    const p = ["Dr Miriam Achterberg said three samples had all produced dates between 2400 and 2250 BC.", "Those dates were challenged this week by the Northern Isotope Facility in Glasgow."];
    expect(claimWith(p, "three samples").status).toBe("disputed");
  });

  it("leaves a rebuttal unverified when 'though he did not say how much' its figure was", () => {
    const p = ["A memo puts ticket revenue at £1.42 million.", "Hale said the memo was a preliminary draft that left out hospitality sales, though he did not say how much those sales had brought in."];
    expect(claimWith(p, "preliminary draft").status).toBe("unverified");
    expect(claimWith(["A spokesman for Mrs. Quinn said 12 members would vote.", "A spokesman for Mrs. Quinn would not say how many members she expected to lose."], "12 members").status).toBe("unaddressed");
  });

  it("takes a rebuttal with its own version as 'that account' even though it is a verdict too", () => {
    const p = ["The Environmental Protection Agency said its study was complete.", "The study's authors estimated that tanks produced roughly 60 percent of the benzene.", "The American Petroleum Institute called the estimate inflated and said the agency had counted people living 4 miles away.", "The agency rejected that account, saying every monitor sat within two miles of a fence line."];
    expect(claimWith(p, "4 miles").status).toBe("disputed");
  });

  it("finds 'the budget office's savings estimate' far back by what it is about", () => {
    const fill = Array.from({ length: 9 }, (_, k) => `Lawmaker number ${k + 1} said ${k + 20} hospitals were full.`);
    const p = ["The memo estimates that the closings would save $340 million over three years.", ...fill, "The budget office's savings estimate was challenged yesterday by the Congressional Budget Office."];
    expect(claimWith(p, "$340 million").status).toBe("disputed");
  });
});

describe("status: blind sets 39-40", () => {
  it("leaves a claim unverified when its speaker withholds the evidence in the same sentence", () => {
    const p = ["Mayor Kessler said serious crime fell 14 percent.", "Asked about the gap, the press secretary said the federal reports had been filed early, but she did not provide the updated numbers."];
    expect(claimWith(p, "filed early").status).toBe("unverified");
    const q = ["A memo says 41 precincts were moved.", "The speaker's spokesman, Glenn P. Hartley, denied that any such map had been drawn, but he declined to make the speaker's redistricting files available."];
    expect(claimWith(q, "Glenn P. Hartley").status).toBe("unverified");
    expect(claimWith(q, "41 precincts").status).toBe("disputed");
    // (people made available for interviews are no withheld evidence)
    expect(cueStatuses("The airline declined to make the supervisors available for interviews.")).toEqual([]);
  });

  it("reads 'describing it as categorically untrue' after a denial as about the claim denied", () => {
    const p = ["A manager said staff were told to cancel 300 trains.", "Meridian denied the claim, which this newspaper has been unable to verify independently, describing it as categorically untrue."];
    const claims = detect(p.join("\n"));
    expect(claims.find((c) => c.text.includes("300 trains"))?.status).not.toBe("unaddressed");
    expect(claims.find((c) => c.text.startsWith("Meridian denied"))?.status ?? "unaddressed").toBe("unaddressed");
  });
});

describe("status: an answer held back in the same sentence", () => {
  it("leaves a denial unverified ('denied …, but he would not say whether …'), not a plain statement ('… but would not say whether he would ask for his resignation')", () => {
    const p = ["Union officials said Meridian planned to close its Pittsburgh base with 900 jobs.", "Mr. Villalobos denied that the company had made any such decision, but he would not say whether closing the base was under study."];
    expect(claimWith(p, "Villalobos denied").status).toBe("unverified");
    const q = ["Gov. Marchetti, who appointed Mr. Fenn in 1993, said he had full confidence in the director for now but would not say whether he would ask for his resignation."];
    expect(claimWith(q, "full confidence").status).toBe("unaddressed");
    expect(claimWith(["The regulator said it would carry out 1 unannounced inspection but would not say when."], "inspection").status).toBe("unaddressed");
  });
});

describe("status: blind sets 41-42, denials and whose claim", () => {
  it("leaves a denial unverified after 'He offered no breakdown' and 'It did not say how many …'", () => {
    const p = ["The auditor said the lottery paid $3.8 million on bad tickets.", "Gerald M. Fenn, the lottery's director, disputed the auditor's total, saying most of the money had gone to legitimate winners.", "He offered no breakdown to support that assertion."];
    expect(claimWith(p, "disputed the auditor's total").status).toBe("unverified");
    const q = ["A leaked memo put the number of infected patients at 51.", "The trust disputed the memo's figure, saying it had counted patients who were later found not to carry the strain.", "It did not say how many such patients there were."];
    expect(claimWith(q, "The trust disputed").status).toBe("unverified");
  });

  it("does not read 'what we can confirm' as a verdict, nor a company's confirmation as confirming its own president", () => {
    expect(claimWith(["“We count only what our teams see, or what we can confirm on satellite imagery,” said Annelise Brügger, the mission's deputy head, who counted 412 violations."], "412").status).toBe("unaddressed");
    const p = ["Gateway's president, Carol J. Brandstetter, said her board still backed the $1.4 billion deal.", "Gateway confirmed late Wednesday that it had received the department's request."];
    expect(claimWith(p, "$1.4 billion").status).toBe("unaddressed");
  });

  it("lets 'her employment' confirm a claim about 'His wife'", () => {
    const p = ["Patricia N. Ruhl said 37 claims were cashed by relatives of employees.", "His wife, the report said, has worked in the lottery's claims office since 1991.", "Lottery personnel records confirm her employment there."];
    expect(claimWith(p, "His wife").status).toBe("confirmed");
    expect(claimWith(p, "37 claims").status).toBe("unaddressed");
  });
});

describe("status: blind sets 43-46", () => {
  it("reads 'offered no names, photographs or other evidence' as unverified, 'gave a similar account' as confirming the account just before, and 'crept back up' as no verdict", () => {
    expect(cueStatuses("The ministry offered no names, photographs or other evidence to support its figure.")).toContain("unverified");
    const p = ["A store manager told the Ledger she had been instructed to raise prices on dozens of lines.", "A second manager gave a similar account and shared a copy of the instruction, which listed 180 products."];
    expect(claimWith(p, "dozens of lines").status).toBe("confirmed");
    expect(claimWith(p, "180 products").status).toBe("unaddressed");
    expect(cueStatuses("Landau said the group had found 19 products whose prices had crept back up.")).toEqual([]);
    expect(cueStatuses("Invoices back that up.")).toEqual(["confirmed"]);
  });
});

describe("status: verdict wordings and targets (evening round)", () => {
  it("reads 'questioned that estimate', 'called it a fantasy', 'no record of', a bare 'were sceptical.'", () => {
    expect(cueStatuses("Two engineers questioned that estimate.")).toEqual(["disputed"]);
    expect(cueStatuses("Auditors questioned Mr. Brandt's figure.")).toEqual(["disputed"]);
    expect(cueStatuses("The landlords' group called the survey an invention.")).toEqual(["disputed"]);
    expect(cueStatuses("She called the projection pure fantasy.")).toEqual(["disputed"]);
    expect(cueStatuses("The ministry said it had no record of the request.")).toEqual(["disputed"]);
    expect(cueStatuses("Economists were sceptical.")).toEqual(["disputed"]);
    // doubt about something named is another pattern's business; a bare "questioned" of a person is no verdict
    expect(cueStatuses("Police questioned him for three hours.")).toEqual([]);
    const p = ["The mayor said the new tram line would carry 40,000 passengers a day within two years.", "Transport planners were skeptical."];
    expect(claimWith(p, "40,000").status).toBe("disputed");
    const q = ["Night-shift nurses said managers had been warned about the broken alarms as early as March.", "The hospital said it had found no record of any such warning."];
    expect(claimWith(q, "broken alarms").status).toBe("disputed");
  });

  it("another party's figure put at nearly the same number confirms; one far off disputes", () => {
    const near = ["The club's accounts show £6.1m paid to agents during the year.", "Figures from the league put the club's spending on agents at £6.08m."];
    expect(claimWith(near, "£6.1m").status).toBe("confirmed");
    const far = ["The club's accounts show £6.1m paid to agents during the year.", "Figures from the league put the club's spending on agents at £9.5m."];
    expect(claimWith(far, "£6.1m").status).toBe("disputed");
  });

  it("a withheld model behind the sentence's own projection marks that sentence only; 'has not published the valuation' marks the claim before", () => {
    const p = ["State tax records show receipts grew 4.1 percent last year.", "The senator has said the credit would create 9,000 jobs, though her office has not released the economic model behind the projection."];
    expect(claimWith(p, "9,000 jobs").status).toBe("unverified");
    expect(claimWith(p, "4.1 percent").status).toBe("unaddressed");
    const q = ["The liquidators said creditors could expect between 20 and 35 pence in the pound. The firm has not published the valuation on which that range is based."];
    expect(claimWith(q, "35 pence").status).toBe("unverified");
  });

  it("a spokesman for a body speaks for it: 'the Authority's tally' is his claim", () => {
    const p = ["Joan Pettit, a spokeswoman for the Coastal Flood Authority, said 1,300 homes had been flooded.",
      "The river rose for a second day on Thursday.", "Farmers in the valley said the water had reached their barns.",
      "Volunteers were sceptical of the authority's tally of flooded homes, which they said left out caravans."];
    expect(claimWith(p, "1,300 homes").status).toBe("disputed");
    expect(claimWith(p, "their barns").status).toBe("unaddressed");
  });

  it("'the House Budget Committee' and 'the Missouri Budget Project' are two parties; an agreeing reply is no counter-statement", () => {
    const p = ["In March the governor said the plan would save a typical family about $500 a year.",
      "But the Prairie Budget Project said the top 5 percent of earners would receive about 40 percent of the savings.",
      "Rep. Ann Lowe, the chairwoman of the House Budget Committee, rejected those distribution figures, saying the group had counted business income."];
    expect(claimWith(p, "40 percent").status).toBe("disputed");
    expect(claimWith(p, "$500").status).toBe("unaddressed");
    const q = ["The inquiry says 900 patients were left off the hospital's waiting list and did not appear in returns to the ministry.",
      "The regional inspectorate said its inspectors had found the same hidden lists during a visit in May."];
    expect(claimWith(q, "900 patients").status).not.toBe("disputed");
  });
});

describe("status: agreement, appointments and whose account (evening round 2)", () => {
  it("a tally stated to be in line with another figure confirms the near figure it names", () => {
    const p = ["Flood claims in the county reached $410 million last year, according to figures from the state insurance department.",
      "The growers' association said its own tally came to about $400 million, in line with the state figure."];
    expect(claimWith(p, "$410 million").status).toBe("confirmed");
    const far = ["Flood claims in the county reached $410 million last year, according to figures from the state insurance department.",
      "The growers' association said its own tally came to about $150 million, in line with the state figure."];
    expect(claimWith(far, "$410 million").status).toBe("unaddressed");
  });

  it("'within half a point of the commission's figure' confirms; 'came within 5 percent of actual spending' does not", () => {
    const p = ["Turnout reached 58.2%, according to results published by the Electoral Commission.",
      "Observers who ran a parallel count said their tally put turnout within half a percentage point of the commission's figure."];
    expect(claimWith(p, "58.2%").status).toBe("confirmed");
    expect(cueStatuses("The office's estimates came within 5 percent of actual spending.")).toEqual([]);
  });

  it("'confirmed Mr. Okafor as chief' and 'was confirmed as director' are appointments", () => {
    expect(cueStatuses("The council confirmed Mr. Okafor as chief in 2019.")).toEqual([]);
    expect(cueStatuses("She was confirmed as director in May.")).toEqual([]);
    expect(cueStatuses("The Senate confirmed Maria L. Ortiz as the new ambassador.")).toEqual([]);
    expect(cueStatuses("The agency confirmed the figure as accurate.")).toEqual(["confirmed"]);
  });

  it("'Her account' is not a man's claim; an anonymous 'claims adjuster, who asked not to be named' is a source", () => {
    const p = ["Tom Berry, who farms 900 acres near Colby, said his wheat yielded 11 bushels an acre.",
      "A claims adjuster, who asked not to be named because her employer had not authorised her to speak, said some claims were settled without a visit.",
      "Her account could not be independently confirmed."];
    expect(claimWith(p, "11 bushels").status).toBe("unaddressed");
    const adj = claimWith(p, "without a visit");
    expect(adj.status).toBe("unverified");
    expect(adj.source?.kind).toBe("anonymous");
  });
});

describe("status: the headline figure", () => {
  it("'confirmed the headline figure' is the figure the story opened with, not the nearest one", () => {
    const p = ["A new malaria drug cut infections by 64 per cent in a large trial, its maker said on Monday.",
      "The company said the results, drawn from 8,200 children in five countries, were the best yet for a drug of its kind.",
      "The independent board that oversaw the trial confirmed the headline figure in a statement."];
    expect(claimWith(p, "64 per cent").status).toBe("confirmed");
    expect(claimWith(p, "8,200 children").status).toBe("unaddressed");
  });
});

describe("status: support, short of, not borne out (evening round 3)", () => {
  it("'The returns do not bear that out' disputes the claim just before", () => {
    const p = ["The mayor has told voters that he gives at least a tenth of his income to charity.", "His tax returns do not bear that out."];
    expect(claimWith(p, "a tenth").status).toBe("disputed");
    expect(cueStatuses("The filings do not support that.")).toEqual(["disputed"]);
  });

  it("'well short of the number in her advertisement' disputes it; '112 drivers short of the number it needed' is a shortfall", () => {
    const p = ["Ms. Lane's advertisement says the senator missed more than 200 votes in 1995.",
      "Senate records show that he missed 143 votes that year, well short of the number in Ms. Lane's advertisement."];
    expect(claimWith(p, "200 votes").status).toBe("disputed");
    expect(cueStatuses("The union said the operator was 112 drivers short of the number it needed.")).toEqual([]);
  });

  it("'The state's own figures support the suit's central claim: … put the population at 2,214' confirms the suit, and the figure is no rival", () => {
    const p = ["The county jail holds nearly twice as many inmates as it was built for, a lawsuit filed on Monday contends.",
      "The suit, brought on behalf of nine inmates by a legal aid group, asks a judge to cap the population.",
      "The state's own figures support the suit's central claim: the corrections department put the jail's population at 1,930 inmates, in a building designed for 1,000."];
    expect(claimWith(p, "twice as many").status).toBe("confirmed");
    expect(claimWith(p, "nine inmates").status).toBe("unaddressed");
  });

  it("'She said' after 'Marian T. Lusk said' is Lusk: a given name ending in -ian is no nationality", () => {
    const p = ["Donna F. Purcell, a company spokeswoman, said the charges only pass along the cost of coal.",
      "The consumer counselor, Marian T. Lusk, said the company's estimate understated what most households would pay.",
      "She said the company's average was pulled down by 40,000 seasonal accounts."];
    expect(claimWith(p, "seasonal accounts").source?.name).toBe("Marian T. Lusk");
  });
});

describe("status: a no-comment after the speaker's own claim", () => {
  it("'…, and he declined to comment on the layoffs' leaves his own claim alone and marks the claim about layoffs", () => {
    const p = ["A plant manager who was not authorised to speak said 300 layoffs would be announced in March.",
      "Paul Ames, a company spokesman, said the plant had met its quarterly targets, and he declined to comment on the layoffs."];
    expect(claimWith(p, "quarterly targets").status).toBe("unaddressed");
    expect(claimWith(p, "300 layoffs").status).toBe("unverified");
  });
});

describe("status: accepted figures and political verdicts (evening round 4)", () => {
  it("'did not dispute the 9,800 figure' confirms the claim with that number; 'did not dispute the number of invoices' names none", () => {
    const p = ["The auditors said the count leaves out some 9,800 families.", "Mr. Vinson, the governor's budget director, did not dispute the 9,800 figure."];
    expect(claimWith(p, "9,800 families").status).toBe("confirmed");
    expect(cueStatuses("The defence did not dispute the number of invoices.")).toEqual([]);
  });

  it("'called the audit “a political document”' disputes what the audit found", () => {
    expect(cueStatuses("The governor called the audit ``a political document'' on Wednesday.")).toEqual(["disputed"]);
    expect(cueStatuses("She called the inquiry politically motivated.")).toEqual(["disputed"]);
  });

  it("'Mr. Ashby's budget director, Carl J. Vinson, …' makes Vinson, not Ashby, the 'he' that follows", () => {
    const p = ["Gov. Russell K. Ashby said the caseload fell by 31 percent.",
      "Mr. Ashby's budget director, Carl J. Vinson, did not dispute the auditors' figures.",
      "But he said families in the program were required to work at least 20 hours a week."];
    expect(claimWith(p, "20 hours").source?.name).toBe("Carl J. Vinson");
  });
});

describe("status: 'said that was incorrect', 'rarely the case', 'no record of' the thing claimed", () => {
  it("disputes the claim just before", () => {
    const p = ["A nurse on the ward said four children had needed intensive care.", "The hospital trust said that was incorrect, and that one child had needed intensive care."];
    expect(claimWith(p, "four children").status).toBe("disputed");
    const q = ["The congressman said every one of the 6,500 jobs would disappear if the depot closed.", "Economists who have studied earlier closings say that is rarely the case."];
    expect(claimWith(q, "6,500 jobs").status).toBe("disputed");
  });

  it("'had no record of receiving the memos' disputes the claim about the memos, not the one just before", () => {
    const p = ["The auditor said she had sent three memos about the payouts to her supervisor.",
      "She said the supervisor had told her to stop asking questions.",
      "The supervisor could not be reached, and the lottery said it had no record of receiving the memos."];
    expect(claimWith(p, "three memos").status).toBe("disputed");
    expect(claimWith(p, "stop asking").status).not.toBe("disputed");
  });

  it("'the study's central finding' is what the study found first", () => {
    const p = ["Prices at the merged hospitals rose 23 percent in three years, according to a study released Wednesday by an employers' group.",
      "The study found that a childbirth cost $9,800 on average.",
      "Hospital officials disputed the study's central finding."];
    expect(claimWith(p, "23 percent").status).toBe("disputed");
    expect(claimWith(p, "childbirth").status).toBe("unaddressed");
  });
});

describe("status: own appositions, present-tense pronoun objects, concerns (evening round 5)", () => {
  it("', a finding the board rejected' disputes its own sentence", () => {
    const p = ["The service also found that the board had failed to act on two earlier warnings, a finding the board rejected."];
    expect(claimWith(p, "two earlier warnings").status).toBe("disputed");
  });

  it("'Lawyers for the plaintiffs dispute that, pointing to …' answers the claim before, not their own", () => {
    const p = ["Larkspur said no financial data had been taken in the breach.",
      "Lawyers for the plaintiffs dispute that, pointing to a forum listing that offered 40,000 card numbers."];
    expect(claimWith(p, "no financial data").status).toBe("disputed");
    expect(claimWith(p, "forum listing").status).toBe("unaddressed");
  });

  it("'Supporters called that concern overblown' disputes the concern", () => {
    const p = ["Opponents warned that the amendment would force cuts of 30 percent in defense.",
      "The vote came after two days of debate.",
      "Supporters called that concern overblown."];
    expect(claimWith(p, "30 percent").status).toBe("disputed");
  });
});

describe("status: 'confirmed cases' and 'either claim'", () => {
  it("reads 'confirmed cases' as a diagnosis, not a verdict", () => {
    expect(cueStatuses("The health board said there had been 1,140 confirmed cases of strep A in the county.")).toEqual([]);
  });
  it("'offered no evidence for either claim' is a cue about the claims before, not a claim of its own", () => {
    const p = ["The defence ministry said the hospital had housed a command post and that no civilians had been killed. The ministry offered no evidence for either claim and did not respond to a request for the location."];
    expect(claimWith(p, "command post").status).toBe("unverified");
    expect(detect(p.join("\n")).some((c) => c.text.startsWith("The ministry offered"))).toBe(false);
  });
});

describe("status: 'few dispute', 'see it differently', 'alarmist' (evening round 6)", () => {
  it("reads agreement, a different view and a dismissive adjective", () => {
    expect(cueStatuses("Few dispute that fares have become a defining issue of the race.")).toEqual([]);
    expect(cueStatuses("Congressional auditors see it differently.")).toEqual(["disputed"]);
    expect(cueStatuses("Corcoran calls the projection alarmist.")).toEqual(["disputed"]);
  });
});

describe("status: 'records the same figures', 'record a similar loss'", () => {
  it("confirms the claim just before from another party", () => {
    const p = ["The prosecutor said the home had 14 beds empty for most of 2021.", "The inspection report records the same figures."];
    expect(claimWith(p, "14 beds").status).toBe("confirmed");
    const q = ["Ms Orme said her mother had lost more than 6 kilograms over the autumn.", "GP notes record a similar loss."];
    expect(claimWith(q, "6 kilograms").status).toBe("confirmed");
  });
});

describe("status: participles and announcements that are no verdicts", () => {
  it("reads 'every rejected postal ballot' and 'were confirmed to staff' as no verdict", () => {
    expect(cueStatuses("Pryce has agreed to a manual re-check of every rejected postal ballot, which is due to begin on Tuesday.")).toEqual([]);
    expect(cueStatuses("The closures were confirmed to staff at meetings on Tuesday morning.")).toEqual([]);
    expect(cueStatuses("The board rejected the plan.")).toEqual(["disputed"]);
  });
});

describe("status: rival counts in words, records set against a named figure, 'says otherwise'", () => {
  it("disputes a count with a rival count written as a word, and agrees with the same one", () => {
    const p = ["An agency official said the FAA had only four inspectors assigned to oversee 19 carriers in the region.", "The union put the number at three and said five inspectors had retired."];
    expect(claimWith(p, "only four inspectors").status).toBe("disputed");
    const q = ["The mayor said four schools had closed.", "The council put the number at four."];
    expect(claimWith(q, "four schools").status).toBe("confirmed");
  });

  it("disputes the claim of the party whose number a record falls short of, however far back", () => {
    const p = [
      "Superintendent Dennis A. Coyle said an after-school tutoring program had reached more than 1,400 children.",
      "“Every one of those children sat with a reading specialist at least three times a week,” Mr. Coyle said.",
      "A teacher said the booklets had been kept overnight.", "The principal denied that.", "The union said its members did nothing wrong.",
      "Attendance logs list 612 children in the after-school program, less than half the number Mr. Coyle cited.",
    ];
    expect(claimWith(p, "more than 1,400").status).toBe("disputed");
    expect(claimWith(p, "Every one of those").status).toBe("unaddressed");
    // a shortfall against a need is no dispute: no one gave that number
    const q = ["The mayor said 400 drivers had been hired.", "The fleet has 120 drivers, less than half the number the city needs."];
    expect(claimWith(q, "400 drivers").status).toBe("unaddressed");
  });

  it("reads 'says otherwise' as a contradiction of the claim just before", () => {
    expect(cueStatuses("The state's manual says otherwise: it directs principals to return the booklets to a vault.")).toEqual(["disputed"]);
  });
});

describe("status: evidence shown or not, appointments, and a change named by its noun", () => {
  it("reads 'declined to show the invoices' as evidence withheld, and 'refused to show up' as nothing", () => {
    expect(cueStatuses("He declined to show the invoices to a reporter.")).toEqual(["unverified"]);
    expect(cueStatuses("He refused to show up.")).toEqual([]);
  });

  it("reads a successor or nominee 'not confirmed' as an appointment, not a verdict", () => {
    expect(cueStatuses("Senate Republicans predicted that a successor would not be confirmed before the fall.")).toEqual([]);
    expect(cueStatuses("The nominee has not been confirmed.")).toEqual([]);
    expect(cueStatuses("The figure has not been confirmed.")).toEqual(["unverified"]);
  });

  it("aims 'that jump' at a claim reporting a change, not at the nearer figure about the same party", () => {
    const p = [
      "Third-graders in the Harmon Valley district raised their reading scores by 23 points, according to state results.",
      "The Harmon Valley teachers' union, which represents 430 teachers, said its members had done nothing wrong.",
      "The state school boards association confirmed Harmon Valley's jump.",
    ];
    expect(claimWith(p, "23 points").status).toBe("confirmed");
    expect(claimWith(p, "430 teachers").status).toBe("unaddressed");
  });
});

describe("status: denials in the present, 'no such warning', evidence for its own claim, whose figure and account", () => {
  it("aims 'dispute that' at the claim before, not at the disputing sentence", () => {
    const p = ["The board also said every one of the region's 41 secondary schools had been visited at least twice.",
      "Union members in the school nursing service dispute that, saying at least six schools have had only one visit."];
    expect(claimWith(p, "41 secondary schools").status).toBe("disputed");
    expect(claimWith(p, "dispute that").status).toBe("unaddressed");
  });

  it("reads 'had received no such warning' as a denial of the warning reported before", () => {
    const p = ["A senior official, who was not authorised to speak publicly, said ministers had been warned in April that the 75% target would be missed.",
      "A spokesman for the health ministry said ministers had “full confidence” in the campaign and had received no such warning."];
    expect(claimWith(p, "75% target").status).toBe("disputed");
  });

  it("keeps 'but it did not provide evidence for the claim' on the sentence's own claim", () => {
    const p = ["Kessaria's defence ministry said its forces had put the plant out of action for months.",
      "The ministry said the station supplied electricity to three arms factories in the region, but it did not provide evidence for the claim."];
    expect(claimWith(p, "three arms factories").status).toBe("unverified");
    expect(claimWith(p, "out of action").status).toBe("unaddressed");
  });

  it("finds the figure 'given by Reczek's lawyer' among his solicitor's claims", () => {
    const p = ["Reczek's solicitor, Helen Abara, said the concentration in his sample was only “fractionally above” the threshold of two nanograms per millilitre.",
      "“Tomasz has been tested more than 20 times in his career,” she said.",
      "Ukad declined to comment, and the Courier has not been able to verify the figure given by Reczek's lawyer."];
    expect(claimWith(p, "two nanograms").status).toBe("unverified");
    expect(claimWith(p, "20 times").status).toBe("unaddressed");
  });

  it("aims 'the Kessarian account' at what Kessaria's ministry asserted, past its denial and others' claims", () => {
    const p = ["Kessaria's defence ministry said its forces had put the plant out of action for months.",
      "City officials said falling debris had damaged 14 apartment blocks.",
      "The Kessarian ministry denied that residential areas had been hit.",
      "Oleh Marchuk, the plant's director, rejected the Kessarian account."];
    expect(claimWith(p, "out of action").status).toBe("disputed");
    expect(claimWith(p, "residential areas").status).toBe("unaddressed");
  });
});

describe("status: a receipt confirmed", () => {
  it("reads 'confirmed it had received the request' as confirming the request just reported, and no claim of its own", () => {
    const p = ["Figures published by the Department for Transport showed container traffic down by a fifth.",
      "Councillor Ruth Ebbage said she had asked ministers for an urgent meeting about the port's future.",
      "The Department for Business and Trade confirmed it had received the request."];
    expect(claimWith(p, "urgent meeting").status).toBe("confirmed");
    expect(claimWith(p, "down by a fifth").status).toBe("unaddressed");
    expect(detect(p.join("\n")).some((c) => c.text.includes("received the request"))).toBe(false);
  });
});

describe("status: 'the higher count'", () => {
  it("confirms the larger of two rival counts, and the smaller for 'the lower figure'", () => {
    const p = ["At least 14 inmates have died in the jail since 1994, according to state records reviewed by The Courier.",
      "Sheriff Raymond T. Gaskins told the commission that eight inmates had died at the jail during that period.",
      "The state medical examiner's office confirmed the higher count on Tuesday."];
    expect(claimWith(p, "At least 14").status).toBe("confirmed");
    expect(claimWith(p, "eight inmates").status).toBe("unaddressed");
    const q = [p[0]!, p[1]!, "The state medical examiner's office confirmed the lower figure on Tuesday."];
    expect(claimWith(q, "eight inmates").status).toBe("confirmed");
  });
});

describe("status: a rival sum answers a sum", () => {
  it("aims 'closer to $13 a month' at the company's $9.60 seven sentences back, past nearer counts", () => {
    const p = ["Tri-County has asked regulators to let it raise rates by 11.4 percent, an increase that would add about $9.60 to the average household's monthly bill, the company said in a filing.",
      "It is the company's first rate request since 1991.",
      "In the filing, Tri-County said its customers were without power for an average of 142 minutes last year.",
      "That figure does not count the ice storm of January, which the company excluded.",
      "Records the company filed with the commission show the storm left some 186,000 customers in the dark, some for nine days.",
      "Consumer advocates say the average outage figure understates what customers went through.",
      "“If you throw out the worst nine days of the year, of course the average looks good,” said Margaret E. Dunleavy, the consumer counsel.",
      "Her office's own analysis, filed with the commission on Thursday, puts the increase for a typical household closer to $13 a month."];
    expect(claimWith(p, "$9.60").status).toBe("disputed");
    expect(claimWith(p, "186,000").status).toBe("unaddressed");
  });
});

describe("status: records that do not support a named account, a figure matching records, 'the same 58-minute average'", () => {
  it("disputes the claim whose description the records do not support", () => {
    const p = ["“This is the largest student body Tamarack has ever had,” said Dennis A. Coyle, the university's vice president.",
      "But the university's own records do not support Mr. Coyle's description: its 1995 fact book lists 18,906 students."];
    expect(claimWith(p, "largest student body").status).toBe("disputed");
  });

  it("confirms a sentence's own figure that matches a record, but not one that tallies with another party's estimate", () => {
    expect(claimWith(["Mrs. Whitfield said the team had drawn more than 61,000 fans a game last season, a figure that matches the league's published attendance records."], "61,000").status).toBe("confirmed");
    expect(claimWith(["Brightwater Economics said its analysis had found a gap of about 11%, a figure that tallies with the Commission's estimate."], "11%").status).toBe("unaddressed");
  });

  it("aims 'showed the same 58-minute average' at the claim that gave 58 minutes, past a nearer one", () => {
    const p = ["Patients with suspected strokes waited an average of 58 minutes for an ambulance during the heatwave, the service said.",
      "The service said it took 9,840 emergency calls between Monday and Friday.",
      "Weekly data published by NHS England on Thursday showed the same 58-minute average."];
    expect(claimWith(p, "average of 58 minutes").status).toBe("confirmed");
    expect(claimWith(p, "9,840").status).toBe("unaddressed");
  });
});

describe("status: 'confirmed receiving the request but said …'", () => {
  it("confirms the request just reported, not the claim before it", () => {
    const p = ["Mr. Pell conceded that Mrs. Kessel was eligible to serve but said the issue was whether she had been straight with voters.",
      "Under Virginia law, voters must register at the address they regard as their permanent home, and a false statement on a registration form is a felony punishable by up to 10 years in prison.",
      "Mr. Pell's campaign said it had asked the Orange County registrar last week to review Mrs. Kessel's registration.",
      "The registrar, Helen B. Voss, confirmed receiving the request but said she had not decided whether it warranted an inquiry."];
    expect(claimWith(p, "asked the Orange County registrar").status).toBe("confirmed");
    expect(claimWith(p, "eligible to serve").status).toBe("unaddressed");
  });
});

describe("status: a record set against what a party has just said", () => {
  it("disputes the party's claim when the next sentence opens 'But records … show'", () => {
    const p = [
      "The harbour master said no tanker had docked at the north quay since the spring.",
      "But port logs reviewed by the Gazette show that three tankers unloaded there in July.",
    ];
    const c = claimWith(p, "no tanker had docked");
    expect(c.status).toBe("disputed");
    expect(c.evidence).toContain("port logs");
  });

  it("reads the contrast inside the record's opening clause too: 'Committee records, however, show'", () => {
    const p = [
      "The harbour master said no tanker had docked at the north quay since the spring.",
      "Port logs reviewed by the Gazette, however, show that three tankers unloaded there in July.",
    ];
    expect(claimWith(p, "no tanker had docked").status).toBe("disputed");
  });

  it("needs both the contrast and a record: a person's 'but' or a record with no 'but' is not a contradiction", () => {
    const person = ["The harbour master said no tanker had docked at the north quay since the spring.", "But a dock worker said three tankers unloaded there in July."];
    expect(claimWith(person, "no tanker had docked").status).toBe("unaddressed");
    const plain = ["The harbour master said no tanker had docked at the north quay since the spring.", "Port logs show that the quay was dredged in July."];
    expect(claimWith(plain, "no tanker had docked").status).toBe("unaddressed");
  });
});

describe("status: a plea answers the accusation just made", () => {
  it("disputes the accusation when the accused denies the counts or pleads not guilty", () => {
    const p = ["Prosecutors told the court that a garage owner sold 40 stolen cars through a dealership in Harlow.", "Keith Amble, 47, denies 12 counts of handling stolen goods."];
    expect(claimWith(p, "40 stolen cars").status).toBe("disputed");
    const q = ["Prosecutors said the clerk took £90,000 from the parish fund.", "She has pleaded not guilty."];
    expect(claimWith(q, "£90,000").status).toBe("disputed");
  });

  it("reads co-defendants' pleas as answers to the prosecution, not to each other", () => {
    const p = [
      "Prosecutors told the court that the clerk took £90,000 from the parish fund.",
      "The clerk, Ann Dole, 51, has pleaded not guilty to two counts of fraud, her lawyer said.",
      "Her deputy, Tom Hale, 38, denies one count of fraud.",
    ];
    const accusation = claimWith(p, "£90,000");
    expect(accusation.status).toBe("disputed");
    expect(accusation.evidence).toContain("Ann Dole");
    expect(claimWith(p, "Ann Dole").status).toBe("unaddressed");
  });

  it("leaves a denial of no charge alone", () => {
    const q = ["Prosecutors said the clerk took £90,000 from the parish fund.", "The mayor said the council denies nothing and hides nothing."];
    expect(claimWith(q, "£90,000").status).toBe("unaddressed");
  });
});

describe("status: the other side accepting a claim", () => {
  it("reads 'the defence accepted those figures' as a confirmation, 'accepted the job' as nothing", () => {
    expect(cueStatuses("Claire Dunstan, for Harker, told the jury the defence accepted those figures.")).toEqual(["confirmed"]);
    expect(cueStatuses("She accepted a job at the bank.")).toEqual([]);
    const p = ["Bank statements submitted by her solicitor showed three payments totalling £1,850 between May and July.", "Under cross-examination, Mr Ashdown accepted that the payments had reached the company's account."];
    expect(claimWith(p, "£1,850").status).toBe("confirmed");
  });
});

describe("status: the record a claim would rest on, missing or unexplained", () => {
  it("reads a record never produced, an unpublished history or business case, and an unsourced figure as unverified", () => {
    expect(cueStatuses("No minutes of that meeting have been produced in court.")).toEqual(["unverified"]);
    expect(cueStatuses("No bank record of the cash payments has been put before the jury.")).toEqual(["unverified"]);
    expect(cueStatuses("It has not published the price history behind that calculation.")).toEqual(["unverified"]);
    expect(cueStatuses("The university has not published the business case behind that saving.")).toEqual(["unverified"]);
    expect(cueStatuses("Corr did not say where his figure came from.")).toEqual(["unverified"]);
  });

  it("leaves a record that was produced, and a place someone came from, alone", () => {
    expect(cueStatuses("The minutes of that meeting have been produced in court.")).toEqual([]);
    expect(cueStatuses("He did not say where he came from.")).toEqual([]);
  });
});

describe("status: records withheld in other words", () => {
  it("reads records not made available or public, and 'offered no receipts', as unverified", () => {
    expect(cueStatuses("The company did not make those employees' records available.")).toEqual(["unverified"]);
    expect(cueStatuses("Trident declined a request to make the logs public.")).toEqual(["unverified"]);
    expect(cueStatuses("He offered no receipts or other records to support that account.")).toEqual(["unverified"]);
    expect(cueStatuses("Army officials could not say who attended that briefing and produced no record of it.")).toEqual(["unverified"]);
  });

  it("leaves a person made available for an interview, and an offer of no comment on a product, alone", () => {
    expect(cueStatuses("The airline declined to make the supervisors available for interviews.")).toEqual([]);
    expect(cueStatuses("The shop offered no discount on the new phones.")).toEqual([]);
  });
});

describe("status: a number set right against another party's", () => {
  it("disputes the claim whose number a later 'N, not M' corrects", () => {
    const p = ["Residents using the app reported 569 burglaries last year, its developer said.", "The council, which runs the app, said it logged 488 burglary reports last year, not 569, and that many were duplicates."];
    const c = claimWith(p, "569 burglaries");
    expect(c.status).toBe("disputed");
    expect(c.evidence).toContain("not 569");
  });

  it("leaves a 'not' that corrects nothing another party said alone", () => {
    const p = ["Residents reported 569 burglaries last year, its developer said.", "The council said 40 officers, not 30, would patrol the estate."];
    expect(claimWith(p, "569 burglaries").status).toBe("unaddressed");
  });
});

describe("status: a forecast another party calls optimistic or cherry-picked", () => {
  it("disputes a claim named 'optimistic' in an apposition or by a later speaker", () => {
    const own = ["She also predicted that inflation would return to the bank's 2% target by the end of next year, a forecast that several private-sector economists described as optimistic."];
    expect(claimWith(own, "2% target").status).toBe("disputed");
    const later = ["His office estimated the cap would save $4 million a year.", "Mrs. Kalinowski called that estimate optimistic, saying the savings would more likely be about $1.5 million."];
    expect(claimWith(later, "$4 million").status).toBe("disputed");
  });
});

describe("status: a claim under fire from critics", () => {
  it("disputes 'has come under fire from independent researchers', not a convoy under fire", () => {
    expect(claimWith(["A migraine drug hailed by its maker as a breakthrough has come under fire from independent researchers, who argue that the trial overstated the benefits by 20%."], "20%").status).toBe("disputed");
    expect(claimWith(["The convoy came under fire from Russian positions, killing 3, officials said."], "killing 3").status).toBe("unaddressed");
  });
});

describe("status: 'would neither confirm nor deny that …' about someone else's claim", () => {
  it("leaves the earlier claim about the offer unverified, not the spokesman's own words", () => {
    const p = ["Two Senate aides, who spoke on condition that they not be named, said Mrs. Thorsby had privately offered to settle at $290 million.",
      "Her spokesman, Peter J. Lindahl, would neither confirm nor deny that an offer had been made, saying only that talks were continuing."];
    expect(claimWith(p, "$290 million").status).toBe("unverified");
    expect(claimWith(p, "Lindahl").status).toBe("unaddressed");
  });
  it("keeps 'did not respond to requests to confirm' in a claim about that claim", () => {
    const p = ["The study found 40 excess deaths.", "The authors said they had shared their findings with the department, but the department did not respond to repeated requests to confirm that it had received them."];
    expect(claimWith(p, "shared their findings").status).toBe("unverified");
  });
});

describe("status: rival counts in words and 'at nearer N'; 'gives no breakdown'", () => {
  it("disputes a count another party's records put at 'only seven', or that police put 'at nearer 150'", () => {
    const p = ["According to the council's asset register, the bridge was inspected 11 times in five years.", "The firm told the inquiry that its own logs recorded only seven visits over the same period."];
    expect(claimWith(p, "11 times").status).toBe("disputed");
    const q = ["About 300 supporters protested outside the ground, according to the trust.", "Police estimated the crowd at nearer 150."];
    expect(claimWith(q, "About 300").status).toBe("disputed");
  });
  it("leaves a claim that 'gives no breakdown of the costs' unverified", () => {
    expect(claimWith(["That submission says the £1.2m was spent on interim measures, but it gives no breakdown of the costs."], "£1.2m").status).toBe("unverified");
  });
});

describe("status: a witness accepting what was put to them; records showing only N", () => {
  it("confirms counsel's claim that the witness 'accepted that …'", () => {
    const p = ["Rupert Anning KC, for the council, put it to her that the council had approved £1.2m for repairs in October 2022.", "Stoller accepted that the money had been approved but said it was quietly moved to another scheme."];
    expect(claimWith(p, "£1.2m").status).toBe("confirmed");
  });
  it("disputes a count a log 'records only two' of", () => {
    const p = ["Lynne Orme said she had complained to staff about her mother's weight loss at least five times during 2021.", "The home's complaints log, also shown to the jury, records only two complaints from her."];
    expect(claimWith(p, "at least five times").status).toBe("disputed");
  });
});

describe("status: a record's figure for the same quantity, right after a speaker's", () => {
  it("disputes the mayor's $4 million when tax records show $2.6 million in property taxes", () => {
    const p = ["Harlan Falls Mayor Teresa Gowdy said the plant paid roughly $4 million a year in local property taxes.", "Orland County tax records show Corrivan paid $2.6 million in property taxes last year."];
    expect(claimWith(p, "$4 million").status).toBe("disputed");
  });
  it("leaves a record about another quantity, a matching one, or one after a subheading alone", () => {
    const other = ["She called for criminal referrals against at least 40 former thrift executives.", "According to a study released last month by the General Accounting Office, fraud played a role in 60 percent of the thrift failures it examined."];
    expect(claimWith(other, "at least 40").status).toBe("unaddressed");
    const same = ["The union said the plant paid roughly $4 million in property taxes.", "County tax records show the plant paid $3.9 million in property taxes, in line with the union's figure."];
    expect(claimWith(same, "roughly $4 million").status).not.toBe("disputed");
    const apart = ["The mayor said the cap would save commuters £400 a year.\nWhere the money would come from\nAccording to a briefing note circulated by her office, the cap would cost about £31 million a year."];
    expect(claimWith(apart, "£400").status).toBe("unaddressed");
  });
});

describe("status: 'Neither candidate's number can be squared with that count'", () => {
  it("disputes both candidates' numbers, not the count they are measured against", () => {
    const p = ["Gov. Walter J. Bramhall told a luncheon that 112,000 new jobs had come to the state.", "His opponent, Margaret A. Ruehl, said the true gain was fewer than 40,000.",
      "The Bureau of Employment Services counted 71,400 jobs over the period.", "Neither candidate's number can be squared with that count."];
    expect(claimWith(p, "112,000").status).toBe("disputed");
    expect(claimWith(p, "fewer than 40,000").status).toBe("disputed");
    expect(claimWith(p, "71,400").status).toBe("unaddressed");
  });
});

describe("status: a person's own aide confirming", () => {
  it("does not count 'His press secretary … confirmed the payments' as another party confirming him", () => {
    const p = ["“I did what any senator would do for a company that employs 2,300 people in his state,” Sen. Howard T. Brickell said.",
      "His press secretary, Alice M. Corcoran, confirmed the payments and said the senator had given the money to a scholarship fund."];
    expect(claimWith(p, "2,300 people").status).toBe("unaddressed");
  });
});

describe("status: an apposition naming the claim, with a verdict that needs something to point at", () => {
  it("confirms '…, a figure borne out by the result …' and disputes '…, a number the trust called “badly out of date”'", () => {
    expect(claimWith(["The union said turnout in its last ballot was 62%, a figure borne out by the result published by the independent scrutineer."], "62%").status).toBe("confirmed");
    expect(claimWith(["Government figures put the puffin population at about 210,000 pairs, a number the trust called “badly out of date”."], "210,000").status).toBe("disputed");
  });
  it("leaves '…, which the union contends Harlow violated' alone", () => {
    expect(claimWith(["Mr. Coyle said the local would ask a judge to enforce a clause requiring 90 days' notice, which the union contends Harlow violated."], "90 days").status).toBe("unaddressed");
  });
});

describe("status: a record's near-identical figure for the same quantity", () => {
  it("confirms 'about $2.3 million a year in property taxes' when records show $2.31 million in property taxes", () => {
    const p = ["The mill pays about $2.3 million a year in property taxes, the district's business manager said.", "County tax records show the mill paid $2.31 million in property taxes last year."];
    expect(claimWith(p, "$2.3 million").status).toBe("confirmed");
  });
});

describe("status: a denial whose speaker holds back the number", () => {
  it("leaves 'denied …, but the company would not say how many …' unverified, and a plain 'though it would not say how many' alone", () => {
    const p = ["The drivers’ union rejected that account, arguing that the operator had been about 40 drivers short since the autumn.",
      "Whitlow denied that the shortfall was anywhere near that size, but the company would not say how many drivers it employs."];
    expect(claimWith(p, "Whitlow denied").status).toBe("unverified");
    const q = ["Korvgaz acknowledged that repairs would take at least three weeks, though it would not say how many customers remained without gas."];
    expect(claimWith(q, "three weeks").status).toBe("unaddressed");
  });
});

describe("status: a claim named in apposition and judged in a clause of its own", () => {
  it("disputes 'a figure the army disputes' and 'a count that aides said was a dozen or more too high'", () => {
    expect(claimWith(["Rebel commanders said 40 fighters had died, a figure the army disputes."], "40 fighters").status).toBe("disputed");
    expect(claimWith(["Mr. Tillotson predicted that the judge would be confirmed with at least 60 votes, a count that Democratic aides said was a dozen or more too high."], "60 votes").status).toBe("disputed");
    expect(claimWith(["The union said 900 posts would go, a number the company says is inflated."], "900 posts").status).toBe("disputed");
  });
  it("leaves a figure the other party does not dispute, or calls accurate, alone", () => {
    expect(claimWith(["Rebel commanders said 40 fighters had died, a figure the army did not dispute."], "40 fighters").status).not.toBe("disputed");
    expect(claimWith(["The union said 900 posts would go, a number the company says is accurate."], "900 posts").status).toBe("unaddressed");
  });
});

describe("status: 'that analysis' right after an expert's claim", () => {
  const p = [
    "Records on the register show that the primary endpoint was amended in March 2023, 14 months after the first patient was enrolled.",
    "Dr Hannah Lewick, a biostatistician at the University of Edinburgh who was not involved in the study, said that under the original measure the benefit would have been roughly half as large.",
    "Quillmont rejected that analysis, saying the change had been agreed with regulators.",
  ];
  it("disputes the biostatistician's claim, not the register's records before it", () => {
    expect(claimWith(p, "roughly half").status).toBe("disputed");
    expect(claimWith(p, "14 months").status).toBe("unaddressed");
  });
});

describe("status: 'did not dispute that finding, but they argued …'", () => {
  const p = [
    "In a report to the committee, Dr. Crandall's office found that five of the missiles the Army scored as hits had struck within 2 meters of the tank without exploding.",
    "Army officials did not dispute that finding on Tuesday, but they argued that the test plan defined a hit as any impact within 3 meters of the aim point.",
  ];
  it("confirms the finding, and the 'they' who argue are the Army officials", () => {
    expect(claimWith(p, "2 meters").status).toBe("confirmed");
    expect(claimWith(p, "3 meters").source?.name).toBe("Army officials");
  });
});

describe("status: a verdict whose only figure names the claim it judges", () => {
  it("reads 'dismissed the tester's count of nine as \"…\"' as evidence, not a claim of its own", () => {
    const claims = detect(["Dr. Crandall says the true number is closer to nine.", "General Rusk dismissed the tester's count of nine as \"a number built to kill a program.\""].join("\n"));
    expect(claims.map((c) => c.text)).toEqual(["Dr. Crandall says the true number is closer to nine."]);
    expect(claims[0]!.status).toBe("disputed");
  });
  it("keeps a verdict that brings a figure of its own", () => {
    const claims = detect(["Dr. Crandall says the true number is closer to nine.", "General Rusk dismissed the tester's count of nine as \"off by 12.\""].join("\n"));
    expect(claims.length).toBe(2);
  });
});

describe("status: a claim left without support, and nothing else said", () => {
  const p = [
    "Union leaders estimated that one in five of the files had been lost.",
    "He acknowledged that the union had no count to back up that estimate.",
    "The agency's district office, asked about that figure, said it could neither confirm nor deny it without seeing the staff's list.",
  ];
  it("leaves the estimate unverified, and neither judging sentence is a claim", () => {
    const claims = detect(p.join("\n"));
    expect(claims.map((c) => c.text)).toEqual([p[0]]);
    expect(claims[0]!.status).toBe("unverified");
  });
  it("reads 'had no count to back up that estimate' as unverified, not as an acknowledgement", () => {
    expect(statusCues("He acknowledged that the union had no count to back up that estimate.").map((c) => c.status)).toContain("unverified");
  });
});

describe("status: 'called that recovery rate wildly optimistic'", () => {
  it("disputes the rate, and the verdict is no claim of its own", () => {
    const claims = detect(["Mr. Carrow said the agency would recover 40 cents on the dollar.", "Bankers who have bid on thrift assets called that recovery rate wildly optimistic."].join("\n"));
    expect(claims.length).toBe(1);
    expect(claims[0]!.status).toBe("disputed");
  });
});

describe("status: records no longer held, and a passive verdict with an adverb", () => {
  it("leaves a claim unverified when the party that would hold the records says it no longer does", () => {
    const p = ["Harlowe Vale Police said 1,406 knives were handed in.", "Dele Fashanu-Reid said an amnesty in 2018 had brought in well over 1,500 blades.", "The force said it no longer held figures for the 2018 campaign."];
    expect(claimWith(p, "1,500 blades").status).toBe("unverified");
  });
  it("reads 'The footage was independently verified by X, which …' as evidence only", () => {
    const claims = detect(["Rebels released a video they said showed 12 tanks destroyed.", "The footage was independently verified by the Northgate News Agency, which matched the buildings to satellite images."].join("\n"));
    expect(claims.length).toBe(1);
    expect(claims[0]!.status).toBe("confirmed");
  });
});

describe("status: 'could not discuss individual patients'", () => {
  it("leaves the account before it unverified, and says nothing of its own", () => {
    const claims = detect(["Ms Okafor said her son had waited 14 hours on a trolley.", "The trust said it could not discuss individual patients."].join("\n"));
    expect(claims.length).toBe(1);
    expect(claims[0]!.status).toBe("unverified");
  });
});

describe("status: 'the true figure may be little more than half that'", () => {
  it("disputes the earlier figure of another source, with its own figure read whole", () => {
    const p = ["Flocklet says it has 38 million monthly active users.", "Data from two independent analytics firms suggests the true figure may be little more than half that."];
    expect(claimWith(p, "38 million").status).toBe("disputed");
    expect(claimWith(p, "analytics firms").figures.map((f) => f.text)).toContain("little more than half");
  });
  it("leaves a party's own 'the true number was probably much higher' alone", () => {
    const p = ["Healthwatch Pellmore said it had received 212 complaints about the ward.", "Its chair, Rosalind Grant, argued that the true number was probably much higher."];
    expect(claimWith(p, "212 complaints").status).toBe("unaddressed");
  });
});

describe("status: 'confirmed the result'", () => {
  it("is evidence only", () => {
    const claims = detect(["The union said 78% of members backed the strike.", "Electoral Reform Services, the independent body that ran the ballot, confirmed the result."].join("\n"));
    expect(claims.length).toBe(1);
    expect(claims[0]!.status).toBe("confirmed");
  });
});

describe("status: a record 'for the same period' with a different count", () => {
  it("disputes the speaker's count ('the same period' is a time, not agreement)", () => {
    const p = ["A House subcommittee said yesterday that workers had been exposed to plutonium in at least 63 incidents since 1986.", "The department's annual safety reports to Congress for the same period list 29 such incidents."];
    expect(claimWith(p, "63 incidents").status).toBe("disputed");
  });
});

describe("status: plans that list a different number", () => {
  it("disputes the mayor's 600 beds with the plans' 410", () => {
    const p = ["Mr. Dellacroce has said the new shelters would add 600 beds.", "The plans his administration submitted to the Council, however, list 410 beds for the two sites."];
    expect(claimWith(p, "600 beds").status).toBe("disputed");
    expect(claimWith(p, "410 beds").source).toMatchObject({ kind: "document" });
  });
});

describe("status: 'arrived at nearly the same count'", () => {
  it("is evidence only", () => {
    const claims = detect(["The agency counted 9,500 owl pairs.", "A separate survey by biologists at Oregon State University, completed in March, arrived at nearly the same count."].join("\n"));
    expect(claims.length).toBe(1);
  });
});

describe("status: 'tell a more modest story' and 'disputed that figure but did not offer one of his own'", () => {
  it("disputes the claim before each, and neither verdict is a claim", () => {
    const claims = detect(["Mr. Kimbrough said he saved 6,000 jobs at the base.", "Navy personnel records tell a more modest story.", "The audit found 400 mines were overdue.", "Mr. Yeager disputed that figure but did not offer one of his own."].join("\n"));
    expect(claims.map((c) => c.status)).toEqual(["disputed", "disputed"]);
  });
});

describe("status: 'said it did not recognise the figure'", () => {
  it("disputes the figure before it, and is no claim of its own", () => {
    const claims = detect(["Campaigners said the tax gap was well over £100m.", "The Treasury said it did not recognise the figure."].join("\n"));
    expect(claims.length).toBe(1);
    expect(claims[0]!.status).toBe("disputed");
  });
});

describe("status: verdicts that add only that no figure was offered", () => {
  it("reads 'rejected that number but declined to give an estimate of its own' and 'dismissed … as “scaremongering”, though he offered no alternative figure' as evidence only", () => {
    expect(detect(["The union said 2,700 jobs would go.", "Varrick rejected that number but declined to give an estimate of its own."].join("\n")).length).toBe(1);
    expect(detect(["A charity said 400,000 would fall into arrears.", "Rhoades dismissed that projection as “scaremongering”, though he offered no alternative figure."].join("\n")).length).toBe(1);
    expect(detect(["Ministers said the stake was 25%.", "Varrick Steel confirmed the size of the stake in a statement to the London Stock Exchange."].join("\n")).map((c) => c.status)).toEqual(["confirmed"]);
  });
});

describe("status: evidence withheld by publishing none, or by no one offering it", () => {
  it("leaves the claim unverified, and neither sentence is a claim", () => {
    const a = detect(["The ministry said its missiles hit three trains.", "The ministry published no images to back up that account."].join("\n"));
    expect(a.map((c) => c.status)).toEqual(["unverified"]);
    const b = detect(["Traders said sales fell by a third.", "None of them offered sales figures or a survey to support that estimate."].join("\n"));
    expect(b.map((c) => c.status)).toEqual(["unverified"]);
  });
  it("still reads 'records show no gusts stronger than 35mph' as the records' claim", () => {
    expect(detect("Met Office records put before the jury show no gusts stronger than 35mph that week.")[0]?.source?.name).toMatch(/records/);
  });
});

describe("status: 'said that figure was out of date'", () => {
  it("disputes the figure before it", () => {
    const p = ["The report estimated that a typical regional carrier saw an inspector once every 11 weeks.", "Agency officials said that figure was out of date and that visits had become roughly twice as frequent since January."];
    expect(claimWith(p, "11 weeks").status).toBe("disputed");
  });
});

describe("status: 'the true number of job losses would be closer to 1,600'", () => {
  it("disputes the claim that counted the same thing, past nearer figures about something else", () => {
    const p = [
      "Harbourside Bank is to close 40 of its 210 branches next year, cutting about 900 jobs, the bank said on Monday.",
      "Shares in the bank rose 1.8% in early trading.",
      "A councillor in Tenby Vale said 12 of the closing branches served towns with no other bank.",
      "An analysis by the Echo found that 15 of the 40 branches were in the poorest wards.",
      "The Bank Staff Union said the true number of job losses would be closer to 1,300 once call-centre cuts were counted.",
    ];
    expect(claimWith(p, "900 jobs").status).toBe("disputed");
    expect(claimWith(p, "15 of the 40").status).toBe("unaddressed");
  });
});

describe("status: 'a detail that matches the audio recorded by his camera'", () => {
  it("confirms the claim the apposition names, from a record", () => {
    expect(detect("A neighbour, Maria Costa, said she heard three shouted warnings, a detail that matches the audio recorded by the officer's camera.")[0]?.status).toBe("confirmed");
    expect(detect("The driver said he left the depot at 6 a.m., an account that matches the depot's gate logs.")[0]?.status).toBe("confirmed");
  });
});

describe("status: the denier's own evidence, withheld in the next sentence", () => {
  it("leaves a rejection unverified after 'It did not provide its own … prices to support that account' and 'The company did not publish the data behind its own calculation'", () => {
    const a = ["An analysis by the consumer group Fair Basket found that a third of the items had risen in price before the cut.", "Thornbury rejected the analysis, saying Fair Basket had compared prices from the wrong weeks.", "It did not provide its own before-and-after prices to support that account."];
    expect(claimWith(a, "Thornbury rejected").status).toBe("unverified");
    expect(claimWith(a, "a third of the items").status).toBe("disputed");
    const b = [...a.slice(0, 2), "The company did not publish the data behind its own calculation."];
    expect(claimWith(b, "Thornbury rejected").status).toBe("unverified");
  });
  it("does not read 'the ministry' as a denier that is someone else", () => {
    const c = ["The navy said it had found drone parts on the freighter.", "The freighter’s owners rejected the claim, saying its manifest listed only fertiliser.", "The ministry did not release photographs to support its account."];
    expect(claimWith(c, "owners rejected").status).toBe("unaddressed");
  });
});

describe("status: 'disputed the memo's figure'", () => {
  it("disputes the memo's figure only, not everything else the memo said", () => {
    const p = [
      "A leaked internal memo put the number of infected patients at 51, 17 more than the trust has disclosed.",
      "The memo said cleaning shifts on Ward 9 had gone unfilled on 11 occasions in January.",
      "The trust disputed the memo's figure, saying it had counted patients who were later found not to carry the strain.",
    ];
    expect(claimWith(p, "at 51").status).toBe("disputed");
    expect(claimWith(p, "11 occasions").status).toBe("unaddressed");
  });
});

describe("status: an account the paper could not verify, with its owner named", () => {
  it("reads 'was unable to verify the clinician's account' as about the clinician, not a claim that names the paper", () => {
    const p = [
      "Relatives of nine patients have told the Courier they learned of the outbreak from local news reports.",
      "The trust rejected those accounts, saying its policy was to tell every patient within 24 hours.",
      "A senior clinician at the hospital, who asked not to be named, said isolation rooms had been full since early February.",
      "The Courier was unable to verify the clinician's account independently.",
    ];
    expect(claimWith(p, "isolation rooms").status).toBe("unverified");
  });
  it("reads 'did not respond to a request for comment on their account' as about whoever spoke last", () => {
    const p = [
      "About 350 people are working on the cleanup, including crews hired through Northern Lights Environmental, according to the pipeline's operator.",
      "Two workers on those crews, who asked not to be named, said they had been sent onto oiled riverbanks without respirators.",
      "Northern Lights did not respond to a request for comment on their account.",
    ];
    expect(claimWith(p, "without respirators").status).toBe("unverified");
    expect(claimWith(p, "About 350").status).toBe("unaddressed");
  });
});

describe("status: 'her account' and 'Moravec's estimate of the cost'", () => {
  const p = [
    "Northwind Airways said the strike had cost it about €38 million in lost revenue.",
    "Its president, Captain Lena Moravec, said the true cost of the dispute was closer to €15 million once savings on fuel were taken into account.",
    "Moravec said pilots' pay had fallen by 18% in real terms since 2019.",
    "She also claimed that management had turned down a compromise that would have cost less than a tenth of what the walkout did.",
    "Neither side has published the terms discussed that night, and the Tribune could not verify her account.",
    "Moravec's estimate of the cost has found little support outside the union.",
  ];
  it("reads 'her account' as what she said last, not all she said", () => {
    expect(claimWith(p, "less than a tenth").status).toBe("unverified");
    expect(claimWith(p, "18% in real terms").status).toBe("unaddressed");
  });
  it("reads 'her estimate of the cost' as the figure she put as an estimate", () => {
    expect(claimWith(p, "closer to €15 million").status).toBe("disputed");
  });
});

describe("status: a confirmation by a party whose name only resembles the source's", () => {
  it("lets 'The Department of Correction confirmed the inmate count' confirm a report by the 'Corrections Oversight Board'", () => {
    const p = [
      "The state's prisons held 21,480 inmates at the end of last month, according to a report released on Monday by the Corrections Oversight Board.",
      "The Department of Correction confirmed the inmate count.",
    ];
    expect(claimWith(p, "21,480").status).toBe("confirmed");
  });
});

describe("status: 'That claim was independently confirmed'", () => {
  it("confirms what was just claimed, not an earlier sentence with 'claimed' in it", () => {
    const p = [
      "The group, which calls itself Grey Lantern, claimed in a post on a forum that it held the records of 9.4 million account holders.",
      "Stridewell disputed the count, saying about 2.1 million accounts were affected.",
      "Grey Lantern also said the stolen files included the GPS traces of users’ runs.",
      "That claim was independently confirmed by Tomasz Wielgosz, a researcher at the security firm Hollis Labs.",
    ];
    expect(claimWith(p, "GPS traces").status).toBe("confirmed");
    expect(claimWith(p, "9.4 million").status).toBe("disputed");
  });
});

describe("status: evidence a denier holds back in the next sentence of his own", () => {
  it("leaves the denial unverified, not the sentence that holds the evidence back", () => {
    const p = [
      "The auditors said Tremont had billed for 40,000 hours that no one worked.",
      "Carl B. Wendt, the company's president, denied that the company had billed for hours that were not worked.",
      "He said the company had hired an outside firm to review the records, and he declined to give them to the subcommittee.",
    ];
    expect(claimWith(p, "denied that").status).toBe("unverified");
    expect(claimWith(p, "outside firm").status).toBe("unaddressed");
    expect(claimWith(p, "40,000 hours").status).toBe("disputed");
  });
});

describe("evidence whose provenance was verified", () => {
  it("corroborates the earlier claim, not the sentence offering the evidence", () => {
    const paras = [
      "A drone strike on a village in central Mali killed at least 21 civilians attending a wedding on Saturday, according to local officials.",
      "Satellite imagery reviewed by this newspaper shows at least 12 structures destroyed in the village, and videos from the scene, whose location was verified by the research group Sahel Watch, show the bodies of women and children.",
    ];
    expect(claimWith(paras, "21 civilians")).toMatchObject({ status: "confirmed" });
    expect(claimWith(paras, "12 structures").status).toBe("unaddressed");
  });
});

describe("a rival figure after a concession", () => {
  it("disputes the earlier figure even though the sentence also concedes something ('acknowledged … but told reporters … closer to')", () => {
    const paras = [
      "The trips cost their sponsors a total of about $187,000, the statement said.",
      "His lawyer acknowledged that the congressman had taken all 23 trips but told reporters that the cost to the sponsors was closer to $96,000.",
    ];
    expect(claimWith(paras, "$187,000")).toMatchObject({ status: "disputed" });
  });
});

describe("'the energy-density claim' far back", () => {
  it("is the claim about energy density, not the nearest claim", () => {
    const paras = [
      "Corvane Energy said on Tuesday that it had built a cell that stores 520 watt-hours per kilogram, an energy density roughly twice that of today's cells.",
      "The company said the cell kept 91% of its capacity after 2,000 cycles.",
      "The cell can also be charged in nine minutes, the company said.",
      "\"This is the cell the industry has been promising for 15 years,\" said Lena Hartwig, its chief executive.",
      "She said the results had been checked across 48 test cells.",
      "She said the company would ship sample cells to two carmakers next year.",
      "Two people briefed on the talks said one of them was Volvo Cars.",
      "Battery researchers were skeptical of the energy-density claim.",
    ];
    expect(claimWith(paras, "520 watt-hours")).toMatchObject({ status: "disputed" });
    expect(claimWith(paras, "Volvo").status).toBe("unaddressed");
  });
});

describe("'the December average'", () => {
  it("points back at the claim that gave the average", () => {
    const paras = [
      "Mayor Anthony R. Dellacroce said yesterday that the city's shelters had housed an average of 2,340 people a night in December.",
      "Advocates for the homeless said the armory had turned people away.",
      "State bed reports, obtained by The Courier, bear out the December average, showing 2,318 people a night.",
    ];
    expect(claimWith(paras, "2,340")).toMatchObject({ status: "confirmed" });
  });
});

describe("a denial of 'any such request'", () => {
  it("answers the claim just made, not an earlier one sharing a word", () => {
    const paras = [
      "The council said it had sent a formal request for 12 fire doors to Harrowby Lettings in March.",
      "Another tenant, Kwame Osei, said he had asked Harrowby Lettings twice to fit a fire door.",
      "The company has denied receiving any such request.",
    ];
    expect(claimWith(paras, "Kwame Osei")).toMatchObject({ status: "disputed" });
    expect(claimWith(paras, "formal request").status).toBe("unaddressed");
  });
});

describe("'that review' held back", () => {
  it("leaves the earlier claim resting on the review unverified, not the sentence holding it back", () => {
    const paras = [
      "Dr. Haskins said the audit's 54 percent figure was not credible and that the district's own review of the records put the rate at 66 percent.",
      "The district has not made that review public, and Dr. Haskins said it remained in draft form.",
    ];
    expect(claimWith(paras, "66 percent")).toMatchObject({ status: "unverified" });
    expect(claimWith(paras, "draft form").status).toBe("unaddressed");
  });
  it("is the sentence's own when its claim named the review ('said an internal review had cleared …, but … refused to release that review')", () => {
    const paras = [
      "An audit by the city controller found 4 districts had downgraded serious crimes.",
      "Mr. Ruiz said an internal review had cleared the districts, but the department has refused to release that review.",
    ];
    expect(claimWith(paras, "internal review")).toMatchObject({ status: "unverified" });
    expect(claimWith(paras, "4 districts").status).toBe("unaddressed");
  });
});

describe("'that account' after a quotation carrying on its speaker's words", () => {
  it("covers what the speaker said just before the quotation too", () => {
    const paras = [
      "The athletic director, Bernard K. Whitlock, said in an interview that the deficit was “a one-time hit” caused by a $5.5 million buyout.",
      "“Take out the buyout and we are within a few hundred thousand dollars of breaking even,” Mr. Whitlock said.",
      "The university’s own records contradict that account: the department has run a deficit in each of the last six years.",
    ];
    expect(claimWith(paras, "one-time hit")).toMatchObject({ status: "disputed" });
    expect(claimWith(paras, "Take out the buyout")).toMatchObject({ status: "disputed" });
  });
});

describe("'Figures … tell a more modest story'", () => {
  it("answers the claim with numbers just before, past a quotation without any", () => {
    const paras = [
      "Bramcote Airport said on Thursday that its passenger numbers had doubled in three years, reaching 2.1 million.",
      "“We are no longer the airport people drive past on their way to Manchester,” its chief executive said.",
      "Figures from the Civil Aviation Authority tell a more modest story.",
    ];
    expect(claimWith(paras, "2.1 million")).toMatchObject({ status: "disputed" });
    expect(claimWith(paras, "drive past").status).toBe("unaddressed");
  });
});

describe("'contradicting the minister’s claim of a 30% rise'", () => {
  it("is the owner's claim that gave the number, however far back", () => {
    const paras = [
      "The floods minister, Rosalind Hartigan, told MPs that the government had spent a record £1.9bn on flood defences.",
      "She said that was 30% more than the annual average under the previous government.",
      "Ms Hartigan added that the schemes had protected more than 52,000 homes.",
      "The Environment Agency confirmed that the schemes had protected 52,400 properties.",
      "A National Audit Office report put capital spending on new defences at £1.36bn.",
      "Once inflation was taken into account, the auditors found, spending was 4% lower, contradicting the minister’s claim of a 30% rise.",
    ];
    expect(claimWith(paras, "30% more")).toMatchObject({ status: "disputed" });
  });
});

describe("a rival figure with no determiner ('put capital spending on new defences at £1.36bn')", () => {
  it("is a rival cue, and disputes the earlier sum", () => {
    expect(statusCues("A National Audit Office report put capital spending on new defences at £1.36bn.").map((c) => [c.status, c.rival])).toEqual([["disputed", true]]);
    expect(statusCues("The union put 40 workers at risk.")).toEqual([]);
    const paras = ["The floods minister said the government had spent a record £1.9bn on flood defences.", "A National Audit Office report published the following day put capital spending on new defences at £1.36bn."];
    expect(claimWith(paras, "£1.9bn")).toMatchObject({ status: "disputed" });
  });
});

describe("a claim backed in its own apposition", () => {
  it("reads '…, a claim backed by the price comparison site Trolleywise' as confirmed", () => {
    const c = claimWith(["Venkataraman said the gap had halved since last year, a claim backed by the price comparison site Trolleywise."], "halved");
    expect(c?.status).toBe("confirmed");
    // (support of another kind, with no claim noun, is no verdict)
    expect(claimWith(["The council said the trip cost £4,000, a visit backed by two sponsors."], "trip")?.status).toBe("unaddressed");
  });
});

describe("'rejected both estimates'", () => {
  it("disputes the two estimates just given, each from its own source", () => {
    const paras = [
      "Sensor Grid, a London app-tracking company, estimated that Flocklet had 19.6 million monthly users in September.",
      "The US-based firm Appmetric put the number at between 20 million and 22 million.",
      "The company rejected both estimates.",
    ];
    expect(claimWith(paras, "19.6 million").status).toBe("disputed");
    expect(claimWith(paras, "Appmetric").status).toBe("disputed");
  });
});

describe("status: a claim named in apposition and judged in its own sentence", () => {
  it("disputes it after any reporting verb, 'estimates' too, and when the judge 'does not recognise' it", () => {
    const one = (t: string) => detect(t).map((c) => c.status);
    expect(one("The college estimates that 16,000 patients died, a figure ministers dispute.")).toEqual(["disputed"]);
    expect(one("The college says 16,000 patients died, a figure ministers have said they do not recognise.")).toEqual(["disputed"]);
    expect(one("The college estimates that 16,000 patients died, a number the department did not recognise.")).toEqual(["disputed"]);
    // no judge, no verdict: "recognise" alone, or a recognised figure
    expect(one("The college estimates that 16,000 patients died, a figure ministers recognise.")).toEqual(["unaddressed"]);
  });
});

describe("status: 'has been questioned by' and 'quoted similar rates'", () => {
  const rules = (lines: string[]) => detect(lines.join("\n"), RULES_ONLY);
  it("disputes the claim a passive 'questioned by' names, and the verdict is no claim of its own", () => {
    const c = rules(["The ministry said 420,000 doses had been delivered.", "That delivery total has also been questioned by the distributors who handled the stock."]);
    expect(c.map((x) => x.status)).toEqual(["disputed"]);
    // an interview, not a verdict: no claim noun is its subject
    expect(rules(["He said 40 people were hurt.", "He was questioned by police on Monday."])[0]!.status).toBe("unaddressed");
  });
  it("confirms a claim another party backs by quoting similar figures, and that sentence is evidence only", () => {
    const c = rules(["Freight brokers said rates had doubled to $40,000 a day.", "Other brokers contacted by this newspaper quoted similar rates."]);
    expect(c.map((x) => x.status)).toEqual(["confirmed"]);
  });
});

describe("status: a contention answered, a rival figure 'nearer' another, records held back by name", () => {
  const rules = (lines: string[]) => detect(lines.join("\n"), RULES_ONLY).map((c) => c.status);
  it("'rejected that explanation' disputes the contention just before it, not the audit it contests", () => {
    expect(rules([
      "The audit found that 2,160 claims could not be matched to any record.",
      "The patrol's commander, Col. Everett J. Pelfrey, denied that any trooper had been paid for work not performed, though he offered no records to support that assertion.",
      "He contended that the audit had relied on dispatch logs that routinely miss troopers on secondary channels.",
      "The comptroller's office rejected that explanation, saying its auditors had checked every shift against ticket books.",
    ])).toEqual(["disputed", "unverified", "disputed", "unaddressed"]);
  });
  it("reads 'put the true rate “nearer 7%”' as a rival figure, itself unverified when the workings are withheld", () => {
    expect(rules([
      "The statistics office said the unemployment rate fell to 5.8% in the first quarter.",
      "Mr. Peltier said the party’s own calculations put the true rate “nearer 7%”, but he declined to publish the workings behind them.",
    ])).toEqual(["disputed", "unverified"]);
  });
  it("leaves a denial unverified when rosters or tally sheets are not provided", () => {
    const before = "Nurses said each of them had as many as seven patients.";
    expect(rules([before, "A spokesman denied that any nurse had more than five patients, but the group did not provide the staffing rosters."])[1]).toBe("unverified");
    expect(rules([before, "She said that was untrue, but the union has not released its tally sheets."])[1]).toBe("unverified");
  });
});

describe("status: a denial left unverified by job sheets, memorandums or a contract not produced", () => {
  const second = (t: string) => detect(["The union said 4,000 repairs were counted twice.", t].join("\n"), RULES_ONLY)[1]!.status;
  it("reads each withheld record, and 'offered nothing beyond his word to support the denial'", () => {
    expect(second("Ian Mossop denied that, insisting every repair was counted once, but he did not produce the job sheets that would settle the point.")).toBe("unverified");
    expect(second("The provost denied that any such instruction had been given, though she did not produce the spring memorandums to department heads.")).toBe("unverified");
    expect(second("Irazábal dismissed that as “pure invention” but has not produced the representation contract.")).toBe("unverified");
    expect(second("A spokesman called the accusation \"flatly untrue,\" though he offered nothing beyond his word to support the denial.")).toBe("unverified");
    // a denial with nothing held back stays as the rules read a bare denial
    expect(second("Ian Mossop denied that, insisting every repair was counted once.")).not.toBe("unverified");
  });
});

describe("status: a claim that 'holds up'", () => {
  const rules = (lines: string[]) => detect(lines.join("\n"), RULES_ONLY).map((c) => c.status);
  it("confirms the claim named as the subject, and the verdict is no claim of its own", () => {
    expect(rules(["The senator said exports fell by 4.2 million tonnes.", "Those figures, at least, hold up: they match the department's own inspection records."])).toEqual(["confirmed"]);
    expect(rules(["The monitor said she counted 1,012 inmates on Sept. 9.", "The monitor's head count of Sept. 9 held up: the sheriff's own booking log matches it."])).toEqual(["confirmed"]);
    expect(rules(["The senator said exports fell by 4.2 million tonnes.", "That figure does not hold up."])).toEqual(["disputed"]);
  });
  it("reads no verdict in 'holds up only if …' or 'whether the figure holds up'", () => {
    expect(rules(["The governor said aid rose 38 percent.", "That figure holds up only if federal money is counted, an analysis found."])[0]).not.toBe("confirmed");
    expect(rules(["The agency said 40 nurses were hired.", "Whether the agency figure holds up should become clearer next month."])[0]).not.toBe("confirmed");
  });
});

describe("status: verdict sentences that add only where the judged figure was used or who posted it", () => {
  it("reads 'The U.S. total was confirmed by …, which posted …' and 'confirmed the transfer total used in the audit' as evidence only", () => {
    const a = detect(["Velstrom said 41,200 vehicles were affected in the U.S. and 12,000 in Canada.", "The U.S. total was confirmed by the National Highway Traffic Safety Administration, which posted the recall notice on its website on Wednesday."].join("\n"));
    expect(a.map((c) => c.status)).toEqual(["confirmed"]);
    const b = detect(["The audit found that the lottery had turned over $312 million to the treasury.", "The state Finance and Administration Cabinet, which keeps the treasury's books, confirmed the transfer total used in the audit."].join("\n"));
    expect(b.map((c) => c.status)).toEqual(["confirmed"]);
  });
});

describe("status: a margin no one would confirm, guidance not produced", () => {
  it("reads ', a margin that neither campaign would confirm' as this claim's, and withheld guidance as withheld records", () => {
    expect(detect("Strategists said private polling showed the race within 6 percentage points, a margin that neither campaign would confirm.", RULES_ONLY)[0]!.status).toBe("unverified");
    const c = detect(["The sheriff said crime fell 20%.", "Mr. Kolodny denied that anyone had been told to steer reports, but he did not produce the written guidance that he said would bear him out."].join("\n"), RULES_ONLY);
    expect(c[1]!.status).toBe("unverified");
  });
});

describe("status: a passive verdict on a claim named by whose and what number", () => {
  it("reads \"Professor Thrale's 80% estimate was contested … by\" and \"The organisers' 31,450 figure has also been queried by\" as evidence only", () => {
    const a = detect(["Professor Thrale said the bridge was 80% likely to have been hit by a barge.", "Professor Thrale's 80% estimate was contested on Tuesday by Lionel Brask, an engineer appointed jointly by both sides."].join("\n"), RULES_ONLY);
    expect(a.map((c) => c.status)).toEqual(["disputed"]);
    const b = detect(["The organisers said 31,450 runners took part.", "The organisers' 31,450 figure has also been queried by Rathmore City Council."].join("\n"), RULES_ONLY);
    expect(b.map((c) => c.status)).toEqual(["disputed"]);
  });
});
