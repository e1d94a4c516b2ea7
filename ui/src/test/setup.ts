import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/react";
import { afterEach } from "vitest";
import { uninstallFakeBackend } from "../ipc/fakeBackend";
import { endTour } from "../layout/tourRequest";

// jsdom lacks the layout APIs Mantine asks for; these stand-ins answer "no match / no size".
Object.defineProperty(window, "matchMedia", {
  writable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  }),
});

class ResizeObserverStandIn {
  observe() {}
  unobserve() {}
  disconnect() {}
}
window.ResizeObserver = ResizeObserverStandIn;
window.HTMLElement.prototype.scrollIntoView = () => {};
// jsdom has no FontFaceSet; Mantine's autosizing Textarea listens on it for late-loading fonts.
if (!("fonts" in document))
  Object.defineProperty(document, "fonts", { value: { addEventListener: () => {}, removeEventListener: () => {} } });
window.scrollTo = () => {};

afterEach(() => {
  cleanup();
  uninstallFakeBackend();
  document.documentElement.lang = "ja";
});

// The tour's open state lives outside React (see layout/tourRequest.ts): close it between tests.
afterEach(() => endTour());
