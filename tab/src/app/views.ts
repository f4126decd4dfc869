/** The dashboard's views, in navigation order, and which roles see each. */
import type { Role } from "../api/types";

export const VIEWS = [
  "portfolio",
  "inventory",
  "activity",
  "escalations",
  "baseline",
  "campaigns",
  "model",
  "config",
] as const;
export type View = (typeof VIEWS)[number];

export function viewsFor(roles: Role[]): View[] {
  const manager = roles.includes("manager") || roles.includes("admin");
  if (!manager) return [];
  return VIEWS.filter((v) => v !== "config" || roles.includes("admin"));
}

/** `?view=inventory` (a channel tab's saved content URL) or `#inventory` (a link); else the portfolio. */
export function initialView(search: string, hash: string, allowed: View[]): View {
  const wanted = new URLSearchParams(search).get("view") ?? hash.replace(/^#/, "");
  return (allowed as string[]).includes(wanted) ? (wanted as View) : (allowed[0] ?? "portfolio");
}
