/** jsdom set-up for the dashboard's component tests: the add-in's (ResizeObserver, matchMedia, cleanup). */
export { setupDom } from "../../../addin/src/test-support/dom";
