import { describe, expect, it } from "vitest";
import { isEditable, keyAction, type KeyLike } from "../../../src/page/keys.ts";
import { dom } from "./dom.ts";

const key = (k: Partial<KeyLike>): KeyLike => ({ key: "", code: "", altKey: false, shiftKey: false, ctrlKey: false, metaKey: false, ...k });
const idle = { cardOpen: false, typing: false };

describe("keyboard shortcuts", () => {
  it("walks with ] and [ and with Alt+Shift+J / K", () => {
    expect(keyAction(key({ key: "]", code: "BracketRight" }), idle)).toBe("next");
    expect(keyAction(key({ key: "[", code: "BracketLeft" }), idle)).toBe("prev");
    // On a Mac, Alt+Shift+J types a symbol; the physical key decides.
    expect(keyAction(key({ key: "Ô", code: "KeyJ", altKey: true, shiftKey: true }), idle)).toBe("next");
    expect(keyAction(key({ key: "K", code: "KeyK", altKey: true, shiftKey: true }), idle)).toBe("prev");
  });

  it("closes with Esc only when a card is open", () => {
    expect(keyAction(key({ key: "Escape" }), { cardOpen: true, typing: false })).toBe("close");
    expect(keyAction(key({ key: "Escape" }), { cardOpen: true, typing: true })).toBe("close");
    expect(keyAction(key({ key: "Escape" }), idle)).toBeNull();
  });

  it("leaves typing, browser shortcuts and other keys alone", () => {
    expect(keyAction(key({ key: "]" }), { cardOpen: false, typing: true })).toBeNull();
    expect(keyAction(key({ key: "]", ctrlKey: true }), idle)).toBeNull();
    expect(keyAction(key({ key: "]", metaKey: true }), idle)).toBeNull();
    expect(keyAction(key({ key: "j", code: "KeyJ", altKey: true }), idle)).toBeNull();
    expect(keyAction(key({ key: "a", code: "KeyA" }), idle)).toBeNull();
  });

  it("knows where the reader is typing", () => {
    const doc = dom(`<input id="i"><textarea id="t"></textarea><div contenteditable="true"><p id="e">x</p></div><div contenteditable="false"><p id="n">y</p></div><a id="a" href="#">z</a>`);
    expect(isEditable(doc.getElementById("i"))).toBe(true);
    expect(isEditable(doc.getElementById("t"))).toBe(true);
    expect(isEditable(doc.getElementById("e"))).toBe(true);
    expect(isEditable(doc.getElementById("n"))).toBe(false);
    expect(isEditable(doc.getElementById("a"))).toBe(false);
    expect(isEditable(null)).toBe(false);
  });
});
