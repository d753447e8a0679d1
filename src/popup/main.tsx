import { render } from "preact";
import { App } from "./App.tsx";
import { firstContact } from "./page-link.ts";

// Ask the page first, render second: the answer travels while Preact builds the first frame.
const first = firstContact();
render(<App first={first} />, document.getElementById("app")!);
