/**
 * Entry point of the Functions app (package.json `main` after the build): importing each trigger
 * file registers it with `app.http` / `app.timer`. One file per trigger, named `<resource>-<verb>`.
 */
import "./health-get";
import "./clients-match";
import "./clients-summary";
import "./reports-aging";
import "./reports-measures";
import "./clients-actions";
import "./clients-contacts";
import "./escalations";
import "./drafts-create";
import "./messages-classify";
import "./messages-accept";
import "./messages";
import "./digest-timer";
import "./digest-send";
import "./sequences";
import "./sequences-timer";
import "./plans";
import "./writeoffs";
import "./escalation-decisions";
import "./disputes";
import "./payments-unapplied";
import "./config-workflow";
import "./reports-workflow";
import "./audit";
import "./reports-trend";
import "./reports-inventory";
import "./reports-comment-quality";
import "./escalations-list";
import "./campaigns";
import "./config-admin";
import "./templates";
import "./reports-warm-timer";
import "./people";
import "./model";
import "./clients-score";
import "./worklist";
import "./model-timer";
import "./reports-expected-cash";
