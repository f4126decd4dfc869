// Fills ${{NAME}} placeholders in the manifest template (the Teams Toolkit convention).
const NAME = "([A-Za-z_][A-Za-z0-9_]*)";
const PLACEHOLDER = new RegExp(`\\$\\{\\{\\s*${NAME}\\s*\\}\\}`, "g");
const ANY_PLACEHOLDER = /\$\{\{[^}]*\}\}/g;

export type Rendered = { ok: true; manifest: Record<string, unknown> } | { ok: false; missing: string[] };

/** Substitutes values as JSON string content (so quotes or backslashes cannot break the JSON). */
export function renderTemplate(template: string, values: Record<string, string>): Rendered {
  const missing = new Set<string>();
  const text = template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) {
      missing.add(name);
      return whole;
    }
    return JSON.stringify(value).slice(1, -1);
  });
  // A malformed placeholder such as ${{TAB-DOMAIN}} is not matched above: report it verbatim.
  const leftovers = template.replace(PLACEHOLDER, "").match(ANY_PLACEHOLDER) ?? [];
  for (const leftover of leftovers) missing.add(leftover);
  if (missing.size > 0) return { ok: false, missing: [...missing].sort() };
  return { ok: true, manifest: JSON.parse(text) as Record<string, unknown> };
}
