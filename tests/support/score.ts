// Our own scorer for the claim detector, with the metrics of the labelling guide: each detected claim
// is matched to the gold sentence its words overlap most (Dice ≥ 0.5); then claim/numeric/attributed
// F1, figure recall (containment) with figures that must not be reported, source-name accuracy, and
// status F1 over the statuses other than "unaddressed". Used by the detector-floor test and by
// `npx tsx tests/support/score.ts [FILES…]` for a per-article report.

import type { Claim } from "../../src/core/model.ts";

export interface GoldSentence {
  sentence: string;
  label: "claim" | "none" | "optional";
  kinds?: ("numeric" | "attributed")[];
  figures?: string[];
  notFigures?: string[];
  source?: { names: string[]; kind?: string; role?: string };
  status?: string[];
}

export interface Gold {
  id: string;
  scope?: string[];
  sentences: GoldSentence[];
}

type Det = Pick<Claim, "text" | "kinds" | "figures" | "source" | "status">;

export interface Tally {
  claims: [number, number, number];
  numeric: [number, number, number];
  attributed: [number, number, number];
  figures: [number, number];
  figureFalse: number;
  source: [number, number];
  status: [number, number];
  cued: [number, number, number, number];
  /** human-readable misses, for reports */
  notes: string[];
}

export interface Scores {
  claimF1: number;
  numericF1: number;
  attributedF1: number;
  figureRecall: number;
  figureFalse: number;
  sourceAcc: number;
  statusAcc: number;
  statusF1: number;
}

export function norm(s: unknown): string {
  return String(s ?? "")
    .normalize("NFKC")
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015]/g, "-")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

function words(s: string): Set<string> {
  return new Set(norm(s).match(/[\p{L}\p{N}%$£€]+/gu) ?? []);
}

/** Dice coefficient of the two word sets. */
export function overlap(a: string, b: string): number {
  const A = words(a);
  const B = words(b);
  if (!A.size || !B.size) return 0;
  let n = 0;
  for (const w of A) if (B.has(w)) n++;
  return (2 * n) / (A.size + B.size);
}

/** A reported name matches an accepted one when either contains the other (short names must be exact). */
export function nameMatch(got: string, alts: string[]): boolean {
  const g = norm(got);
  if (g.length < 3) return false;
  return alts.some((a) => {
    const n = norm(a);
    return g === n || g.includes(n) || (n.includes(g) && g.length >= 4);
  });
}

/** The gold sentence a detected sentence's words overlap most, and by how much (-1 and 0 for none). */
export function bestGoldMatch(sents: readonly GoldSentence[], text: string): { best: number; score: number } {
  let best = -1;
  let score = 0;
  sents.forEach((s, i) => {
    const o = overlap(text, s.sentence);
    if (o > score) { score = o; best = i; }
  });
  return { best, score };
}

export function emptyTally(): Tally {
  return {
    claims: [0, 0, 0], numeric: [0, 0, 0], attributed: [0, 0, 0], figures: [0, 0], figureFalse: 0,
    source: [0, 0], status: [0, 0], cued: [0, 0, 0, 0], notes: [],
  };
}

/** Adds one article's comparison to the tally. */
export function scoreArticle(gold: Gold, claims: Det[], T: Tally = emptyTally()): Tally {
  const on = (m: string) => !gold.scope || gold.scope.includes(m);
  const sents = gold.sentences;
  const byGold: Det[][] = sents.map(() => []);
  const note = (s: string) => T.notes.push(`${gold.id}: ${s}`);

  for (const c of claims) {
    const { best, score } = bestGoldMatch(sents, c.text);
    const kinds = new Set(c.kinds);
    if (best < 0 || score < 0.5 || sents[best]!.label === "none") {
      if (on("claims")) T.claims[2]++;
      if (on("numeric") && kinds.has("numeric")) T.numeric[2]++;
      if (on("attributed") && kinds.has("attributed")) T.attributed[2]++;
      note(`FP: ${c.text}`);
      continue;
    }
    if (sents[best]!.label === "optional") continue;
    byGold[best]!.push(c);
  }

  sents.forEach((g, i) => {
    if (g.label !== "claim") return;
    const found = byGold[i]!;
    const gk = new Set(g.kinds ?? []);
    const dk = new Set(found.flatMap((c) => c.kinds));
    if (on("claims")) {
      if (found.length) T.claims[0]++;
      else { T.claims[1]++; note(`FN: ${g.sentence}`); }
    }
    for (const k of ["numeric", "attributed"] as const) {
      if (!on(k)) continue;
      if (gk.has(k) && dk.has(k)) T[k][0]++;
      else if (gk.has(k)) { T[k][1]++; if (found.length) note(`not marked ${k}: ${g.sentence}`); }
      else if (dk.has(k)) { T[k][2]++; note(`wrongly marked ${k}: ${g.sentence}`); }
    }
    if (on("figures")) {
      const figs = found.flatMap((c) => c.figures.map((f) => norm(f.text)));
      for (const want of g.figures ?? []) {
        T.figures[1]++;
        if (figs.some((f) => f.includes(norm(want)))) T.figures[0]++;
        else note(`figure missed: ${want} in: ${g.sentence}`);
      }
      for (const bad of g.notFigures ?? []) {
        if (figs.some((f) => f.includes(norm(bad)))) { T.figureFalse++; note(`not a figure, but reported: ${bad}`); }
      }
    }
    if (!found.length) return;
    if (on("source") && g.source && gk.has("attributed")) {
      T.source[1]++;
      const names = found.map((c) => c.source?.name).filter((n): n is string => !!n);
      if (names.some((n) => nameMatch(n, g.source!.names))) T.source[0]++;
      else note(`source ${JSON.stringify(names)} wanted ${g.source.names.join(" | ")}: ${g.sentence}`);
    }
    if (on("status") && g.status) {
      T.status[1]++;
      const right = found.find((c) => g.status!.includes(c.status));
      const got = (right ?? found[0]!).status;
      if (right) T.status[0]++;
      else note(`status ${found.map((c) => c.status).join(",")} wanted ${g.status.join("|")}: ${g.sentence}`);
      if (g.status[0] !== "unaddressed") { T.cued[1]++; if (right && got !== "unaddressed") T.cued[0]++; }
      if (got !== "unaddressed") { T.cued[3]++; if (right) T.cued[2]++; }
    }
  });
  return T;
}

export const f1 = ([tp, fn, fp]: [number, number, number]) => (tp ? (2 * tp) / (2 * tp + fp + fn) : fp + fn ? 0 : 1);
const acc = ([hit, all]: [number, number]) => (all ? hit / all : 1);
const r3 = (x: number) => Math.round(x * 1000) / 1000;

export function scores(T: Tally): Scores {
  return {
    claimF1: r3(f1(T.claims)),
    numericF1: r3(f1(T.numeric)),
    attributedF1: r3(f1(T.attributed)),
    figureRecall: r3(acc(T.figures)),
    figureFalse: T.figureFalse,
    sourceAcc: r3(acc(T.source)),
    statusAcc: r3(acc(T.status)),
    statusF1: r3(f1([T.cued[0], T.cued[1] - T.cued[0], T.cued[3] - T.cued[2]])),
  };
}
