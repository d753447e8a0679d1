// Claimmark's service worker: answers the protocol's background messages and keeps the toolbar
// badge in step with the claims the content script found. It makes no network request.

import browser from "webextension-polyfill";
import { serveBackground } from "./messaging.ts";
import { makeNotesHandlers } from "./notes-handlers.ts";

serveBackground({
  ...makeNotesHandlers(),
  "bg/page-state": async (msg, sender) => {
    const badge = msg.phase === "ready" && msg.count > 0 ? String(Math.min(msg.count, 999)) : "";
    const tabId = sender.tab?.id;
    if (tabId !== undefined) {
      await browser.action.setBadgeText({ tabId, text: badge });
      await browser.action.setBadgeBackgroundColor({ tabId, color: "#1e293b" });
    }
    return { badge };
  },
});
