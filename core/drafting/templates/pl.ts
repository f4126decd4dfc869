/** Polish built-in templates (formal "Państwo" register). */
import type { LanguagePack } from "./pack";

const SIGN = "Z poważaniem\n{{senderName}}\n{{firmName}}";

export const pl: LanguagePack = {
  language: "pl",
  labels: {
    invoice: "Faktura",
    dueDate: "Termin płatności",
    balance: "Saldo",
    total: "Razem",
    installment: "Rata",
    date: "Data",
  },
  consumerNotice:
    "Informacja: ta wiadomość dotyczy należności za usługi prawne. Jeśli kwestionują Państwo całość lub część tej kwoty, prosimy o pisemną informację w ciągu trzydziestu dni od otrzymania wiadomości; prześlemy wówczas potwierdzenie i wstrzymamy dochodzenie spornej kwoty na czas wyjaśnienia. W każdej chwili mogą Państwo poprosić, abyśmy przestali kontaktować się w tej sprawie.",
  smsOptOut: "Odpisz STOP, aby zrezygnować.",
  replyPrefix: "Odp:",
  purposes: {
    reminder: {
      friendly: {
        subject: "Przypomnienie: {{totalOutstanding}} do zapłaty na rzecz {{firmName}}",
        body: `Szanowni Państwo,\n\nuprzejmie przypominamy, że następujące faktury wystawione dla {{clientName}} pozostają nieopłacone, na łączną kwotę {{totalOutstanding}}:\n\n{{invoiceTable}}\n\nJeśli płatność została już zlecona, dziękujemy i prosimy zignorować tę wiadomość. W razie pytań wystarczy odpowiedzieć na tę wiadomość.\n\n${SIGN}`,
        sms: "{{firmName}}: przypominamy o kwocie {{totalOutstanding}} do zapłaty. Pytania? Odpisz. {{senderName}}",
      },
      firm: {
        subject: "Zaległa płatność: {{totalOutstanding}} od {{oldestDueDate}}",
        body: `Szanowni Państwo,\n\nwedług naszych danych poniższe faktury pozostają nieopłacone, najstarsza od {{oldestDueDate}}. Łączna kwota do zapłaty wynosi {{totalOutstanding}}:\n\n{{invoiceTable}}\n\nProsimy o zapłatę do {{paymentDeadline}} lub o informację, czy jest jakiś problem, który powinniśmy najpierw wyjaśnić.\n\n${SIGN}`,
        sms: "{{firmName}}: zaległość {{totalOutstanding}}. Prosimy o zapłatę do {{paymentDeadline}}. {{senderName}}",
      },
      final: {
        subject: "Ostatnie przypomnienie: {{totalOutstanding}} po terminie",
        body: `Szanowni Państwo,\n\nmimo wcześniejszych przypomnień poniższe faktury pozostają nieopłacone, na łączną kwotę {{totalOutstanding}}:\n\n{{invoiceTable}}\n\nProsimy o zapłatę całej kwoty do {{paymentDeadline}}. Jeśli nie jest to możliwe, prosimy o kontakt przed tym terminem, abyśmy mogli znaleźć rozwiązanie; w przeciwnym razie sprawa zostanie przekazana do przeglądu: {{partnerName}}.\n\n${SIGN}`,
        sms: "{{firmName}}: ostatnie przypomnienie, {{totalOutstanding}} po terminie. Zapłata do {{paymentDeadline}}. {{senderName}}",
      },
    },
    reply: {
      friendly: {
        subject: "Państwa konto w {{firmName}}",
        body: `Szanowni Państwo,\n\ndziękujemy za wiadomość. Przyjęliśmy ją do wiadomości i w razie potrzeby wkrótce się odezwiemy. Dla porządku: według naszych danych na koncie {{clientName}} pozostaje do zapłaty {{totalOutstanding}}:\n\n{{invoiceTable}}\n\nJeśli płatność została już wysłana, prosimy o przesłanie potwierdzenia przelewu, abyśmy mogli przypisać ją do właściwych faktur.\n\n${SIGN}`,
        sms: "{{firmName}}: dziękujemy za wiadomość. Do zapłaty pozostaje {{totalOutstanding}}; odezwiemy się. {{senderName}}",
      },
      firm: {
        subject: "Państwa konto w {{firmName}}",
        body: `Szanowni Państwo,\n\ndziękujemy za odpowiedź. Według naszych danych do zapłaty pozostaje {{totalOutstanding}}, najstarsza faktura od {{oldestDueDate}}:\n\n{{invoiceTable}}\n\nProsimy o potwierdzenie terminu płatności lub informację, co ją wstrzymuje, abyśmy mogli to wyjaśnić.\n\n${SIGN}`,
        sms: "{{firmName}}: dziękujemy. Do zapłaty pozostaje {{totalOutstanding}}; prosimy podać termin. {{senderName}}",
      },
    },
    receipt: {
      friendly: {
        subject: "Dziękujemy za wpłatę {{paymentAmount}}",
        body: `Szanowni Państwo,\n\ndziękujemy: otrzymaliśmy Państwa wpłatę {{paymentAmount}} w dniu {{paymentDate}} i zaksięgowaliśmy ją na koncie.\n\nDziękujemy za terminowe uregulowanie.\n\n${SIGN}`,
        sms: "{{firmName}}: dziękujemy, wpłata {{paymentAmount}} z {{paymentDate}} dotarła. {{senderName}}",
      },
    },
    "plan-offer": {
      friendly: {
        subject: "Plan spłaty dla Państwa konta",
        body: `Szanowni Państwo,\n\naby ułatwić uregulowanie kwoty {{totalOutstanding}}, możemy zaproponować spłatę w ratach miesięcznych (liczba rat: {{installmentCount}}):\n\n{{installmentTable}}\n\nJeśli to Państwu odpowiada, prosimy o potwierdzenie; pierwsza rata w wysokości {{firstInstallmentAmount}} byłaby płatna {{firstInstallmentDate}}.\n\n${SIGN}`,
        sms: "{{firmName}}: proponujemy raty za {{totalOutstanding}}, pierwsza {{firstInstallmentAmount}} dnia {{firstInstallmentDate}}.",
      },
      firm: {
        subject: "Propozycja spłaty {{totalOutstanding}} w ratach",
        body: `Szanowni Państwo,\n\nkwota {{totalOutstanding}} jest po terminie. Proponujemy jej spłatę w ratach miesięcznych (liczba rat: {{installmentCount}}):\n\n{{installmentTable}}\n\nProsimy o potwierdzenie do {{firstInstallmentDate}}, kiedy przypada pierwsza rata w wysokości {{firstInstallmentAmount}}.\n\n${SIGN}`,
        sms: "{{firmName}}: proponujemy raty za {{totalOutstanding}}, pierwsza {{firstInstallmentAmount}} do {{firstInstallmentDate}}.",
      },
    },
    "partner-letter": {
      firm: {
        subject: "Państwa konto w {{firmName}}",
        body: `Szanowni Państwo,\n\npiszę osobiście w sprawie konta {{clientName}}, ponieważ zależy nam na naszej współpracy. Poniższe faktury pozostają nieopłacone, na łączną kwotę {{totalOutstanding}}:\n\n{{invoiceTable}}\n\nBędę wdzięczny za uregulowanie płatności do {{paymentDeadline}} lub za telefon, jeśli jest coś do omówienia.\n\nZ poważaniem\n{{partnerName}}\n{{firmName}}`,
        sms: "{{partnerName}} ({{firmName}}): czy możemy porozmawiać o kwocie {{totalOutstanding}}? Proszę o odpowiedź.",
      },
    },
    "final-demand": {
      final: {
        subject: "Ostateczne wezwanie do zapłaty: {{totalOutstanding}}",
        body: `Szanowni Państwo,\n\nto nasze ostateczne wezwanie do zapłaty poniższych faktur na łączną kwotę {{totalOutstanding}}:\n\n{{invoiceTable}}\n\nProsimy o zapłatę całej kwoty do {{paymentDeadline}}. Jeśli uważają Państwo, że jakaś część nie jest należna, prosimy o informację przed tym terminem. W braku zapłaty lub odpowiedzi sprawa zostanie przekazana do decyzji: {{partnerName}}.\n\n${SIGN}`,
        sms: "{{firmName}}: ostateczne wezwanie, {{totalOutstanding}} do {{paymentDeadline}}. Zapłać lub odpisz.",
      },
    },
  },
  replies: {
    promise: {
      subject: "Dziękujemy: płatność {{promiseAmount}} do {{promiseDate}}",
      body: `Szanowni Państwo,\n\ndziękujemy za informację, że {{clientName}} zapłaci {{promiseAmount}} do {{promiseDate}}. Odnotowaliśmy to na koncie i do tego dnia nie będziemy wysyłać kolejnych przypomnień o płatności.\n\nJeśli coś się zmieni, wystarczy odpowiedzieć na tę wiadomość, a wspólnie znajdziemy rozwiązanie.\n\n${SIGN}`,
      sms: "{{firmName}}: dziękujemy, odnotowaliśmy płatność {{promiseAmount}} do {{promiseDate}}. {{senderName}}",
    },
    dispute: {
      subject: "Państwa zastrzeżenia do naszych faktur",
      body: `Szanowni Państwo,\n\ndziękujemy za przekazanie zastrzeżeń do naszych faktur. Zajmie się nimi {{partnerName}}, a po ich rozpatrzeniu skontaktujemy się z Państwem.\n\nNa czas rozpatrywania wstrzymaliśmy przypomnienia o płatności dotyczące tych faktur. Jeśli chcą Państwo, abyśmy wzięli pod uwagę coś jeszcze, wystarczy odpowiedzieć na tę wiadomość.\n\n${SIGN}`,
      sms: "{{firmName}}: dziękujemy, zastrzeżenia rozpatrzy {{partnerName}}; do tego czasu wstrzymujemy przypomnienia. {{senderName}}",
    },
    hardship: {
      subject: "Plan spłaty dla Państwa konta",
      body: `Szanowni Państwo,\n\ndziękujemy za opisanie sytuacji. Rozumiemy ją i chcielibyśmy wspólnie znaleźć dogodne rozwiązanie. Możemy na przykład rozłożyć kwotę {{totalOutstanding}} na raty miesięczne (liczba rat: {{installmentCount}}):\n\n{{installmentTable}}\n\nPierwsza rata w wysokości {{firstInstallmentAmount}} byłaby płatna {{firstInstallmentDate}}. Jeśli inny harmonogram bardziej Państwu odpowiada, wystarczy odpowiedzieć na tę wiadomość, a omówimy go.\n\n${SIGN}`,
      sms: "{{firmName}}: dziękujemy za informację. Możemy rozłożyć {{totalOutstanding}} na raty, pierwsza {{firstInstallmentAmount}} dnia {{firstInstallmentDate}}.",
    },
    paid: {
      subject: "Państwa płatność",
      body: `Szanowni Państwo,\n\ndziękujemy za informację o płatności. Gdy tylko wpłynie na nasze konto, przypiszemy ją do otwartych faktur {{clientName}} i potwierdzimy to Państwu na piśmie.\n\nJeśli mają Państwo potwierdzenie przelewu ze wskazaniem faktur, których dotyczy, prosimy o przesłanie go w odpowiedzi na tę wiadomość, abyśmy mogli prawidłowo ją zaksięgować.\n\n${SIGN}`,
      sms: "{{firmName}}: dziękujemy za informację. Po wpłynięciu przypiszemy płatność do faktur i potwierdzimy. {{senderName}}",
    },
    remittance: {
      subject: "Szczegóły Państwa płatności",
      body: `Szanowni Państwo,\n\ndziękujemy za szczegóły płatności. Wykorzystamy je, aby po wpłynięciu środków na nasze konto przypisać płatność do właściwych faktur {{clientName}}, i potwierdzimy to Państwu na piśmie.\n\n${SIGN}`,
      sms: "{{firmName}}: dziękujemy za szczegóły płatności. Po wpłynięciu przypiszemy ją do faktur i potwierdzimy. {{senderName}}",
    },
    "wrong-contact": {
      subject: "Z kim powinniśmy się kontaktować?",
      body: `Dzień dobry,\n\ndziękujemy za informację i przepraszamy za pomyłkę. Czy mogliby Państwo wskazać, kto w firmie {{clientName}} zajmuje się naszymi fakturami, wraz z imieniem, nazwiskiem i adresem e-mail? Zaktualizujemy nasze dane.\n\n${SIGN}`,
      sms: "{{firmName}}: dziękujemy i przepraszamy za pomyłkę. Z kim w firmie {{clientName}} powinniśmy się kontaktować? {{senderName}}",
    },
  },
};
