// The browser side of the protocol: typed send helpers and the single onMessage listener per
// context. Kept apart from protocol.ts, which stays free of browser APIs so Node can test it.

import browser, { type Runtime } from "webextension-polyfill";
import {
  backgroundReplies,
  backgroundRequests,
  dispatch,
  pageReplies,
  pageRequests,
  readReply,
  type BackgroundApi,
  type Handlers,
  type PageApi,
  type ReplyOf,
  type RequestOf,
} from "./protocol.ts";

export async function askPage<K extends keyof PageApi>(
  tabId: number,
  type: K,
  body: RequestOf<PageApi, K>,
): Promise<ReplyOf<PageApi, K>> {
  const raw: unknown = await browser.tabs.sendMessage(tabId, { ...(body as object), type });
  return readReply(pageReplies, type, raw);
}

export async function askBackground<K extends keyof BackgroundApi>(
  type: K,
  body: RequestOf<BackgroundApi, K>,
): Promise<ReplyOf<BackgroundApi, K>> {
  const raw: unknown = await browser.runtime.sendMessage({ ...(body as object), type });
  return readReply(backgroundReplies, type, raw);
}

// With the polyfill, a listener that returns a Promise answers with its value.
export function servePage(handlers: Handlers<PageApi, Runtime.MessageSender>): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) =>
    dispatch(pageRequests, handlers, raw, sender),
  );
}

export function serveBackground(handlers: Handlers<BackgroundApi, Runtime.MessageSender>): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) =>
    dispatch(backgroundRequests, handlers, raw, sender),
  );
}
