import { first } from "./first-contact.ts";
import { render } from "preact";
import { App } from "./App.tsx";

// The page was asked first (first-contact.ts); render second, while the answer travels.
render(<App first={first} />, document.getElementById("app")!);
