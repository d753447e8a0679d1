// The popup's line to its tab: one request for the current state (which also tells whether a
// content script is there at all), then a port that brings every later change.

import { useEffect, useState } from "preact/hooks";
import browser from "webextension-polyfill";
import { askPage } from "../background/messaging.ts";
import { PAGE_STATE_PORT, parsePageState, type PageState } from "../background/protocol.ts";

export type PageLink =
  | { kind: "asking" }
  | { kind: "unreachable" }
  | { kind: "connected"; tabId: number; state: PageState };

export function usePageLink(tabId: number | null | undefined): PageLink {
  const [link, setLink] = useState<PageLink>({ kind: "asking" });
  useEffect(() => {
    if (tabId === undefined) return;
    if (tabId === null) {
      setLink({ kind: "unreachable" });
      return;
    }
    let port: ReturnType<typeof browser.tabs.connect> | null = null;
    let live = true;
    askPage(tabId, "page/get-state", {}).then(
      (state) => {
        if (!live) return;
        setLink({ kind: "connected", tabId, state });
        port = browser.tabs.connect(tabId, { name: PAGE_STATE_PORT });
        port.onMessage.addListener((raw: unknown) => {
          try {
            const next = parsePageState(raw);
            if (live) setLink({ kind: "connected", tabId, state: next });
          } catch (e) {
            console.warn("Claimmark: ignored a malformed page state", e);
          }
        });
      },
      () => live && setLink({ kind: "unreachable" }),
    );
    return () => {
      live = false;
      port?.disconnect();
    };
  }, [tabId]);
  return link;
}
