// Which tab the popup describes. Opened from the toolbar it is the active tab of the current
// window; opened as a page (tests, the demo's screenshots) it is the `?tab=` parameter.

import browser from "webextension-polyfill";

export async function targetTabId(search: string = location.search): Promise<number | null> {
  const param = new URLSearchParams(search).get("tab");
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}
