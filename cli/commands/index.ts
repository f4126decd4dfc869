/** Every `nudge` sub-command. Add new commands here (one file each under cli/commands/). */
import type { Command } from "../command";
import { agingCommand } from "./aging";
import { devTokenCommand } from "./dev-token";
import { importCommand } from "./import";
import { modelBacktestCommand, modelTrainCommand } from "./model";
import { seedCommand } from "./seed";
import { sequencesRunCommand } from "./sequences-run";
import { auditVerifyCommand } from "./audit-verify";
import { auditExportCommand } from "./audit-export";

export const COMMANDS: Command[] = [
  importCommand,
  seedCommand,
  agingCommand,
  devTokenCommand,
  sequencesRunCommand,
  auditVerifyCommand,
  auditExportCommand,
  modelTrainCommand,
  modelBacktestCommand,
];
