/** Fluent theme for the host: Teams' own themes inside Teams; the web theme (or high contrast) in a browser. */
import {
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  type Theme,
  webLightTheme,
} from "@fluentui/react-components";
import type { HostTheme } from "./host";

export function themeFor(theme: HostTheme, inTeams: boolean, forcedColors: boolean): Theme {
  if (theme === "contrast" || forcedColors) return teamsHighContrastTheme;
  if (theme === "dark") return teamsDarkTheme;
  return inTeams ? teamsLightTheme : webLightTheme;
}

export function prefersForcedColors(): boolean {
  return typeof matchMedia === "function" && matchMedia("(forced-colors: active)").matches;
}
