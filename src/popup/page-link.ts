// The popup's line to its tab: one request for the current state (which also tells whether a
// content script is there at all), then a port that brings every later change. The request is
// sent as the popup's script starts, before the first render, so the list is not kept waiting
// on render-and-effect round trips.

import { useEffect, useState } from "preact/hooks";
import browser from "webextension-polyfill";
import { askPage } from "../background/messaging.ts";
import { PAGE_STATE_PORT, parsePageState, type PageState } from "../background/protocol.ts";
import { targetTabId } from "./active-tab.ts";

export type PageLink =
  | { kind: "asking" }
  | { kind: "unreachable" }
  | { kind: "connected"; tabId: number; state: PageState };

/** Finds the tab and asks it for its state; never rejects. */
export async function firstContact(): Promise<Exclude<PageLink, { kind: "asking" }>> {
  let tabId: number | null;
  try {
    tabId = await targetTabId();
  } catch {
    return { kind: "unreachable" };
  }
  if (tabId === null) return { kind: "unreachable" };
  try {
    return { kind: "connected", tabId, state: await askPage(tabId, "page/get-state", {}) };
  } catch {
    return { kind: "unreachable" };
  }
}

export function usePageLink(first: Promise<Exclude<PageLink, { kind: "asking" }>>): PageLink {
  const [link, setLink] = useState<PageLink>({ kind: "asking" });
  useEffect(() => {
    let port: ReturnType<typeof browser.tabs.connect> | null = null;
    let live = true;
    void first.then((result) => {
      if (!live) return;
      setLink(result);
      if (result.kind !== "connected") return;
      const { tabId } = result;
      port = browser.tabs.connect(tabId, { name: PAGE_STATE_PORT });
      port.onMessage.addListener((raw: unknown) => {
        try {
          const next = parsePageState(raw);
          if (live) setLink({ kind: "connected", tabId, state: next });
        } catch (e) {
          console.warn("Claimmark: ignored a malformed page state", e);
        }
      });
    });
    return () => {
      live = false;
      port?.disconnect();
    };
  }, [first]);
  return link;
}
