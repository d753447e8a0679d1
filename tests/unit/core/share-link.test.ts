import { describe, expect, it } from "vitest";
import {
  buildShareLink,
  parseShareLink,
  parseToken,
  readShareToken,
  shareBaseUrl,
  type ShareLinkInput,
} from "../../../src/core/share-link.ts";
import { encodePayload, toBase64Url, utf8Encode } from "../../../src/core/share-payload.ts";

const DIRECTIVE = { start: "Exports fell 12% in 2020-21." };

function link(input: Partial<ShareLinkInput>): string {
  const r = buildShareLink({ pageUrl: "https://news.example/world/grain?id=7", claimId: "c_3f9a", directive: DIRECTIVE, ...input });
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

describe("buildShareLink", () => {
  it("puts our token before ':~:' and the directive after it", () => {
    expect(link({})).toBe("https://news.example/world/grain?id=7#claimmark=v1.c_3f9a:~:text=Exports%20fell%2012%25%20in%202020%2D21.");
  });

  it("drops tracking parameters and credentials, keeps the others in order", () => {
    const url = link({ pageUrl: "https://u:p@news.example/a?utm_source=x&z=1&fbclid=abc&a=2&gclid=q#top" });
    expect(url.startsWith("https://news.example/a?z=1&a=2#claimmark=v1.c_3f9a:~:")).toBe(true);
  });

  it("uses a same-site canonical URL, and ignores a foreign or home-page one", () => {
    const page = "https://amp.news.example/a/story.amp?utm_medium=s";
    expect(shareBaseUrl(page, "https://www.news.example/a/story?utm_campaign=x")).toEqual({
      ok: true,
      value: { url: "https://www.news.example/a/story", route: null },
    });
    expect(shareBaseUrl(page, "/a/story")).toMatchObject({ value: { url: "https://amp.news.example/a/story" } });
    expect(shareBaseUrl(page, "https://evil.example/a/story")).toMatchObject({ value: { url: "https://amp.news.example/a/story.amp" } });
    expect(shareBaseUrl(page, "https://example/a")).toMatchObject({ value: { url: "https://amp.news.example/a/story.amp" } });
    expect(shareBaseUrl(page, "https://news.example/")).toMatchObject({ value: { url: "https://amp.news.example/a/story.amp" } });
    expect(shareBaseUrl(page, "javascript:alert(1)")).toMatchObject({ value: { url: "https://amp.news.example/a/story.amp" } });
    expect(shareBaseUrl("https://a.github.io/x", "https://b.github.io/x")).toMatchObject({ value: { url: "https://a.github.io/x" } });
  });

  it("keeps a hash-router route, with the token in the route's query", () => {
    expect(link({ pageUrl: "https://app.example/#/story/7" })).toBe(
      "https://app.example/#/story/7?claimmark=v1.c_3f9a:~:text=Exports%20fell%2012%25%20in%202020%2D21.",
    );
    expect(link({ pageUrl: "https://app.example/#!/story/7?tab=2", directive: null })).toBe("https://app.example/#!/story/7?tab=2&claimmark=v1.c_3f9a");
    // Re-sharing a shared page does not stack tokens; the canonical cannot express the route.
    expect(link({ pageUrl: "https://app.example/#/s/7?claimmark=v1.old&tab=2", canonicalUrl: "https://app.example/", directive: null })).toBe(
      "https://app.example/#/s/7?tab=2&claimmark=v1.c_3f9a",
    );
  });

  it("drops a plain anchor fragment and an old token or directive", () => {
    expect(link({ pageUrl: "https://news.example/a#comments", directive: null })).toBe("https://news.example/a#claimmark=v1.c_3f9a");
    expect(link({ pageUrl: "https://news.example/a#claimmark=v1.zz:~:text=old", directive: null })).toBe("https://news.example/a#claimmark=v1.c_3f9a");
  });

  it("refuses non-web pages and unusable ids", () => {
    for (const pageUrl of ["javascript:alert(1)", "data:text/html,<b>x</b>", "file:///etc/passwd", "chrome://settings", "not a url"]) {
      expect(buildShareLink({ pageUrl, claimId: "c1", directive: null }).ok, pageUrl).toBe(false);
    }
    for (const claimId of ["", "a.b", "x".repeat(65), "<img>", "c 1"]) {
      expect(buildShareLink({ pageUrl: "https://n.example/", claimId, directive: null }).ok, claimId).toBe(false);
    }
  });

  it("carries the optional note and verdict, which read back as plain text", () => {
    const url = link({ payload: { note: "Checked: the ministry's own table says 11%.", verdict: "disputed" } });
    expect(url).toMatch(/#claimmark=v1\.c_3f9a\.[A-Za-z0-9_-]+:~:text=/);
    const parsed = parseShareLink(url);
    expect(parsed).toEqual({
      ok: true,
      value: {
        pageUrl: "https://news.example/world/grain?id=7",
        token: { claimId: "c_3f9a", payload: { note: "Checked: the ministry's own table says 11%.", verdict: "disputed" } },
        directive: DIRECTIVE,
      },
    });
  });
});

describe("parseShareLink / readShareToken", () => {
  it("reads the token from location.hash as a script sees it (directive already stripped)", () => {
    expect(readShareToken("#claimmark=v1.c_3f9a")).toEqual({ ok: true, value: { claimId: "c_3f9a", payload: null } });
    expect(readShareToken("#/story/7?tab=2&claimmark=v1.c_3f9a")).toEqual({ ok: true, value: { claimId: "c_3f9a", payload: null } });
    expect(readShareToken("#claimmark=v1.c_3f9a:~:text=x")).toEqual({ ok: true, value: { claimId: "c_3f9a", payload: null } });
    expect(readShareToken("")).toBeNull();
    expect(readShareToken("#section-2")).toBeNull();
    expect(readShareToken("#/a?xclaimmark=v1.c")).toBeNull();
  });

  it("gives back the page URL with the route but without token and directive", () => {
    const r = parseShareLink("https://app.example/#/story/7?tab=2&claimmark=v1.c_3f9a:~:text=a%2Db");
    expect(r).toEqual({ ok: true, value: { pageUrl: "https://app.example/#/story/7?tab=2", token: { claimId: "c_3f9a", payload: null }, directive: { start: "a-b" } } });
  });

  it("rejects hostile links with a message", () => {
    const cases: [string, RegExp][] = [
      ["javascript:alert(1)//#claimmark=v1.c1", /http/],
      ["data:text/html,<script>alert(1)</script>#claimmark=v1.c1", /http/],
      ["https://n.example/#claimmark=v2.c1", /format v2/],
      ["https://n.example/#claimmark=v1", /damaged/],
      ["https://n.example/#claimmark=c1", /no version/],
      ["https://n.example/#claimmark=v1.c1.a.b", /damaged/],
      ["https://n.example/#claimmark=v1.%3Cimg%3E", /no valid claim/],
      ["https://n.example/#claimmark=v1.c1.!!!!", /damaged/],
      ["https://n.example/#claimmark=v1.c1." + "A".repeat(5000), /too long/],
      ["https://n.example/" + "a".repeat(20000), /too long/],
      ["https://n.example/#claimmark=v1.c1:~:text=%E0%A4%A", /malformed/],
    ];
    for (const [url, message] of cases) {
      const r = parseShareLink(url);
      expect(r.ok, url).toBe(false);
      if (!r.ok) expect(r.error, url).toMatch(message);
    }
  });

  it("rejects payloads of a wrong version, verdict or encoding", () => {
    const token = (bytes: number[]) => parseToken("v1.c1." + toBase64Url(bytes));
    expect(token([2, 0, ...utf8Encode("hi")])).toMatchObject({ ok: false, error: expect.stringMatching(/format 2/) });
    expect(token([1, 9, ...utf8Encode("hi")])).toMatchObject({ ok: false, error: expect.stringMatching(/verdict/) });
    expect(token([1, 0, 0xc0, 0x80])).toMatchObject({ ok: false, error: expect.stringMatching(/not valid text/) });
    expect(token([1, 0])).toMatchObject({ ok: false, error: expect.stringMatching(/empty/) });
    expect(parseToken("v1.c1." + encodePayload({ note: "", verdict: "confirmed" }))).toEqual({
      ok: true,
      value: { claimId: "c1", payload: { note: "", verdict: "confirmed" } },
    });
  });
});
