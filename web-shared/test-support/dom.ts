/**
 * jsdom set-up shared by the task pane's and the dashboard's component tests: Fluent's MessageBar observes its size (jsdom has no
 * ResizeObserver), Fluent reads matchMedia, and Testing Library needs an explicit cleanup because
 * vitest runs without globals.
 */
import { cleanup } from "@testing-library/react";
import { afterEach, beforeAll } from "vitest";

export function setupDom(): void {
  beforeAll(() => {
    globalThis.ResizeObserver ??= class {
      observe() {}
      unobserve() {}
      disconnect() {}
    } as unknown as typeof ResizeObserver;
    window.matchMedia ??= ((query: string) => ({
      matches: false,
      media: query,
      onchange: null,
      addListener() {},
      removeListener() {},
      addEventListener() {},
      removeEventListener() {},
      dispatchEvent: () => false,
    })) as unknown as typeof window.matchMedia;
  });
  afterEach(() => cleanup());
}
