/** English built-in templates. Wording reviewed against the compliance lint: no threats, no shaming. */
import type { LanguagePack } from "./pack";

const SIGN = "Kind regards,\n{{senderName}}\n{{firmName}}";

export const en: LanguagePack = {
  language: "en",
  labels: {
    invoice: "Invoice",
    dueDate: "Due date",
    balance: "Balance",
    total: "Total",
    installment: "Installment",
    date: "Date",
  },
  consumerNotice:
    "Notice: this message concerns a balance for legal services. If you dispute all or part of it, tell us in writing within thirty days of receiving this message; we will send you verification and pause collection of the disputed amount while we review it. You may ask us at any time to stop contacting you about it.",
  smsOptOut: "Reply STOP to opt out.",
  replyPrefix: "Re:",
  purposes: {
    reminder: {
      friendly: {
        subject: "Friendly reminder: {{totalOutstanding}} outstanding with {{firmName}}",
        body: `Dear {{contactName}},\n\nWe hope all is well. This is a friendly reminder that the following invoices for {{clientName}} are open, for a total of {{totalOutstanding}}:\n\n{{invoiceTable}}\n\nIf payment is already on its way, thank you and please disregard this note. If anything is unclear, simply reply and we will help.\n\n${SIGN}`,
        sms: "{{firmName}}: a friendly reminder that {{totalOutstanding}} is open on your account. Questions? Just reply. {{senderName}}",
      },
      firm: {
        subject: "Payment overdue: {{totalOutstanding}} since {{oldestDueDate}}",
        body: `Dear {{contactName}},\n\nOur records show that the invoices below remain unpaid, the oldest since {{oldestDueDate}}. The total now due is {{totalOutstanding}}:\n\n{{invoiceTable}}\n\nPlease arrange payment by {{paymentDeadline}}, or let us know if there is an issue we should resolve first.\n\n${SIGN}`,
        sms: "{{firmName}}: {{totalOutstanding}} is overdue on your account. Please pay by {{paymentDeadline}} or reply to discuss. {{senderName}}",
      },
      final: {
        subject: "Final reminder: {{totalOutstanding}} overdue",
        body: `Dear {{contactName}},\n\nDespite our earlier reminders, the following invoices remain unpaid, for a total of {{totalOutstanding}}:\n\n{{invoiceTable}}\n\nPlease pay the full amount by {{paymentDeadline}}. If you cannot, contact us before then so that we can discuss a solution; otherwise the account will be referred to {{partnerName}} for review.\n\n${SIGN}`,
        sms: "{{firmName}}: final reminder, {{totalOutstanding}} is overdue. Please pay by {{paymentDeadline}} or call us. {{senderName}}",
      },
    },
    reply: {
      friendly: {
        subject: "Your account with {{firmName}}",
        body: `Dear {{contactName}},\n\nThank you for your message. We have noted it and will come back to you shortly if anything else is needed. For reference, our records show {{totalOutstanding}} open on the account of {{clientName}}:\n\n{{invoiceTable}}\n\nIf you have already sent payment, please share the remittance details so that we can apply it to the right invoices.\n\n${SIGN}`,
        sms: "{{firmName}}: thank you for your message. Our records show {{totalOutstanding}} open; we will be in touch shortly. {{senderName}}",
      },
      firm: {
        subject: "Your account with {{firmName}}",
        body: `Dear {{contactName}},\n\nThank you for your reply. Our records show {{totalOutstanding}} still due, the oldest invoice since {{oldestDueDate}}:\n\n{{invoiceTable}}\n\nPlease confirm when payment will be made, or tell us what is holding it up so that we can resolve it.\n\n${SIGN}`,
        sms: "{{firmName}}: thank you. {{totalOutstanding}} remains due; please confirm your payment date. {{senderName}}",
      },
    },
    receipt: {
      friendly: {
        subject: "Thank you for your payment of {{paymentAmount}}",
        body: `Dear {{contactName}},\n\nThank you: we received your payment of {{paymentAmount}} on {{paymentDate}} and have applied it to your account.\n\nWe appreciate your prompt attention.\n\n${SIGN}`,
        sms: "{{firmName}}: thank you, we received your payment of {{paymentAmount}} on {{paymentDate}}. {{senderName}}",
      },
    },
    "plan-offer": {
      friendly: {
        subject: "A payment plan for your account",
        body: `Dear {{contactName}},\n\nTo make the open balance of {{totalOutstanding}} easier to manage, we can offer {{installmentCount}} monthly installments:\n\n{{installmentTable}}\n\nIf this works for you, simply reply to confirm; the first installment of {{firstInstallmentAmount}} would be due on {{firstInstallmentDate}}.\n\n${SIGN}`,
        sms: "{{firmName}}: we can split your balance of {{totalOutstanding}} into monthly installments, the first of {{firstInstallmentAmount}} on {{firstInstallmentDate}}. Reply to accept. {{senderName}}",
      },
      firm: {
        subject: "Payment plan proposal for {{totalOutstanding}}",
        body: `Dear {{contactName}},\n\nThe balance of {{totalOutstanding}} is overdue. To settle it, we propose {{installmentCount}} monthly installments:\n\n{{installmentTable}}\n\nPlease confirm by {{firstInstallmentDate}}, when the first installment of {{firstInstallmentAmount}} is due.\n\n${SIGN}`,
        sms: "{{firmName}}: we propose paying {{totalOutstanding}} in installments, the first of {{firstInstallmentAmount}} by {{firstInstallmentDate}}. Please reply. {{senderName}}",
      },
    },
    "partner-letter": {
      firm: {
        subject: "Your account with {{firmName}}",
        body: `Dear {{contactName}},\n\nI am writing personally about the account of {{clientName}}, as we value our relationship. The following invoices remain open, for a total of {{totalOutstanding}}:\n\n{{invoiceTable}}\n\nI would be grateful if you could arrange payment by {{paymentDeadline}}, or call me if there is anything we should discuss.\n\nKind regards,\n{{partnerName}}\n{{firmName}}`,
        sms: "{{partnerName}} ({{firmName}}): could we speak about the {{totalOutstanding}} open on your account? Please reply or call me.",
      },
    },
    "final-demand": {
      final: {
        subject: "Final demand for payment: {{totalOutstanding}}",
        body: `Dear {{contactName}},\n\nThis is our final request for payment of the following invoices, totalling {{totalOutstanding}}:\n\n{{invoiceTable}}\n\nPlease pay the full amount by {{paymentDeadline}}. If you believe any of it is not owed, tell us by that date. Without payment or a response, the account will be referred to {{partnerName}} to decide on next steps.\n\n${SIGN}`,
        sms: "{{firmName}}: final demand, {{totalOutstanding}} is due by {{paymentDeadline}}. Please pay or reply. {{senderName}}",
      },
    },
  },
  replies: {
    promise: {
      subject: "Thank you: {{promiseAmount}} by {{promiseDate}}",
      body: `Dear {{contactName}},\n\nThank you for letting us know that {{clientName}} will pay {{promiseAmount}} by {{promiseDate}}. We have noted this on the account and will not send further payment reminders before that date.\n\nIf anything changes, simply reply to this email and we will find a way forward together.\n\n${SIGN}`,
      sms: "{{firmName}}: thank you, we have noted your payment of {{promiseAmount}} by {{promiseDate}}. {{senderName}}",
    },
    dispute: {
      subject: "Your query about our invoices",
      body: `Dear {{contactName}},\n\nThank you for letting us know about your concern with our invoices. We have passed it to {{partnerName}}, who will review it and come back to you.\n\nWhile the review is under way, we have paused our payment reminders about the invoices concerned. If there is anything you would like us to take into account, simply reply to this email.\n\n${SIGN}`,
      sms: "{{firmName}}: thank you, we have passed your query to {{partnerName}} for review and paused our reminders meanwhile. {{senderName}}",
    },
    hardship: {
      subject: "A payment plan for your account",
      body: `Dear {{contactName}},\n\nThank you for telling us about your situation. We understand, and we would like to find an arrangement that works for you. One option is to spread the open balance of {{totalOutstanding}} over {{installmentCount}} monthly installments:\n\n{{installmentTable}}\n\nThe first installment of {{firstInstallmentAmount}} would be due on {{firstInstallmentDate}}. If a different schedule would suit you better, simply reply and we will discuss it with you.\n\n${SIGN}`,
      sms: "{{firmName}}: thank you for telling us. We can spread {{totalOutstanding}} over monthly installments, the first of {{firstInstallmentAmount}} on {{firstInstallmentDate}}. Reply to discuss. {{senderName}}",
    },
    paid: {
      subject: "Your payment",
      body: `Dear {{contactName}},\n\nThank you for letting us know about your payment. As soon as it reaches our account, we will match it to the open invoices of {{clientName}} and confirm to you in writing.\n\nIf you have the remittance details (which invoices the payment covers), please reply with them so that we can apply it correctly.\n\n${SIGN}`,
      sms: "{{firmName}}: thank you for letting us know. We will match your payment once it reaches us and confirm. {{senderName}}",
    },
    remittance: {
      subject: "Your remittance details",
      body: `Dear {{contactName}},\n\nThank you for the remittance details. We will use them to match the payment to the right invoices of {{clientName}} as soon as it reaches our account, and we will confirm to you in writing once it has been applied.\n\n${SIGN}`,
      sms: "{{firmName}}: thank you for the remittance details. We will match the payment once it reaches us and confirm. {{senderName}}",
    },
    "wrong-contact": {
      subject: "Who should we contact?",
      body: `Hello,\n\nThank you for letting us know, and our apologies for writing to the wrong person. Could you tell us who at {{clientName}} handles our invoices, with their name and email address? We will update our records.\n\n${SIGN}`,
      sms: "{{firmName}}: thank you, and sorry for the mix-up. Who at {{clientName}} should we contact instead? {{senderName}}",
    },
  },
};
