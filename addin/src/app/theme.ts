/**
 * Fluent theme from the host: high contrast when the OS forces colors (Windows contrast themes),
 * otherwise Office's dark or light family.
 */
import { teamsHighContrastTheme, type Theme, webDarkTheme, webLightTheme } from "@fluentui/react-components";

export type ThemeFamily = "light" | "dark";

export function pickTheme(family: ThemeFamily, forcedColors: boolean): Theme {
  if (forcedColors) return teamsHighContrastTheme;
  return family === "dark" ? webDarkTheme : webLightTheme;
}

export function prefersForcedColors(): boolean {
  return typeof matchMedia === "function" && matchMedia("(forced-colors: active)").matches;
}
