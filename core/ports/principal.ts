import type { Role } from "../domain/types";

/** The signed-in person a request acts for, taken from a validated token. */
export interface Principal {
  tenantId: string;
  userId: string;
  email: string;
  name: string;
  roles: Role[];
}

export function hasRole(principal: Principal, ...roles: Role[]): boolean {
  return principal.roles.some((r) => roles.includes(r));
}
