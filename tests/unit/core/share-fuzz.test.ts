// Hostile input: 10,000 random and mutated links never throw, never come back as anything but an
// http(s) page, and never carry markup or control characters into what the card renders.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { buildShareLink, CLAIM_ID, parseShareLink, readShareToken, type ParsedShareLink } from "../../../src/core/share-link.ts";
import { MAX_NOTE_LENGTH, type SharePayload } from "../../../src/core/share-payload.ts";
import type { Status } from "../../../src/core/model.ts";

const STATUSES: (Status | null)[] = [null, "confirmed", "disputed", "unverified", "unaddressed"];

const claimId = fc.stringMatching(/^[A-Za-z0-9_~-]{1,64}$/);
const payload: fc.Arbitrary<SharePayload | null> = fc.option(
  fc.record({ note: fc.string({ maxLength: 700, unit: "binary" }), verdict: fc.constantFrom(...STATUSES) }),
  { nil: null },
);
const term = fc.string({ minLength: 1, maxLength: 60, unit: "grapheme" });
const directive = fc.option(
  fc.record({ start: term, prefix: fc.option(term, { nil: undefined }), end: fc.option(term, { nil: undefined }), suffix: fc.option(term, { nil: undefined }) }, { requiredKeys: ["start"] }),
  { nil: null },
);
const pageUrl = fc.oneof(
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.webUrl().map((u) => u.replace(/\/?$/, "/#/story/") + "7?tab=2"),
  fc.constantFrom("javascript:alert(1)", "data:text/html,<svg onload=alert(1)>", "file:///x", "about:blank", "vbscript:x"),
);

/** Valid links built by our own code, to be mutated. */
const built = fc.record({ pageUrl, claimId, directive, payload }).map((input) => {
  const r = buildShareLink(input);
  return r.ok ? r.value : input.pageUrl;
});

const NASTY = ["javascript:", "data:", "<", ">", "%3C", "\u0000", "\u202E", ":~:", "#", "&", "?", ".", "%", "claimmark=", "v2.", "v1.", "\uD800", "=", " ", "\n"];
const mutation = fc.oneof(
  fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), s: fc.oneof(fc.constantFrom(...NASTY), fc.string({ maxLength: 8, unit: "binary" })) }),
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat(), n: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ kind: fc.constant("flip" as const), at: fc.nat(), c: fc.string({ minLength: 1, maxLength: 1, unit: "binary" }) }),
  fc.record({ kind: fc.constant("scheme" as const), s: fc.constantFrom("javascript:", "data:text/html,", "JaVaScRiPt:", " javascript:", "http:", "blob:", "") }),
  fc.record({ kind: fc.constant("repeat" as const), at: fc.nat(), n: fc.integer({ min: 1, max: 3000 }) }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(link: string, m: Mutation): string {
  const at = "at" in m ? m.at % (link.length + 1) : 0;
  switch (m.kind) {
    case "insert":
      return link.slice(0, at) + m.s + link.slice(at);
    case "delete":
      return link.slice(0, at) + link.slice(at + m.n);
    case "flip":
      return link.slice(0, at) + m.c + link.slice(at + 1);
    case "scheme":
      return m.s + link.replace(/^[a-z]+:/i, "");
    case "repeat":
      return link.slice(0, at) + (link[at] ?? "A").repeat(m.n) + link.slice(at);
  }
}

const link = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(built, fc.array(mutation, { minLength: 1, maxLength: 4 })).map(([l, ms]) => ms.reduce(mutate, l)) },
  { weight: 2, arbitrary: built },
  { weight: 1, arbitrary: fc.string({ maxLength: 300, unit: "binary" }) },
  { weight: 1, arbitrary: fc.webUrl({ withFragments: true }).map((u) => u.replace(/#.*/, "") + "#claimmark=" + "v1.c1.") },
);

const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

function checkParsed(p: ParsedShareLink): void {
  const url = new URL(p.pageUrl);
  expect(["http:", "https:"]).toContain(url.protocol);
  expect(p.pageUrl.startsWith(url.protocol + "//")).toBe(true);
  if (p.token) {
    expect(p.token.claimId).toMatch(CLAIM_ID);
    if (p.token.payload) {
      const { note, verdict } = p.token.payload;
      expect(STATUSES).toContain(verdict);
      expect(note.length).toBeLessThanOrEqual(MAX_NOTE_LENGTH);
      expect(note).not.toMatch(/[<>]/);
      expect(note).not.toMatch(CONTROL);
    }
  }
}

describe("share links under fuzzing", () => {
  it("10,000 random and mutated links: no throw, only http(s) pages, no markup", () => {
    let accepted = 0;
    let rejected = 0;
    let withNote = 0;
    fc.assert(
      fc.property(link, (raw) => {
        const r = parseShareLink(raw);
        if (r.ok) {
          accepted++;
          if (r.value.token?.payload) withNote++;
          checkParsed(r.value);
        } else {
          rejected++;
          expect(r.error.length).toBeGreaterThan(0);
        }
        const hash = raw.indexOf("#");
        const t = readShareToken(hash === -1 ? "" : raw.slice(hash));
        if (t?.ok) checkParsed({ pageUrl: "https://x.example/", token: t.value, directive: null });
      }),
      { numRuns: 10_000 },
    );
    // Both paths must really be exercised for the property to mean anything.
    expect(accepted).toBeGreaterThan(1000);
    expect(rejected).toBeGreaterThan(1000);
    expect(withNote).toBeGreaterThan(500);
  });

  it("every link we build parses back to the same claim, note and directive", () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), claimId, directive, payload, (page, id, d, p) => {
        const built = buildShareLink({ pageUrl: page, claimId: id, directive: d, payload: p });
        if (!built.ok) {
          // Only an overlong link may be refused for a valid web page.
          expect(built.error).toMatch(/too long/);
          return;
        }
        const parsed = parseShareLink(built.value);
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        expect(parsed.value.token?.claimId).toBe(id);
        expect(parsed.value.directive).toEqual(d === null ? null : Object.fromEntries(Object.entries(d).filter(([, v]) => v !== undefined)));
        if (p === null) expect(parsed.value.token?.payload).toBeNull();
        // A payload comes back cleaned: no markup, no controls, capped; dropped only if it was empty.
        else if (parsed.value.token?.payload) checkParsed(parsed.value);
      }),
      { numRuns: 2000 },
    );
  });
});
