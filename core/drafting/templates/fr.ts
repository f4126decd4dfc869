/** French built-in templates (vouvoiement, usual business register). */
import type { LanguagePack } from "./pack";

const SIGN = "Cordialement,\n{{senderName}}\n{{firmName}}";

export const fr: LanguagePack = {
  language: "fr",
  labels: {
    invoice: "Facture",
    dueDate: "Échéance",
    balance: "Solde",
    total: "Total",
    installment: "Échéance du plan",
    date: "Date",
  },
  consumerNotice:
    "Avis : ce message concerne un solde d'honoraires. Si vous contestez tout ou partie de ce montant, indiquez-le-nous par écrit dans les trente jours suivant sa réception ; nous vous adresserons un justificatif et suspendrons le recouvrement du montant contesté pendant notre examen. Vous pouvez à tout moment nous demander de ne plus vous contacter à ce sujet.",
  smsOptOut: "Répondez STOP pour ne plus recevoir de messages.",
  replyPrefix: "Re :",
  purposes: {
    reminder: {
      friendly: {
        subject: "Rappel : {{totalOutstanding}} en attente auprès de {{firmName}}",
        body: `Madame, Monsieur,\n\nNous espérons que vous allez bien. Nous vous rappelons que les factures suivantes de {{clientName}} restent ouvertes, pour un total de {{totalOutstanding}} :\n\n{{invoiceTable}}\n\nSi le règlement est déjà en cours, merci et ne tenez pas compte de ce message. Pour toute question, répondez simplement à ce courriel.\n\n${SIGN}`,
        sms: "{{firmName}} : petit rappel, {{totalOutstanding}} reste ouvert sur votre compte. Une question ? Répondez. {{senderName}}",
      },
      firm: {
        subject: "Paiement en retard : {{totalOutstanding}} depuis le {{oldestDueDate}}",
        body: `Madame, Monsieur,\n\nSelon nos dossiers, les factures ci-dessous restent impayées, la plus ancienne depuis le {{oldestDueDate}}. Le total dû s'élève à {{totalOutstanding}} :\n\n{{invoiceTable}}\n\nNous vous remercions de procéder au règlement d'ici le {{paymentDeadline}}, ou de nous signaler tout problème à résoudre au préalable.\n\n${SIGN}`,
        sms: "{{firmName}} : {{totalOutstanding}} est en retard sur votre compte. Merci de régler d'ici le {{paymentDeadline}}. {{senderName}}",
      },
      final: {
        subject: "Dernier rappel : {{totalOutstanding}} en retard",
        body: `Madame, Monsieur,\n\nMalgré nos rappels précédents, les factures suivantes restent impayées, pour un total de {{totalOutstanding}} :\n\n{{invoiceTable}}\n\nNous vous prions de régler l'intégralité d'ici le {{paymentDeadline}}. Si cela vous est impossible, contactez-nous avant cette date afin de trouver une solution ; à défaut, le dossier sera transmis à {{partnerName}} pour examen.\n\n${SIGN}`,
        sms: "{{firmName}} : dernier rappel, {{totalOutstanding}} en retard. Merci de régler d'ici le {{paymentDeadline}}. {{senderName}}",
      },
    },
    reply: {
      friendly: {
        subject: "Votre compte auprès de {{firmName}}",
        body: `Madame, Monsieur,\n\nMerci pour votre message. Nous en avons pris note et reviendrons vers vous rapidement si nécessaire. Pour mémoire, nos dossiers indiquent {{totalOutstanding}} ouvert sur le compte de {{clientName}} :\n\n{{invoiceTable}}\n\nSi vous avez déjà effectué le paiement, merci de nous transmettre l'avis de virement afin que nous puissions l'affecter aux bonnes factures.\n\n${SIGN}`,
        sms: "{{firmName}} : merci pour votre message. Nos dossiers indiquent {{totalOutstanding}} ouvert ; nous revenons vers vous. {{senderName}}",
      },
      firm: {
        subject: "Votre compte auprès de {{firmName}}",
        body: `Madame, Monsieur,\n\nMerci pour votre réponse. Nos dossiers indiquent {{totalOutstanding}} encore dû, la facture la plus ancienne depuis le {{oldestDueDate}} :\n\n{{invoiceTable}}\n\nMerci de nous confirmer la date du règlement, ou de nous dire ce qui le bloque afin que nous puissions le résoudre.\n\n${SIGN}`,
        sms: "{{firmName}} : merci. {{totalOutstanding}} reste dû ; merci de confirmer la date de paiement. {{senderName}}",
      },
    },
    receipt: {
      friendly: {
        subject: "Merci pour votre paiement de {{paymentAmount}}",
        body: `Madame, Monsieur,\n\nMerci : nous avons reçu votre paiement de {{paymentAmount}} le {{paymentDate}} et l'avons affecté à votre compte.\n\nNous vous remercions de votre diligence.\n\n${SIGN}`,
        sms: "{{firmName}} : merci, nous avons reçu votre paiement de {{paymentAmount}} le {{paymentDate}}. {{senderName}}",
      },
    },
    "plan-offer": {
      friendly: {
        subject: "Un échéancier pour votre compte",
        body: `Madame, Monsieur,\n\nPour faciliter le règlement du solde de {{totalOutstanding}}, nous pouvons vous proposer {{installmentCount}} mensualités :\n\n{{installmentTable}}\n\nSi cela vous convient, répondez simplement pour confirmer ; la première mensualité de {{firstInstallmentAmount}} serait due le {{firstInstallmentDate}}.\n\n${SIGN}`,
        sms: "{{firmName}} : nous pouvons étaler votre solde de {{totalOutstanding}}, première mensualité de {{firstInstallmentAmount}} le {{firstInstallmentDate}}. {{senderName}}",
      },
      firm: {
        subject: "Proposition d'échéancier pour {{totalOutstanding}}",
        body: `Madame, Monsieur,\n\nLe solde de {{totalOutstanding}} est en retard. Pour le régler, nous vous proposons {{installmentCount}} mensualités :\n\n{{installmentTable}}\n\nMerci de confirmer d'ici le {{firstInstallmentDate}}, date de la première mensualité de {{firstInstallmentAmount}}.\n\n${SIGN}`,
        sms: "{{firmName}} : nous proposons de régler {{totalOutstanding}} en mensualités, la première de {{firstInstallmentAmount}} le {{firstInstallmentDate}}. {{senderName}}",
      },
    },
    "partner-letter": {
      firm: {
        subject: "Votre compte auprès de {{firmName}}",
        body: `Madame, Monsieur,\n\nJe vous écris personnellement au sujet du compte de {{clientName}}, car nous tenons à notre relation. Les factures suivantes restent ouvertes, pour un total de {{totalOutstanding}} :\n\n{{invoiceTable}}\n\nJe vous serais reconnaissant de bien vouloir organiser le règlement d'ici le {{paymentDeadline}}, ou de m'appeler si nous devons en parler.\n\nCordialement,\n{{partnerName}}\n{{firmName}}`,
        sms: "{{partnerName}} ({{firmName}}) : pourrions-nous parler des {{totalOutstanding}} ouverts sur votre compte ? Répondez ou appelez-moi.",
      },
    },
    "final-demand": {
      final: {
        subject: "Dernière demande de paiement : {{totalOutstanding}}",
        body: `Madame, Monsieur,\n\nCeci est notre dernière demande de paiement des factures suivantes, d'un total de {{totalOutstanding}} :\n\n{{invoiceTable}}\n\nMerci de régler l'intégralité d'ici le {{paymentDeadline}}. Si vous estimez qu'une partie n'est pas due, indiquez-le-nous avant cette date. Sans paiement ni réponse, le dossier sera transmis à {{partnerName}}, qui décidera de la suite.\n\n${SIGN}`,
        sms: "{{firmName}} : dernière demande, {{totalOutstanding}} à régler d'ici le {{paymentDeadline}}. Réglez ou répondez. {{senderName}}",
      },
    },
  },
  replies: {
    promise: {
      subject: "Merci : règlement de {{promiseAmount}} d'ici le {{promiseDate}}",
      body: `Madame, Monsieur,\n\nMerci de nous avoir indiqué que {{clientName}} réglera {{promiseAmount}} d'ici le {{promiseDate}}. Nous l'avons noté au dossier et ne vous enverrons pas de nouvelle relance avant cette date.\n\nEn cas de changement, il vous suffit de répondre à ce message et nous trouverons ensemble une solution.\n\n${SIGN}`,
      sms: "{{firmName}} : merci, nous avons noté votre règlement de {{promiseAmount}} d'ici le {{promiseDate}}. {{senderName}}",
    },
    dispute: {
      subject: "Votre question sur nos factures",
      body: `Madame, Monsieur,\n\nMerci de nous avoir fait part de votre contestation concernant nos factures. Nous l'avons transmise à {{partnerName}}, qui l'examinera et reviendra vers vous.\n\nPendant cet examen, nous avons suspendu nos relances de paiement pour les factures concernées. Si vous souhaitez que nous tenions compte d'autres éléments, il vous suffit de répondre à ce message.\n\n${SIGN}`,
      sms: "{{firmName}} : merci, votre question est transmise à {{partnerName}} pour examen ; nos relances sont suspendues d'ici là. {{senderName}}",
    },
    hardship: {
      subject: "Un échéancier pour votre compte",
      body: `Madame, Monsieur,\n\nMerci de nous avoir exposé votre situation. Nous la comprenons et souhaitons trouver avec vous une solution adaptée. Nous pouvons par exemple étaler le solde de {{totalOutstanding}} sur {{installmentCount}} mensualités :\n\n{{installmentTable}}\n\nLa première mensualité de {{firstInstallmentAmount}} serait due le {{firstInstallmentDate}}. Si un autre calendrier vous convient mieux, répondez simplement à ce message et nous en discuterons.\n\n${SIGN}`,
      sms: "{{firmName}} : merci de nous avoir prévenus. Nous pouvons étaler {{totalOutstanding}}, première mensualité de {{firstInstallmentAmount}} le {{firstInstallmentDate}}. {{senderName}}",
    },
    paid: {
      subject: "Votre paiement",
      body: `Madame, Monsieur,\n\nMerci de nous avoir informés de votre paiement. Dès qu'il sera parvenu sur notre compte, nous le rapprocherons des factures ouvertes de {{clientName}} et vous le confirmerons par écrit.\n\nSi vous disposez de l'avis de virement (les factures que le paiement couvre), merci de nous le transmettre en réponse à ce message afin que nous puissions l'affecter correctement.\n\n${SIGN}`,
      sms: "{{firmName}} : merci de nous avoir prévenus. Nous rapprocherons votre paiement dès son arrivée et vous le confirmerons. {{senderName}}",
    },
    remittance: {
      subject: "Votre avis de virement",
      body: `Madame, Monsieur,\n\nMerci pour l'avis de virement. Nous l'utiliserons pour affecter le paiement aux bonnes factures de {{clientName}} dès qu'il sera parvenu sur notre compte, et vous confirmerons son affectation par écrit.\n\n${SIGN}`,
      sms: "{{firmName}} : merci pour l'avis de virement. Nous affecterons le paiement dès son arrivée et vous le confirmerons. {{senderName}}",
    },
    "wrong-contact": {
      subject: "À qui devons-nous écrire ?",
      body: `Bonjour,\n\nMerci de nous avoir prévenus, et veuillez nous excuser de vous avoir écrit par erreur. Pourriez-vous nous indiquer qui s'occupe de nos factures chez {{clientName}}, avec son nom et son adresse e-mail ? Nous mettrons nos dossiers à jour.\n\n${SIGN}`,
      sms: "{{firmName}} : merci, et veuillez excuser ce malentendu. À qui devons-nous écrire chez {{clientName}} ? {{senderName}}",
    },
  },
};
