/**
 * The managers' dashboard end to end: the real Functions app on a seeded throwaway store, the real
 * web server (webpack dev build, /api proxy, /dev/token) and Debian's headless Chromium. A manager
 * opens the dashboard (timed), pages, sorts and filters the inventory and exports CSV; an administrator edits
 * a sequence step with a draft preview and the impact review, saves it, and finds the audit record.
 * Screenshots go to test-artifacts/; the page must never reach beyond localhost.
 */
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM, freePort, LAUNCH } from "../../addin/e2e/e2e-support";
import { startWebServer } from "../../scripts/web-server";
import { type LocalStack, startLocalStack } from "../../test/support/local-stack";

const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.warn(`dashboard e2e skipped: ${CHROMIUM} is missing (apt-get install chromium)`);

const ARTIFACTS = "test-artifacts";
const today = new Date().toISOString().slice(0, 10);
const usd = (minor: number) =>
  new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" }).format(minor / 100);

describe.skipIf(!haveChromium)("managers' dashboard in headless Chromium", () => {
  let stack: LocalStack;
  let web: Awaited<ReturnType<typeof startWebServer>>;
  let browser: Browser;
  let page: Page;
  let manager: string;
  const outside: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    stack = await startLocalStack({ asOf: today });
    web = await startWebServer({ port: await freePort(), apiTarget: stack.url, dataDir: stack.dataDir });
    manager = await stack.tokenFor("u-whitfield");
    const { chromium } = await import("playwright-core");
    browser = await chromium.launch(LAUNCH);
    const context = await browser.newContext({
      ignoreHTTPSErrors: true,
      acceptDownloads: true,
      viewport: { width: 1280, height: 900 },
    });
    page = await context.newPage();
    page.on("pageerror", (error) => pageErrors.push(error.message));
    page.on("request", (r) => {
      const url = new URL(r.url());
      if (url.protocol.startsWith("http") && !["localhost", "127.0.0.1"].includes(url.hostname)) outside.push(url.host);
    });
    // The first request compiles the bundles; the timed visit below is the user's, on a built page.
    await page.goto(`${web.url}/dashboard.html`, { waitUntil: "load", timeout: 180_000 });
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await web?.close();
    await stack?.stop();
  });

  it("opens on the portfolio with the Aging region, DSO, CEI and escalations, and prints its load time", async () => {
    const t0 = Date.now();
    await page.goto(`${web.url}/dashboard.html`, { waitUntil: "load" });
    await page.getByRole("region", { name: "Aging" }).getByRole("table", { name: "Aging today" }).waitFor();
    const agingMs = Date.now() - t0;
    await page.getByRole("img", { name: /Aging over the last 12 weeks/ }).waitFor();
    await page
      .getByText(/^\d+(\.\d)? days$/)
      .first()
      .waitFor();
    const allMs = Date.now() - t0;
    console.log(`dashboard e2e (demo firm): Aging region in ${agingMs} ms, every portfolio figure in ${allMs} ms`);
    const aging = (await stack.call("GET", "/reports/aging?by=collector", manager)).json;
    const glance = page.getByRole("region", { name: "Portfolio at a glance" });
    await expect(glance.getByText(usd(aging.totals[0].totalMinor), { exact: true }).count()).resolves.toBe(1);
    const trend = (await stack.call("GET", "/reports/aging-trend", manager)).json;
    const last = trend.points.at(-1);
    await expect(glance.getByText(`${last.dsoDays} days`, { exact: true }).count()).resolves.toBe(1);
    await expect(glance.getByText(`${last.ceiPercent}%`, { exact: true }).count()).resolves.toBe(1);
    const body = await page.locator("body").textContent();
    for (const word of [/DSO/, /CEI/, /Escalations/]) expect(body ?? "").toMatch(word);
    expect(allMs).toBeLessThan(5_000);
    await page.screenshot({ path: `${ARTIFACTS}/dashboard-portfolio.png`, fullPage: true });
  });

  it("pages, sorts and filters the inventory on the server, and exports exactly the matching accounts as CSV and Excel CSV", async () => {
    await page.getByRole("tab", { name: "Inventory" }).click();
    const table = page.getByRole("table", { name: "Inventory review" });
    await table.waitFor();
    const rows = (await stack.call("GET", "/reports/inventory?all=1", manager)).json.rows as {
      clientId: string;
      name: string;
      collectorId: string;
    }[];
    // Server paging: 25 to a page, the next page is the next 25 accounts in the same order.
    const pager = page.getByRole("navigation", { name: "Inventory pages" });
    await pager.getByLabel("Accounts per page").selectOption("25");
    const pages = Math.ceil(rows.length / 25);
    await pager.getByText(`Page 1 of ${pages}`, { exact: false }).waitFor();
    await expect(table.getByRole("row").count()).resolves.toBe(Math.min(25, rows.length) + 1);
    await pager.getByRole("button", { name: "Next page" }).click();
    await pager.getByText(`Page 2 of ${pages}`, { exact: false }).waitFor();
    await table.getByRole("cell", { name: rows[25]!.name, exact: true }).waitFor();
    // Sorting by a header asks the server and says so to assistive technology.
    await table.getByRole("button", { name: "Client" }).click();
    await expect
      .poll(() => table.getByRole("columnheader", { name: "Client" }).getAttribute("aria-sort"))
      .toBe("ascending");
    const byName = [...rows].sort((a, b) => (a.name.toLowerCase() < b.name.toLowerCase() ? -1 : 1));
    await expect
      .poll(() => table.getByRole("row").nth(1).getByRole("cell").first().textContent())
      .toBe(byName[0]!.name);
    const wanted = byName[1]!.name;
    await page.getByLabel("Client name or invoice number").fill(wanted);
    const found = rows.filter((r) => r.name.toLowerCase().includes(wanted.toLowerCase())).length;
    await expect.poll(() => table.getByRole("row").count()).toBe(found + 1);
    await page.getByLabel("Client name or invoice number").fill("");
    await page.getByLabel("Collector").selectOption({ label: "Priya Nair" });
    const nair = rows.filter((r) => r.collectorId === "u-nair").length;
    await page.getByText(`${nair} of ${rows.length} accounts`).waitFor();
    const [csv] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Export CSV" }).click(),
    ]);
    const text = readFileSync((await csv.path())!, "utf8");
    const lines = text.trim().split("\r\n");
    expect(lines).toHaveLength(nair + 1);
    expect(lines.slice(1).every((l) => l.split(",")[2] === "Priya Nair")).toBe(true);
    const [excel] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Export for Excel" }).click(),
    ]);
    expect(excel.suggestedFilename()).toMatch(/^nudge-inventory-\d{4}-\d{2}-\d{2}-excel\.csv$/);
    expect(readFileSync((await excel.path())!)[0]).toBe(0xef);
    await page.screenshot({ path: `${ARTIFACTS}/dashboard-inventory.png`, fullPage: true });
  });

  it("shows collector activity, escalations, baseline, campaigns and the model card", async () => {
    for (const [tab, shot, region] of [
      ["Collector activity", "activity", "Collector activity"],
      ["Escalations", "escalations", "Pending by partner"],
      ["Baseline and impact", "baseline", "Baseline and impact"],
      ["Campaigns", "campaigns", "Campaigns"],
      ["Model", "model", "Payment model"],
    ] as const) {
      await page.getByRole("tab", { name: tab }).click();
      await page.getByRole("region", { name: region }).first().waitFor();
      await page.waitForLoadState("networkidle");
      await page.screenshot({ path: `${ARTIFACTS}/dashboard-${shot}.png`, fullPage: true });
    }
    const baseline = (await stack.call("GET", "/reports/baseline", manager)).json;
    await page.getByRole("tab", { name: "Baseline and impact" }).click();
    await page
      .getByText(/Method:/)
      .first()
      .waitFor();
    const cycleRow = page.getByRole("row", { name: /Time per collection cycle/ });
    await expect(cycleRow.getByRole("cell").nth(1).textContent()).resolves.toBe(String(baseline.before.avgCycleDays));
  });

  it("lets an administrator edit a sequence step with a draft preview and the impact review, then shows the audit record", async () => {
    await page.getByLabel("Development sign-in").selectOption("admin");
    await page.getByRole("tab", { name: "Configuration" }).click();
    const step = page.getByRole("group", { name: "Step 4: Firmer reminder" });
    await step.waitFor();
    await step.getByLabel("Days from due date").fill("14");
    await step.getByRole("button", { name: "Preview draft" }).click();
    await step.getByRole("button", { name: "Render the draft" }).click();
    await step.getByRole("region", { name: "Preview" }).waitFor();
    await page.screenshot({ path: `${ARTIFACTS}/dashboard-config-sequence.png`, fullPage: true });
    await page.getByRole("button", { name: "Review and save" }).click();
    await page.getByRole("table", { name: "Accounts this change affects" }).waitFor();
    await page.getByLabel("Note for the audit trail").fill("Firmer reminder a day earlier");
    await page.screenshot({ path: `${ARTIFACTS}/dashboard-config-review.png`, fullPage: true });
    await page.getByRole("button", { name: /Save as version/ }).click();
    await page.getByText(/Saved as version \d+\./).waitFor();
    await page.getByRole("tab", { name: "Versions and audit" }).click();
    const audit = page.getByRole("table", { name: "Audit trail of configuration changes" });
    await audit.getByText(/Workflow configuration version \d+ saved \(sequences\)/).waitFor();
    await expect(audit.getByText("Alex Morgan").count()).resolves.toBeGreaterThan(0);
    const saved = (await stack.call("GET", "/config/workflow", manager)).json;
    expect(saved.config.sequences[0].steps[3].offsetDays).toBe(14);
    await page.screenshot({ path: `${ARTIFACTS}/dashboard-config-audit.png`, fullPage: true });
  });

  it("never reaches beyond localhost and raises no page error", () => {
    expect(outside).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
