// Finds the article body the way a reader sees it and turns it into the article text model.
// Order of trust: [itemprop=articleBody], <article> (several sibling stories become one body),
// <main>/[role=main], then the element holding the densest run of paragraphs.

import { isExcluded } from "./exclude.ts";
import { buildTextMap, TextMapBuilder, type BuildOptions, type TextMap } from "./textmap.ts";

export interface Article extends TextMap {
  root: Element;
}

const MIN_PARAGRAPH = 25;
const MIN_BODY = 140;
// Marked-up bodies (articleBody, <article>) are trusted with less prose than guessed ones.
const MIN_MARKED_BODY = 60;
/** A second marked body part counts with this much prose (a stray empty articleBody does not) */
const MIN_PART = MIN_MARKED_BODY;

// Whitespace inside counts too: collapsing it costs more than the threshold's precision is worth.
function collapsedLength(el: Element): number {
  return (el.textContent ?? "").trim().length;
}

/** True when el or an ancestor below <body> is furniture; `memo` shares answers for ancestors. */
function insideExcluded(el: Element, memo?: Map<Element, boolean>): boolean {
  const path: Element[] = [];
  let answer = false;
  for (let e: Element | null = el; e; e = e.parentElement) {
    const known = memo?.get(e);
    if (known !== undefined) {
      answer = known;
      break;
    }
    const tag = e.localName.toLowerCase();
    if (tag === "body" || tag === "html") break;
    path.push(e);
    if (isExcluded(e)) {
      answer = true;
      break;
    }
  }
  // Everything on the walked path below the deciding element shares its answer.
  if (memo) for (const e of path) memo.set(e, answer);
  return answer;
}

interface ParagraphScan {
  paras: { el: Element; len: number }[];
}

/** Reads every paragraph's length; yields (true) now and then so big pages can be read in slices. */
function* scanParagraphs(doc: Document, out: ParagraphScan): Generator<true, void> {
  const memo = new Map<Element, boolean>();
  const all = doc.querySelectorAll("p");
  for (let i = 0; i < all.length; i++) {
    if ((i & 63) === 63) yield true;
    const p = all[i]!;
    const len = collapsedLength(p);
    if (len < MIN_PARAGRAPH) continue;
    if (insideExcluded(p, memo)) continue;
    out.paras.push({ el: p, len });
  }
}

function contains(a: Element, b: Element): boolean {
  return a === b || a.contains(b);
}

function proseIn(el: Element, scan: ParagraphScan): number {
  let sum = 0;
  for (const p of scan.paras) if (contains(el, p.el)) sum += p.len;
  return sum;
}

/** Paragraph prose, or for a body written without <p> (text and <br>), its text length. */
function proseOrText(el: Element, scan: ParagraphScan): number {
  const prose = proseIn(el, scan);
  if (prose > 0 || el.querySelector("p")) return prose;
  return collapsedLength(el);
}

/** The element holding the densest paragraphs, grown to the container of split bodies. */
function densest(scan: ParagraphScan, body: Element): Element | null {
  const score = new Map<Element, number>();
  for (const { el, len } of scan.paras) {
    const parent = el.parentElement;
    if (!parent) continue;
    score.set(parent, (score.get(parent) ?? 0) + len);
    const grand = parent.parentElement;
    if (grand) score.set(grand, (score.get(grand) ?? 0) + len / 2);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of score) {
    if (s > bestScore) {
      best = el;
      bestScore = s;
    }
  }
  if (!best) return null;
  // Bodies split by ad breaks into sibling chunks: climb while the parent adds real prose.
  let here = best;
  let prose = proseIn(here, scan);
  while (here.parentElement && here.parentElement !== body && here.parentElement.localName !== "html") {
    const up = proseIn(here.parentElement, scan);
    if (up < prose * 1.3) break;
    here = here.parentElement;
    prose = up;
  }
  return here;
}

function lowestCommonAncestor(els: Element[]): Element | null {
  if (els.length === 0) return null;
  let anc: Element | null = els[0]!;
  for (const el of els.slice(1)) {
    while (anc && !contains(anc, el)) anc = anc.parentElement;
  }
  return anc;
}

function outermost(els: Element[]): Element[] {
  return els.filter((el) => !els.some((o) => o !== el && o.contains(el)));
}

/** The element whose text is the article, or null when the page has no article-like prose. */
export function findArticleRoot(doc: Document): Element | null {
  const scan: ParagraphScan = { paras: [] };
  for (const _ of scanParagraphs(doc, scan));
  return chooseRoot(doc, scan);
}

/** findArticleRoot, reading the paragraphs in time slices with `pause` between them. */
export async function findArticleRootInSlices(doc: Document, pause: () => Promise<void>, sliceMs = 8): Promise<Element | null> {
  const scan: ParagraphScan = { paras: [] };
  let until = performance.now() + sliceMs;
  for (const _ of scanParagraphs(doc, scan)) {
    if (performance.now() > until) {
      await pause();
      until = performance.now() + sliceMs;
    }
  }
  return chooseRoot(doc, scan);
}

function chooseRoot(doc: Document, scan: ParagraphScan): Element | null {
  const body = doc.body ?? doc.documentElement;
  if (!body) return null;
  const dense = densest(scan, body);
  const denseProse = dense ? proseIn(dense, scan) : 0;
  const good = (el: Element, prose: number, min = MIN_BODY) =>
    prose >= min && (!dense || contains(el, dense) || prose >= denseProse * 0.5);

  const bodies = outermost(Array.from(doc.querySelectorAll("[itemprop~=articleBody], [itemprop~=articlebody]")));
  const bodyScored = bodies.map((el) => ({ el, prose: Math.max(proseIn(el, scan), collapsedLength(el)) }));
  bodyScored.sort((a, b) => b.prose - a.prose);
  if (bodyScored[0] && good(bodyScored[0].el, bodyScored[0].prose, MIN_MARKED_BODY)) {
    // A body marked in parts around an ad break ("articleBody" twice): the parts together, through the
    // element that holds them all (what lies between them is furniture the text map leaves out)
    const parts = bodyScored.filter((b) => b.prose >= MIN_PART && b.el !== bodyScored[0]!.el);
    if (parts.length === 0) return bodyScored[0].el;
    const all = lowestCommonAncestor([bodyScored[0].el, ...parts.map((b) => b.el)]);
    return all && all !== body ? all : bodyScored[0].el;
  }

  const articles = outermost(
    Array.from(doc.querySelectorAll("article")).filter((a) => !insideExcluded(a)),
  ).map((el) => ({ el, prose: proseOrText(el, scan) }));
  const bestArticle = articles.reduce((m, a) => Math.max(m, a.prose), 0);
  // Several full stories (infinite scroll, live blog entries as <article>) form one body.
  const stories = articles.filter((a) => a.prose >= MIN_MARKED_BODY && a.prose >= bestArticle * 0.25);
  if (stories.length > 0) {
    const root = stories.length === 1 ? stories[0]!.el : lowestCommonAncestor(stories.map((s) => s.el));
    if (root && good(root, proseOrText(root, scan), MIN_MARKED_BODY)) return root;
  }

  const mains = Array.from(doc.querySelectorAll("main, [role=main]")).filter((m) => !insideExcluded(m));
  for (const m of mains) {
    const prose = proseOrText(m, scan);
    if (good(m, prose)) return m;
  }

  if (dense && denseProse >= MIN_BODY) return dense;
  return null;
}

/** The article of a page: its root element and its text model. Null when none is found. */
export function extractArticle(doc: Document, opts: BuildOptions = {}): Article | null {
  const root = findArticleRoot(doc);
  if (!root) return null;
  const map = buildTextMap(root, opts);
  if (map.text.length === 0) return null;
  return { root, ...map };
}

/** extractArticle with the text building cut into slices; `pause` yields to the event loop. */
export async function extractArticleInSlices(
  doc: Document,
  pause: () => Promise<void>,
  sliceMs = 8,
  opts: BuildOptions = {},
): Promise<Article | null> {
  const root = await findArticleRootInSlices(doc, pause, sliceMs);
  if (!root) return null;
  const builder = new TextMapBuilder(root, opts);
  for (;;) {
    const until = performance.now() + sliceMs;
    if (builder.run(() => performance.now() > until)) break;
    await pause();
  }
  const map = builder.result();
  if (map.text.length === 0) return null;
  return { root, ...map };
}
