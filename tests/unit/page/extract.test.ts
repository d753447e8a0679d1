import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { extractArticle, findArticleRoot } from "../../../src/page/extract.ts";
import { dom } from "./dom.ts";

const LONG_A = "The council approved a budget of £4.2 million for the new library on Tuesday evening.";
const LONG_B = "According to the finance director, the project will create 120 jobs over three years.";
const LONG_C = "Residents said the old building had been closed since the flood of 2019 damaged its roof.";

function page(body: string): Document {
  return dom(`<!doctype html><html><head><title>t</title><style>p{color:red}</style></head><body>${body}</body></html>`);
}

describe("extractArticle: finding the body", () => {
  it("uses <article>, one block per line, without headline, byline, nav, aside, footer", () => {
    const doc = page(`
      <header><nav><a href="/">Home</a> <a href="/w">World 24 hours</a></nav></header>
      <main><article>
        <h1>Library gets money</h1>
        <p class="byline">By Ann Reporter · 3 June 2026</p>
        <p>${LONG_A}</p>
        <h2>Jobs</h2>
        <p>${LONG_B}</p>
        <aside class="related"><h3>Related</h3><p>Storm leaves 30,000 homes without power in the north.</p></aside>
        <blockquote><p>${LONG_C}</p></blockquote>
      </article></main>
      <aside class="sidebar"><h2>Most read</h2><ol><li>Inflation falls to 2.4% as prices ease</li></ol></aside>
      <footer>© 2026 Paper. Registered No. 01234567.</footer>`);
    const a = extractArticle(doc)!;
    expect(a.root.localName).toBe("article");
    expect(a.text.split("\n")).toEqual([LONG_A, "Jobs", LONG_B, LONG_C]);
    expect(a.text).not.toMatch(/30,000|2\.4%|01234567|Ann Reporter|Library gets money|Home/);
  });

  it("prefers [itemprop=articleBody] over a larger page container", () => {
    const doc = page(`
      <main><div class="promo-strip"><p>Subscribe today and save 40% on your first 3 months.</p></div>
      <div itemprop="articleBody"><p>${LONG_A}</p><p>${LONG_B}</p></div>
      <p>Comments are closed for this article as of 5 pm on Friday.</p></main>`);
    const a = extractArticle(doc)!;
    expect(a.root.getAttribute("itemprop")).toBe("articleBody");
    expect(a.text).toBe(`${LONG_A}\n${LONG_B}`);
  });

  it("joins a body marked [itemprop=articleBody] in two parts around an ad, leaving the ad and the headline out", () => {
    const doc = page(`
      <div class="story"><header><h1>Library wins funding</h1></header>
      <div class="part" itemprop="articleBody"><p>${LONG_A}</p></div>
      <div class="advert-break" aria-label="Advertisement"><div>Advertisement</div><div>Broadband from £24.99 a month for 18 months.</div></div>
      <div class="part" itemprop="articleBody"><p>${LONG_B}</p><p>${LONG_C}</p></div></div>
      <aside><p>Most read: council tax to rise 4.99% in 7 of 10 districts, the council said.</p></aside>`);
    const a = extractArticle(doc)!;
    expect(a.text.split("\n")).toEqual([LONG_A, LONG_B, LONG_C]);
    // one marked part alone is still the body, not its container
    const one = page(`<div class="story"><p>Short intro line here.</p><div itemprop="articleBody"><p>${LONG_A}</p><p>${LONG_B}</p></div></div>`);
    expect(extractArticle(one)!.root.getAttribute("itemprop")).toBe("articleBody");
  });

  it("finds the densest paragraphs when there is no semantic markup", () => {
    const doc = page(`
      <div id="top"><div class="menu"><a href="#">News</a></div><p>Weather: 12 degrees and cloudy today.</p></div>
      <div id="wrap"><div id="story"><p>${LONG_A}</p><p>${LONG_B}</p><p>${LONG_C}</p></div>
      <div id="rightcol"><p>Short teaser about 3 things.</p></div></div>`);
    const a = extractArticle(doc)!;
    expect(a.root.getAttribute("id")).toBe("story");
    expect(a.text.split("\n")).toEqual([LONG_A, LONG_B, LONG_C]);
  });

  it("joins a body split by ad breaks into sibling chunks", () => {
    const doc = page(`
      <div id="body"><div class="chunk"><p>${LONG_A}</p><p>${LONG_B}</p></div>
      <div class="ad-slot" aria-label="Advertisement">Advertisement: save 50% now</div>
      <div class="chunk"><p>${LONG_C}</p></div></div>`);
    const a = extractArticle(doc)!;
    expect(a.root.getAttribute("id")).toBe("body");
    expect(a.text.split("\n")).toEqual([LONG_A, LONG_B, LONG_C]);
  });

  it("takes several sibling <article> stories as one body (infinite scroll)", () => {
    const doc = page(`<div id="feed">
      <article><h1>One</h1><p>${LONG_A}</p><p>${LONG_B}</p></article>
      <article><h1>Two</h1><p>${LONG_C}</p><p>${LONG_B}</p></article></div>`);
    const a = extractArticle(doc)!;
    expect(a.root.getAttribute("id")).toBe("feed");
    expect(a.blocks.length).toBe(4);
  });

  it("reads a live blog whose updates are a role=log stream of short <article> entries", () => {
    const doc = page(`<header><h1>Storm live</h1></header><main><div role="log" aria-live="polite">
      <article class="entry"><time>10:42</time><p>${LONG_A}</p></article>
      <article class="entry"><time>10:15</time><p>${LONG_B}</p></article></div></main>`);
    const a = extractArticle(doc)!;
    expect(a.text.split("\n")).toEqual([LONG_A, LONG_B]);
  });

  it("returns null on a page without article prose", () => {
    const doc = page(`<nav><a href="#">Home</a></nav><form><input value="search 10 items"></form><p>Hi.</p>`);
    expect(findArticleRoot(doc)).toBeNull();
    expect(extractArticle(doc)).toBeNull();
  });
});

describe("extractArticle: what is left out inside the body", () => {
  it("drops hidden, editable, form, code and furniture elements (standfirsts, deks, embedded widgets, a standards line too) but keeps inline markup", () => {
    const doc = page(`<article>
      <p>${LONG_A}</p>
      <p hidden>Hidden paragraph with 99 balloons.</p>
      <p aria-hidden="true">Aria hidden with 98 balloons.</p>
      <p style="display: none">Styled away with 97 balloons.</p>
      <div contenteditable="true"><p>Editable box with 96 balloons.</p></div>
      <form><label>Your email</label><input value="95 balloons"><button>Sign up for 94</button></form>
      <pre><code>let x = 93;</code></pre>
      <div class="cookie-banner"><p>We use 3 kinds of cookies on this site.</p></div>
      <div class="newsletter-signup"><p>Get 92 stories a week in your inbox.</p></div>
      <div class="social-share">Share on 91 networks</div>
      <script>var n = 90;</script><style>.a{width:89px}</style><noscript>88 reasons</noscript>
      <template><p>Template with 87 balloons.</p></template>
      <figure><img alt="x"><figcaption>Photo: 86 balloons</figcaption></figure>
      <div class="standfirst">Carrier trims guidance after 85-hour walkout</div>
      <div class="dek">Defeated candidate says 84 ballots were forged</div>
      <p class="deck">Kestria blames artillery for a barrage on a market; Valmoria denies firing on the town</p>
      <p class="sub">Prosecution says a phone made 14 calls via a mast 400 metres away</p>
      <p class="subtitle">Doctors hail 83 results</p>
      <div class="section-label">Retail</div>
      <p class="label">Tech &amp; Transportation</p><div class="eyebrow">Politics</div>
      <div class="embed-card"><div class="embed-card__kicker">Markets</div><span>AKR/EUR 0.0871 +0.8%</span></div>
      <div class="trust-line">Our standards: <a href="/principles">The 82 Trust Principles</a>.</div>
      <div class="pic"><div class="img" role="img" aria-label="x"></div><div class="cap">The ward where 81 beds closed, the trust says. Photograph: staff</div></div>
      <div class="photo-cap">80 balloons over the harbour</div>
      <div class="key-facts">79 stations; 78 lines</div>
      <div class="ticker-box"><span>NMB 318p ▲4.2%</span><span>FTSE 100 8,412 ▲0.3%</span></div>
      <div class="quotebox">LNBX shares: 52-week range 298p–471p · Market value £7.1bn</div>
      <div class="timeline"><strong>Timeline</strong><br>1987: bridge opens · 2023: 77 injured</div>
      <p>The <em>mayor</em> said <a href="/x">the <strong>plan</strong></a> cost <span class="date">£3m</span> in <code>2025</code>.</p>
    </article>`);
    const a = extractArticle(doc)!;
    expect(a.text.split("\n")).toEqual([LONG_A, "The mayor said the plan cost £3m in 2025."]);
  });

  it("drops a standfirst set in an unnamed block right under the headline, but not a first paragraph there", () => {
    const doc = page(`<main>
      <h1>Shelling knocks out two substations</h1>
      <div class="lede-note"><em>Operator says repairs will take 3 weeks; an engineer warns it could be months</em></div>
      <p>${LONG_A}</p><p>${LONG_B}</p><p>${LONG_C}</p>
    </main>`);
    expect(extractArticle(doc)!.text.split("\n")).toEqual([LONG_A, LONG_B, LONG_C]);
    const plain = page(`<main><h1>Library gets money</h1><p>${LONG_A}</p><p>${LONG_B}</p><p>${LONG_C}</p></main>`);
    expect(extractArticle(plain)!.text.split("\n")).toEqual([LONG_A, LONG_B, LONG_C]);
  });

  it("drops a line that is only links (related-story lists without class names)", () => {
    const doc = page(`<article><p>${LONG_A}</p><ul><li><a href="/1">Five charts that explain 2 things</a></li></ul>
      <p>${LONG_B} <a href="/src">Source</a></p></article>`);
    const a = extractArticle(doc)!;
    expect(a.text).toBe(`${LONG_A}\n${LONG_B} Source`);
  });

  it("drops a subheading over a list of links, or one that ends the body, but keeps one over prose", () => {
    const doc = page(`<main><p>${LONG_A}</p><h2>The numbers</h2><p>${LONG_B}</p>
      <section class="more-box"><h3>More from Northlight</h3><ul><li><a href="/1">Kittiwake numbers halve at 3 colonies</a></li></ul></section>
      <p>${LONG_C}</p><h3>Related</h3></main>`);
    expect(extractArticle(doc)!.text.split("\n")).toEqual([LONG_A, "The numbers", LONG_B, LONG_C]);
  });

  it("collapses whitespace, turns <br> into a space and removes soft hyphens", () => {
    const doc = page(`<article><p>  ${LONG_A}\n\n   Second   line\u00a0here<br>after  the<br/>break; co\u00adoperation.  </p>
      <ul><li>Item one with 3 parts</li><li>Item two <ul><li>nested 4</li></ul></li></ul>
      <dl><dt>Term</dt><dd>Definition of 5 things</dd></dl></article>`);
    const a = extractArticle(doc)!;
    expect(a.text.split("\n")).toEqual([
      `${LONG_A} Second line here after the break; cooperation.`,
      "Item one with 3 parts",
      "Item two",
      "nested 4",
      "Term",
      "Definition of 5 things",
    ]);
  });

  it("splits paragraphs written as text with double <br> (no <p>), keeps a single <br> as a space", () => {
    const doc = page(`<article><div class="text">${LONG_A}<br>${LONG_B}<br><br>\n${LONG_C}<br/> <br/>Last line with 7 words in it here.</div></article>`);
    const a = extractArticle(doc)!;
    expect(a.text.split("\n")).toEqual([`${LONG_A} ${LONG_B}`, LONG_C, "Last line with 7 words in it here."]);
  });

  it("leaves out a credit line with its time and a pull quote, whatever their classes; keeps prose that opens 'By'", () => {
    const doc = page(`<article><p class="info">By Tom Ashworth, Business Editor · <time datetime="2026-12-03">3 December 2026</time></p><p>${LONG_A}</p><blockquote class="pull">“${LONG_B}”</blockquote><p>By the end of the year, ${LONG_C}</p></article>`);
    const a = extractArticle(doc)!;
    expect(a.text.split("\n")).toEqual([LONG_A, `By the end of the year, ${LONG_C}`]);
  });

  it("records each block with its element and offsets", () => {
    const doc = page(`<article><p id="p1">${LONG_A}</p><h2 id="h">Sub</h2><p id="p2">${LONG_B}</p></article>`);
    const a = extractArticle(doc)!;
    expect(a.blocks.map((b) => [b.el.getAttribute("id"), a.text.slice(b.start, b.end)])).toEqual([
      ["p1", LONG_A],
      ["h", "Sub"],
      ["p2", LONG_B],
    ]);
  });
});

// Fixture pages written for this project, in several layouts: the body is found and page furniture
// stays out. Runs on whichever fixtures exist.
const FIXTURES = join(import.meta.dirname, "../../fixtures/articles");
const fixtureFiles = existsSync(FIXTURES) ? readdirSync(FIXTURES).filter((f) => f.endsWith(".html")) : [];

describe.runIf(fixtureFiles.length > 0)("extractArticle on fixture articles", () => {
  it.each(fixtureFiles)("%s: body prose in, furniture out", (file) => {
    const doc = dom(readFileSync(join(FIXTURES, file), "utf8"));
    const a = extractArticle(doc);
    expect(a, `${file}: no article found`).not.toBeNull();
    const text = a!.text;
    const norm = (s: string) => s.replace(/[\s\u00ad\u200b]+/g, " ").trim();
    // Furniture outside the body never enters the text.
    for (const el of Array.from(doc.querySelectorAll("nav, footer, aside, [class*=sidebar], [class*=cookie]"))) {
      if (a!.root.contains(el) && !el.contains(a!.root)) continue;
      if (el.contains(a!.root)) continue;
      const t = norm(el.textContent ?? "");
      if (t.length >= 20) expect(text.includes(t), `${file}: furniture text leaked: ${t.slice(0, 60)}`).toBe(false);
    }
    // The body's long paragraphs are all there.
    const bodyParas = Array.from(a!.root.querySelectorAll("p")).filter((p) => {
      for (let e: Element | null = p; e && e !== a!.root; e = e.parentElement) {
        if (/^(aside|nav|footer|header|figure|form)$/.test(e.localName)) return false;
        if (/related|promo|ad-|byline|credit|newsletter|share|comment|meta|bottom|subtitle|\bsub\b|standfirst|strap|dec?k\b|kicker|caption|embed|\bcap\b|-cap\b/.test(e.getAttribute("class") ?? "")) return false;
      }
      // (a credit line, "By Callum Ferreira, Science Reporter · <time>…", is no body prose whatever its class)
      if (p.querySelector("time") && /^\s*By\s+\p{Lu}/u.test(p.textContent ?? "")) return false;
      return norm(p.textContent ?? "").length > 60;
    });
    expect(bodyParas.length, `${file}: no body paragraphs`).toBeGreaterThan(0);
    for (const p of bodyParas) expect(text, file).toContain(norm(p.textContent ?? ""));
    expect(text).not.toMatch(/^\s|\s$|  /);
  });
});

// Each fixture's gold file lists every sentence of its article body: the extracted text must be
// exactly those sentences (none missing, no line that is not made of them).
const goldFixtures = fixtureFiles.filter((f) => existsSync(join(FIXTURES, f.replace(/\.html$/, ".gold.json"))));

describe.runIf(goldFixtures.length > 0)("extractArticle against the fixtures' gold sentences", () => {
  it.each(goldFixtures)("%s: body text is exactly the gold sentences", (file) => {
    const a = extractArticle(dom(readFileSync(join(FIXTURES, file), "utf8")))!;
    const gold = JSON.parse(readFileSync(join(FIXTURES, file.replace(/\.html$/, ".gold.json")), "utf8")) as {
      sentences: { sentence: string }[];
    };
    const sentences = gold.sentences.map((s) => s.sentence);
    for (const s of sentences) expect(a.text, `${file}: missing gold sentence`).toContain(s);
    for (const line of a.text.split("\n")) {
      let rest = line;
      // (longest first: a subheading can be the opening words of the paragraph under it, "Appearance fees")
      for (const s of [...sentences].sort((x, y) => y.length - x.length)) rest = rest.split(s).join("");
      expect(rest.trim(), `${file}: line not made of gold sentences: ${line.slice(0, 80)}`).toBe("");
    }
  });
});

describe("extractArticle: a breadcrumb trail inside <main>", () => {
  it("leaves 'News › Courts' in a div.crumbs out of the body", () => {
    const doc = page(`<main><section><div class="crumbs">News › Courts</div><h1>Court hears case</h1></section>
      <section class="body"><p>${LONG_A}</p><p>${LONG_B}</p><p>${LONG_C}</p></section></main>`);
    const text = extractArticle(doc)!.text;
    expect(text).not.toContain("News › Courts");
    expect(text).toContain(LONG_B);
  });
});

describe("extractArticle: a label above the headline and a helpline box", () => {
  it("drops 'Football › League' set loose before the <h1> and a role=note box, keeps the story", () => {
    const doc = page(`<main>
      <span class="section">Football &rsaquo; Anglian Premier League</span>
      <h1>Concussions rise to 87</h1>
      <div class="story"><p>${LONG_A}</p><p>${LONG_B}</p>
      <div class="helpline-box" role="note"><strong>Need to talk?</strong> <span>Samaritans are available 24 hours a day on 116 123.</span></div>
      <p>${LONG_C}</p></div>
    </main>`);
    expect(extractArticle(doc)!.text.split("\n")).toEqual([LONG_A, LONG_B, LONG_C]);
  });
});
