// `npx tsx scripts/train-status.ts [--holdout FILE] [--write]`: learns the weights of the context
// status model (src/core/status-context.ts) from the labelled fixtures.
//
// Each claim the rules leave "unaddressed" is a case; it is a positive when its gold status is
// "disputed". A logistic regression (L2, full-batch gradient descent) learns the weights, then the
// threshold is the one that gives the best status F1 over the training articles, scored exactly as
// the detector-floor test scores them. With --holdout, the articles named in FILE (one name a line)
// are left out of training and scored on their own: the honest estimate for unseen articles.
// --write saves the model trained on every article to src/core/status-model.ts.

import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { claimsOfFrame, statusFrame, type StatusFrame } from "../src/core/detect.ts";
import { applyContextModel, contextCases, JUDGED, pickStatus, scoreOf, type ContextModel, type Judged, type StatusWeights } from "../src/core/status-context.ts";
import { articleText, labelledArticles, type LabelledArticle } from "../tests/support/fixture-detect.ts";
import { bestGoldMatch, emptyTally, f1, scoreArticle, scores, type Gold } from "../tests/support/score.ts";

interface Example {
  features: string[];
  byContext: { j: number; atoms: string[] }[];
  /** the gold statuses */
  gold: string[];
}

interface Prepared {
  art: LabelledArticle;
  frame: StatusFrame;
  examples: Example[];
}

function goldStatusOf(gold: Gold, text: string): string[] | null {
  const { best, score } = bestGoldMatch(gold.sentences, text);
  const g = best >= 0 && score >= 0.5 ? gold.sentences[best]! : null;
  return g && g.label === "claim" && g.status ? g.status : null;
}

function prepare(art: LabelledArticle): Prepared {
  const frame = statusFrame(articleText(art.input));
  const examples: Example[] = [];
  for (const c of contextCases(frame.sents, frame.statuses)) {
    const st = goldStatusOf(art.gold, frame.rows[c.i]!.text);
    if (!st) continue;
    examples.push({ features: c.features, byContext: c.byContext, gold: st });
  }
  return { art, frame, examples };
}

function train(all: Example[], status: Judged, l2 = Number(process.env.L2 ?? 1e-3), epochs = 300, rate = 0.05): Record<string, number> {
  // (either answer is right when the gold accepts both: nothing to learn)
  const examples = all.filter((e) => !(e.gold.includes(status) && e.gold.includes("unaddressed"))).map((e) => ({ features: e.features, y: e.gold.includes(status) ? 1 : 0 }));
  const index = new Map<string, number>();
  const rows = examples.map((e) => e.features.map((f) => {
    let k = index.get(f);
    if (k === undefined) index.set(f, (k = index.size));
    return k;
  }));
  const w = new Float64Array(index.size);
  const n = examples.length;
  // Adam: rare features (most of them) move as fast as common ones
  const m1 = new Float64Array(index.size);
  const m2 = new Float64Array(index.size);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    const grad = new Float64Array(index.size);
    for (let e = 0; e < n; e++) {
      let z = 0;
      for (const k of rows[e]!) z += w[k]!;
      const p = 1 / (1 + Math.exp(-z));
      const g = p - examples[e]!.y;
      for (const k of rows[e]!) grad[k]! += g;
    }
    for (let k = 0; k < w.length; k++) {
      const g = grad[k]! / n + l2 * w[k]!;
      m1[k] = 0.9 * m1[k]! + 0.1 * g;
      m2[k] = 0.999 * m2[k]! + 0.001 * g * g;
      w[k]! -= (rate * (m1[k]! / (1 - 0.9 ** epoch))) / (Math.sqrt(m2[k]! / (1 - 0.999 ** epoch)) + 1e-8);
    }
  }
  const out: Record<string, number> = {};
  for (const [f, k] of index) if (Math.abs(w[k]!) >= 0.005) out[f] = Math.round(w[k]! * 1000) / 1000;
  return out;
}

function statusF1(items: Prepared[], model: ContextModel | null): { f1: number; tp: number; fp: number; fn: number } {
  const T = emptyTally();
  for (const p of items) {
    const statuses = p.frame.statuses.map((s) => ({ ...s }));
    if (model) applyContextModel(p.frame.sents, statuses, model);
    scoreArticle(p.art.gold, claimsOfFrame({ ...p.frame, statuses }), T);
  }
  const [tp, gold, , pred] = T.cued;
  return { f1: scores(T).statusF1, tp, fp: pred - tp, fn: gold - tp };
}

const MIN_PRECISION = Number(process.env.MIN_PRECISION ?? 0.7);

// thresholds tried: a spread of log-odds around even chances (F1 rewards a flip right a third of the time)
const THRESHOLDS = [-2.5, -2, -1.75, -1.5, -1.25, -1, -0.75, -0.5, -0.25, 0, 0.25, 0.5, 1, Infinity];

/** The status the model gives a case, as applyContextModel decides it. */
function pickOf(e: Example, model: ContextModel): Judged | null {
  const n = pickStatus(JUDGED.map((st) => scoreOf(e.features, model[st].weights)), model);
  if (n < 0) return null;
  const w = model[JUDGED[n]!].weights;
  return e.byContext.some((c) => scoreOf(c.atoms, w) > 0) ? JUDGED[n]! : null;
}

/** Status F1 with the model's changes counted onto the rules' tally, case by case (fast: for choosing thresholds). */
function quickF1(base: ReturnType<typeof statusF1>, examples: Example[], model: ContextModel): number {
  let tp = base.tp;
  let fp = base.fp;
  let fn = base.fn;
  let changed = 0;
  let right = 0;
  for (const e of examples) {
    const st = pickOf(e, model);
    if (!st) continue;
    changed++;
    if (!e.gold.includes(st)) fp++;
    else {
      right++;
      if (e.gold[0] !== "unaddressed") {
        tp++;
        fn--;
      }
    }
  }
  // A status the model gives must be right at least MIN_PRECISION of the time: a reader trusts the badge
  // it shows, whatever F1 would gain from a looser one.
  if (changed && right / changed < MIN_PRECISION) return 0;
  return f1([tp, fn, fp]);
}

/** Each status's threshold in turn, twice round, keeping whichever gives the best status F1. */
function fit(items: Prepared[]): ContextModel {
  const examples = items.flatMap((p) => p.examples);
  const model = Object.fromEntries(JUDGED.map((st) => [st, { weights: train(examples, st), threshold: Infinity } satisfies StatusWeights])) as ContextModel;
  const base = statusF1(items, null);
  let best = base.f1;
  for (let round = 0; round < 2; round++) {
    for (const st of JUDGED) {
      const keep = model[st].threshold;
      let pick = keep;
      for (const t of THRESHOLDS) {
        model[st].threshold = t;
        const f1 = quickF1(base, examples, model);
        if (f1 > best) {
          best = f1;
          pick = t;
        }
      }
      model[st].threshold = pick;
    }
  }
  return model;
}

const args = process.argv.slice(2);
const holdoutAt = args.indexOf("--holdout");
const holdout = holdoutAt >= 0 ? new Set(readFileSync(args[holdoutAt + 1]!, "utf8").split("\n").map((s) => s.trim()).filter(Boolean)) : null;

const t0 = Date.now();
const all = labelledArticles().map(prepare);
console.log(`${all.length} articles, ${all.reduce((n, p) => n + p.examples.length, 0)} cases, disputed ${all.reduce((n, p) => n + p.examples.filter((e) => e.gold.includes("disputed")).length, 0)} (${((Date.now() - t0) / 1000).toFixed(0)} s)`);

const show = (label: string, r: ReturnType<typeof statusF1>) => console.log(`${label.padEnd(34)} statusF1 ${r.f1}  tp ${r.tp} fp ${r.fp} fn ${r.fn}`);
if (holdout) {
  const trainSet = all.filter((p) => !holdout.has(p.art.name));
  const test = all.filter((p) => holdout.has(p.art.name));
  const m = fit(trainSet);
  console.log(`trained on ${trainSet.length}, held out ${test.length}; thresholds ${JUDGED.map((st) => `${st} ${m[st].threshold}`).join(", ")}`);
  show("train, rules only", statusF1(trainSet, null));
  show("train, rules + model", statusF1(trainSet, m));
  show("held out, rules only", statusF1(test, null));
  show("held out, rules + model", statusF1(test, m));
}
const foldsAt = args.indexOf("--folds");
if (foldsAt >= 0) {
  // k-fold cross-validation by article: every article scored by a model that never saw it
  const k = Number(args[foldsAt + 1]);
  let tp = 0, fp = 0, fn = 0;
  for (let f = 0; f < k; f++) {
    const m = fit(all.filter((_, n) => n % k !== f));
    const r = statusF1(all.filter((_, n) => n % k === f), m);
    tp += r.tp; fp += r.fp; fn += r.fn;
  }
  show(`${k}-fold, rules only`, statusF1(all, null));
  show(`${k}-fold, rules + model`, { f1: Math.round(1000 * f1([tp, fn, fp])) / 1000, tp, fp, fn });
}
if (args.includes("--write")) {
  const m = fit(all);
  show("all, rules only", statusF1(all, null));
  show("all, rules + model", statusF1(all, m));
  const part = (st: Judged) => {
    const w = Object.fromEntries(Object.entries(m[st].weights).sort(([a], [b]) => a.localeCompare(b)));
    return `  ${st}: {\n    threshold: ${m[st].threshold},\n    weights: ${JSON.stringify(w, null, 2).replace(/\n/g, "\n    ")},\n  },\n`;
  };
  const body = `// Generated by scripts/train-status.ts from ${all.length} labelled articles: do not edit by hand.\n` +
    `import type { ContextModel } from "./status-context.ts";\n\n` +
    `export const STATUS_MODEL: ContextModel = {\n${JUDGED.map(part).join("")}};\n`;
  writeFileSync(join(import.meta.dirname, "..", "src", "core", "status-model.ts"), body);
  console.log(`wrote src/core/status-model.ts (${JUDGED.map((st) => Object.keys(m[st].weights).length).join(" + ")} weights)`);
}
