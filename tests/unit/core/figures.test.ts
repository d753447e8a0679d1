import { describe, expect, it } from "vitest";
import { findFigures, hasNumericSignal } from "../../../src/core/figures.ts";
import { FOLD_WORDS, FRACTIONS, MULTIPLE_VERBS, SMALL, TENS, VAGUE_COUNTS } from "../../../src/core/numbers.ts";

const texts = (s: string): string[] => findFigures(s).map((f) => f.text);
const one = (s: string) => {
  const figs = findFigures(s);
  expect(figs, `figures in: ${s}`).toHaveLength(1);
  return figs[0]!;
};

describe("findFigures: counts and units", () => {
  it("reports a count with its unit and value", () => {
    const f = one("Vanner disclosed that 21,600 soldiers deserted in October alone.");
    expect(f).toMatchObject({ text: "21,600 soldiers", value: 21600, unit: "soldiers", approx: false });
  });

  it("gives offsets relative to the sentence", () => {
    const s = "Police said 300 people were arrested.";
    const f = one(s);
    expect(s.slice(f.start, f.end)).toBe(f.text);
    expect(f.start).toBe(s.indexOf("300"));
  });

  it("takes an adjective and a plural noun as the unit", () => {
    expect(one("Since then, over 230,000 criminal cases have been opened.")).toMatchObject({
      text: "over 230,000 criminal cases", value: 230000, unit: "criminal cases", approx: true,
    });
  });

  it("takes a nationality and a noun as the unit", () => {
    expect(one("Between 15,000 and 18,000 Ukrainian soldiers desert.").text).toBe("Between 15,000 and 18,000 Ukrainian soldiers");
  });

  it("reads decimals and scale words", () => {
    expect(one("The population is 1.4 billion people.")).toMatchObject({ value: 1.4e9, unit: "people" });
    expect(one("About 2 million barrels were shipped.")).toMatchObject({ value: 2e6, approx: true, unit: "barrels" });
    expect(one("The bill covers 5m people.")).toMatchObject({ value: 5e6, unit: "people" });
  });

  it("reads measurements written against the numeral", () => {
    expect(one("The convoy stretched 10km along the road.")).toMatchObject({ text: "10km", value: 10, unit: "km" });
    expect(one("Temperatures hit 40C in Seville.")).toMatchObject({ value: 40, unit: "c" });
  });
});

describe("findFigures: wire-style counts and quotes", () => {
  it("counts members of a named group and things named by a proper noun", () => {
    expect(one("He said at least 10 Republicans had told him so.")).toMatchObject({ text: "at least 10 Republicans", value: 10, approx: true });
    expect(texts("Two Republicans are undecided and 48 Democrats oppose it.")).toEqual(["Two Republicans", "48 Democrats"]);
    expect(one("She toured three Iowa towns yesterday.")).toMatchObject({ text: "three Iowa towns", value: 3, unit: "Iowa towns" });
  });

  it("keeps 'other', 'more' and 'of the' between a count and its noun", () => {
    expect(one("At least two other traders are under scrutiny.").text).toBe("At least two other traders");
    expect(one("The union said two of the plants were working.")).toMatchObject({ text: "two of the plants", value: 2, unit: "plants" });
  });

  it("reads index points, half a point and mixed fractions", () => {
    expect(one("The index dropped 31.52 points on Friday.")).toMatchObject({ text: "dropped 31.52 points", value: 31.52 });
    expect(one("The bank will lift its rate by half a percentage point.")).toMatchObject({ value: 0.5, unit: "percentage points" });
    expect(one("Bond prices lost as much as 1 5/8 points.")).toMatchObject({ text: "lost as much as 1 5/8 points", value: 1.625, approx: true });
    expect(one("The county spent half a million dollars.")).toMatchObject({ value: 500000 });
  });

  it("reads durations written as hyphenated number words", () => {
    expect(one("He maintained it throughout the three-week trial.")).toMatchObject({ text: "three-week trial", value: 3, unit: "week" });
    expect(texts("He served a five-year sentence.")).toEqual(["five-year sentence"]);
  });

  it("does not take a debt maturity for a quantity", () => {
    expect(texts("The yield on the benchmark 30-year bond rose to 8.75%.")).toEqual(["8.75%"]);
    expect(texts("The 10-year Treasury note was steady.")).toEqual([]);
  });
});

describe("findFigures: percentages", () => {
  it.each([
    ["Russian forces had liberated approximately 80% of the territory.", "approximately 80%", 80, true],
    ["Turnout was 62.5 per cent.", "62.5 per cent", 62.5, false],
    ["Unemployment fell to 3.9 percent in May.", "3.9 percent", 3.9, false],
    ["The party gained 4 percentage points.", "gained 4 percentage points", 4, false],
    ["Prices rose 4.5% last year.", "rose 4.5%", 4.5, false],
  ])("%s", (s, text, value, approx) => {
    const f = one(s);
    expect(f.text).toBe(text);
    expect(f.value).toBe(value);
    expect(f.approx).toBe(approx);
  });
});

describe("findFigures: money", () => {
  it.each([
    ["The deal is worth $1.2bn.", "$1.2bn", 1.2e9, "USD"],
    ["The club paid £45m for him.", "£45m", 45e6, "GBP"],
    ["Fines reached €300,000.", "€300,000", 300000, "EUR"],
    ["Congress approved $2 billion in aid.", "$2 billion", 2e9, "USD"],
    ["The firm raised US$5m.", "US$5m", 5e6, "USD"],
    ["Tickets cost £30k each.", "£30k each", 30000, "GBP"],
    ["Russia spent 5 trillion rubles on defence.", "5 trillion rubles", 5e12, "RUB"],
    ["He was fined USD 20,000.", "USD 20,000", 20000, "USD"],
  ])("%s", (s, text, value, unit) => {
    const f = one(s);
    expect(f.text).toBe(text);
    expect(f.value).toBe(value);
    expect(f.unit).toBe(unit);
  });
});

describe("findFigures: ranges, rates, approximations", () => {
  it("reports a range as one figure", () => {
    expect(one("Between 15,000 and 18,000 desert.").text).toBe("Between 15,000 and 18,000");
    expect(one("The estimate is 15,000\u201318,000 troops.").text).toBe("15,000\u201318,000 troops");
    expect(one("Rates rose from 3% to 5%.").text).toBe("rose from 3% to 5%");
    expect(one("Rates went from 3% to 5%.").text).toBe("from 3% to 5%");
    expect(one("Two or three people were hurt.").text).toBe("Two or three people");
  });

  it("does not take 'from' into a figure that has no second end", () => {
    expect(one("Aid came from 30 countries.").text).toBe("30 countries");
  });

  it("includes a rate that follows the quantity", () => {
    expect(one("Up to 5,000 leave each month.").text).toBe("Up to 5,000");
    expect(one("Up to 5,000 soldiers desert each month.").text).toBe("Up to 5,000 soldiers");
    expect(one("They recruit 5,000 soldiers each month.").text).toBe("5,000 soldiers each month");
    expect(one("Exports of $5bn a year are at risk.").text).toBe("$5bn a year");
    expect(one("The plant makes 300 cars per day.").text).toBe("300 cars per day");
    expect(one("Sales grew 12 percent year-on-year.").text).toBe("grew 12 percent year-on-year");
    expect(one("The fee is $40 annually.").text).toBe("$40 annually");
  });

  it.each([
    ["approximately 180,000", "It reached approximately 180,000."],
    ["about 300", "About 300 attended."],
    ["over 230,000", "There were over 230,000."],
    ["nearly 40", "Nearly 40 died."],
    ["almost 90%", "It hit almost 90%."],
    ["more than 2,000 people", "More than 2,000 people fled."],
    ["at least 12", "At least 12 were injured."],
    ["up to 500", "Up to 500 may lose jobs."],
    ["some 700", "Some 700 firms signed."],
    ["roughly 1,000", "Roughly 1,000 came."],
    ["around 60", "Around 60 attended the vigil."],
    ["an estimated $2 billion", "It cost an estimated $2 billion."],
    ["fewer than 100", "Fewer than 100 remain."],
  ])("approximate: %s", (want, s) => {
    const f = one(s);
    expect(f.text.toLowerCase().startsWith(want)).toBe(true);
    expect(f.approx).toBe(true);
  });
});

describe("findFigures: number words, multiples, changes", () => {
  it.each([
    ["Two-thirds of voters backed it.", "Two-thirds of voters", 2 / 3],
    ["A million people marched.", "A million people", 1e6],
    ["One in five adults smokes.", "One in five adults", 0.2],
    ["Nine out of 10 doctors agree.", "Nine out of 10 doctors", 0.9],
    ["Three people died.", "Three people", 3],
    ["Twelve jurors heard the case.", "Twelve jurors", 12],
    ["The jury returned after four days of deliberations.", "four days of deliberations", 4],
    ["The court heard eight days of testimony before ruling.", "eight days of testimony", 8],
    ["Output fell by a third.", "fell by a third", 1 / 3],
    ["Costs doubled.", "doubled", 2],
    ["The price tripled in a year.", "tripled", 3],
    ["There were three times as many cases.", "three times as many cases", 3],
    ["Nearly half of the staff quit.", "Nearly half", 0.5],
    ["Twenty-one people were rescued.", "Twenty-one people", 21],
    ["Two hundred and fifty homes flooded.", "Two hundred and fifty homes", 250],
    ["One-third of homes lack power.", "One-third of homes", 1 / 3],
    ["Three quarters of firms agreed.", "Three quarters of firms", 0.75],
  ])("%s", (s, text, value) => {
    const f = one(s);
    expect(f.text).toBe(text);
    expect(f.value).toBeCloseTo(value, 6);
  });

  it("reads frequencies, fractional points and single units after an approximation", () => {
    expect(one("We cook once a day now.").text).toBe("once a day");
    expect(one("They train twice a week.").text).toBe("twice a week");
    expect(one("Markets price a quarter-point cut.")).toMatchObject({ text: "a quarter-point", value: 0.25 });
    expect(one("It allows less than an hour of downtime.")).toMatchObject({ text: "less than an hour", approx: true });
  });

  it("reports vague counts that the guide treats as figures, with no value", () => {
    for (const [s, text] of [
      ["Dozens of officials resigned.", "Dozens of officials"],
      ["Hundreds of soldiers deserted.", "Hundreds of soldiers"],
      ["Thousands of people fled.", "Thousands of people"],
      ["Tens of thousands fled the city.", "Tens of thousands"],
      ["Officials acknowledged several hundred deaths.", "several hundred deaths"],
    ] as const) {
      const f = one(s);
      expect(f.text).toBe(text);
      expect(f.value).toBeUndefined();
      expect(f.approx).toBe(true);
    }
  });

  it("does not treat vague words with no quantity as figures", () => {
    for (const s of [
      "Several companies pulled out.",
      "Costs are much higher now.",
      "Many people left and a few stayed.",
      "One of the soldiers said no one came.",
      "He won the second half of the match.",
      "A third term is unlikely.",
      "It was a double murder.",
    ]) expect(texts(s), s).toEqual([]);
  });
});

describe("findFigures: what only looks like a figure", () => {
  it.each([
    ["dates and years", "Since the invasion began in February 2022, talks stalled."],
    ["a bare year", "Prices peaked in 2019."],
    ["since a year", "It has been at war since 2013."],
    ["day and month", "It happened on 24 February 2022."],
    ["month and day", "It happened on February 24, 2022."],
    ["abbreviated month", "It was signed on Feb. 24."],
    ["season", "They won the 2020-21 season title."],
    ["decade", "It began in the 1990s."],
    ["year range", "The 2019\u20132020 budget was approved."],
    ["between two years", "Between 2010 and 2015 it grew."],
    ["clock time", "The blast came at 10:42 local time."],
    ["time with pm", "He arrived at 3pm and left at 11 a.m."],
    ["noon", "The vote closed at noon."],
    ["ordinal numeral", "The 201st brigade moved in."],
    ["ordinal as name", "It was the First World War."],
    ["ordinal word", "He finished third overall."],
    ["street number", "The office at 120 Example Street closed."],
    ["company number", "The company No. 01234567 was dissolved."],
    ["case number", "In Case 2:23-cv-01234 the judge ruled."],
    ["phone number", "Call 020 7946 0000 for details."],
    ["international phone", "Call +44 20 7946 0000 now."],
    ["dashed phone", "Call 555-123-4567 today."],
    ["page furniture", "4 min read"],
    ["comment count", "3 comments"],
    ["relative date in years", "He left 16 years ago."],
    ["relative date in words", "She arrived two weeks ago."],
    ["relative date, later", "Three days later the ceasefire collapsed."],
    ["race distance as a name", "She won the 1,500m in Paris."],
    ["race distance in metres", "He ran the 100 metres final."],
    ["article of a law", "Under Article 5 allies must respond."],
    ["section of a law", "Section 230 protects platforms."],
    ["model names", "The F-16 and COVID-19 and the G7 summit."],
    ["software version name", "He still runs Windows 10 at home."],
    ["index name", "The FTSE 100 closed flat."],
    ["age in apposition", "John Smith, 45, said he was shocked."],
    ["age compound", "A 45-year-old man was arrested."],
    ["age with aged", "He died aged 81 at his home."],
    ["footnote", "The claim was repeated [3] by others."],
    ["room label", "The case was heard in courtroom 21B."],
    ["race distance after women's", "She broke the record in the women\u2019s 1,500m in Monaco."],
    ["software version", "Version 4.2 of the software was withdrawn."],
    ["a count describing the source", "The inquiry was opened, according to three people familiar with it."],
    ["a count describing anonymous sources", "He will run, according to two Republican strategists briefed on the plans."],
    ["a definite set", "It will be the 201st meeting between the two clubs."],
    ["terminal name", "Flights left from Terminal 5 as usual."],
    ["grade name", "The Grade II listed hall was sold."],
    ["ordinal quarter", "Profits rose in the third quarter."],
    ["compound ordinal", "It is the second-largest city."],
  ])("%s", (_name, s) => {
    expect(texts(s)).toEqual([]);
  });

  it("keeps the figure but drops the date in the same sentence", () => {
    const s = "She further highlighted that since the invasion began in February 2022, over 230,000 criminal cases have been opened.";
    const got = texts(s);
    expect(got).toEqual(["over 230,000 criminal cases"]);
    for (const t of got) expect(t).not.toContain("2022");
  });

  it("still reads a four-digit count that is clearly a count", () => {
    expect(one("Police arrested 1500 protesters.").value).toBe(1500);
    expect(one("Prices rose 2000% in a decade.").value).toBe(2000);
    expect(one("About 1500 people attended.").value).toBe(1500);
  });
});

describe("hasNumericSignal", () => {
  it("is true for digits and number words and false for plain prose", () => {
    expect(hasNumericSignal("It rose 5%.")).toBe(true);
    expect(hasNumericSignal("Dozens fled.")).toBe(true);
    expect(hasNumericSignal("Costs doubled.")).toBe(true);
    expect(hasNumericSignal("The minister said it was wrong.")).toBe(false);
  });
});

describe("findFigures: comparisons", () => {
  it("takes 'twice as many/much' whole", () => {
    expect(one("Growers harvest nearly twice as many boxes an acre.").text).toContain("twice as many");
    expect(one("Policies cost about twice as much as standard coverage.")).toMatchObject({ value: 2, unit: "times", approx: true });
  });
});

describe("findFigures: durations and seats", () => {
  it("'to last five days' and 'over the last five days' are durations the sentence measures; '16 years ago' is a relative date", () => {
    expect(texts("The walkout is scheduled to last five days.")).toEqual(["five days"]);
    expect(texts("Over the last five days, 30 people died.")).toEqual(["five days", "30 people"]);
    expect(texts("Over the past three years the policy held.")).toEqual(["three years"]);
    expect(texts("The plant closed 16 years ago.")).toEqual([]);
  });

  it("a count after a possessive is a count, not a model number", () => {
    // (a part of the whole it is counted from: one figure, like "two of the seven members")
    expect(texts("Democrats hold 56 of the Assembly's 99 seats.")).toEqual(["56 of the Assembly's 99 seats"]);
    expect(texts("The update ships with Windows 10 next week.")).toEqual([]);
  });

  it("a rate per century", () => {
    expect(one("Such droughts would strike roughly three times a century.").text).toBe("roughly three times a century");
  });
});

describe("findFigures: a ratio around its noun", () => {
  it("'one voter in five'", () => {
    expect(one("Nearly one voter in five was still undecided.")).toMatchObject({ text: "Nearly one voter in five", value: 0.2, approx: true });
    expect(texts("One of the voters left.")).toEqual([]);
  });
});

describe("findFigures: fractions of units, runs of months", () => {
  it("reads 'two-tenths of a point', 'a quarter of a million', 'a quarter-point', '18 consecutive months'", () => {
    expect(texts("The jobless rate rose two-tenths of a point to 4.3%.")).toEqual(["rose two-tenths of a point", "4.3%"]);
    expect(one("More than a quarter of a million people left.")).toMatchObject({ value: 250000, unit: "people", approx: true });
    expect(one("The Fed will cut rates by a quarter-point.")).toMatchObject({ text: "a quarter-point", value: 0.25 });
    expect(one("Wages outpaced inflation for 18 consecutive months.").text).toBe("18 consecutive months");
  });
});

describe("findFigures: bounded 'one', possessed counts, counted people who were …", () => {
  it("reads 'at least one death', 'its six investigators' and 'two patients who were hospitalized'", () => {
    expect(one("She said at least one death may be linked to the fault.")).toMatchObject({ text: "at least one death", value: 1, approx: true });
    expect(texts("Its six investigators were already handling 41 other complaints.")).toEqual(["six investigators", "41 other complaints"]);
    expect(texts("It received 14 reports of injury, including two patients who were hospitalized.")).toEqual(["14 reports", "two patients"]);
  });
  it("still leaves out counts of sources, definite sets and 'one of'", () => {
    expect(texts("The talks stalled, according to two people who were briefed on them.")).toEqual([]);
    expect(texts("The two clubs agreed a fee.")).toEqual([]);
    expect(texts("One of the officers was hurt, and no one was arrested.")).toEqual([]);
  });
});

describe("findFigures: poll leads, samples, modal multiples, cited sources", () => {
  it("reads '9-point lead', '502 likely voters', 'will double', and leaves out 'citing two fund-raisers'", () => {
    expect(texts("Mrs. Voss's 9-point lead was down from a 17-point lead.")).toEqual(["9-point lead", "17-point lead"]);
    expect(texts("The survey of 502 likely voters has a margin of error of 4.5 percentage points.")).toEqual(["502 likely voters", "4.5 percentage points"]);
    expect(texts("Response times in the North End will double.")).toEqual(["double"]);
    expect(texts("The party will double down on the message.")).toEqual([]);
    expect(texts("The paper reported, citing two Brannigan fund-raisers, that he would quit.")).toEqual([]);
  });
});

describe("findFigures: bill numbers", () => {
  it("reads 'H.R. 2217' and 'S. 1640' as identifiers", () => {
    expect(texts("Mr. Brewster is the chief sponsor of H.R. 2217, a bill that would expand the program.")).toEqual([]);
    expect(texts("The Senate passed S. 1640 by a vote of 61 to 39.")).not.toContain("1640");
  });
});

describe("findFigures: more currencies, 'a couple of hundred'", () => {
  it("reads '200,000 kyat a person' and 'a couple of hundred votes'", () => {
    expect(texts("Boat owners were charging 200,000 kyat a person.")).toEqual(["200,000 kyat a person"]);
    expect(texts("Recounts never overturn a lead of more than a couple of hundred votes.")).toEqual(["more than a couple of hundred votes"]);
    expect(texts("He gave a couple of examples in his speech.")).toEqual([]);
    expect(texts("The deal was signed 16 years ago.")).toEqual([]);
  });
});

describe("findFigures: blind sets 17-22 findings", () => {
  it("measures spans after next/last/past, but not 'ago' or a bare 'next year'", () => {
    expect(texts("The Administration would ask for aid over the next three years.")).toEqual(["three years"]);
    expect(texts("Most voters here make up their minds in the last 72 hours.")).toEqual(["72 hours"]);
    expect(texts("The deal was signed three years ago.")).toEqual([]);
    expect(texts("The plant will close next year.")).toEqual([]);
  });

  it("reads koruna and other currencies, word-number percentage points, 'as much as half' and 'Thousands of others'", () => {
    expect(texts("The plan would raise defence spending by a fifth, to 180 billion koruna.")).toEqual(["by a fifth", "180 billion koruna"]);
    expect(texts("The poll has a margin of error of three percentage points.")).toEqual(["three percentage points"]);
    expect(texts("Nearly ten percent voted.")).toEqual(["Nearly ten percent"]);
    expect(texts("Orders had dropped by as much as half since the recall.")).toEqual(["dropped by as much as half"]);
    expect(texts("Thousands of others are still waiting at the border.")).toEqual(["Thousands of others"]);
  });

  it("counts people who were queuing, but not sources who were briefed or had seen a letter", () => {
    expect(texts("An air strike on the market killed dozens of people who had been queuing for bread.")).toEqual(["dozens of people"]);
    expect(texts("Two people who were briefed on the talks said 5 died.")).toEqual(["5"]);
    expect(texts("Three people who had seen the letter said 5 died.")).toEqual(["5"]);
  });

  it("reads 'A 2024 analysis' as a year, '1500 workers' as a count", () => {
    expect(texts("A 2024 analysis by the charity found that 5 sources contained PFAS.")).toEqual(["5 sources"]);
    expect(texts("They hired 1500 workers.")).toEqual(["1500 workers"]);
  });
});

describe("findFigures: blind set 23 findings", () => {
  it("keeps a level's currency after a change, 'closer to', degrees Celsius, and both ages after 'aged'", () => {
    expect(texts("Operating profit fell 37% to 112 million francs, on sales that slipped 6% to 1.02 billion francs.")).toEqual(["fell 37% to 112 million francs", "slipped 6% to 1.02 billion francs"]);
    expect(texts("The union said the real figure was closer to 1,300.")).toEqual(["closer to 1,300"]);
    expect(texts("October was more than 2 degrees Celsius above the norm.")).toEqual(["more than 2 degrees Celsius"]);
    expect(texts("The brothers, aged 44 and 39, appeared in court charged with 16 offences each.")).toEqual(["16 offences each"]);
  });
});

describe("findFigures: blind sets 25-26 findings", () => {
  it("reads lower-case route and flight numbers and point releases as identifiers", () => {
    expect(texts("Buses on route 42 now take up to 20 minutes longer.")).toEqual(["up to 20 minutes longer"]);
    expect(texts("The airline's flight 370 vanished with 239 people.")).toEqual(["239 people"]);
    expect(texts("It said the current version, Scribewell 3.2, produced errors in fewer than 0.2% of notes.")).toEqual(["fewer than 0.2%"]);
    expect(texts("He waited in line 3 hours.")).toEqual(["3 hours"]);
    expect(texts("The design of the harbour section changed 37 times.")).toEqual(["37 times"]);
  });

  it("measures 'the 4.3-mile line' (only metre distances are race names) and keeps 'a further' and 'an extra'", () => {
    expect(texts("It built the 4.3-mile line.")).toEqual(["4.3-mile line"]);
    expect(texts("She won the 1,500m in Paris.")).toEqual([]);
    expect(texts("The council requested a further £45m.")).toEqual(["a further £45m"]);
    expect(texts("It needs an extra 300 nurses.")).toEqual(["an extra 300 nurses"]);
  });
});

describe("findFigures: continental addresses", () => {
  it("reads 'Quai d’Ouchy 7' and 'Via Roma 10' as addresses, not 'the Avenue in 3 columns'", () => {
    expect(texts("The congress opens at the Hotel Riviera, Quai d’Ouchy 7, in Lausanne at 9am on 14 November.")).toEqual([]);
    expect(texts("Via Roma 10 is closed.")).toEqual([]);
    expect(texts("They marched down the Avenue in 3 columns.")).toEqual(["3 columns"]);
  });
});

describe("findFigures: blind sets 31-34 findings", () => {
  it("reads 'one of every five', the whole in 'two of the seven members' and 'another quarter of a million'", () => {
    expect(texts("He added that one of every five bridges was rated deficient.")).toEqual(["one of every five bridges"]);
    expect(texts("She wrote that 1 of every 5 farms had been split.")).toEqual(["1 of every 5 farms"]);
    expect(texts("Two of the seven members voted to hold.")).toEqual(["Two of the seven members"]);
    expect(texts("The two clubs met.")).toEqual([]);
    expect(texts("One of the two clubs refused.")).toEqual([]);
    expect(texts("They sold another quarter of a million units.")).toEqual(["another quarter of a million units"]);
  });

  it("reads a maturity after a modifier ('two-year government bond yields') as a kind of debt", () => {
    expect(texts("Two-year government bond yields rose 11 basis points.")).toEqual(["rose 11 basis points"]);
    expect(texts("He signed a two-year contract.")).toEqual(["two-year contract"]);
  });
});

describe("findFigures: blind sets 35-38 findings", () => {
  it("keeps a part and its whole as one figure: 'two of the three samples', '11 of the 26 tenders'", () => {
    expect(texts("Two of the three samples had been re-run.")).toEqual(["Two of the three samples"]);
    expect(texts("The firm won only 11 of the 26 tenders it entered.")).toEqual(["only 11 of the 26 tenders"]);
  });

  it("reads an age no one lives to as a figure, a BC year as a date, and 'a millennium' as a span", () => {
    expect(texts("The canoe is roughly 4,300 years old.")).toEqual(["roughly 4,300 years"]);
    expect(texts("She is 52 years old.")).toEqual([]);
    expect(texts("The boat dates from around 2400 BC.")).toEqual([]);
    expect(texts("The result came back more than a millennium younger.")).toEqual(["more than a millennium"]);
  });

  it("keeps differences, bounds and large-denominator risks whole", () => {
    expect(texts("The gates counted about 7,300 fewer than the club's figure.")).toEqual(["about 7,300 fewer"]);
    expect(texts("It paid about a third more than it spent in 1993.")).toEqual(["about a third more"]);
    expect(texts("Its measurements came within 10 percent of the agency's.")).toEqual(["within 10 percent"]);
    expect(texts("Of the cases, just 19 ended in a conviction.")).toEqual(["just 19"]);
    expect(texts("The lifetime cancer risk exceeds one in 10,000.")).toEqual(["one in 10,000"]);
    expect(texts("He says hundreds of postal votes were forged.")).toEqual(["hundreds of postal votes"]);
  });
});

describe("findFigures: 'for the first time in 17 years'", () => {
  it("is when something last happened (a relative date); 'the lowest level in five years' measures a span", () => {
    expect(texts("Teachers walked off the job for the first time in 17 years, closing 212 schools.")).toEqual(["212 schools"]);
    expect(texts("Prices fell to their lowest level in five years.")).toEqual(["five years"]);
  });
});

describe("findFigures: blind sets 39-42 findings", () => {
  it("keeps noun compounds, tallies after a name and vote splits whole", () => {
    expect(texts("He credited the 600 police officers he has added.")).toEqual(["600 police officers"]);
    expect(texts("It had fired three claims workers.")).toEqual(["three claims workers"]);
    expect(texts("The map passed the House 68 to 50.")).toEqual(["68 to 50"]);
    expect(texts("The Supreme Court's 5-to-4 ruling drew praise.")).toEqual(["5-to-4"]);
    expect(texts("Flight 370 vanished.")).toEqual([]);
  });

  it("reads 'one more than', 'well under half', 'two of them', '71 wounded' and a span 'for four days before'", () => {
    expect(texts("The coroner counted five deaths, one more than the trust's total.")).toEqual(["five deaths", "one more"]);
    expect(texts("It recorded violations well under half of the figure.")[0]).toMatch(/^well under half/);
    expect(texts("Two of them work in other departments.")).toEqual(["Two of them"]);
    expect(texts("At least 23 civilians were killed and 71 wounded.")).toEqual(["At least 23 civilians", "71 wounded"]);
    expect(texts("They were inside its network for four days before they were detected.")).toEqual(["four days"]);
    expect(texts("Two days before the vote, he resigned.")).toEqual([]);
  });

  it("does not count the idiom in 'three one-on-one meetings'", () => {
    expect(texts("She was summoned to three one-on-one meetings.")).toEqual(["three"]);
  });
});

describe("findFigures: blind sets 43-46 findings", () => {
  it("reads 'roughly double', 'nine of them children', '39 wounded patients', '18 months or longer' and 'in the six weeks before'", () => {
    expect(texts("The rate was roughly double in the treatment group.")).toEqual(["roughly double"]);
    expect(texts("It said 41 people were wounded, nine of them children.")).toEqual(["41 people", "nine of them children"]);
    expect(texts("They admitted 39 wounded patients.")).toEqual(["39 wounded patients"]);
    expect(texts("Complaints take 18 months or longer to resolve.")).toEqual(["18 months or longer"]);
    expect(texts("Prices rose in the six weeks before the campaign began.")).toEqual(["six weeks"]);
  });
});

describe("findFigures: a gun's bore", () => {
  it("reads 'a .38-caliber revolver' as a name, not a figure", () => {
    expect(texts("The department said a .38-caliber revolver was found.")).toEqual([]);
  });
});

describe("findFigures: what a count covers (evening round)", () => {
  it("keeps 'fewer', 'others' and 'of whom' with the count", () => {
    expect(texts("He said 60,000 fewer homes would be built.")).toEqual(["60,000 fewer homes"]);
    expect(texts("Three people had been killed and 11 others injured.")).toEqual(["Three people", "11 others"]);
    expect(texts("It hired 61 new drivers, 44 of whom are still on the job.")).toEqual(["61 new drivers", "44 of whom"]);
  });

  it("takes no ordinal as a unit and no age limit as a figure", () => {
    expect(texts("The state ordered the school to retest 112 eighth graders.")).toEqual(["112"]);
    expect(texts("Children under 12 accounted for 38% of admissions.")).toEqual(["38%"]);
    // a money or count bound is still a figure
    expect(texts("Households under £20,000 a year lost most.")).toEqual(["under £20,000 a year"]);
  });
});

describe("findFigures: parts, sets and terms (evening round 2)", () => {
  it("reads 'eight of 10 flight tests' as one figure", () => {
    expect(texts("The interceptor hit the target in eight of 10 flight tests.")).toEqual(["eight of 10 flight tests"]);
    expect(texts("Two of 10 said yes, and 40 of 100 said no.")).toEqual(["Two of 10", "40 of 100"]);
  });

  it("reports a definite set ('the three tests') only beside a figure the sentence asserts", () => {
    expect(texts("The two clubs met on Tuesday.")).toEqual([]);
    expect(texts("In each of the three tests, the target carried a beacon, and 40% of the data was lost.")).toEqual(["three tests", "40%"]);
  });

  it("reads no figure in a product's term or a street address with a compass initial", () => {
    expect(texts("A typical two-year fixed deal now carries a rate of 5.6%.")).toEqual(["5.6%"]);
    expect(texts("They rallied outside the campus at 2400 N. Rockton Avenue.")).toEqual([]);
  });
});

describe("findFigures: measures, rates and ratios (evening round 3)", () => {
  it("keeps a price's rate, a volume's two words and a business-day span", () => {
    expect(texts("The imports cut the price by 18 cents a bushel.")).toEqual(["18 cents a bushel"]);
    expect(texts("It would recover about 35 cents on the dollar.")).toEqual(["about 35 cents on the dollar"]);
    expect(texts("Pollution topped 150 micrograms per cubic meter.")).toEqual(["150 micrograms per cubic meter"]);
    expect(texts("They produce about 60,000 cubic feet of such waste a year.")).toEqual(["about 60,000 cubic feet"]);
    expect(texts("Deposits were paid within three business days.")).toEqual(["within three business days"]);
  });

  it("reads 'every two years' and 'three Democrats for every two Republicans' whole", () => {
    expect(texts("The rankings are revised every two years.")).toEqual(["every two years"]);
    expect(texts("Three Democrats for every two Republicans voted.")).toEqual(["Three Democrats for every two Republicans"]);
    const s = "It may raise charges every three months.";
    const f = findFigures(s)[0]!;
    expect(s.slice(f.start, f.end)).toBe(f.text);
  });
});

describe("findFigures: owned sets, ratios with modifiers, hyphenated measures (evening round 4)", () => {
  it("reads the whole phrase", () => {
    expect(texts("Enrollment fell in 140 of the state's rural districts.")).toEqual(["140 of the state's rural districts"]);
    expect(texts("The pump had been tagged out on four of those days.")).toEqual(["four of those days"]);
    expect(texts("The plan would leave six in 10 rural districts spending less.")).toEqual(["six in 10 rural districts"]);
    expect(texts("Every district receives a base of $3,648 for each pupil.")).toEqual(["$3,648 for each pupil"]);
    expect(texts("NRC records show 17 such shutdowns over that period.")).toEqual(["17 such shutdowns"]);
    expect(texts("Its tally included a half-dozen shutdowns.")).toEqual(["a half-dozen shutdowns"]);
    expect(texts("Dead fish were found along a six-mile stretch of the river.")).toEqual(["six-mile stretch"]);
  });
});

describe("findFigures: spans and names (evening round 5)", () => {
  it("keeps compound times, consecutive quarters, per-item prices, 'a fourth' and 'only one'", () => {
    expect(texts("It reported an average response time of 7 minutes 48 seconds for calls.")).toEqual(["7 minutes 48 seconds"]);
    expect(texts("Starts had risen for three consecutive quarters.")).toEqual(["three consecutive quarters"]);
    expect(texts("It put the added cost at about $2.1 million an aircraft.")).toEqual(["about $2.1 million an aircraft"]);
    expect(texts("The mill pays nearly a fourth of the district's revenue.")).toEqual(["nearly a fourth"]);
    expect(texts("He won only one game against a qualifier.")).toEqual(["only one game"]);
    expect(texts("It would cut in half the order for trucks.")).toEqual(["cut in half"]);
    // an ordinal "fourth" stays no figure; a fraction "three quarters" stays one
    expect(texts("He finished fourth in the race.")).toEqual([]);
    expect(texts("Three quarters of the budget went to schools.")).toEqual(["Three quarters"]);
  });

  it("reads a capital letter glued to a number as a name, a lower-case one as a unit", () => {
    expect(texts("The comet 67P was visited.")).toEqual([]);
    expect(texts("The price rose to 67p a litre.")).toEqual(["67p a litre"]);
    expect(texts("It raised £5M last year.")).toEqual(["£5M"]);
  });
});

describe("findFigures: a year after a possessive", () => {
  it("reads 'the city's 1995 results' as a year, '1995 workers' as a count", () => {
    expect(texts("It confirmed that the city's 1995 results were below the action level.")).toEqual([]);
    expect(texts("It hired 1995 workers.")).toEqual(["1995 workers"]);
  });
});

describe("findFigures: a part of its whole (evening round 6)", () => {
  it("reads 'N of its M …', 'N of the past M years' and 'one of its three lines' as one figure", () => {
    expect(texts("Corran County said that 11 of its 15 planned shelters were operating.")).toEqual(["11 of its 15 planned shelters"]);
    expect(texts("The basin has had smoke-heavy summers in four of the past six years.")).toEqual(["four of the past six years"]);
    expect(texts("It has been full on 71 of the last 90 nights.")).toEqual(["71 of the last 90 nights"]);
    expect(texts("It would have to shut one of its three production lines.")).toEqual(["one of its three production lines"]);
    // "one of the officers" counts nothing
    expect(texts("One of the officers said so.")).toEqual([]);
  });
});

describe("findFigures: coordinated nouns, rate adjectives, 'only' (evening round 7)", () => {
  it("reads the whole count", () => {
    expect(texts("The home ran short on 61 of the 90 nights examined.")).toEqual(["61 of the 90 nights"]);
    expect(texts("The union represents about 400 hourly workers at the plant.")).toEqual(["about 400 hourly workers"]);
    expect(texts("The union said 750 daily routes were affected.")).toEqual(["750 daily routes"]);
    expect(texts("Trident said 37 employees and contract workers were hurt.")).toEqual(["37 employees and contract workers"]);
    expect(texts("The log records only two complaints from her.")).toEqual(["only two complaints"]);
    expect(texts("He expected to find two more before the session ends.")).toEqual(["two more"]);
  });
  it("reads an infant's age and an apposition's set as no figure", () => {
    expect(texts("The first dose is given at eight weeks.")).toEqual([]);
    expect(texts("Ingrid Solberg, president of one of the three federations that paid for the study, disagreed.")).toEqual([]);
  });
});

describe("findFigures: baselines, calibres and news (evening round 8)", () => {
  it("reads no figure in a baseline period, a calibre or 'a 2018 news release'", () => {
    expect(texts("Yields fell 23% against the previous five-year average.")).toEqual(["fell 23%"]);
    expect(texts("Prices hit a 20-year low.")).toEqual([]);
    expect(texts("The pattern of craters suggested 122mm rockets.")).toEqual([]);
    expect(texts("Prairie Star said in a 2018 news release that it had gone one million hours without injury.")).toEqual(["one million hours"]);
    // a measured amount and a lease term stay figures
    expect(texts("Rain fell 20mm in an hour.")).toEqual(["fell 20mm"]);
    expect(texts("It signed a 25-year lease.")).toEqual(["25-year lease"]);
  });
});

describe("findFigures: day ranges, signs and the rest of a set", () => {
  it("reads the end of 'April 12 through 16' as a day, not a count", () => {
    expect(texts("The test will be given April 12 through 16, as scheduled.")).toEqual([]);
    expect(texts("A poll of 804 likely voters taken Sept. 20 to 24 found him ahead.")).toEqual(["804 likely voters"]);
    expect(texts("Talks ran from June 2 to 9 and ended.")).toEqual([]);
    // a count after the range word stays one
    expect(texts("On April 12 to 16 million viewers watched.")).toEqual(["16 million viewers"]);
  });

  it("keeps a minus sign with its value, and a margin's 'plus or minus' without making it negative", () => {
    expect(findFigures("Temperatures fell to minus 9C on Saturday night.").map((f) => [f.text, f.value])).toEqual([["minus 9C", -9]]);
    expect(findFigures("The margin of error is plus or minus 3.1 percentage points.").map((f) => [f.text, f.value])).toEqual([["plus or minus 3.1 percentage points", 3.1]]);
  });

  it("reads 'the other two' as a count", () => {
    expect(texts("Only two of those players have left, with the other two joining League One clubs on loan.")).toEqual(["Only two of those players", "the other two"]);
    expect(texts("Between April 12 and 16 people died.")).toEqual(["16 people"]);
  });
});

describe("findFigures: a count of one", () => {
  it("reads 'only one of those letters' and 'one worker had been killed' as counts", () => {
    expect(texts("She told the court she had received only one of those letters.")).toEqual(["only one"]);
    expect(texts("Davydenko said one worker had been killed and seven others injured.")).toEqual(["one worker", "seven others"]);
    expect(texts("One man was arrested.")).toEqual(["One man"]);
  });

  it("reads no count in 'the only one of', 'one of the men' or a plain 'one researcher'", () => {
    expect(texts("That made it the only one of the region's four ambulance services to meet the standard.")).toEqual(["four ambulance services"]);
    expect(texts("One of the men was arrested.")).toEqual([]);
    expect(texts("He said one researcher had been consulted.")).toEqual([]);
  });
});

describe("findFigures: a unit's name", () => {
  it("reads no figure in 'twenty-foot equivalent units', and one in 'a twenty-foot wall'", () => {
    expect(texts("The port handled 412,000 containers, measured in twenty-foot equivalent units.")).toEqual(["412,000 containers"]);
    expect(texts("It built a twenty-foot wall.")).toEqual(["twenty-foot wall"]);
  });
});

describe("findFigures: a measured average is no baseline", () => {
  it("reads 'the same 58-minute average' as a figure, and still no figure in 'a 20-year low'", () => {
    expect(texts("Weekly data showed the same 58-minute average for the service's calls.")).toEqual(["58-minute average"]);
    expect(texts("Prices hit a 20-year low.")).toEqual([]);
  });
});

describe("findFigures: finishing times and places on a course", () => {
  it("reads '2hr 06min 41sec' as one figure and 'the 25-kilometre point' as a place", () => {
    expect(texts("Alemu crossed the line in 2hr 06min 41sec, a time the organisers say broke the course record.")).toEqual(["2hr 06min 41sec"]);
    expect(texts("A mat at the 25-kilometre point stopped reading chips for about 11 minutes.")).toEqual(["about 11 minutes"]);
    expect(texts("They ran a 25-kilometre loop.")).toEqual(["25-kilometre loop"]);
  });
});

describe("fractions beside 'since', 'as much as' and a range of fractions", () => {
  it("reads 'as much as a quarter since …' and 'between a quarter and a third' as figures, 'a third term' as none", () => {
    expect(findFigures("Sales had fallen by as much as a quarter since the camp appeared.").map((f) => f.text)).toEqual(["fallen by as much as a quarter"]);
    expect(findFigures("He estimated that between a quarter and a third of the fall could be explained.").map((f) => f.text)).toEqual(["between a quarter and a third"]);
    expect(findFigures("He served a third term.")).toEqual([]);
  });
});

describe("half before any possessive or demonstrative", () => {
  it("reads 'Half my floor is gone' and 'half those jobs' as figures, 'the other half' as none", () => {
    expect(findFigures("Half my floor is gone.").map((f) => f.text)).toEqual(["Half"]);
    expect(findFigures("Half those jobs went to Ohio.").map((f) => f.text)).toEqual(["Half"]);
    expect(findFigures("The other half is fine.")).toEqual([]);
  });
});

describe("an approximate span in the possessive", () => {
  it("reads 'less than an hour's notice' as a span", () => {
    expect(findFigures("Deputies had given them less than an hour's notice on Sunday night.").map((f) => f.text)).toEqual(["less than an hour's"]);
    expect(findFigures("Deputies gave an hour's notice.")).toEqual([]);
  });
});

describe("a time span naming a standard", () => {
  it("reads 'the 18-week treatment target' and 'the four-hour target' as names, a wait as a figure", () => {
    expect(findFigures("The ministry acknowledged that the 18-week treatment target had not been met.")).toEqual([]);
    expect(findFigures("The four-hour target was missed.")).toEqual([]);
    expect(findFigures("It was a four-hour wait.").map((f) => f.text)).toEqual(["four-hour wait"]);
  });
});

describe("durations in two units, and counts of times after a name", () => {
  it("reads 'nine hours and 20 minutes' and 'two years and six months' as one figure each", () => {
    expect(findFigures("The monitor showed a discharge lasting nine hours and 20 minutes that night.")).toMatchObject([{ text: "nine hours and 20 minutes", unit: "hours" }]);
    expect(findFigures("He was jailed for two years and six months.")[0]).toMatchObject({ text: "two years and six months", value: 2.5 });
    expect(findFigures("The march took 3 hours, and 20 minutes of speeches followed.").map((f) => f.text)).toEqual(["3 hours", "20 minutes of speeches"]);
  });
  it("reads 'prosecuted Southmoor 14 times' as a count, not a name's number", () => {
    expect(findFigures("The agency has prosecuted Southmoor 14 times since 2015.").map((f) => f.text)).toEqual(["14 times"]);
    expect(findFigures("Windows 10 was released.")).toEqual([]);
  });
});

describe("an hour of the clock after a verb of the timetable", () => {
  it("reads 'she goes out at six' and 'opens at nine' as times, 'put the toll at six' as a figure", () => {
    expect(findFigures("“Sign it, she goes out at six,” he said.")).toEqual([]);
    expect(findFigures("The shop opens at nine and closes at five.")).toEqual([]);
    expect(findFigures("They put the toll at six.").map((f) => f.text)).toEqual(["six"]);
    expect(findFigures("Shares opened at 12 percent higher.").map((f) => f.text)).toEqual(["12 percent higher"]);
  });
});

describe("a half after the number, a margin with its sign", () => {
  it("reads 'three and a half years' whole and 'plus or minus 3.5 percentage points' with its sign", () => {
    expect(findFigures("I have cut the ribbon at 212 plants in three and a half years.")[1]).toMatchObject({ text: "three and a half years", value: 3.5 });
    expect(findFigures("The margin of error is plus or minus 3.5 percentage points.").map((f) => f.text)).toEqual(["plus or minus 3.5 percentage points"]);
    expect(findFigures("It fell to minus 9C.")[0]!.value).toBe(-9);
  });
});

describe("the counted noun after its modifiers", () => {
  it("reads '140 support staff posts' and '600,000 working people' whole, and stops at 'unless'", () => {
    expect(findFigures("The union said 140 support staff posts had been cut.").map((f) => f.text)).toEqual(["140 support staff posts"]);
    expect(findFigures("The cut hits 600,000 working people.").map((f) => f.text)).toEqual(["600,000 working people"]);
    expect(findFigures("Stocks would run out within two weeks unless deliveries resumed.").map((f) => f.text)).toEqual(["within two weeks"]);
  });
});

describe("findFigures: a part and its whole, more ways", () => {
  it("reads 'N of the M' with no noun after, an owned whole and a ranked set as one figure", () => {
    expect(texts("A check found that 97 of the 214 had filed a return.")).toEqual(["97 of the 214"]);
    expect(texts("It forbids double-bunking in three of the state's four maximum-security prisons.")).toEqual(["three of the state's four maximum-security prisons"]);
    expect(texts("He promised longer hours at 12 of the busiest district offices.")).toEqual(["12 of the busiest district offices"]);
  });
  it("keeps 'perhaps' and 'comfortably more than' with the figure, approximate", () => {
    expect(one("The ward had enough for perhaps ten days.")).toMatchObject({ text: "perhaps ten days", approx: true });
    expect(one("It was left with comfortably more than $9bn.")).toMatchObject({ text: "comfortably more than $9bn", approx: true });
    expect(texts("It was perhaps the best day of the year.")).toEqual([]);
  });
});

describe("findFigures: 'maybe' approximates", () => {
  it("keeps 'maybe' with the figure", () => {
    expect(one("We have maybe 40 days left.")).toMatchObject({ text: "maybe 40 days", approx: true });
  });
});

describe("findFigures: vote splits, rank compounds and measures before a noun", () => {
  it("reads 'by seven votes to two' whole, '312 grade-one calls' as the count and 'longer than 20 minutes' approximate", () => {
    expect(texts("The committee approved the estate by seven votes to two.")).toEqual(["seven votes to two"]);
    expect(texts("Of 312 grade-one calls, 118 took longer than 20 minutes.")).toEqual(["312", "118", "longer than 20 minutes"]);
  });
  it("reads 'the 40-metre span' as a measure and 'the 1,500m' as a race", () => {
    expect(texts("Nine people were hurt when the 40-metre span fell.")).toEqual(["Nine people", "40-metre span"]);
    expect(texts("She won the 1,500m in Rome.")).toEqual([]);
  });
});

describe("findFigures: a rate over a counted base", () => {
  it("reads '2.1 deaths per 1,000 births' and '17.6 per 1,000 player-hours' as one figure each", () => {
    expect(texts("The rate was 2.1 deaths per 1,000 births in 2020.")).toEqual(["2.1 deaths per 1,000 births"]);
    expect(texts("The rate was 17.6 per 1,000 player-hours, down from 21.4.")).toEqual(["17.6 per 1,000 player-hours", "down from 21.4"]);
  });
});

describe("findFigures: a change stated after the figure, and a part of the dead", () => {
  it("reads '3.1% higher on Thursday', 'up to 25 minutes longer.' and '11 of the dead' whole", () => {
    expect(texts("Shares closed 3.1% higher on Thursday.")).toEqual(["3.1% higher"]);
    expect(texts("Services would take up to 25 minutes longer.")).toEqual(["up to 25 minutes longer"]);
    expect(texts("By Monday 11 of the dead had been identified.")).toEqual(["11 of the dead"]);
    expect(texts("It was 4% higher-quality.")).toEqual(["4%"]);
  });
});

describe("findFigures: 'once every 11 weeks' and 'twice as frequent'", () => {
  it("reads both whole", () => {
    expect(texts("A carrier saw an inspector once every 11 weeks.")).toEqual(["once every 11 weeks"]);
    expect(texts("Visits had become roughly twice as frequent since January.")).toEqual(["roughly twice as frequent"]);
  });
});

describe("findFigures: a count before several modifiers and its plural noun", () => {
  it("reads 'two ageing blast furnaces', '23 full-time GPs' and '12 senior Labour MPs' whole", () => {
    expect(texts("It will replace its two ageing blast furnaces with one.")).toEqual(["two ageing blast furnaces"]);
    expect(texts("A fall of 14 full-time-equivalent GPs was recorded.")).toEqual(["14 full-time-equivalent GPs"]);
    expect(texts("She met 12 senior Labour MPs.")).toEqual(["12 senior Labour MPs"]);
  });
  it("stops at a verb or an adverb: 'the 6,000 figure counted jobs', 'closer to 6,000 once contract cleaners'", () => {
    expect(texts("The 6,000 figure counted jobs at contractors.")).toEqual(["6,000"]);
    expect(texts("It was closer to 6,000 once contract cleaners were counted.")).toEqual(["closer to 6,000"]);
  });
});

describe("findFigures: 'all 14 stations', 'at least another $250 million'", () => {
  it("keeps 'all' before a count and 'another' after an approximation", () => {
    expect(texts("The campaign has asked all 14 stations to pull the commercial.")).toEqual(["all 14 stations"]);
    expect(one("It would add at least another $250 million in termination costs.")).toMatchObject({ text: "at least another $250 million", approx: true, value: 250e6 });
    // (nothing after "all" but a decade, and "all" alone, report nothing)
    expect(texts("All 1990s cases were closed, and all of them were sealed.")).toEqual([]);
  });
});

describe("findFigures: 'three and a half billion dollars'", () => {
  it("scales the half and keeps the currency after it", () => {
    expect(one("It will cost the taxpayers three and a half billion dollars.")).toMatchObject({ text: "three and a half billion dollars", value: 3.5e9, unit: "USD" });
    expect(one("Some two and a half million people voted.")).toMatchObject({ text: "Some two and a half million", value: 2.5e6, approx: true });
    expect(one("He waited two and a half hours.")).toMatchObject({ value: 2.5, unit: "hours" });
  });
});

describe("findFigures: emergency lines", () => {
  it("does not report '999' or '911' as a figure, but a count of 999 things is one", () => {
    expect(texts("Her husband made four calls to 999 during that time.")).toEqual(["four calls"]);
    expect(texts("He dialled 911 twice.")).toEqual([]);
    expect(texts("There were 999 complaints.")).toEqual(["999 complaints"]);
    expect(texts("Its count of posts came to 112.")).toEqual(["112"]);
  });
});

describe("findFigures: the words a quantity reads with", () => {
  it("keeps a comparative after an amount", () => {
    expect(texts("Households paid 6% more for heating this winter.")).toEqual(["6% more"]);
    expect(texts("The harvest came in 38 percent below last year's.")).toEqual(["38 percent below"]);
    expect(texts("The crowd was about 10,000 lower than claimed.")).toEqual(["about 10,000 lower"]);
  });
  it("keeps a price for each of something, and a share of each whole", () => {
    expect(texts("Dealers sold it for about $90 a gram.")).toEqual(["about $90 a gram"]);
    expect(texts("The repairs cost roughly $3,100 a house, officials said.")).toEqual(["roughly $3,100 a house"]);
    expect(texts("Only 48 cents of every dollar raised reached the shelter.")).toEqual(["Only 48 cents of every dollar"]);
    expect(texts("Couriers waited 19 minutes in every hour.")).toEqual(["19 minutes in every hour"]);
    // (a verb after the rate is not its noun)
    expect(texts("A levy of 7 cents a litre raises about $2 billion a year.")).toEqual(["7 cents a litre", "about $2 billion a year"]);
  });
  it("reads a part with the set it is counted from", () => {
    expect(texts("Owners of 23 of the flooded cars have sued.")).toEqual(["23 of the flooded cars"]);
    expect(texts("He skipped 9 of the 12 votes on the bill.")).toEqual(["9 of the 12 votes"]);
    expect(texts("She was at work on 140 of the 160 working days examined.")).toEqual(["140 of the 160 working days"]);
    // (a year after "of the" is a date, not the whole)
    expect(texts("Five of the 2019 files are missing.")).not.toContainEqual(expect.stringContaining("2019"));
  });
  it("keeps the noun a hyphened span describes, and the plural a modifier was taken for", () => {
    expect(texts("He earned £55 for a nine-hour shift.")).toEqual(["£55", "nine-hour shift"]);
    expect(texts("The road stayed shut along a 4-mile stretch.")).toEqual(["4-mile stretch"]);
    expect(texts("The firm has built 14 other car parks like it.")).toEqual(["14 other car parks"]);
    expect(texts("Three other Denholm drivers were dismissed.")).toEqual(["Three other Denholm drivers"]);
    expect(texts("The clinic recorded 48 people injured in the blast.")).toEqual(["48 people injured"]);
    // ("kilowatt-hours" is the unit, plural: the word after it is not its noun)
    expect(texts("The house used 1,200 kilowatt-hours last month.")).toEqual(["1,200 kilowatt-hours"]);
  });
  it("keeps 'every', 'all but', 'top', 'the low hundreds' and 'as long as' before a quantity", () => {
    expect(texts("Drivers refuelled every 580 kilometres on average.")).toEqual(["every 580 kilometres"]);
    expect(texts("Layoffs will be in the low hundreds.")).toEqual(["low hundreds"]);
    expect(texts("Of 900 cases, all but 120 ended in a plea.")).toContainEqual("all but 120");
    expect(texts("The top 5 percent of earners gain most.")).toEqual(["top 5 percent"]);
    expect(texts("Offices ran out of forms for as long as three weeks.")).toEqual(["as long as three weeks"]);
  });
  it("keeps a change or a baseline after a share, and reads 'all' before a number word", () => {
    expect(texts("Officers ignored a 6 percent decline in thefts.")).toEqual(["6 percent decline"]);
    expect(texts("The jails were 41 percent over capacity.")).toEqual(["41 percent over capacity"]);
    expect(texts("Sales came in 9% below target.")).toEqual(["9% below target"]);
    expect(texts("She audited all seven depots.")).toEqual(["all seven depots"]);
    expect(texts("All three remain on the payroll.")).toEqual(["All three"]);
    // ("all one of them" has no count)
    expect(texts("It was all one to him.")).toEqual([]);
  });
  it("counts an interval between two events when it is said with a bound, not a bare news peg", () => {
    expect(texts("Letters went out more than five months after the breach was found.")).toEqual(["more than five months"]);
    expect(texts("The alarm sounded about 30 seconds before the roof fell.")).toEqual(["about 30 seconds"]);
    expect(texts("Pupils can arrive 20 to 35 minutes after the first bell.")).toEqual(["20 to 35 minutes"]);
    expect(texts("The vote came two days after the governor spoke.")).toEqual([]);
    expect(texts("It happened about 16 years ago.")).toEqual([]);
  });
});

describe("findFigures: 'the 10K'", () => {
  it("reads a road race named by its distance as a name, and a sum in thousands as a figure", () => {
    expect(texts("Entries for the 10K that runs alongside it open in May.")).toEqual([]);
    expect(texts("It raised 10K for the hospice.")).toEqual(["10K"]);
  });
});

describe("findFigures: double counting, a fraction as a difference, 'for each', 'by half'", () => {
  it("reads 'counted twice' as no count of times, and keeps a stabbing's 'twice'", () => {
    expect(texts("Some voters had been counted twice.")).toEqual([]);
    expect(texts("He was stabbed twice.")).toEqual(["twice"]);
  });
  it("keeps the comparative after a fraction, the 'for each' after a sum, and 'by' before a share", () => {
    expect(texts("The budget office put it about a third higher.")).toEqual(["about a third higher"]);
    expect(texts("That is more than $9,800 for each job created.")).toEqual(["more than $9,800 for each job"]);
    expect(texts("She wants to cut the order by half.")).toEqual(["by half"]);
  });
});

describe("findFigures: an hour by the part of the day, and counting twice", () => {
  it("reads 'at 2 in the morning' and 'at 11 at night' as times of day", () => {
    expect(texts("He was out fixing a combine at 2 in the morning.")).toEqual([]);
    expect(texts("Shots were fired at 11 at night.")).toEqual([]);
    expect(texts("He was held at 3 in the afternoon for 2 hours.")).toEqual(["2 hours"]);
  });
  it("reads 'counting the same people twice' as double counting", () => {
    expect(texts("The agency is counting the same people twice.")).toEqual([]);
  });
});

describe("findFigures: 'out of' after a count", () => {
  it("reads the count with the whole it is out of", () => {
    expect(texts("Patients like her died in roughly four cases out of ten.")).toEqual(["roughly four cases out of ten"]);
    expect(texts("Droughts could strike in three summers out of ten.")).toEqual(["three summers out of ten"]);
  });
});

describe("findFigures: 'once a second' against 'once a second warehouse'", () => {
  it("reads a rate per second, but not an ordinal before a noun", () => {
    expect(texts("The beacon flashes once a second.")).toEqual(["once a second"]);
    expect(texts("Staff will move in once a second building is finished.")).toEqual([]);
  });
});

describe("findFigures: 'one of the three …'", () => {
  it("reads the one with the whole it is counted from", () => {
    expect(texts("One of the three new pumping stations was out of action for 11 days.")).toEqual(["One of the three new pumping stations", "11 days"]);
    // (alone in its sentence, or in apposition, "one of the three" names a member of a set: no quantity asserted)
    expect(texts("Crane & Hollis, one of the three wholesalers, said it had no schedule.")).toEqual([]);
    expect(texts("It is one of the biggest.")).toEqual([]);
  });
});

describe("findFigures: bus route numbers", () => {
  it("reads 'the 7 and 12 routes' and 'the 3 route' as names, 'the 40 bus routes' as a count", () => {
    expect(texts("Members logged 412 journeys on the 7 and 12 routes.")).toEqual(["412 journeys"]);
    expect(texts("Buses on the 3 route ran late on 28% of trips.")).toEqual(["28%"]);
    expect(texts("The city cut the 40 bus routes to 31.")).toEqual(["40 bus routes", "31"]);
    // (one number before a plural is a count; a route's number before its verb is a name)
    expect(texts("The report covers the 38 routes it runs.")).toEqual(["38 routes"]);
    expect(texts("The 7 runs every 12 minutes.")).toEqual(["every 12 minutes"]);
  });
});

describe("findFigures: a measure of an adjective and its noun, and a level reached 'since'", () => {
  it("reads '22 hours of physical therapy a week' and 'from 19 days to 11 days since …' whole", () => {
    expect(texts("It billed for 22 hours of physical therapy a week.")).toEqual(["22 hours of physical therapy a week"]);
    expect(texts("The wait fell from 19 days to 11 days since the centre opened.")).toContainEqual("11 days");
    expect(texts("It has been 11 days since the attack.")).toEqual([]);
  });
});

describe("findFigures: reference numbers and mews addresses", () => {
  it("reports no figure in a crime reference or a house number on a mews", () => {
    expect(texts("Police said it was assessing it under crime reference 4471-26.")).toEqual([]);
    expect(texts("It was filed under ref 4471/26.")).toEqual([]);
    expect(texts("Both contractors were registered at the same address, 7 Calder Mews, a house owned by a relative.")).toEqual([]);
    expect(texts("The office moved to 12 Quarry Parade last year.")).toEqual([]);
  });
  it("still reports counts beside those words", () => {
    expect(texts("The mews holds 7 houses.")).toEqual(["7 houses"]);
  });
});

describe("findFigures: emergency-line calls, rates over a sum or a compound unit, 'past' a sum", () => {
  it("reads 'the number of 911 calls' as the line's calls", () => {
    expect(texts("The number of 911 calls has grown by about 4 percent.")).toEqual(["grown by about 4 percent"]);
    expect(texts("Staff took 911 calls last year.")).toEqual(["911 calls"]);
  });
  it("keeps a rate's base with it", () => {
    expect(texts("It would cost $60 per $100,000 of assessed value.")).toEqual(["$60 per $100,000"]);
    expect(texts("The rate rose to 4.2 violations per inspection day from 3.6.")).toEqual(["4.2 violations per inspection day", "3.6"]);
  });
  it("reads 'past $1.1 billion' as beyond the sum, not 'the past 5 years'", () => {
    expect(texts("The bonds would push repayment past $1.1 billion.")).toEqual(["past $1.1 billion"]);
    expect(findFigures("The bonds would push repayment past $1.1 billion.")[0]?.approx).toBe(true);
    expect(texts("Over the past $2 billion raised, half went to rent.")).toEqual(["$2 billion"]);
  });
});

describe("findFigures: 'the eastern half of the valley'", () => {
  it("is a part named by where it lies, not a share", () => {
    expect(texts("The order was lifted for the eastern half of the valley on Wednesday.")).toEqual([]);
    expect(texts("The top half of the table is separated by 4 points.")).toEqual(["4 points"]);
    expect(texts("Prices fell by half in the lower half of the market.")).toEqual(["fell by half"]);
    expect(texts("Half of the valley was evacuated.")).toEqual(["Half"]);
  });
});

describe("findFigures: 'dozens of times', 'dozens of other lawmakers', 'roughly in half'", () => {
  it("keeps what the vague count counts, and the approximation before 'in half'", () => {
    expect(texts("Her family had called the complaint line dozens of times.")).toEqual(["dozens of times"]);
    expect(texts("The sponsors had invited dozens of other lawmakers.")).toEqual(["dozens of other lawmakers"]);
    expect(texts("It would cut the wait roughly in half by 2027.")).toEqual(["roughly in half"]);
    expect(texts("Prices were cut in half.")).toEqual(["cut in half"]);
  });
});

describe("findFigures: a case 'numbered 1187432', a price 'per megawatt hour'", () => {
  it("reads a number given as a name after ', numbered' as no figure, a crowd that numbered 4,000 as one", () => {
    expect(texts("The commission has opened a compliance case, numbered 1187432, and is examining the total.")).toEqual([]);
    expect(texts("The crowd numbered 4,000.")).toEqual(["4,000"]);
  });
  it("keeps a compound unit whose last word is a time ('per megawatt hour')", () => {
    expect(texts("It won a contract at a strike price of £58.87 per megawatt hour.")).toEqual(["£58.87 per megawatt hour"]);
  });
});

describe("findFigures: slash-joined references", () => {
  it("reads 'SGI/24/07', '24/01187/FUL' and '12/03/2024' as names and dates, not figures", () => {
    expect(texts("It sits under case number SGI/24/07 this week, and 40 staff work there.")).toEqual(["40 staff"]);
    expect(texts("The plan was filed as 24/01187/FUL in May.")).toEqual([]);
    expect(texts("Prices rose 5% on 12/03/2024.")).toEqual(["rose 5%"]);
  });
  it("reads two long parts or a zero-padded one ('case 12026/0311') as a file number, not a figure", () => {
    expect(texts("The deaths were registered as case 12026/0311, and 40 staff work there.")).toEqual(["40 staff"]);
    expect(texts("It was logged under 2024/07 by the clerk.")).toEqual([]);
  });
});

describe("findFigures: '24/7'", () => {
  it("is round the clock, no count", () => {
    expect(texts("Staff work 24/7 at the site, and 40 were hired.")).toEqual(["40"]);
  });
});

describe("findFigures: a hyphen chain that opens with letters", () => {
  it("is a name to its last part ('OIG-24-31', 'No. 35CR-24-611')", () => {
    expect(texts("The audit, numbered OIG-24-31, is the third the inspector general has issued.")).toEqual([]);
    expect(texts("Prices rose 4-5 percent.")).toEqual(["rose 4-5 percent"]);
  });
});

describe("findFigures: a multiple of another figure", () => {
  it("ends 'five times the number' at 'times' (what it multiplies is another phrase)", () => {
    expect(texts("Sales reached 400, nearly five times the number a year earlier.")).toEqual(["400", "nearly five times"]);
    expect(texts("Costs were three times higher.")).toEqual(["three times higher"]);
  });
});

describe("findFigures: 'twice' after the noun 'count'", () => {
  it("keeps 'a count nearly twice as high as the estimate' (only the verb 'counted' makes double counting)", () => {
    expect(texts("Officials gave a count nearly twice as high as the preliminary estimate.")).toEqual(["nearly twice as high"]);
    expect(texts("Some refugees had been counted twice.")).toEqual([]);
  });
});

describe("findFigures: a fraction as a multiple", () => {
  it("keeps 'as large' and 'as many' with 'about a quarter' and 'about half'", () => {
    expect(texts("A study found savings about a quarter as large as the parties had projected.")).toEqual(["about a quarter as large"]);
    expect(texts("The ministry’s own survey counted about half as many carcasses.")).toEqual(["about half as many"]);
  });
});

describe("findFigures: a halving with no digit in the sentence", () => {
  it("finds 'halved' though the sentence has no digit and no other number word", () => {
    expect(texts("Venkataraman said the gap had halved since last year.")).toEqual(["halved"]);
    expect(texts("Rations there had been halved.")).toEqual(["halved"]);
  });
});

describe("hasNumericSignal: the pre-test lets every number word through", () => {
  it("passes every word the number lexicons know ('doubling', 'tripling', 'ninth' included)", () => {
    const words = [...SMALL.keys(), ...TENS.keys(), ...FRACTIONS.keys(), ...MULTIPLE_VERBS.keys(), ...FOLD_WORDS.keys(), ...VAGUE_COUNTS];
    expect(words.filter((w) => !hasNumericSignal(w))).toEqual([]);
    expect(texts("Costs are doubling.")).toEqual(["doubling"]);
  });
});

describe("findFigures: an emergency line's records", () => {
  it("reads '911 call logs' as records named by the line, not a count of logs", () => {
    expect(texts("The figure came from an analysis of 911 call logs by a criminologist.")).toEqual([]);
    expect(texts("The centre logged 40 calls in an hour.")).toEqual(["40 calls"]);
  });
});

describe("findFigures: a span that names a measure", () => {
  it("reads 'the four-year graduation rate' and 'the 5-year survival rate' as names of a measure, not durations", () => {
    expect(texts("The district raised its four-year graduation rate from 71 percent to 89 percent.")).toEqual(["from 71 percent to 89 percent"]);
    expect(texts("The 5-year survival rate rose to 60%.")).toEqual(["60%"]);
    expect(texts("A four-year ban would rule her out.")).toEqual(["four-year ban"]);
  });
});

describe("findFigures: a length with its dimension", () => {
  it("keeps 'long' and 'wide' with 'roughly 9 miles' and 'up to 2 miles'", () => {
    expect(texts("Observers had mapped a slick roughly 9 miles long and up to 2 miles wide.")).toEqual(["roughly 9 miles long", "up to 2 miles wide"]);
  });
});

describe("findFigures: a count of times after 'number'", () => {
  it("reads 'called his number 61 times' as 61 times, not number 61", () => {
    expect(texts("The same phone had been used to call Mr Fenwick’s number 61 times since October.")).toEqual(["61 times"]);
    expect(texts("Case number 61 was heard first.")).toEqual([]);
  });
});

describe("local phone numbers and bays are labels", () => {
  it("reads 'its non-emergency line, 555-0148' and 'parked in bay 3' as no figure, a range as one", () => {
    expect(findFigures("The office asked residents to use its non-emergency line, 555-0148, for incidents.")).toEqual([]);
    expect(findFigures("Call 555-0148 for help with 40 cases.").map((f) => f.text)).toEqual(["40 cases"]);
    expect(findFigures("She spent the night in an ambulance parked in bay 3 after a fall.")).toEqual([]);
    expect(findFigures("Prices rose 150-200%.").map((f) => f.text)).toEqual(["rose 150-200%"]);
  });
});

describe("every fraction after 'a'/'an'", () => {
  it("reads 'roughly an eighth of' and 'a hundredth of' as figures, 'an eighth straight year' as none", () => {
    expect(texts("It covers roughly an eighth of the sky.")).toEqual(["roughly an eighth"]);
    expect(one("Only a hundredth of the budget went to schools.").value).toBeCloseTo(0.01);
    expect(texts("It was an eighth straight year of losses, with 40 jobs cut.")).toEqual(["40 jobs"]);
  });
});

describe("a number named in apposition", () => {
  it("reads 'his inmate number, 40917,' as a label, 'The number, 400, was a record' as a figure", () => {
    expect(findFigures("Supporters wore T-shirts printed with his inmate number, 40917, behind him.")).toEqual([]);
    expect(texts("The number, 400, was a record.")).toEqual(["400"]);
  });
});

describe("half of something named, 'halve', a ratio around its noun", () => {
  it("keeps what it is half of", () => {
    expect(texts("They get half the food.")).toEqual(["half the food"]);
    expect(texts("The money would cover barely half that number.")).toEqual(["barely half that number"]);
    expect(texts("Cut it by half this year.")).toEqual(["by half"]);
  });
  it("reads the verb 'halve' as a change", () => {
    expect(one("It might have to halve rations in the camps.").value).toBe(0.5);
  });
  it("reads 'seven voters in ten' as one ratio, not 'four goals in 19 league appearances'", () => {
    expect(texts("Seven voters in ten backed it.")).toEqual(["Seven voters in ten"]);
    expect(texts("Three households out of four had no heat.")).toEqual(["Three households out of four"]);
    expect(texts("Relvas has scored four goals in 19 league appearances.")).toEqual(["four goals", "19 league appearances"]);
    expect(texts("We voted in three different districts in six years.")).toEqual(["three different districts", "six years"]);
  });
});

describe("a place on a course named by its distance", () => {
  it("reads 'crossed the 30-kilometer mat' as no figure, 'a 30-kilometer route' and 'the 4.3-mile line' as figures", () => {
    expect(findFigures("All had crossed the 30-kilometer mat between 11:05 and 11:20.")).toEqual([]);
    expect(texts("He walked a 30-kilometer route.")).toEqual(["30-kilometer route"]);
    expect(texts("The 4.3-mile line opens in 2028.")).toEqual(["4.3-mile line"]);
  });
});

describe("'barely', 'scarcely', 'hardly' before a figure", () => {
  it("make it approximate and belong to it", () => {
    expect(one("Barely 300 people turned up.")).toMatchObject({ text: "Barely 300 people", value: 300, approx: true });
    expect(one("Scarcely a third of the seats were filled.")).toMatchObject({ approx: true });
    expect(one("Hardly 40% of the seats were sold.")).toMatchObject({ text: "Hardly 40%", approx: true });
  });
  it("leave a sentence without a figure without one", () => {
    expect(texts("The response time barely moved.")).toEqual([]);
    expect(texts("He could hardly believe it.")).toEqual([]);
  });
});

describe("age bands ('under-18s', 'over-65s')", () => {
  it("are the unit of the count before them", () => {
    expect(one("Figures show 41 under-18s were admitted with stab wounds.")).toMatchObject({ text: "41 under-18s", value: 41, unit: "under-18s" });
    expect(one("The scheme reached 300 over-65s last year.")).toMatchObject({ text: "300 over-65s", unit: "over-65s" });
  });
  it("hold no figure of their own", () => {
    expect(texts("The under-18s were admitted first.")).toEqual([]);
    expect(texts("Over-65s were told to stay indoors.")).toEqual([]);
    // (a ratio of them ends before the band, as the fixtures label it)
    expect(texts("As many as one in five over-75s were still waiting.")).toEqual(["As many as one in five"]);
  });
});

describe("figures: units after a space, multiples with their article, bounds on a measure", () => {
  it("keeps a spaced unit abbreviation", () => {
    expect(texts("Hire scooters are limited to 15.5 mph.")).toEqual(["15.5 mph"]);
    expect(texts("The plant will produce 400 MW at full load.")).toEqual(["400 MW"]);
    expect(one("He ran 42 km in the heat.").unit).toBe("km");
  });
  it("reads 'a tripling', 'a factor of two or three' and 'smaller than 20 micrometres' whole", () => {
    expect(texts("The rise mostly reflected a tripling of the fleet.")).toEqual(["a tripling"]);
    expect(texts("Staining can inflate counts by a factor of two or three.")).toEqual(["a factor of two or three"]);
    expect(texts("Most of the particles were smaller than 20 micrometres.")).toEqual(["smaller than 20 micrometres"]);
    // "tripled" as a verb has no article to take
    expect(texts("Complaints tripled last year.")).toEqual(["tripled"]);
  });
  it("reports no place on a course and no part of a reference after a slash", () => {
    expect(texts("Runners don't stop for a scone at mile 19.")).toEqual([]);
    expect(texts("The incident report, reference ZP-0412/26, has been forwarded.")).toEqual([]);
    // a ratio or a fraction is still read
    expect(texts("Turnout split 52/48 in favour.")).toEqual(["52", "48"]);
    expect(texts("He ran 19 miles.")).toEqual(["19 miles"]);
  });
});

describe("figures: years after a possessive, union locals, counts given to a named person, a quoted first word", () => {
  it("reads 'their 1989 levels' as a year and 'Local 2290' as a branch's name", () => {
    expect(texts("The cabinet assumed parole rates would stay frozen at their 1989 levels.")).toEqual([]);
    expect(texts("Local 2290 of the municipal workers' union says fewer than 400 were laid off.")).toEqual(["fewer than 400"]);
  });
  it("counts what a tally gives a named person, and a figure after a capitalised first word inside a quote", () => {
    expect(texts("Her campaign's own count gives Mr. Vantreece 948 delegates.")).toEqual(["948 delegates"]);
    expect(texts("“Knocking 3p off a tin of chickpeas does not make the shop cheaper.”")).toEqual(["3p"]);
    // a product's number is still a name
    expect(texts("“Windows 10 is old,” he said.")).toEqual([]);
    expect(texts("Many Windows 10 users were hit.")).toEqual([]);
  });
});

describe("figures: a return period names an event's rarity", () => {
  it("reports no figure in 'a 100-year storm', and still counts how long a storm lasted", () => {
    expect(texts("It was a 100-year storm, the agency said.")).toEqual([]);
    expect(texts("The 500-year floodplain covers most of the town.")).toEqual([]);
    expect(texts("A two-day storm dumped snow on the city.")).toEqual(["two-day storm"]);
  });
});

describe("figures: a half-billion, a singular cent, a share as a subject", () => {
  it("reads 'a half-billion dollars', '0.42 cent a kilowatt-hour' and 'a fifth had gone back'", () => {
    expect(one("Growers had lost at least a half-billion dollars in markets.")).toMatchObject({ text: "a half-billion dollars", value: 5e8, unit: "USD" });
    expect(texts("The utility kept adding a charge of 0.42 cent a kilowatt-hour.")).toEqual(["0.42 cent a kilowatt-hour"]);
    expect(texts("They reported that a fifth had gone back on the rolls.")).toEqual(["a fifth"]);
    // an ordinal is still none, and "per cent" a percentage
    expect(texts("He won a fifth term.")).toEqual([]);
    expect(one("Prices rose 20 per cent.").unit).toBe("%");
  });
});

describe("figures: long reference numbers and events named by distance", () => {
  it("reports no seven-digit reference and no '400m hurdles' event, and still counts written-out counts and a run", () => {
    expect(texts("“I’ve got a reference number for every call – 4471093 was the last one.”")).toEqual([]);
    expect(texts("Marta Kowen, a former national 400m hurdles champion, spoke.")).toEqual([]);
    expect(texts("The city has 1250000 residents.")).toEqual(["1250000 residents"]);
    expect(texts("She ran 400m in 51 seconds.")).toEqual(["400m", "51 seconds"]);
  });
});

describe("figures: 'and a half' before any plural noun", () => {
  it("reads 'three and a half jobs' whole, as it reads 'three and a half years'", () => {
    expect(one("Every job supported three and a half jobs elsewhere.")).toMatchObject({ text: "three and a half jobs", value: 3.5, unit: "jobs" });
    expect(texts("It took three and a half years.")).toEqual(["three and a half years"]);
  });
});

describe("figures: a share of each pound, bitcoin as a unit", () => {
  it("reads '14p in the pound' whole and counts '1,850 bitcoin'", () => {
    expect(texts("The administrators have so far returned 14p in the pound to creditors.")).toEqual(["14p in the pound"]);
    expect(texts("Creditors got 30 cents on the dollar.")).toEqual(["30 cents on the dollar"]);
    expect(one("The exchange still held 1,850 bitcoin at the freeze.")).toMatchObject({ text: "1,850 bitcoin", unit: "BTC" });
  });
});

describe("figures: the emergency number", () => {
  it("reports no '911 call' or '911 board', and still counts 911 complaints", () => {
    expect(texts("The average time between a 911 call and an officer's arrival was 9 minutes.")).toEqual(["9 minutes"]);
    expect(texts("He cited the county's 911 board.")).toEqual([]);
    expect(texts("The agency received 911 complaints.")).toEqual(["911 complaints"]);
  });
});

describe("figures: a year bounded by an approximation", () => {
  it("reads 'since at least 1984' as a date, and 'at least 1984 workers' as a count", () => {
    expect(texts("The Navy had known about the leak since at least 1984 and had waited six years.")).toEqual(["six years"]);
    expect(texts("The plant employs at least 1984 workers.")).toEqual(["at least 1984 workers"]);
  });
});
