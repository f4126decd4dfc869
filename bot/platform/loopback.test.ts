import { describe, expect, it } from "vitest";
import { admitsUnauthenticated, isLoopbackUrl } from "./loopback";

describe("local unauthenticated mode admits loopback only", () => {
  it.each([
    ["http://127.0.0.1:7071/api/messages", true],
    ["http://localhost:3978/", true],
    ["http://[::1]:7071/", true],
    ["https://smba.trafficmanager.net/amer/", false],
    ["http://127.0.0.1.nip.io/", false],
    ["http://localhost.evil.example/", false],
    ["file:///etc/passwd", false],
    ["not a url", false],
    [undefined, false],
  ])("%s → %s", (url, expected) => {
    expect(isLoopbackUrl(url)).toBe(expected);
  });

  const local = { url: "http://127.0.0.1:7071/api/messages", headers: {} };
  it.each([
    ["loopback request and serviceUrl", local, "http://127.0.0.1:5000/", true],
    ["remote serviceUrl", local, "https://smba.trafficmanager.net/amer/", false],
    ["no serviceUrl", local, undefined, false],
    ["remote request", { url: "https://nudge.example/api/messages", headers: {} }, "http://127.0.0.1:5000/", false],
    [
      "forwarded from afar",
      { ...local, headers: { "x-forwarded-for": "198.51.100.7" } },
      "http://127.0.0.1:5000/",
      false,
    ],
    [
      "forwarded locally",
      { ...local, headers: { "x-forwarded-for": "127.0.0.1, ::1" } },
      "http://127.0.0.1:5000/",
      true,
    ],
  ])("%s", (_name, request, serviceUrl, expected) => {
    expect(admitsUnauthenticated(request, { serviceUrl })).toBe(expected);
  });
});
