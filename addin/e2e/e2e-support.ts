/**
 * Helpers of the task pane's browser test: a free port, the browser launch options that work on
 * these machines (Debian chromium, headless, no outside traffic), and money text comparison.
 */
import { createServer } from "node:net";
import type { Page } from "playwright-core";
import type { LocalStack } from "../../test/support/local-stack";

export const CHROMIUM = "/usr/bin/chromium";

export const LAUNCH = {
  executablePath: CHROMIUM,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
};

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** "1,234.56" figures in a text, normalised to "1234.56". */
export function amountsIn(text: string): string[] {
  return [...text.matchAll(/\d[\d,]*\.\d{2}/g)].map((m) => m[0].replace(/,/g, ""));
}

/** Every decimal figure anywhere in a JSON value (decimal strings and …Minor integers). */
export function figuresOf(value: unknown, out = new Set<string>()): Set<string> {
  if (typeof value === "string") for (const a of amountsIn(value)) out.add(a);
  else if (Array.isArray(value)) for (const v of value) figuresOf(v, out);
  else if (value && typeof value === "object")
    for (const [k, v] of Object.entries(value)) {
      if (typeof v === "number" && /Minor$/.test(k)) out.add((v / 100).toFixed(2));
      else if (k === "buckets" && v && typeof v === "object")
        for (const n of Object.values(v)) if (typeof n === "number") out.add((n / 100).toFixed(2));
      figuresOf(v, out);
    }
  return out;
}

/** `$1,234.56` as the pane shows it (en-US). */
export const usd = (minor: number) =>
  new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" }).format(minor / 100);

/**
 * Clicks a sample email inside the page and measures, with the page's own clock, the time until
 * the client's name heading and the Aging region are in the DOM and a frame has been painted.
 */
/** Registers a page for `selectAndTime`'s quiet-page wait; call before navigating. */
export function watchPage(page: Page): void {
  trackers.set(page, trackRequests(page));
}

/** Requests the page has in flight, to wait for a quiet page (Playwright's networkidle fires once per load). */
export function trackRequests(page: Page): { idle(quietMs?: number): Promise<void> } {
  const inFlight = new Set<unknown>();
  let lastChange = Date.now();
  const done = (r: unknown) => {
    inFlight.delete(r);
    lastChange = Date.now();
  };
  page.on("request", (r) => {
    inFlight.add(r);
    lastChange = Date.now();
  });
  page.on("requestfinished", done);
  page.on("requestfailed", done);
  return {
    async idle(quietMs = 300) {
      const deadline = Date.now() + 20_000;
      while (inFlight.size > 0 || Date.now() - lastChange < quietMs) {
        if (Date.now() > deadline) throw new Error(`page not idle: ${inFlight.size} requests in flight`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
  };
}

const trackers = new WeakMap<Page, ReturnType<typeof trackRequests>>();

export async function selectAndTime(page: Page, subject: string, clientName: string): Promise<number> {
  // A specialist reads one email before opening the next: start from a quiet pane, not while the
  // previous client's score, state and classification are still loading on the one-threaded host.
  await trackers.get(page)?.idle();
  return page.evaluate(
    ({ subject, clientName }) => {
      const nav = document.querySelector('nav[aria-label="Sample inbox"]');
      const button = [...(nav?.querySelectorAll("li button") ?? [])].find(
        (b) => b.querySelector("span")?.textContent === subject,
      ) as HTMLButtonElement | undefined;
      if (!button) throw new Error(`no sample email "${subject}"`);
      const t0 = performance.now();
      button.click();
      return new Promise<number>((resolve, reject) => {
        const tick = () => {
          const heading = [...document.querySelectorAll("h2")].some((h) => h.textContent === clientName);
          const aging = [...document.querySelectorAll("section")].some(
            (s) => s.querySelector("h3")?.textContent === "Aging" && s.querySelector("table, p"),
          );
          if (heading && aging) resolve(performance.now() - t0);
          else if (performance.now() - t0 > 10_000) reject(new Error(`${clientName} not shown within 10 s`));
          else requestAnimationFrame(tick);
        };
        tick();
      });
    },
    { subject, clientName },
  );
}

/** Whether a POST route is deployed: an empty body gets 400 from a real route, 404 without a code otherwise. */
export async function routeExists(stack: LocalStack, token: string, path: string): Promise<boolean> {
  const res = await stack.call("POST", path, token, {});
  return !(res.status === 404 && !(res.json as { code?: string } | undefined)?.code);
}
