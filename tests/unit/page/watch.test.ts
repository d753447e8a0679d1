import { describe, expect, it } from "vitest";
import { watchPage } from "../../../src/page/watch.ts";
import { happy } from "./happy.ts";

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

function setup(html: string) {
  const { doc, window } = happy(html);
  let calls = 0;
  const ours = new Set<Node>();
  const w = watchPage(doc, { debounceMs: 20, maxWaitMs: 60, onChange: () => void calls++, isOurs: (n) => ours.has(n) });
  w.setRoot(doc.querySelector("article"));
  return { doc, window, w, ours, calls: () => calls };
}

describe("watchPage", () => {
  it("reports a burst of changes inside the article once, after it goes quiet", async () => {
    const { doc, w, calls } = setup(`<article><p id="p">One 1.</p></article>`);
    for (let i = 0; i < 5; i++) {
      const p = doc.createElement("p");
      p.textContent = `New paragraph ${i}.`;
      doc.querySelector("article")!.appendChild(p);
    }
    await wait(50);
    expect(calls()).toBe(1);
    doc.getElementById("p")!.firstChild!.nodeValue = "One 2.";
    await wait(50);
    expect(calls()).toBe(2);
    w.stop();
  });

  it("reports a continuous stream at least every maxWait", async () => {
    const { doc, w, calls } = setup(`<article><p id="p">x</p></article>`);
    const t = doc.getElementById("p")!.firstChild!;
    for (let i = 0; i < 12; i++) {
      t.nodeValue = `tick ${i}`;
      await wait(10);
    }
    expect(calls()).toBeGreaterThanOrEqual(1);
    w.stop();
  });

  it("ignores tickers outside the article, empty additions and our own nodes; counts new prose anywhere", async () => {
    const { doc, w, ours, calls } = setup(`<div id="ticker">10:42</div><article><p>Body 1.</p></article><div id="feed"></div>`);
    doc.getElementById("ticker")!.firstChild!.nodeValue = "10:43";
    const ad = doc.createElement("div");
    doc.body.appendChild(ad);
    const host = doc.createElement("claimmark-card");
    host.textContent = "A card host with plenty of text that is ours, not the page's.";
    ours.add(host);
    doc.body.appendChild(host);
    const short = doc.createElement("p");
    short.textContent = "Short.";
    doc.getElementById("feed")!.appendChild(short);
    await wait(50);
    expect(calls()).toBe(0);

    const story = doc.createElement("article");
    story.textContent = "A whole new story arrived below, with 3 figures and a source who said so.";
    doc.getElementById("feed")!.appendChild(story);
    await wait(50);
    expect(calls()).toBe(1);
    w.stop();
  });

  it("notices the article being removed and keeps its own changes quiet", async () => {
    const { doc, w, calls } = setup(`<main><article><p>Body 1.</p></article></main>`);
    w.quiet(() => {
      const m = doc.createElement("mark");
      m.textContent = "ours";
      doc.querySelector("p")!.appendChild(m);
    });
    await wait(50);
    expect(calls()).toBe(0);
    doc.querySelector("article")!.remove();
    await wait(50);
    expect(calls()).toBe(1);
    w.stop();
    doc.querySelector("main")!.appendChild(doc.createElement("p")).textContent = "After stop, a long paragraph of prose text here.";
    await wait(50);
    expect(calls()).toBe(1);
  });
});

describe("watchPage and History API navigation", () => {
  it("counts any DOM change after pushState changed the URL, and popstate itself", async () => {
    const { doc, window, w, calls } = setup(`<nav><span id="n">Home</span></nav><article><p>Body 1.</p></article>`);
    window.history.pushState({}, "", "/another-story");
    doc.getElementById("n")!.textContent = "Away";
    await wait(50);
    expect(calls()).toBe(1);
    window.dispatchEvent(new window.PopStateEvent("popstate", { state: null }));
    await wait(50);
    expect(calls()).toBe(2);
    w.stop();
  });
});
