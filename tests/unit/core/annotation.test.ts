import { describe, expect, it } from "vitest";
import { fromAnnotation, parseImport, serializeExport, toAnnotation, type PortableNote } from "../../../src/core/annotation.ts";

const NOTE: PortableNote = {
  id: "5b0c6c1e-8a0e-4f4e-9a51-0c4b1a0e2d11",
  pageUrl: "https://news.example/story?id=4",
  claimId: "c-17",
  body: "The ONS figure for May was 6.0%, not 6.1%.",
  created: Date.UTC(2026, 4, 3, 10, 0, 0, 123),
  updated: Date.UTC(2026, 4, 4, 9, 30, 0, 5),
  selector: {
    quote: { exact: "Unemployment fell to 6.1% in May.", prefix: "Castella\n", suffix: " The office said" },
    position: { start: 9, end: 42 },
  },
  anchor: { state: "figure-changed", checked: 1, figureChanged: { was: "6.1%", now: "6.2%" }, claimId: "c-18" },
  claim: {
    text: "Unemployment fell to 6.1% in May.",
    figures: [{ text: "6.1%", value: 6.1, unit: "%", approx: false, start: 21, end: 25 }],
    source: { name: "the statistics office", role: null, kind: "organization", cue: "said", via: null },
    status: "unaddressed",
    evidence: null,
    saved: 7,
  },
  page: { title: "Castella jobs", lastSeen: 99 },
};

describe("toAnnotation", () => {
  it("writes a W3C Web Annotation with TextQuote and TextPosition selectors", () => {
    const a = toAnnotation(NOTE);
    expect(a).toMatchObject({
      id: `urn:uuid:${NOTE.id}`,
      type: "Annotation",
      motivation: "commenting",
      created: "2026-05-03T10:00:00.123Z",
      modified: "2026-05-04T09:30:00.005Z",
      body: { type: "TextualBody", value: NOTE.body, format: "text/plain" },
      target: {
        source: NOTE.pageUrl,
        selector: [
          { type: "TextQuoteSelector", exact: NOTE.selector.quote.exact, prefix: "Castella\n", suffix: " The office said" },
          { type: "TextPositionSelector", start: 9, end: 42 },
        ],
      },
    });
  });

  it("exports a JSON-LD AnnotationCollection that imports back to the same notes", () => {
    const json = serializeExport([NOTE, { ...NOTE, id: "other", claim: null, page: null }], 0);
    const data = JSON.parse(json);
    expect(data["@context"][0]).toBe("http://www.w3.org/ns/anno.jsonld");
    expect(data.type).toBe("AnnotationCollection");
    expect(data.total).toBe(2);
    const back = parseImport(json);
    expect(back).toEqual({ ok: true, notes: [NOTE, { ...NOTE, id: "other", claim: null, page: null }], rejected: [] });
  });
});

describe("parseImport: whole-file problems", () => {
  it("rejects a corrupt file with a clear message", () => {
    const r = parseImport('{"type": "AnnotationCollection", "first": {"items": [');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(/^The file is not valid JSON .*nothing was imported\.$/);
  });

  it("rejects JSON of the wrong shape", () => {
    for (const text of ['{"notes": []}', "42", '"hello"', "null", '{"type":"AnnotationCollection","first":{"items":3}}']) {
      const r = parseImport(text);
      expect(r.ok, text).toBe(false);
      expect(!r.ok && r.message, text).toMatch(/not a Web Annotation export/);
    }
  });

  it("refuses a collection whose pages are elsewhere instead of fetching them", () => {
    const r = parseImport(JSON.stringify({ type: "AnnotationCollection", total: 10, first: "https://annotations.example/page1" }));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(/does not fetch.*Nothing was imported/);
  });

  it("accepts a bare array, a single annotation and a byte-order mark", () => {
    const a = JSON.stringify(toAnnotation(NOTE));
    expect(parseImport(`[${a}]`)).toMatchObject({ ok: true, notes: [{ id: NOTE.id }] });
    expect(parseImport(a)).toMatchObject({ ok: true, notes: [{ id: NOTE.id }] });
    expect(parseImport("\uFEFF" + a)).toMatchObject({ ok: true, notes: [{ id: NOTE.id }] });
  });
});

describe("parseImport: one bad annotation among good ones", () => {
  const good = toAnnotation(NOTE);
  const cases: Array<[string, (a: Record<string, any>) => unknown, RegExp]> = [
    ["not an object", () => "text", /not an object/],
    ["wrong type", (a) => ({ ...a, type: "Note" }), /"type" is not "Annotation"/],
    ["no id", (a) => ({ ...a, id: undefined }), /missing "id"/],
    ["empty body", (a) => ({ ...a, body: { type: "TextualBody", value: "  " } }), /note text is empty/],
    ["no body", (a) => ({ ...a, body: { type: "SpecificResource", source: "x" } }), /no text body/],
    ["javascript: URL", (a) => ({ ...a, target: { ...a.target, source: "javascript:alert(1)" } }), /not an http\(s\) page URL/],
    ["no quote", (a) => ({ ...a, target: { source: a.target.source, selector: [] } }), /no TextQuoteSelector/],
    ["negative position", (a) => ({ ...a, target: { ...a.target, selector: [a.target.selector[0], { type: "TextPositionSelector", start: -1, end: 3 }] } }), /TextPositionSelector/],
    ["bad date", (a) => ({ ...a, created: "yesterday" }), /"created" is not a date/],
    ["bad status", (a) => ({ ...a, "claimmark:claim": { ...a["claimmark:claim"], status: "true" } }), /status" is unknown/],
    ["bad anchor", (a) => ({ ...a, "claimmark:anchor": { state: "lost" } }), /anchor.state" is unknown/],
  ];
  for (const [name, mutate, reason] of cases) {
    it(`rejects ${name} with its reason and keeps the rest`, () => {
      const bad = mutate(structuredClone(good));
      const r = parseImport(JSON.stringify([good, bad, { ...good, id: "urn:uuid:second" }]));
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(r.notes.map((n) => n.id)).toEqual([NOTE.id, "second"]);
      expect(r.rejected).toHaveLength(1);
      expect(r.rejected[0]!.index).toBe(1);
      expect(r.rejected[0]!.reason).toMatch(reason);
    });
  }
});

describe("fromAnnotation: annotations from other tools", () => {
  it("takes a minimal Web Annotation and fills in what Claimmark needs", () => {
    const n = fromAnnotation({
      "@context": "http://www.w3.org/ns/anno.jsonld",
      id: "http://example.org/anno1",
      type: "Annotation",
      bodyValue: "Worth checking",
      target: { source: "https://news.example/a#x", selector: { type: "TextQuoteSelector", exact: "rose 3.5%" } },
    });
    expect(n).toMatchObject({
      id: "http://example.org/anno1",
      pageUrl: "https://news.example/a",
      body: "Worth checking",
      selector: { quote: { exact: "rose 3.5%", prefix: "", suffix: "" }, position: { start: -1, end: -1 } },
      anchor: { state: "unchecked", checked: null },
      claim: null,
    });
    expect(n.claimId).toMatch(/^quote:[0-9a-f]{8}$/);
    // Without offsets it exports with the quote selector only, and still re-imports.
    expect(fromAnnotation(toAnnotation(n))).toEqual(n);
  });
});
