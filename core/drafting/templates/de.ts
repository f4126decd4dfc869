/** German built-in templates (Sie-Form, usual business register). */
import type { LanguagePack } from "./pack";

const SIGN = "Mit freundlichen Grüßen\n{{senderName}}\n{{firmName}}";

export const de: LanguagePack = {
  language: "de",
  labels: {
    invoice: "Rechnung",
    dueDate: "Fällig am",
    balance: "Offener Betrag",
    total: "Summe",
    installment: "Rate",
    date: "Datum",
  },
  consumerNotice:
    "Hinweis: Diese Nachricht betrifft einen offenen Betrag für Rechtsdienstleistungen. Wenn Sie die Forderung ganz oder teilweise bestreiten, teilen Sie uns dies bitte innerhalb von dreißig Tagen nach Erhalt schriftlich mit; wir senden Ihnen dann einen Nachweis und setzen den Einzug des bestrittenen Betrags während der Prüfung aus. Sie können uns jederzeit bitten, Sie hierzu nicht mehr zu kontaktieren.",
  smsOptOut: "Antworten Sie STOP, um keine Nachrichten mehr zu erhalten.",
  replyPrefix: "AW:",
  purposes: {
    reminder: {
      friendly: {
        subject: "Freundliche Erinnerung: {{totalOutstanding}} offen bei {{firmName}}",
        body: `Sehr geehrte Damen und Herren,\n\nwir hoffen, es geht Ihnen gut. Wir möchten Sie freundlich daran erinnern, dass die folgenden Rechnungen von {{clientName}} noch offen sind, insgesamt {{totalOutstanding}}:\n\n{{invoiceTable}}\n\nFalls die Zahlung bereits unterwegs ist, danken wir Ihnen und bitten Sie, diese Nachricht zu ignorieren. Bei Fragen antworten Sie einfach auf diese E-Mail.\n\n${SIGN}`,
        sms: "{{firmName}}: freundliche Erinnerung, auf Ihrem Konto sind {{totalOutstanding}} offen. Fragen? Einfach antworten. {{senderName}}",
      },
      firm: {
        subject: "Zahlung überfällig: {{totalOutstanding}} seit dem {{oldestDueDate}}",
        body: `Sehr geehrte Damen und Herren,\n\nlaut unseren Unterlagen sind die folgenden Rechnungen noch unbezahlt, die älteste seit dem {{oldestDueDate}}. Der fällige Gesamtbetrag beträgt {{totalOutstanding}}:\n\n{{invoiceTable}}\n\nBitte begleichen Sie den Betrag bis zum {{paymentDeadline}} oder teilen Sie uns mit, ob es ein Problem gibt, das wir zuerst klären sollten.\n\n${SIGN}`,
        sms: "{{firmName}}: {{totalOutstanding}} sind auf Ihrem Konto überfällig. Bitte zahlen Sie bis {{paymentDeadline}}. {{senderName}}",
      },
      final: {
        subject: "Letzte Erinnerung: {{totalOutstanding}} überfällig",
        body: `Sehr geehrte Damen und Herren,\n\ntrotz unserer bisherigen Erinnerungen sind die folgenden Rechnungen noch offen, insgesamt {{totalOutstanding}}:\n\n{{invoiceTable}}\n\nBitte zahlen Sie den vollen Betrag bis zum {{paymentDeadline}}. Falls Ihnen das nicht möglich ist, melden Sie sich bitte vorher, damit wir eine Lösung finden; andernfalls wird das Konto {{partnerName}} zur Prüfung vorgelegt.\n\n${SIGN}`,
        sms: "{{firmName}}: letzte Erinnerung, {{totalOutstanding}} überfällig. Bitte zahlen Sie bis {{paymentDeadline}}. {{senderName}}",
      },
    },
    reply: {
      friendly: {
        subject: "Ihr Konto bei {{firmName}}",
        body: `Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihre Nachricht. Wir haben sie zur Kenntnis genommen und melden uns bei Bedarf in Kürze. Zur Information: Laut unseren Unterlagen sind auf dem Konto von {{clientName}} {{totalOutstanding}} offen:\n\n{{invoiceTable}}\n\nFalls Sie bereits gezahlt haben, senden Sie uns bitte den Zahlungsavis, damit wir die Zahlung den richtigen Rechnungen zuordnen können.\n\n${SIGN}`,
        sms: "{{firmName}}: danke für Ihre Nachricht. Laut unseren Unterlagen sind {{totalOutstanding}} offen; wir melden uns. {{senderName}}",
      },
      firm: {
        subject: "Ihr Konto bei {{firmName}}",
        body: `Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihre Antwort. Laut unseren Unterlagen sind noch {{totalOutstanding}} fällig, die älteste Rechnung seit dem {{oldestDueDate}}:\n\n{{invoiceTable}}\n\nBitte bestätigen Sie uns, wann die Zahlung erfolgt, oder teilen Sie uns mit, was sie aufhält, damit wir es klären können.\n\n${SIGN}`,
        sms: "{{firmName}}: danke. {{totalOutstanding}} sind noch fällig; bitte bestätigen Sie das Zahlungsdatum. {{senderName}}",
      },
    },
    receipt: {
      friendly: {
        subject: "Vielen Dank für Ihre Zahlung von {{paymentAmount}}",
        body: `Sehr geehrte Damen und Herren,\n\nvielen Dank: Wir haben Ihre Zahlung von {{paymentAmount}} am {{paymentDate}} erhalten und Ihrem Konto gutgeschrieben.\n\nWir danken Ihnen für die rasche Erledigung.\n\n${SIGN}`,
        sms: "{{firmName}}: danke, wir haben Ihre Zahlung von {{paymentAmount}} am {{paymentDate}} erhalten. {{senderName}}",
      },
    },
    "plan-offer": {
      friendly: {
        subject: "Eine Ratenzahlung für Ihr Konto",
        body: `Sehr geehrte Damen und Herren,\n\num Ihnen die Begleichung des offenen Betrags von {{totalOutstanding}} zu erleichtern, bieten wir Ihnen {{installmentCount}} Monatsraten an:\n\n{{installmentTable}}\n\nWenn Ihnen das passt, bestätigen Sie einfach per Antwort; die erste Rate von {{firstInstallmentAmount}} wäre am {{firstInstallmentDate}} fällig.\n\n${SIGN}`,
        sms: "{{firmName}}: wir können {{totalOutstanding}} in Monatsraten aufteilen, erste Rate {{firstInstallmentAmount}} am {{firstInstallmentDate}}. {{senderName}}",
      },
      firm: {
        subject: "Vorschlag zur Ratenzahlung über {{totalOutstanding}}",
        body: `Sehr geehrte Damen und Herren,\n\nder Betrag von {{totalOutstanding}} ist überfällig. Zur Begleichung schlagen wir {{installmentCount}} Monatsraten vor:\n\n{{installmentTable}}\n\nBitte bestätigen Sie bis zum {{firstInstallmentDate}}, an dem die erste Rate von {{firstInstallmentAmount}} fällig ist.\n\n${SIGN}`,
        sms: "{{firmName}}: wir schlagen Raten für {{totalOutstanding}} vor, erste Rate {{firstInstallmentAmount}} am {{firstInstallmentDate}}. {{senderName}}",
      },
    },
    "partner-letter": {
      firm: {
        subject: "Ihr Konto bei {{firmName}}",
        body: `Sehr geehrte Damen und Herren,\n\nich schreibe Ihnen persönlich wegen des Kontos von {{clientName}}, da uns unsere Zusammenarbeit wichtig ist. Die folgenden Rechnungen sind noch offen, insgesamt {{totalOutstanding}}:\n\n{{invoiceTable}}\n\nIch wäre Ihnen dankbar, wenn Sie die Zahlung bis zum {{paymentDeadline}} veranlassen oder mich anrufen, falls wir etwas besprechen sollten.\n\nMit freundlichen Grüßen\n{{partnerName}}\n{{firmName}}`,
        sms: "{{partnerName}} ({{firmName}}): können wir über die {{totalOutstanding}} auf Ihrem Konto sprechen? Bitte antworten oder anrufen.",
      },
    },
    "final-demand": {
      final: {
        subject: "Letzte Zahlungsaufforderung: {{totalOutstanding}}",
        body: `Sehr geehrte Damen und Herren,\n\ndies ist unsere letzte Aufforderung zur Zahlung der folgenden Rechnungen über insgesamt {{totalOutstanding}}:\n\n{{invoiceTable}}\n\nBitte zahlen Sie den vollen Betrag bis zum {{paymentDeadline}}. Wenn Sie meinen, dass ein Teil nicht geschuldet ist, teilen Sie uns dies bis dahin mit. Ohne Zahlung oder Antwort wird das Konto {{partnerName}} zur Entscheidung über das weitere Vorgehen vorgelegt.\n\n${SIGN}`,
        sms: "{{firmName}}: letzte Aufforderung, {{totalOutstanding}} bis {{paymentDeadline}} zahlbar. Bitte zahlen oder antworten. {{senderName}}",
      },
    },
  },
};
