import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN_HEADER, type LocalHost, startLocalHost } from "./host";

const counter = globalThis as { nudgeTicks?: number };
let host: LocalHost;
beforeAll(async () => {
  const entry = fileURLToPath(new URL("./fixtures/tick-entry.ts", import.meta.url));
  host = await startLocalHost({ port: 0, host: "127.0.0.1", entry });
});
afterAll(async () => host?.close());

const url = () => host.url.replace("localhost", "127.0.0.1");

describe("local host: running a timer through POST /admin/functions/{name}", () => {
  it("refuses a request without the admin header, as a cross-site no-cors POST would be", async () => {
    const before = counter.nudgeTicks ?? 0;
    const res = await fetch(`${url()}/admin/functions/tick`, {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: "",
    });
    expect(res.status).toBe(403);
    expect(await res.text()).toContain(ADMIN_HEADER);
    expect(counter.nudgeTicks ?? 0).toBe(before);
  });

  it("answers a preflight without allowing the header cross-site", async () => {
    const res = await fetch(`${url()}/admin/functions/tick`, {
      method: "OPTIONS",
      headers: {
        origin: "https://evil.example",
        "access-control-request-method": "POST",
        "access-control-request-headers": ADMIN_HEADER,
      },
    });
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
    expect(res.headers.get("access-control-allow-headers")).toBeNull();
  });

  it("runs the timer with the header", async () => {
    const before = counter.nudgeTicks ?? 0;
    const res = await fetch(`${url()}/admin/functions/tick`, { method: "POST", headers: { [ADMIN_HEADER]: "1" } });
    expect(res.status).toBe(202);
    expect(counter.nudgeTicks).toBe(before + 1);
  });
});
