/** Resolves the firm and Nudge user behind a Teams turn, once per turn. */
import { TeamsInfo, type TurnContext } from "botbuilder";
import type { User } from "../../core/domain/types";
import type { Principal } from "../../core/ports/principal";
import { type FirmContext, principalOf, resolveFirm, resolveUser } from "../conversations/turn-identity";
import type { BotEnv } from "../env";

export interface Turn {
  firm?: FirmContext;
  user?: User;
  principal?: Principal;
}

export async function resolveTurn(env: BotEnv, context: TurnContext): Promise<Turn> {
  const firm = await resolveFirm(env.store, context.activity);
  if (!firm) return {};
  // Teams does not put the email on activities; the roster lookup is the fallback when the object id is unknown.
  const email = async () => (await TeamsInfo.getMember(context, context.activity.from.id)).email ?? undefined;
  const user = await resolveUser(firm.tenantStore, context.activity, email);
  return user ? { firm, user, principal: principalOf(user) } : { firm };
}
