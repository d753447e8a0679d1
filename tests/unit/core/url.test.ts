import { describe, expect, it } from "vitest";
import { isTrackingParam, normalizePageUrl, siteOf } from "../../../src/core/url.ts";

describe("normalizePageUrl", () => {
  it("drops the fragment, including text fragments and share tokens", () => {
    expect(normalizePageUrl("https://news.example/a/b#section-2")).toBe("https://news.example/a/b");
    expect(normalizePageUrl("https://news.example/a#claimmark=x1:~:text=3.5%25")).toBe("https://news.example/a");
  });

  it("drops utm_* and the other tracking parameters but keeps real ones", () => {
    const raw =
      "https://news.example/story?utm_source=nl&id=42&fbclid=abc&UTM_Medium=x&gclid=1&mc_cid=2&mc_eid=3&igshid=4&ref_src=twsrc&page=2";
    expect(normalizePageUrl(raw)).toBe("https://news.example/story?id=42&page=2");
  });

  it("removes the query entirely when only tracking parameters were present", () => {
    expect(normalizePageUrl("https://news.example/story?utm_campaign=a&fbclid=b")).toBe("https://news.example/story");
    expect(normalizePageUrl("https://news.example/story?")).toBe("https://news.example/story");
  });

  it("sorts the remaining parameters so their order does not split one page into two", () => {
    const a = normalizePageUrl("https://news.example/s?b=2&a=1&c=3");
    const b = normalizePageUrl("https://news.example/s?c=3&a=1&b=2");
    expect(a).toBe("https://news.example/s?a=1&b=2&c=3");
    expect(b).toBe(a);
  });

  it("sorts repeated parameters by value and keeps each one", () => {
    expect(normalizePageUrl("https://x.example/?tag=z&tag=a")).toBe("https://x.example/?tag=a&tag=z");
  });

  it("keeps parameter encoding as written so the URL still opens the same page", () => {
    expect(normalizePageUrl("https://x.example/search?q=a%20b+c&lang=en")).toBe("https://x.example/search?lang=en&q=a%20b+c");
  });

  it("lowercases the host, drops the default port and a trailing dot, keeps path case", () => {
    expect(normalizePageUrl("HTTPS://News.Example.:443/World/Story-ABC")).toBe("https://news.example/World/Story-ABC");
    expect(normalizePageUrl("http://News.Example:80/P")).toBe("http://news.example/P");
    expect(normalizePageUrl("http://news.example:8080/p")).toBe("http://news.example:8080/p");
  });

  it("drops credentials", () => {
    expect(normalizePageUrl("https://user:pw@news.example/p")).toBe("https://news.example/p");
  });

  it("is idempotent", () => {
    const once = normalizePageUrl("https://News.example/p?z=1&utm_x=2&a=%2F#frag");
    expect(once).not.toBeNull();
    expect(normalizePageUrl(once!)).toBe(once);
  });

  it("refuses what is not an absolute http(s) URL", () => {
    expect(normalizePageUrl("javascript:alert(1)")).toBeNull();
    expect(normalizePageUrl("data:text/html,hi")).toBeNull();
    expect(normalizePageUrl("chrome://settings")).toBeNull();
    expect(normalizePageUrl("/relative/path")).toBeNull();
    expect(normalizePageUrl("not a url")).toBeNull();
  });
});

describe("isTrackingParam", () => {
  it("knows prefixes and exact names, case-insensitively", () => {
    for (const name of ["utm_source", "UTM_TERM", "fbclid", "GCLID", "mc_eid", "ns_campaign", "_ga"]) {
      expect(isTrackingParam(name), name).toBe(true);
    }
    for (const name of ["id", "page", "q", "ref", "utm", "article"]) {
      expect(isTrackingParam(name), name).toBe(false);
    }
  });
});

describe("siteOf", () => {
  it("returns the host without www", () => {
    expect(siteOf("https://www.news.example/a")).toBe("news.example");
    expect(siteOf("https://blog.news.example/a")).toBe("blog.news.example");
    expect(siteOf("garbage")).toBe("");
  });
});
