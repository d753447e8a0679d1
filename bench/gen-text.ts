// Deterministic news-like article text for the benchmark: one paragraph per line, the format the
// detector takes. Our own templates (figures, dates, quotes, attributions, status cues, plain
// narration), filled from a seeded PRNG so every run measures the same text.

/** mulberry32: small, fast, good enough to vary templates reproducibly. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ["Maria", "Christoph", "Aisha", "Tomasz", "Elena", "Daniel", "Priya", "Kwame", "Sofia", "Hiroshi", "Laura", "Mateo"];
const LAST = ["Okafor", "Lindqvist", "Haddad", "Brennan", "Novak", "Castillo", "Mwangi", "Petrova", "Ashworth", "Rahimi", "Duarte", "Kowalczyk"];
const ROLES = ["a spokesperson for the ministry", "the agency's chief economist", "a correspondent for the Northern Ledger", "the mayor of Eastbridge", "a senior analyst at Harlow Capital", "the hospital's medical director"];
const ORGS = ["the Ministry of Health", "the National Statistics Office", "Harlow Capital", "the Federal Reserve", "the World Food Programme", "Meridian Energy", "the Eastbridge City Council", "the United Nations"];
const PLACES = ["Eastbridge", "the northern provinces", "the capital", "coastal districts", "the border region", "three southern states"];
const UNITS = ["soldiers", "patients", "households", "workers", "students", "homes", "vehicles", "refugees", "businesses", "cases"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const VERBS = ["said", "told reporters", "disclosed", "estimated", "warned", "claimed", "argued", "confirmed", "wrote"];
const APPROX = ["about", "approximately", "more than", "nearly", "at least", "over", "up to", "roughly", "some"];

type Rand = () => number;

function pick<T>(r: Rand, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)]!;
}

function int(r: Rand, lo: number, hi: number): number {
  return lo + Math.floor(r() * (hi - lo + 1));
}

function grouped(n: number): string {
  return n.toLocaleString("en-US");
}

function person(r: Rand): string {
  return `${pick(r, FIRST)} ${pick(r, LAST)}`;
}

const TEMPLATES: ((r: Rand) => string)[] = [
  (r) => `${person(r)}, ${pick(r, ROLES)}, ${pick(r, VERBS)} that ${grouped(int(r, 1000, 250000))} ${pick(r, UNITS)} had been affected since ${pick(r, MONTHS)} ${int(r, 2015, 2025)}.`,
  (r) => `According to ${pick(r, ORGS)}, ${pick(r, APPROX)} ${int(r, 2, 95)}% of ${pick(r, UNITS)} in ${pick(r, PLACES)} reported losses, up from ${int(r, 2, 40)}.${int(r, 0, 9)}% a year earlier.`,
  (r) => `“We are seeing between ${grouped(int(r, 10, 90) * 100)} and ${grouped(int(r, 91, 180) * 100)} new ${pick(r, UNITS)} each month,” ${person(r)} said in a statement on ${pick(r, MONTHS)} ${int(r, 1, 28)}.`,
  (r) => `The council approved a budget of £${int(r, 2, 900)}m for ${int(r, 2024, 2026)}-${int(r, 25, 27)}, while the opposition put the real cost at $${int(r, 1, 9)}.${int(r, 1, 9)}bn.`,
  (r) => `That figure could not be independently verified, and ${pick(r, ORGS)} did not respond to a request for comment by ${int(r, 1, 11)}pm on ${pick(r, MONTHS)} ${int(r, 1, 28)}.`,
  (r) => `Residents of ${pick(r, PLACES)} described long queues outside the only open clinic, where staff worked through the night to keep the generators running.`,
  (r) => `Prices ${pick(r, ["rose", "fell", "jumped", "slipped"])} ${int(r, 1, 9)}.${int(r, 0, 9)}% in ${pick(r, MONTHS)}, the fastest pace in ${int(r, 2, 16)} years, and costs have roughly doubled since ${int(r, 1990, 2019)}.`,
  (r) => `${pick(r, ["Dozens", "Hundreds", "Thousands", "Tens of thousands"])} of people gathered in the square, and officials acknowledged several hundred arrests, according to local media.`,
  (r) => `Mr. ${pick(r, LAST)} told the U.S. Senate committee that two-thirds of the ${grouped(int(r, 1000, 90000))} applications had been rejected, a claim the department denied.`,
  (r) => `The report, published by ${pick(r, ORGS)} at 120 Example Street, says one in ${int(r, 3, 9)} adults missed a meal at least twice a week over the past ${int(r, 2, 5)} years.`,
  (r) => `Analysts suggest the shortfall could widen further if the ${pick(r, ["harvest", "winter", "ceasefire", "strike"])} drags on, though ministers insist the situation is under control.`,
  (r) => `Dr. ${pick(r, LAST)}, ${int(r, 35, 70)}, said the ward had treated ${int(r, 12, 400)} patients in ${int(r, 3, 14)} days, roughly three times as many as usual.`,
  (r) => `${pick(r, ["Read more", "Advertisement", "4 min read", "Share this article"])}`,
  (r) => `“It is a disaster,” she said. “Nobody came for ${int(r, 2, 9)} days, and when they did… they brought nothing.”`,
];

/** About `targetChars` of text (never less), paragraphs of 1–4 sentences, deterministic for a seed. */
export function generateText(targetChars: number, seed = 20261124): string {
  const r = prng(seed);
  const lines: string[] = [];
  let size = 0;
  while (size < targetChars) {
    const heading = r() < 0.05;
    const n = heading ? 1 : int(r, 1, 4);
    const parts: string[] = [];
    for (let k = 0; k < n; k++) parts.push(pick(r, TEMPLATES)(r));
    let line = parts.join(" ");
    if (heading) line = `${pick(r, PLACES)} braces for a hard winter`.replace(/^./, (c) => c.toUpperCase());
    lines.push(line);
    size += line.length + 1;
  }
  return lines.join("\n");
}
