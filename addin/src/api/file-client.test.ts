import { describe, expect, it } from "vitest";
import { SignInError } from "../../../web-shared/auth/token-provider";
import { createFileClient } from "./file-client";

const header = (init: RequestInit | undefined, name: string) =>
  (init?.headers as Record<string, string> | undefined)?.[name];

describe("createFileClient", () => {
  it("gets the file with the bearer token, refreshing it once after a 401", async () => {
    const seen: { url: string; auth: string | undefined; accept: string | undefined }[] = [];
    const files = createFileClient({
      tokens: { getToken: async (o) => (o?.forceRefresh ? "fresh" : "stale") },
      fetch: async (url, init) => {
        seen.push({ url: String(url), auth: header(init, "authorization"), accept: header(init, "accept") });
        return header(init, "authorization") === "Bearer fresh"
          ? new Response(new Uint8Array([37, 80, 68, 70]), {
              status: 200,
              headers: { "content-type": "application/pdf" },
            })
          : new Response(JSON.stringify({ code: "AUTH_INVALID" }), { status: 401 });
      },
    });
    const result = await files.get("/drafts/a%7Cb/pdf", "application/pdf");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.type).toBe("application/pdf");
    expect(new Uint8Array(await result.value.arrayBuffer())).toEqual(new Uint8Array([37, 80, 68, 70]));
    expect(seen.map((s) => s.auth)).toEqual(["Bearer stale", "Bearer fresh"]);
    expect(seen[0]?.url).toBe("/api/drafts/a%7Cb/pdf");
    expect(seen[0]?.accept).toBe("application/pdf, application/problem+json");
  });

  it("maps problems, missing routes, network and sign-in failures like the JSON client", async () => {
    const answering = (response: () => Response) =>
      createFileClient({ tokens: { getToken: async () => "t" }, fetch: async () => response() });
    expect(
      await answering(() => new Response(JSON.stringify({ code: "NOT_FOUND", detail: "no" }), { status: 404 })).get(
        "/x",
        "application/pdf",
      ),
    ).toEqual({ ok: false, error: { kind: "problem", status: 404, code: "NOT_FOUND", detail: "no" } });
    expect(await answering(() => new Response("", { status: 404 })).get("/x", "application/pdf")).toEqual({
      ok: false,
      error: { kind: "unavailable", status: 404 },
    });
    const down = createFileClient({
      tokens: { getToken: async () => "t" },
      fetch: async () => {
        throw new TypeError("Failed to fetch");
      },
    });
    expect(await down.get("/x", "application/pdf")).toEqual({ ok: false, error: { kind: "network" } });
    const noToken = createFileClient({
      tokens: {
        getToken: async () => {
          throw new SignInError("no");
        },
      },
    });
    expect(await noToken.get("/x", "application/pdf")).toEqual({ ok: false, error: { kind: "signin" } });
  });
});
