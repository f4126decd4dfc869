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
import "./escalations";
