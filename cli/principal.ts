import type { Principal } from "../core/ports/principal";

/** The CLI runs as the firm's administrator on the machine that holds the data. */
export function cliPrincipal(tenantId: string): Principal {
  return { tenantId, userId: "cli", email: "cli@localhost", name: "Nudge CLI", roles: ["admin"] };
}
