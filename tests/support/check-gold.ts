// Checks that the labelled fixture articles are self-consistent, so a typo in a fixture cannot
// silently weaken the detector's tests: every gold sentence occurs in the page text in order, every
// body paragraph (or .txt line) is exactly the gold sentences it holds, and every figure is part of its sentence.
//   npx tsx tests/support/check-gold.ts [GOLD.json ...]   (default: every tests/fixtures/articles/*.gold.json)
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseHTML } from "linkedom";

export interface GoldSource { names: string[]; kind: string; role?: string; via?: string }
export interface GoldSentence {
  sentence: string;
  label: "claim" | "none" | "optional";
  kinds?: string[];
  figures?: string[];
  notFigures?: string[];
  source?: GoldSource;
  status?: string[];
  note?: string;
}
export interface Gold { id: string; source: string; sentences: GoldSentence[] }

const LABELS = new Set(["claim", "none", "optional"]);
const KINDS = new Set(["numeric", "attributed"]);
const SOURCE_KINDS = new Set(["person", "organization", "group", "anonymous", "document"]);
const STATUSES = new Set(["confirmed", "disputed", "unverified", "unaddressed"]);
const BLOCKS = new Set(["P", "LI", "BLOCKQUOTE", "H2", "H3", "H4", "H5", "H6"]);
// Furniture that may sit inside the article container; its blocks are not body paragraphs.
const FURNITURE = "aside, figure, form, nav, header, footer, .ad-slot, .byline, .tags, .related, .embed-card, .key-facts, .factbox, .facts, [role=dialog]";

export const collapse = (s: string): string => s.replace(/\s+/g, " ").trim();

export const fixturesDir = resolve(dirname(fileURLToPath(import.meta.url)), "../fixtures");

/** Problems with one gold file's labels alone (no page needed). */
export function checkLabels(gold: Gold, expectedId?: string): string[] {
  const out: string[] = [];
  if (expectedId !== undefined && gold.id !== expectedId) out.push(`id "${gold.id}" is not the file name "${expectedId}"`);
  if (!Array.isArray(gold.sentences) || gold.sentences.length === 0) return [...out, "no sentences"];
  gold.sentences.forEach((s, i) => {
    const at = `#${i + 1} "${s.sentence?.slice(0, 60)}…"`;
    if (typeof s.sentence !== "string" || collapse(s.sentence) !== s.sentence || !s.sentence) out.push(`${at}: sentence is empty or has stray whitespace`);
    if (!LABELS.has(s.label)) out.push(`${at}: bad label ${s.label}`);
    for (const k of s.kinds ?? []) if (!KINDS.has(k)) out.push(`${at}: bad kind ${k}`);
    for (const st of s.status ?? []) if (!STATUSES.has(st)) out.push(`${at}: bad status ${st}`);
    for (const f of s.figures ?? []) if (!s.sentence.includes(f)) out.push(`${at}: figure "${f}" is not in the sentence`);
    for (const f of s.notFigures ?? []) {
      if (!s.sentence.includes(f)) out.push(`${at}: notFigure "${f}" is not in the sentence`);
      if ((s.figures ?? []).includes(f)) out.push(`${at}: "${f}" is both a figure and not`);
    }
    if (s.source) {
      if (!s.source.names?.length || s.source.names.some((n) => !n.trim())) out.push(`${at}: source without names`);
      if (!SOURCE_KINDS.has(s.source.kind)) out.push(`${at}: bad source kind ${s.source.kind}`);
    }
    if (s.label === "claim") {
      if (!s.kinds?.length) out.push(`${at}: claim without kinds`);
      if (!s.status?.length) out.push(`${at}: claim without status`);
      if (s.kinds?.includes("numeric") && !s.figures?.length) out.push(`${at}: numeric claim without figures`);
      if (s.kinds?.includes("attributed") && !s.source) out.push(`${at}: attributed claim without source`);
      if (!s.kinds?.includes("attributed") && s.source) out.push(`${at}: source on a claim not marked attributed`);
    }
    if (s.label === "none" && (s.kinds?.length || s.figures?.length)) out.push(`${at}: "none" with kinds or figures`);
  });
  return out;
}

function isLeafBlock(el: Element): boolean {
  if (!BLOCKS.has(el.tagName)) return false;
  for (const d of Array.from(el.querySelectorAll("*"))) if (BLOCKS.has(d.tagName)) return false;
  return true;
}

function commonAncestor(els: Element[]): Element | null {
  if (!els.length) return null;
  let anc: Element | null = els[0]!;
  while (anc && !els.every((e) => anc!.contains(e))) anc = anc.parentElement;
  return anc;
}

/** Problems with a gold file against its page. */
export function checkAgainstHtml(gold: Gold, html: string): string[] {
  const out: string[] = [];
  const { document } = parseHTML(html);
  for (const el of Array.from(document.querySelectorAll("script, style, template"))) el.remove();
  const text = collapse(document.body?.textContent ?? "");
  let pos = 0;
  for (const s of gold.sentences) {
    const at = text.indexOf(s.sentence, pos);
    if (at < 0) {
      out.push(text.includes(s.sentence) ? `out of order: "${s.sentence}"` : `not in the page text: "${s.sentence}"`);
      continue;
    }
    pos = at + s.sentence.length;
  }
  if (out.length) return out;

  // Every body block must be exactly a run of consecutive gold sentences.
  const sentences = gold.sentences.map((s) => s.sentence);
  const blocks = Array.from(document.querySelectorAll("*")).filter(isLeafBlock);
  const withGold = blocks.filter((b) => !b.closest(FURNITURE) && sentences.some((s) => collapse(b.textContent ?? "").includes(s)));
  const container = commonAncestor(withGold);
  if (!container) return ["no body block holds a gold sentence"];
  const body = blocks.filter((b) => container.contains(b) && !b.closest(FURNITURE));
  let next = 0;
  for (const b of body) {
    const t = collapse(b.textContent ?? "");
    if (!t) continue;
    let rest = t;
    let took = 0;
    while (next < sentences.length && rest.startsWith(sentences[next]!)) {
      rest = rest.slice(sentences[next]!.length).trimStart();
      next++;
      took++;
    }
    if (!took || rest) out.push(`body block is not exactly gold sentences (left: "${rest.slice(0, 80)}") in: "${t.slice(0, 80)}"`);
  }
  if (!out.length && next !== sentences.length) out.push(`gold sentences after the last body block: "${sentences[next]}"`);
  return out;
}

/** Problems with a gold file against a .txt article (one paragraph per line): every non-empty line
 *  must be exactly a run of consecutive gold sentences joined by single spaces, in order. */
export function checkAgainstText(gold: Gold, text: string): string[] {
  const out: string[] = [];
  const sentences = gold.sentences.map((s) => s.sentence);
  let next = 0;
  for (const line of text.replace(/\r\n?/g, "\n").split("\n")) {
    if (!line.trim()) continue;
    let rest = line;
    let took = 0;
    while (next < sentences.length && rest.startsWith(sentences[next]!)) {
      rest = rest.slice(sentences[next]!.length);
      next++;
      took++;
      if (rest.startsWith(" ") && !rest.startsWith("  ")) rest = rest.slice(1);
      else break;
    }
    if (!took || rest) out.push(`line is not exactly gold sentences (left: "${rest.slice(0, 80)}") in: "${line.slice(0, 80)}"`);
  }
  if (!out.length && next !== sentences.length) out.push(`gold sentences after the last line: "${sentences[next]}"`);
  return out;
}

export function goldFiles(dir = join(fixturesDir, "articles")): string[] {
  return readdirSync(dir).filter((f) => f.endsWith(".gold.json")).sort().map((f) => join(dir, f));
}

export function checkGoldFile(goldPath: string): string[] {
  const gold = JSON.parse(readFileSync(goldPath, "utf8")) as Gold;
  const base = goldPath.replace(/\.gold\.json$/, "");
  const problems = checkLabels(gold, basename(base));
  const htmlPath = base + ".html";
  const txtPath = base + ".txt";
  if (existsSync(htmlPath)) return [...problems, ...checkAgainstHtml(gold, readFileSync(htmlPath, "utf8"))];
  if (existsSync(txtPath)) return [...problems, ...checkAgainstText(gold, readFileSync(txtPath, "utf8"))];
  return [...problems, `no page beside it: ${htmlPath} (or ${txtPath})`];
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const files = process.argv.length > 2 ? process.argv.slice(2).map((f) => resolve(f)) : goldFiles();
  let bad = 0;
  for (const f of files) {
    const problems = checkGoldFile(f);
    const gold = JSON.parse(readFileSync(f, "utf8")) as Gold;
    const claims = gold.sentences.filter((s) => s.label === "claim").length;
    console.log(`${problems.length ? "FAIL" : "ok  "} ${basename(f)}: ${gold.sentences.length} sentences, ${claims} claims`);
    for (const p of problems) console.log("     " + p);
    if (problems.length) bad++;
  }
  process.exit(bad ? 1 : 0);
}
