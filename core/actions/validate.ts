/** Input checks shared by the actions: one place for "what is a valid amount / date / invoice list". */
import { isIsoDate } from "../domain/dates";
import type { Client } from "../domain/types";
import { fail, ok, type Result } from "../errors/codes";
import type { TenantStore } from "../ports/store.port";

export function requireText(value: unknown, field: string, max = 2000): Result<string> {
  if (typeof value !== "string" || value.trim() === "") return fail("VALIDATION", `${field} is required`);
  if (value.length > max) return fail("VALIDATION", `${field} is longer than ${max} characters`);
  return ok(value.trim());
}

/** Optional free text (a note, a reason): kept trimmed and cut to `max` characters; blank means none. */
export function optionalText(value: unknown, max: number): string | undefined {
  return typeof value === "string" && value.trim() ? value.trim().slice(0, max) : undefined;
}

export function requireDate(value: unknown, field: string): Result<string> {
  return typeof value === "string" && isIsoDate(value)
    ? ok(value)
    : fail("VALIDATION", `${field} must be a date as YYYY-MM-DD`);
}

export function requireAmount(value: unknown, field: string): Result<number> {
  return typeof value === "number" && Number.isSafeInteger(value) && value > 0
    ? ok(value)
    : fail("VALIDATION", `${field} must be a positive whole number of minor units (cents)`);
}

/** Invoice ids must belong to the client; an empty list means "the client's open invoices". */
export async function requireClientInvoices(
  store: TenantStore,
  client: Client,
  value: unknown,
): Promise<Result<string[]>> {
  if (value === undefined) return ok([]);
  if (!Array.isArray(value) || value.some((v) => typeof v !== "string"))
    return fail("VALIDATION", "invoiceIds must be a list of invoice ids");
  const invoices = await store.listInvoices({ clientId: client.id });
  const known = new Set(invoices.map((i) => i.id));
  const unknown = (value as string[]).filter((id) => !known.has(id));
  if (unknown.length) return fail("VALIDATION", `invoices not found for this client: ${unknown.join(", ")}`);
  return ok(value as string[]);
}
