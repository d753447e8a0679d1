// Imported first by main.tsx, so the request to the page leaves while the rest of the popup's code
// (Preact, the list, the filters) is still being evaluated.
import { firstContact } from "./page-link.ts";

export const first = firstContact();
