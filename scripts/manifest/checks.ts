// Consistency checks the JSON schema cannot express: ids shared with infra, domains, icons, routes.
import { pngSize } from "./png";

export const BOT_ROUTE = "/api/messages";

export type CheckContext = {
  /** botAppId from infra/parameters.<env>.json */
  botAppId: unknown;
  /** path of the bot messaging endpoint declared in infra/main.bicep */
  messagingRoute: string | undefined;
  /** icon file name -> bytes, for the files the manifest's `icons` names */
  iconFiles: Record<string, Uint8Array | undefined>;
};

type Json = Record<string, unknown>;
const REQUIRED_ICON_SIZES = { color: 192, outline: 32 } as const;

function urlsIn(value: unknown, path: string, out: Array<{ path: string; url: string }>): void {
  if (typeof value === "string" && /^https?:\/\//i.test(value)) out.push({ path, url: value });
  else if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) urlsIn(item, `${path}[${i}]`, out);
  } else if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value))
      if (key !== "$schema") urlsIn(item, path ? `${path}.${key}` : key, out);
  }
}

/** Teams matches validDomains by host (port included) with an optional leading `*.` wildcard. */
export function hostAllowed(host: string, validDomains: string[]): boolean {
  return validDomains.some((domain) => {
    const d = domain.toLowerCase();
    const h = host.toLowerCase();
    return d.startsWith("*.") ? h.endsWith(d.slice(1)) : h === d;
  });
}

function checkUrls(m: Json): string[] {
  const validDomains = Array.isArray(m.validDomains) ? (m.validDomains as string[]) : [];
  const found: Array<{ path: string; url: string }> = [];
  urlsIn(m, "", found);
  const problems: string[] = [];
  for (const { path, url } of found) {
    const parsed = URL.canParse(url) ? new URL(url) : undefined;
    if (!parsed) problems.push(`${path}: "${url}" is not a valid URL`);
    else if (parsed.protocol !== "https:") problems.push(`${path}: "${url}" must use https`);
    else if (!hostAllowed(parsed.host, validDomains)) {
      problems.push(`${path}: host "${parsed.host}" of ${url} is not in validDomains [${validDomains.join(", ")}]`);
    }
  }
  const sso = m.webApplicationInfo as Json | undefined;
  if (sso) {
    const match = /^api:\/\/([^/]+)\/(.+)$/.exec(String(sso.resource ?? ""));
    if (!match || !hostAllowed(match[1]!, validDomains) || match[2] !== sso.id) {
      problems.push(
        `webApplicationInfo.resource must be api://<a valid domain>/${String(sso.id)}, got "${String(sso.resource)}"`,
      );
    }
  }
  return problems;
}

function checkBot(m: Json, ctx: CheckContext): string[] {
  const bots = Array.isArray(m.bots) ? (m.bots as Json[]) : [];
  const problems: string[] = [];
  if (bots.length === 0) problems.push("bots: the manifest declares no bot");
  if (typeof ctx.botAppId !== "string" || ctx.botAppId === "") {
    problems.push("infra parameters: botAppId is missing, so the bot id cannot be checked");
  }
  for (const [i, bot] of bots.entries()) {
    if (typeof bot.botId !== "string" || bot.botId === "") {
      problems.push(`bots[${i}].botId is missing (infra botAppId is "${String(ctx.botAppId)}")`);
    } else if (bot.botId !== ctx.botAppId) {
      problems.push(`bots[${i}].botId "${String(bot.botId)}" differs from infra botAppId "${String(ctx.botAppId)}"`);
    }
  }
  if (ctx.messagingRoute !== BOT_ROUTE) {
    problems.push(
      `infra bot messaging endpoint route is "${ctx.messagingRoute ?? "(not found)"}", expected ${BOT_ROUTE}`,
    );
  }
  return problems;
}

function checkIcons(m: Json, ctx: CheckContext): string[] {
  const icons = (m.icons ?? {}) as Record<string, unknown>;
  const problems: string[] = [];
  for (const [kind, size] of Object.entries(REQUIRED_ICON_SIZES)) {
    const file = String(icons[kind] ?? "");
    const bytes = ctx.iconFiles[file];
    const actual = bytes ? pngSize(bytes) : undefined;
    if (!bytes) problems.push(`icons.${kind}: file "${file}" not found next to the manifest`);
    else if (!actual) problems.push(`icons.${kind}: "${file}" is not a PNG`);
    else if (actual.width !== size || actual.height !== size) {
      problems.push(`icons.${kind}: "${file}" is ${actual.width}x${actual.height}, expected ${size}x${size}`);
    }
  }
  return problems;
}

/** Outlook needs a read and a compose surface, and every button must point at a declared action. */
function checkExtension(m: Json): string[] {
  const ext = (Array.isArray(m.extensions) ? m.extensions[0] : undefined) as Json | undefined;
  if (!ext) return ["extensions: the manifest declares no Outlook add-in"];
  const actions = new Set(
    ((ext.runtimes ?? []) as Json[]).flatMap((r) => ((r.actions ?? []) as Json[]).map((a) => String(a.id))),
  );
  const ribbons = (ext.ribbons ?? []) as Json[];
  const contexts = new Set(ribbons.flatMap((r) => (r.contexts ?? []) as string[]));
  const problems = ["mailRead", "mailCompose"]
    .filter((c) => !contexts.has(c))
    .map((c) => `extensions[0].ribbons: no ribbon for the ${c} surface`);
  const json = JSON.stringify(ribbons);
  for (const [, actionId] of json.matchAll(/"actionId":"([^"]*)"/g)) {
    if (!actions.has(actionId!)) problems.push(`extensions[0].ribbons: actionId "${actionId}" has no runtime action`);
  }
  return problems;
}

/** All consistency problems of a rendered manifest; empty when it is fit to package. */
export function consistencyProblems(m: Json, ctx: CheckContext): string[] {
  const problems: string[] = [];
  if (typeof m.version !== "string" || !/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/.test(m.version)) {
    problems.push(`version "${String(m.version)}" is not semver MAJOR.MINOR.PATCH`);
  }
  return [...problems, ...checkBot(m, ctx), ...checkUrls(m), ...checkIcons(m, ctx), ...checkExtension(m)];
}
