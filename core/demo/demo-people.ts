/** The demo firm's people and the behaviours its clients show (for `seed --demo`). */
import type { Role, User } from "../domain/types";

export const DEMO_TENANT_ID = "demo-firm";
export const DEMO_FIRM_DOMAIN = "hartwellpryce.example";

const person = (id: string, displayName: string, roles: Role[], approvalLimitMinor?: number): User => ({
  tenantId: DEMO_TENANT_ID,
  id,
  email: `${displayName.split(" ")[0]!.toLowerCase()}.${displayName.split(" ")[1]!.toLowerCase()}@${DEMO_FIRM_DOMAIN}`,
  displayName,
  roles,
  ...(approvalLimitMinor === undefined ? {} : { approvalLimitMinor }),
});

export const DEMO_USERS: User[] = [
  person("u-hartwell", "Eleanor Hartwell", ["partner"], 2_500_000),
  person("u-pryce", "Marcus Pryce", ["partner"], 2_500_000),
  person("u-delgado", "Sofia Delgado", ["partner"], 1_000_000),
  person("u-chen", "Jamie Chen", ["specialist"]),
  person("u-nair", "Priya Nair", ["specialist"]),
  person("u-whitfield", "Dana Whitfield", ["manager"], 10_000_000),
  person("u-morgan", "Alex Morgan", ["admin"]),
];

export const PARTNER_IDS = ["u-hartwell", "u-pryce", "u-delgado"] as const;
export const COLLECTOR_IDS = ["u-chen", "u-nair"] as const;

/** How a client pays: mean and spread of days late, and special traits. */
export type Behaviour = "prompt" | "slow-but-sure" | "seasonal" | "deteriorating" | "disputing" | "ebilling-rejections";

export const BEHAVIOURS: readonly Behaviour[] = [
  "prompt",
  "prompt",
  "slow-but-sure",
  "slow-but-sure",
  "seasonal",
  "deteriorating",
  "disputing",
  "ebilling-rejections",
];

export const COMPANY_WORDS = [
  [
    "Northwind",
    "Contoso",
    "Fabrikam",
    "Tailspin",
    "Litware",
    "Adatum",
    "Proseware",
    "Wingtip",
    "Woodgrove",
    "Lucerne",
    "Alpine",
    "Blue Yonder",
    "Coho",
    "Fourth Coffee",
    "Margie's",
    "Humongous",
    "Trey",
    "Wide World",
    "Graphic",
    "Southridge",
  ],
  [
    "Logistics",
    "Holdings",
    "Capital",
    "Biotech",
    "Energy",
    "Media",
    "Foods",
    "Airlines",
    "Insurance",
    "Partners",
    "Robotics",
    "Retail",
    "Health",
    "Shipping",
    "Software",
    "Realty",
    "Mining",
    "Textiles",
    "Pharma",
    "Motors",
  ],
] as const;

export const PRACTICE_GROUPS = ["Corporate", "Litigation", "Real Estate", "Employment", "IP", "Tax", "Restructuring"];
export const MATTER_TOPICS = [
  "General counsel",
  "Acquisition",
  "Lease dispute",
  "Patent portfolio",
  "Employment claim",
  "Financing",
  "Regulatory review",
  "Contract dispute",
  "Restructuring",
  "Trademark filing",
];
export const LANGUAGES = ["en", "en", "en", "en", "en", "en", "es", "fr", "de", "pl"];
