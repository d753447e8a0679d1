// The popup's "Copy link": the page's content script makes the link (it knows the page's text,
// canonical URL and the claim's place), the popup puts it on the clipboard.

import { askPage } from "../background/messaging.ts";

/** Copies the claim's share link; resolves to what to tell the reader. */
export async function copyClaimLink(tabId: number, claimId: string): Promise<string> {
  let reply: { link: string | null; error: string | null };
  try {
    reply = await askPage(tabId, "page/share-link", { claimId });
  } catch {
    return "The page did not answer. Reload it and try again.";
  }
  if (!reply.link) return reply.error ?? "No link could be made for this claim.";
  try {
    await navigator.clipboard.writeText(reply.link);
  } catch {
    return "The browser did not allow copying.";
  }
  return "Link copied.";
}
