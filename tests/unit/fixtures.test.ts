// Holds the labelled fixture articles to their own rules, so a broken fixture fails CI instead of
// quietly mis-scoring the detector.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkAgainstHtml, checkAgainstText, checkGoldFile, checkLabels, fixturesDir, goldFiles, type Gold } from "../support/check-gold.ts";

const files = goldFiles();
const demo = join(fixturesDir, "demo.gold.json");
const golds = files.map((f) => JSON.parse(readFileSync(f, "utf8")) as Gold);

describe("fixture articles", () => {
  it.each([...files, demo].map((f) => [basename(f), f]))("%s is consistent with its page", (_name, file) => {
    expect(checkGoldFile(file)).toEqual([]);
  });

  it("are enough, varied, and weighted towards US political news", () => {
    expect(files.length).toBeGreaterThanOrEqual(14);
    expect(golds.filter((g) => g.id.startsWith("politics-")).length).toBeGreaterThanOrEqual(4);
    for (const g of golds) expect(g.sentences.length, g.id).toBeGreaterThanOrEqual(12);
  });

  it("cover every label, status and source kind", () => {
    const all = golds.flatMap((g) => g.sentences);
    const labels = new Set(all.map((s) => s.label));
    const statuses = new Set(all.flatMap((s) => (s.label === "claim" ? s.status?.slice(0, 1) ?? [] : [])));
    const kinds = new Set(all.flatMap((s) => (s.label === "claim" && s.source ? [s.source.kind] : [])));
    expect([...labels].sort()).toEqual(["claim", "none", "optional"]);
    expect([...statuses].sort()).toEqual(["confirmed", "disputed", "unaddressed", "unverified"]);
    expect([...kinds].sort()).toEqual(["anonymous", "document", "group", "organization", "person"]);
    expect(all.filter((s) => s.notFigures?.length).length).toBeGreaterThan(10);
  });
});

describe("fixture pages", () => {
  const pages = [
    // .txt articles (one paragraph per line) have no page to load.
    ...files.map((f) => f.replace(/\.gold\.json$/, ".html")).filter((p) => existsSync(p)),
    join(fixturesDir, "demo.html"),
    ...readdirSync(join(fixturesDir, "dynamic")).filter((f) => f.endsWith(".html")).map((f) => join(fixturesDir, "dynamic", f)),
  ];

  // The E2E runs assert that a page makes no request beyond the fixture server.
  it.each(pages.map((p) => [basename(p), p]))("%s loads nothing from elsewhere", (_name, page) => {
    const html = readFileSync(page, "utf8");
    expect(html).not.toMatch(/\b(?:src|srcset|poster|action)\s*=\s*["']?(?:https?:)?\/\//i);
    expect(html).not.toMatch(/<link\b[^>]*\bhref\s*=\s*["']?(?:https?:)?\/\//i);
    expect(html).not.toMatch(/url\(\s*["']?(?:https?:)?\/\//i);
    expect(html).not.toMatch(/@import|\bfetch\(|XMLHttpRequest|new WebSocket/);
  });

  it("dynamic pages insert text with DOM methods, never as HTML", () => {
    for (const page of pages.filter((p) => p.includes("/dynamic/"))) {
      const html = readFileSync(page, "utf8");
      expect(html, page).toMatch(/textContent/);
      expect(html, page).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
    }
  });
});

describe("the fixture checker", () => {
  const gold: Gold = {
    id: "t",
    source: "test",
    sentences: [
      { sentence: "Sales rose 5%, the firm said.", label: "claim", kinds: ["numeric", "attributed"], figures: ["5%"], source: { names: ["the firm"], kind: "organization" }, status: ["unaddressed"] },
      { sentence: "It was sunny.", label: "none" },
    ],
  };
  const page = (body: string) => `<html><body><nav><p>Menu 12%</p></nav><article>${body}</article></body></html>`;

  it("accepts a page whose body is exactly the gold sentences, with inline markup", () => {
    expect(checkAgainstHtml(gold, page("<p>Sales rose <b>5%</b>, the firm said.</p>\n<p>It was\n sunny.</p>"))).toEqual([]);
  });
  it("reports a body sentence missing from the gold", () => {
    const problems = checkAgainstHtml(gold, page("<p>Sales rose 5%, the firm said. Costs fell.</p><p>It was sunny.</p>"));
    expect(problems.join()).toContain("Costs fell.");
  });
  it("reports a gold sentence absent from the page, or out of order", () => {
    expect(checkAgainstHtml(gold, page("<p>Sales rose 5%, the firm said.</p>"))[0]).toContain("not in the page text");
    expect(checkAgainstHtml(gold, page("<p>It was sunny.</p><p>Sales rose 5%, the firm said.</p>"))[0]).toContain("out of order");
  });
  it("accepts a .txt article whose lines are exactly the gold sentences, and reports one that is not", () => {
    expect(checkAgainstText(gold, "Sales rose 5%, the firm said.\n\nIt was sunny.\n")).toEqual([]);
    expect(checkAgainstText(gold, "Sales rose 5%, the firm said. It was sunny.")).toEqual([]);
    expect(checkAgainstText(gold, "Sales rose 5%, the firm said. Costs fell.\nIt was sunny.").join()).toContain("Costs fell.");
    expect(checkAgainstText(gold, "Sales rose 5%, the firm said.").join()).toContain("after the last line");
    expect(checkAgainstText(gold, "Sales rose 5%, the firm said.  It was sunny.")).not.toEqual([]);
  });
  it("reports a figure that is not part of its sentence and a claim without status", () => {
    const bad: Gold = { ...gold, sentences: [{ ...gold.sentences[0]!, figures: ["6%"], status: [] }] };
    const problems = checkLabels(bad).join("\n");
    expect(problems).toContain('figure "6%"');
    expect(problems).toContain("claim without status");
  });
});
