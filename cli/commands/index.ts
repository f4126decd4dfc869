/** Every `nudge` sub-command. Add new commands here (one file each under cli/commands/). */
import type { Command } from "../command";
import { agingCommand } from "./aging";
import { devTokenCommand } from "./dev-token";
import { importCommand } from "./import";
import { seedCommand } from "./seed";

export const COMMANDS: Command[] = [importCommand, seedCommand, agingCommand, devTokenCommand];
