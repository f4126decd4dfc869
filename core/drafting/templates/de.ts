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
  replies: {
    promise: {
      subject: "Vielen Dank: Zahlung von {{promiseAmount}} bis {{promiseDate}}",
      body: `Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihre Mitteilung, dass {{clientName}} {{promiseAmount}} bis zum {{promiseDate}} zahlen wird. Wir haben dies vermerkt und senden Ihnen vor diesem Datum keine weiteren Zahlungserinnerungen.\n\nSollte sich etwas ändern, antworten Sie einfach auf diese E-Mail; wir finden gemeinsam eine Lösung.\n\n${SIGN}`,
      sms: "{{firmName}}: danke, wir haben Ihre Zahlung von {{promiseAmount}} bis {{promiseDate}} vermerkt. {{senderName}}",
    },
    dispute: {
      subject: "Ihre Rückfrage zu unseren Rechnungen",
      body: `Sehr geehrte Damen und Herren,\n\nvielen Dank, dass Sie uns Ihre Einwände zu unseren Rechnungen mitgeteilt haben. Wir haben sie zur Prüfung an {{partnerName}} weitergegeben und melden uns danach bei Ihnen.\n\nWährend der Prüfung haben wir unsere Zahlungserinnerungen zu den betroffenen Rechnungen ausgesetzt. Wenn wir noch etwas berücksichtigen sollen, antworten Sie einfach auf diese E-Mail.\n\n${SIGN}`,
      sms: "{{firmName}}: danke, Ihre Rückfrage liegt {{partnerName}} zur Prüfung vor; Erinnerungen sind bis dahin ausgesetzt. {{senderName}}",
    },
    hardship: {
      subject: "Eine Ratenzahlung für Ihr Konto",
      body: `Sehr geehrte Damen und Herren,\n\nvielen Dank, dass Sie uns Ihre Lage geschildert haben. Wir haben dafür Verständnis und möchten gemeinsam mit Ihnen eine passende Lösung finden. Eine Möglichkeit ist, den offenen Betrag von {{totalOutstanding}} auf {{installmentCount}} Monatsraten zu verteilen:\n\n{{installmentTable}}\n\nDie erste Rate von {{firstInstallmentAmount}} wäre am {{firstInstallmentDate}} fällig. Wenn Ihnen ein anderer Zeitplan besser passt, antworten Sie einfach, und wir besprechen ihn mit Ihnen.\n\n${SIGN}`,
      sms: "{{firmName}}: danke für Ihre Nachricht. Wir können {{totalOutstanding}} in Monatsraten aufteilen, erste Rate {{firstInstallmentAmount}} am {{firstInstallmentDate}}. {{senderName}}",
    },
    paid: {
      subject: "Ihre Zahlung",
      body: `Sehr geehrte Damen und Herren,\n\nvielen Dank für den Hinweis auf Ihre Zahlung. Sobald sie auf unserem Konto eingeht, ordnen wir sie den offenen Rechnungen von {{clientName}} zu und bestätigen Ihnen dies schriftlich.\n\nFalls Sie einen Zahlungsavis haben (welche Rechnungen die Zahlung betrifft), senden Sie ihn uns bitte als Antwort auf diese E-Mail, damit wir die Zahlung richtig zuordnen können.\n\n${SIGN}`,
      sms: "{{firmName}}: danke für den Hinweis. Wir ordnen Ihre Zahlung nach Eingang zu und bestätigen sie Ihnen. {{senderName}}",
    },
    remittance: {
      subject: "Ihr Zahlungsavis",
      body: `Sehr geehrte Damen und Herren,\n\nvielen Dank für den Zahlungsavis. Damit ordnen wir die Zahlung nach Eingang auf unserem Konto den richtigen Rechnungen von {{clientName}} zu und bestätigen Ihnen die Zuordnung schriftlich.\n\n${SIGN}`,
      sms: "{{firmName}}: danke für den Zahlungsavis. Wir ordnen die Zahlung nach Eingang zu und bestätigen sie Ihnen. {{senderName}}",
    },
    "wrong-contact": {
      subject: "An wen dürfen wir uns wenden?",
      body: `Guten Tag,\n\nvielen Dank für Ihren Hinweis, und entschuldigen Sie bitte, dass wir Ihnen irrtümlich geschrieben haben. Könnten Sie uns mitteilen, wer bei {{clientName}} für unsere Rechnungen zuständig ist, mit Namen und E-Mail-Adresse? Wir aktualisieren dann unsere Unterlagen.\n\n${SIGN}`,
      sms: "{{firmName}}: danke, und entschuldigen Sie die Störung. An wen bei {{clientName}} sollen wir uns wenden? {{senderName}}",
    },
  },
};
